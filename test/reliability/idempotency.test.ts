import { startTestHub, type TestHub } from '../support/hub';
import { Role } from '../../src/auth/roles';
import { REGISTER, arrival } from './operations';

/** `Idempotency-Key`: a retry after a lost answer gets the first answer and changes nothing. */
const TODAY = '2026-11-25';
let hub: TestHub;

beforeAll(async () => {
  hub = await startTestHub({ today: TODAY, security: { rateLimitPerMinute: 0 } });
});
afterAll(() => hub.close());

async function send(key: string, variables: Record<string, unknown>, role = Role.ADMINISTRATOR) {
  const response = await fetch(hub.url, {
    method: 'POST',
    headers: { ...(await hub.headers({ role })), 'idempotency-key': key },
    body: JSON.stringify({ query: REGISTER, variables }),
  });
  return {
    status: response.status,
    replayed: response.headers.get('idempotent-replayed'),
    body: (await response.json()) as any,
  };
}

async function households(): Promise<number> {
  const [row] = await hub.orm.em.fork().execute(`select count(*)::int as n from household`);
  return row.n;
}

/** The stored answer is written just after the response is sent. */
const settled = () => new Promise((resolve) => setTimeout(resolve, 200));

test('a retry with the same key and body returns the first answer and registers nothing more', async () => {
  const before = await households();
  const first = await send('key-retry-1', { input: arrival('2026-11-01') });
  expect(first.status).toBe(200);
  expect(first.replayed).toBeNull();
  await settled();
  const retry = await send('key-retry-1', { input: arrival('2026-11-01') });
  expect(retry.status).toBe(200);
  expect(retry.replayed).toBe('true');
  expect(retry.body).toEqual(first.body);
  expect(await households()).toBe(before + 1);
});

test('the same key with another body is refused with IDEMPOTENCY_KEY_REUSED and changes nothing', async () => {
  await send('key-reused-1', { input: arrival('2026-11-01') });
  await settled();
  const before = await households();
  const other = await send('key-reused-1', { input: arrival('2026-11-02') });
  expect(other.status).toBe(422);
  expect(other.body.errors[0].extensions.code).toBe('IDEMPOTENCY_KEY_REUSED');
  expect(await households()).toBe(before);
});

test('a failed mutation stores no key: its retry runs again', async () => {
  const invalid = { input: { ...arrival('2026-11-01'), members: [] } };
  const first = await send('key-failed-1', invalid);
  expect(first.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
  await settled();
  const retry = await send('key-failed-1', invalid);
  expect(retry.replayed).toBeNull();
  expect(retry.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
  const [row] = await hub.orm.em
    .fork()
    .execute(`select count(*)::int as n from idempotency_key where key = 'key-failed-1'`);
  expect(row.n).toBe(0);
});

test('ten identical requests at once register one household; the others replay or are told to retry', async () => {
  const before = await households();
  const answers = await Promise.all(
    Array.from({ length: 10 }, () => send('key-concurrent-1', { input: arrival('2026-11-03') })),
  );
  expect(await households()).toBe(before + 1);
  const succeeded = answers.filter((a) => a.status === 200 && !a.body.errors);
  const references = new Set(succeeded.map((a) => a.body.data.registerArrival.household.reference));
  expect(references.size).toBe(1);
  for (const answer of answers.filter((a) => a.status !== 200 || a.body.errors)) {
    expect(answer.body.errors[0].extensions.code).toBe('IDEMPOTENCY_KEY_IN_PROGRESS');
  }
});

test('keys are per caller, and a malformed key is refused', async () => {
  const before = await households();
  await send('key-shared-1', { input: arrival('2026-11-01') }, Role.ADMINISTRATOR);
  await send('key-shared-1', { input: arrival('2026-11-01') }, Role.CASEWORKER);
  expect(await households()).toBe(before + 2);
  const malformed = await send('key with spaces', { input: arrival('2026-11-01') });
  expect(malformed.status).toBe(400);
  expect(await households()).toBe(before + 2);
});
