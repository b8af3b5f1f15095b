import { Writable } from 'node:stream';
import pino from 'pino';
import { serializeError } from '../../src/graph/logger';
import { openTestDatabase } from '../support/database';
import { serveHub } from '../support/hub';
import { arrival } from './operations';

/** Request logs with ids and no personal data, error logs without SQL values, Prometheus metrics. */
const lines: Record<string, any>[] = [];
let database: Awaited<ReturnType<typeof openTestDatabase>>;
let stop: () => Promise<void>;
let base: string;
let headers: Record<string, string>;

beforeAll(async () => {
  database = await openTestDatabase();
  const sink = new Writable({
    write(chunk, _enc, done) {
      lines.push(JSON.parse(String(chunk)));
      done();
    },
  });
  const logger = pino({ level: 'info', serializers: { err: serializeError } }, sink);
  ({ base, headers, stop } = await serveHub(database.orm, { logger, sub: 'observer' }));
});
afterAll(async () => {
  await stop();
  await database.close();
});

const REGISTER = `mutation Register($input: RegisterArrivalInput!) { registerArrival(input: $input) { household { reference } } }`;

function post(body: object, extra: Record<string, string> = {}) {
  return fetch(`${base}/graphql`, { method: 'POST', headers: { ...headers, ...extra }, body: JSON.stringify(body) });
}

test('each request is logged once with its id, operation, audience, status and error code, and nothing personal', async () => {
  const ok = await post(
    { query: REGISTER, variables: { input: arrival('2026-11-01') } },
    { 'x-request-id': 'trace-abc-123' },
  );
  expect(ok.headers.get('x-request-id')).toBe('trace-abc-123');
  const bad = await post({ query: REGISTER, variables: { input: { ...arrival('2026-11-01'), members: [] } } });
  const generated = bad.headers.get('x-request-id');
  expect(generated).toMatch(/^[0-9a-f-]{36}$/);

  const logged = lines.filter((l) => l.msg === 'request completed');
  const first = logged.find((l) => l.req?.id === 'trace-abc-123');
  expect(first).toMatchObject({
    operation: 'Register',
    audience: 'ADMINISTRATOR/ADMINISTRATION',
    res: { status: 200 },
  });
  expect(typeof first!.responseTime).toBe('number');
  expect(logged.find((l) => l.req?.id === generated)).toMatchObject({ errorCode: 'BAD_USER_INPUT' });
  const text = JSON.stringify(lines);
  for (const personal of ['Haddad', 'Amal', '1990-02-03', 'Bearer']) expect(text).not.toContain(personal);
});

test('a database error is logged without its SQL or values', async () => {
  const failed = await database.orm.em
    .fork()
    .execute(
      `insert into household (reference, arrived_on, benefit_regime) values ('Secret-Haddad-1990', '2026-01-01', 'NOT_A_REGIME')`,
    )
    .catch((error: unknown) => error);
  const serialized = JSON.stringify(serializeError(failed));
  expect(serialized).not.toContain('Secret-Haddad');
  expect(serialized).not.toContain('insert into');
  expect(serialized).toContain('23514'); // the check constraint's SQLSTATE stays
});

test('/metrics exposes requests by operation and audience, errors by code, the pool and event-loop lag', async () => {
  const response = await fetch(`${base}/metrics`);
  const text = await response.text();
  expect(response.status).toBe(200);
  expect(text).toMatch(
    /lotse_graphql_request_duration_seconds_count\{operation="Register",audience="ADMINISTRATOR\/ADMINISTRATION",status="200"\} 2/,
  );
  expect(text).toMatch(
    /lotse_graphql_errors_total\{operation="Register",audience="ADMINISTRATOR\/ADMINISTRATION",code="BAD_USER_INPUT"\} 1/,
  );
  expect(text).toMatch(/^lotse_db_pool_in_use \d+/m);
  expect(text).toMatch(/^lotse_db_pool_waiting \d+/m);
  expect(text).toMatch(/^lotse_nodejs_eventloop_lag_seconds /m);
});
