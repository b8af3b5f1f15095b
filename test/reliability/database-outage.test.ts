import { hubModel } from '../../src/server/model';
import { connectOrm, type Orm } from '../../src/db/orm';
import { adminUrl, createTestDatabase, databaseUrl, dropTestDatabase } from '../support/database';
import { serveHub } from '../support/hub';
import { REGISTER, arrival } from './operations';
import { TcpProxy } from './tcp-proxy';
import { loadConfig } from '../../src/config';
import { openDatabase } from '../../src/db/database';

/**
 * The database goes away under load and comes back: while it is away every request gets a fast 503
 * DATABASE_UNAVAILABLE with Retry-After; afterwards the hub serves again without a restart; every
 * acknowledged write is there and every refused one is not.
 */
let proxy: TcpProxy;
let orm: Orm;
let stop: () => Promise<void>;
let base: string;
let name: string;
let headers: Record<string, string>;

beforeAll(async () => {
  name = await createTestDatabase();
  const admin = new URL(adminUrl());
  proxy = new TcpProxy({ host: admin.hostname, port: Number(admin.port || 5432) });
  await proxy.up();
  orm = await connectOrm(proxy.urlFor(databaseUrl(name)), hubModel, {
    pool: { DB_POOL_SIZE: 5, DB_ACQUIRE_TIMEOUT_MS: 2000 },
  });
  ({ base, headers, stop } = await serveHub(orm, { sub: 'outage-admin' }));
});

afterAll(async () => {
  await stop();
  await orm.close();
  await proxy.down();
  await dropTestDatabase(name);
});

async function register(familyName: string) {
  const input = arrival('2026-11-01');
  input.members[0].familyName = familyName;
  const started = Date.now();
  try {
    const response = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ query: REGISTER, variables: { input } }),
    });
    const body = (await response.json()) as any;
    return {
      familyName,
      status: response.status,
      retryAfter: response.headers.get('retry-after'),
      code: body.errors?.[0]?.extensions?.code,
      ms: Date.now() - started,
    };
  } catch {
    return { familyName, status: 0, retryAfter: null, code: 'NETWORK', ms: Date.now() - started };
  }
}

const ready = async () => (await fetch(`${base}/health/ready`)).status;
const live = async () => (await fetch(`${base}/health/live`)).status;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

test('an outage under load answers 503 with Retry-After, recovers by itself, and loses or invents no write', async () => {
  expect(await ready()).toBe(200);
  const outcomes: Awaited<ReturnType<typeof register>>[] = [];
  let running = true;
  let n = 0;
  const writers = Array.from({ length: 4 }, async () => {
    while (running) outcomes.push(await register(`Outage${String(n++).padStart(4, '0')}`));
  });

  const stopWriters = async () => {
    running = false;
    await Promise.all(writers);
  };
  try {
    await outage();
  } finally {
    await stopWriters();
  }
  await checkAfterwards(outcomes);
});

async function outage() {
  await pause(800);
  await proxy.down();
  await pause(300);
  // While the database is away: fast, retryable, coded answers, and readiness says so.
  const during = await register('DuringOutage');
  expect(during).toMatchObject({ status: 503, code: 'DATABASE_UNAVAILABLE', retryAfter: '5' });
  expect(during.ms).toBeLessThan(3000);
  expect(await ready()).toBe(503);
  expect(await live()).toBe(200);
  await pause(1200);
  await proxy.up();
  await pause(1500);
}

async function checkAfterwards(outcomes: Awaited<ReturnType<typeof register>>[]) {
  expect(await ready()).toBe(200);
  const after = await register('AfterOutage');
  expect(after).toMatchObject({ status: 200, code: undefined });

  // Every answer was a success or a retryable 503 (never an internal error).
  const kinds = new Set(outcomes.map((o) => `${o.status} ${o.code ?? 'ok'}`));
  expect([...kinds].every((k) => k === '200 ok' || k === '503 DATABASE_UNAVAILABLE' || k === '503 OVERLOADED')).toBe(
    true,
  );
  expect(outcomes.some((o) => o.status === 503)).toBe(true);

  const rows = await orm.em
    .fork()
    .execute<{ family_name: string }[]>(`select family_name from person where family_name like 'Outage%'`);
  const stored = new Set(rows.map((r) => r.family_name));
  const acknowledged = outcomes.filter((o) => o.status === 200).map((o) => o.familyName);
  const refused = outcomes.filter((o) => o.status !== 200).map((o) => o.familyName);
  expect(acknowledged.filter((f) => !stored.has(f))).toEqual([]);
  expect(refused.filter((f) => stored.has(f))).toEqual([]);
}

test('start-up waits for a database that is not reachable yet, with backoff', async () => {
  await proxy.down();
  const attempts: number[] = [];
  const config = loadConfig({ DATABASE_URL: proxy.urlFor(databaseUrl(name)), DB_STARTUP_RETRY_SECONDS: '20' });
  setTimeout(() => void proxy.up(), 1500);
  const db = await openDatabase(config, hubModel, { onRetry: (_error, attempt) => attempts.push(attempt) });
  try {
    expect(attempts.length).toBeGreaterThanOrEqual(2);
    expect(await db.orm.em.fork().execute('select 1 as one')).toEqual([{ one: 1 }]);
  } finally {
    await db.orm.close();
  }
});
