import 'reflect-metadata';
import { hubModel } from '../src/server/model';
import type { AddressInfo } from 'node:net';
import { Client } from 'pg';
import { connectOrm, migrate } from '../src/db/orm';
import { createHub, listen } from '../src/server/app';
import { createLogger } from '../src/graph/logger';
import { sqlStatementCounter } from '../src/db/sql-statement-counter';
import { toGlobalId } from '../src/graph/relay/global-id';
import { signToken } from '../src/auth/tokens';
import type { AuthSettings } from '../src/auth/auth-settings';
import { Role } from '../src/auth/roles';
import { isDatabaseEmpty, seedDatabase } from '../src/seed/load';
import { CASEWORKER_HOUSEHOLD_DETAIL, FRONTEND_HOUSEHOLD_LIST, PLANNER_SITE_OVERVIEW } from './operations';
import { measure } from './measure';

/**
 * Graph benchmark (issue 2): the three reference operations against the demo city at each scale,
 * through the real HTTP server. Prints p50/p99 latency, throughput and SQL statements per operation.
 *
 *   BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npm run bench -- 1 10
 *
 * Each scale gets its own database (lotse_bench_s<scale>), seeded once and reused by later runs.
 */
const ADMIN_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const BENCH_SECRET = 'bench-secret-that-is-long-enough-for-hs256';
const BENCH_AUTH: AuthSettings = {
  keySource: { kind: 'secret', secret: BENCH_SECRET, demo: false },
  issuer: 'bench',
  audience: 'bench',
};
const RUNS = Number(process.env.BENCH_RUNS ?? 200);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 4);

export async function prepareDatabase(scale: number): Promise<string> {
  const name = `lotse_bench_s${String(scale).replace('.', '_')}`;
  const admin = new Client({ connectionString: ADMIN_URL });
  await admin.connect();
  const exists = await admin.query('select 1 from pg_database where datname = $1', [name]);
  if (exists.rowCount === 0) await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  const orm = await connectOrm(url.toString(), hubModel, { poolSize: 1 });
  await migrate(orm);
  await orm.close();
  if (await isDatabaseEmpty(url.toString())) {
    const t0 = performance.now();
    await seedDatabase(url.toString(), { scale });
    console.log(`seeded scale ${scale} in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  }
  return url.toString();
}

async function benchScale(scale: number): Promise<void> {
  const url = await prepareDatabase(scale);
  const orm = await connectOrm(url, hubModel, { poolSize: 10 });
  const hub = await createHub({
    orm,
    logger: createLogger('silent'),
    auth: BENCH_AUTH,
    security: { rateLimitPerMinute: 0 },
  });
  // A caseworker reads every relation; the benchmark measures that audience, audits included.
  const token = await signToken(
    { sub: 'bench', role: Role.CASEWORKER },
    BENCH_SECRET,
    BENCH_AUTH.issuer,
    BENCH_AUTH.audience,
  );
  const server = await listen(hub.app, 0, '127.0.0.1');
  const endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  const post = async (query: string, variables?: Record<string, unknown>) => {
    const response = await fetch(endpoint, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${token}`,
        'x-lotse-purpose': 'CASE_MANAGEMENT',
      },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { errors?: unknown[]; data?: any };
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data;
  };

  const communal: { id: number }[] = await orm.em
    .fork()
    .getConnection()
    .execute('select id from household where communal_since is not null order by id limit 500');
  const householdIds = communal.map((h) => toGlobalId('Household', h.id));
  const cursors: (string | null)[] = [null];
  for (let page = 0; page < 4; page++) {
    const data = await post(FRONTEND_HOUSEHOLD_LIST, { after: cursors[page] });
    cursors.push(data.households.pageInfo.endCursor);
  }

  const operations: [string, (i: number) => Promise<unknown>][] = [
    ['planner site overview', () => post(PLANNER_SITE_OVERVIEW)],
    [
      'caseworker household detail',
      (i) => post(CASEWORKER_HOUSEHOLD_DETAIL, { id: householdIds[i % householdIds.length] }),
    ],
    ['frontend household list (page 1–5)', (i) => post(FRONTEND_HOUSEHOLD_LIST, { after: cursors[i % 5] })],
  ];
  const [{ people }] = await orm.em.fork().getConnection().execute('select count(*)::int as people from person');
  console.log(`\nscale ${scale} (${people} people), ${RUNS} runs each, ${CONCURRENCY} in flight`);
  console.log('operation                              p50 ms   p99 ms   ops/s   SQL statements');
  for (const [name, run] of operations) {
    await measure(20, 1, run); // warm-up
    const before = sqlStatementCounter.total;
    await run(0);
    const statements = sqlStatementCounter.total - before;
    const m = await measure(RUNS, CONCURRENCY, run);
    console.log(
      `${name.padEnd(38)} ${String(m.p50Ms).padStart(6)} ${String(m.p99Ms).padStart(8)} ${String(m.throughputPerSecond).padStart(7)}   ${statements}`,
    );
  }
  server.close();
  await hub.stop();
  await orm.close();
}

async function main(): Promise<void> {
  const scales = process.argv.slice(2).map(Number);
  for (const scale of scales.length ? scales : [1, 10]) await benchScale(scale);
}

if (require.main === module) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
