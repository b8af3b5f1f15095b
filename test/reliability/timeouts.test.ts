import { Client } from 'pg';
import { startTestHub, type TestHub } from '../support/hub';
import { Builders } from '../support/builders';
import { toGlobalId } from '../../src/graph/relay/global-id';
import { PLACE } from './operations';

/** A full pool or a held lock fails the one request fast and retryably; nothing else stalls. */
let hub: TestHub;
let build: Builders;

beforeAll(async () => {
  hub = await startTestHub({
    today: '2026-11-25',
    security: { rateLimitPerMinute: 0 },
    pool: { DB_POOL_SIZE: 2, DB_ACQUIRE_TIMEOUT_MS: 1000, DB_LOCK_TIMEOUT_MS: 1000, DB_STATEMENT_TIMEOUT_MS: 1500 },
  });
  build = new Builders(hub.orm);
});
afterAll(() => hub.close());

const READ = `{ sites(first: 5) { nodes { name } } }`;

test('every pool connection carries the statement, lock and idle-in-transaction timeouts', async () => {
  const [row] = await hub.orm.em.fork().execute(
    `select current_setting('statement_timeout') as statement, current_setting('lock_timeout') as lock,
       current_setting('idle_in_transaction_session_timeout') as idle`,
  );
  expect(row).toEqual({ statement: '1500ms', lock: '1s', idle: '30s' });
});

test('a statement running past the statement timeout is cancelled by PostgreSQL', async () => {
  const started = Date.now();
  await expect(hub.orm.em.fork().execute('select pg_sleep(5)')).rejects.toMatchObject({ code: '57014' });
  expect(Date.now() - started).toBeLessThan(3000);
});

test('an exhausted pool answers 503 OVERLOADED with Retry-After within the acquire timeout', async () => {
  expect((await hub.request(READ)).errors).toBeUndefined(); // the audience's server is made on first use
  const hold = () => hub.orm.em.fork().transactional((tx) => tx.execute('select pg_sleep(1.4)'));
  const holders = [hold(), hold()];
  await new Promise((resolve) => setTimeout(resolve, 100));
  const started = Date.now();
  const response = await fetch(hub.url, {
    method: 'POST',
    headers: await hub.headers(),
    body: JSON.stringify({ query: READ }),
  });
  const body = (await response.json()) as any;
  expect(response.status).toBe(503);
  expect(response.headers.get('retry-after')).toBe('2');
  expect(body.errors[0].extensions.code).toBe('OVERLOADED');
  expect(Date.now() - started).toBeLessThan(1800);
  await Promise.all(holders);
  expect((await hub.request(READ)).errors).toBeUndefined();
});

test('a row lock held elsewhere fails the placement after the lock timeout; unrelated reads go on', async () => {
  const district = await build.area('Lockdistrikt');
  const { site } = await build.site(district, 4);
  const { household } = await build.household(1);
  const locker = new Client({ connectionString: hub.orm.config.getClientUrl() });
  await locker.connect();
  try {
    await locker.query('begin');
    await locker.query('select * from site where id = $1 for update', [site.id]);
    const started = Date.now();
    const [placement, read] = await Promise.all([
      hub.request(PLACE, {
        input: {
          householdId: toGlobalId('Household', household.id),
          siteId: toGlobalId('Site', site.id),
          startsOn: '2026-11-01',
        },
      }),
      hub.request(READ),
    ]);
    expect(placement.status).toBe(503);
    expect(placement.errors?.[0].extensions?.code).toBe('OVERLOADED');
    expect(Date.now() - started).toBeLessThan(3000);
    expect(read.errors).toBeUndefined();
  } finally {
    await locker.query('rollback');
    await locker.end();
  }
  const [row] = await hub.orm.em.fork().execute(`select count(*)::int as n from stay`);
  expect(row.n).toBe(0);
});
