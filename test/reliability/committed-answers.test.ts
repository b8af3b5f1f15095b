import { Client } from 'pg';
import { startTestHub, type TestHub } from '../support/hub';
import { Builders } from '../support/builders';
import { Role } from '../../src/auth/roles';
import { sqlStatementCounter } from '../../src/db/sql-statement-counter';
import { REGISTER, arrival } from './operations';

/**
 * A committed mutation is never answered as an error; a read whose client has gone stops and is not
 * audited as delivered.
 */
const TODAY = '2026-11-25';
const CASEWORKER = { role: Role.CASEWORKER };
let hub: TestHub;
let url: string;

beforeAll(async () => {
  hub = await startTestHub({ today: TODAY, security: { rateLimitPerMinute: 0 }, pool: { DB_LOCK_TIMEOUT_MS: 4000 } });
  url = hub.orm.config.getClientUrl();
  const build = new Builders(hub.orm);
  for (let i = 0; i < 3; i++) await build.household(3);
});
afterAll(() => hub.close());

async function withClient<T>(work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

async function count(sql: string): Promise<number> {
  const [row] = await hub.orm.em.fork().execute(sql);
  return row.n;
}

describe('when the read audit cannot be written', () => {
  beforeAll(() =>
    withClient((c) =>
      c.query(`create function refuse_read_audit() returns trigger language plpgsql as $$ begin raise exception 'audit down'; end $$;
        create trigger refuse_read_audit before insert on audit_event for each row when (new.action = 'READ') execute function refuse_read_audit();`),
    ),
  );
  afterAll(() => withClient((c) => c.query(`drop trigger refuse_read_audit on audit_event`)));

  test('a committed mutation still gets its answer', async () => {
    const before = await count(`select count(*)::int as n from household`);
    const response = await hub.request(REGISTER, { input: arrival('2026-11-01') }, CASEWORKER);
    expect(response.errors).toBeUndefined();
    expect(response.data.registerArrival.household.reference).toMatch(/^HH-/);
    expect(await count(`select count(*)::int as n from household`)).toBe(before + 1);
  });

  test('a query is still withheld with AUDIT_UNAVAILABLE', async () => {
    const response = await hub.request(`{ households(first: 1) { nodes { members { givenName } } } }`, {}, CASEWORKER);
    expect(response.data).toBeUndefined();
    expect(response.errors?.[0].extensions?.code).toBe('AUDIT_UNAVAILABLE');
  });
});

const READ = `query GoneRead { households(first: 5) { nodes { reference members { givenName languages { language } legalStatuses { kind } } } } }`;

test('a read whose client has gone resolves nothing further and is not audited', async () => {
  // The complete read, for comparison: its statements and its audit entry.
  const started = sqlStatementCounter.total;
  await hub.data(READ, {}, CASEWORKER);
  const completeStatements = sqlStatementCounter.total - started;
  const audited = await count(`select count(*)::int as n from audit_event where operation = 'GoneRead'`);
  expect(audited).toBeGreaterThan(0);

  await withClient(async (locker) => {
    // Members cannot be read until the lock goes: the request waits while its client gives up.
    await locker.query(`begin; lock table person in access exclusive mode`);
    const abort = new AbortController();
    const before = sqlStatementCounter.total;
    const sent = fetch(hub.url, {
      method: 'POST',
      headers: await hub.headers(CASEWORKER),
      body: JSON.stringify({ query: READ }),
      signal: abort.signal,
    });
    await new Promise((resolve) => setTimeout(resolve, 500));
    abort.abort();
    await expect(sent).rejects.toThrow();
    await locker.query('rollback');
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(sqlStatementCounter.total - before).toBeLessThan(completeStatements);
  });
  expect(await count(`select count(*)::int as n from audit_event where operation = 'GoneRead'`)).toBe(audited);
});
