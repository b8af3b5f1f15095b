import 'reflect-metadata';
import { hubModel } from '../src/server/model';
import { Client, Pool } from 'pg';
import { connectOrm, migrate } from '../src/db/orm';
import { isDatabaseEmpty, seedDatabase } from '../src/seed/load';
import { DEFAULT_REFERENCE_DATE } from '../src/seed/generate';
import { OSNABRUECK_CATALOGUE, proposeMatches, rankHouseholds } from '../src/domain';
import { loadHouseholdFacts } from '../src/modules/planning/snapshot.store';
import { toHouseholdSnapshot } from '../src/modules/planning/snapshot.mapping';
import { rankCommunalQueue } from '../src/modules/planning/priority-queue';
import { loadMatchingInput } from '../src/modules/planning/matching-input';
import { pgRunner } from '../src/modules/planning/sql-runner';

/**
 * Planning benchmark (issue 3): rank and match the demo city from the DATABASE, loading included.
 *
 *   npx tsc -p tsconfig.json && node dist/bench/planning-bench.js 1 100
 *
 * BENCH_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/postgres) names the admin database;
 * each scale gets lotse_bench_s<scale>, seeded once and reused (the same databases as graph-bench).
 * The bulk path is the graph's own code (snapshot store → mapping → domain) over a bare `pg` client.
 */
const ADMIN_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const AS_OF = process.env.BENCH_AS_OF ?? DEFAULT_REFERENCE_DATE;

async function prepareDatabase(scale: number): Promise<string> {
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

const ms = (t0: number) => performance.now() - t0;
const fmt = (values: number[]) =>
  `best ${Math.min(...values).toFixed(0)} ms, median ${[...values].sort((a, b) => a - b)[Math.floor(values.length / 2)].toFixed(0)} ms`;

async function benchScale(scale: number): Promise<void> {
  const client = new Pool({ connectionString: await prepareDatabase(scale), max: 4 });
  const run = pgRunner(client);
  const [{ people, households }] = (
    await client.query(
      'select (select count(*) from person)::int as people, (select count(*) from household)::int as households',
    )
  ).rows;
  console.log(`\nscale ${scale}: ${households} households, ${people} people, as of ${AS_OF}, ${RUNS} runs each`);

  // 1. The priority queue: households in communal accommodation, loaded and ranked.
  const queue: number[] = [];
  let queueSize = 0;
  let queuePeople = 0;
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    const result = await rankCommunalQueue(run, AS_OF, OSNABRUECK_CATALOGUE);
    queue.push(ms(t0));
    queueSize = result.ranking.entries.length;
    queuePeople = [...result.facts.values()].reduce((n, f) => n + f.members.length, 0);
  }
  console.log(`priority queue (GU, ${queueSize} households, ${queuePeople} people), load + rank: ${fmt(queue)}`);

  // 2. The whole city ranked (every household, every person), the strictest reading of "400,000 people".
  const load: number[] = [];
  const total: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    const facts = await loadHouseholdFacts(run, { kind: 'all' }, { activeOn: AS_OF });
    load.push(ms(t0));
    const snapshots = [...facts.values()].map((f) => toHouseholdSnapshot(f, AS_OF));
    rankHouseholds(snapshots, AS_OF, { catalogue: OSNABRUECK_CATALOGUE });
    total.push(ms(t0));
  }
  console.log(
    `whole city ranked (${households} households, ${people} people): SQL load ${fmt(load)}; load + map + rank ${fmt(total)}`,
  );

  // 3. Exact matching: the top of the queue × the open offers (up to 2,000 × 2,000).
  const loadTimes: number[] = [];
  const solveTimes: number[] = [];
  let summary = '';
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    const input = await loadMatchingInput(run, {
      asOf: AS_OF,
      catalogue: OSNABRUECK_CATALOGUE,
      queueLimit: 2000,
      offerLimit: 2000,
    });
    loadTimes.push(ms(t0));
    const t1 = performance.now();
    const result = proposeMatches(input);
    solveTimes.push(ms(t1));
    summary = `${input.households.length} households × ${input.offers.length} offers, ${result.feasiblePairs} feasible pairs, ${result.matchedHouseholds} matched, total priority ${result.totalPriorityServed}`;
  }
  console.log(`matching (${summary}): load ${fmt(loadTimes)}; build + solve ${fmt(solveTimes)}`);
  await client.end();
}

async function main(): Promise<void> {
  const scales = process.argv.slice(2).map(Number);
  for (const scale of scales.length ? scales : [1, 100]) await benchScale(scale);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
