import 'reflect-metadata';
import { hubModel } from '../src/server/model';
import type { AddressInfo } from 'node:net';
import { connectOrm } from '../src/db/orm';
import { createHub, listen } from '../src/server/app';
import { createLogger } from '../src/graph/logger';
import { signToken } from '../src/auth/tokens';
import type { AuthSettings } from '../src/auth/auth-settings';
import { Role } from '../src/auth/roles';
import { prepareDatabase } from './graph-bench';

/**
 * Execution-budget benchmark (issue 15): 20 worst-case operations that pass the cost limit run
 * concurrently and again and again, while a cheap query is timed every 100 ms and the hub's RSS sampled.
 *
 *   npm run build && node dist/bench/budget-bench.js 10      (BENCH_SECONDS=20, BENCH_CONCURRENCY=20)
 */
const BENCH_SECRET = 'bench-secret-that-is-long-enough-for-hs256';
const BENCH_AUTH: AuthSettings = {
  keySource: { kind: 'secret', secret: BENCH_SECRET, demo: false },
  issuer: 'bench',
  audience: 'bench',
};
const SECONDS = Number(process.env.BENCH_SECONDS ?? 20);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 20);

/** Accepted by the cost limit, larger than the object budget: stopped while running. */
const WORST_CASE = [
  `{ providers(first: 2) { nodes { id caseAssignments(first: 150) { nodes { household { caseAssignments {
      provider { caseAssignments(first: 150) { nodes { id } } } } } } } } } }`,
  `{ households(first: 100) { nodes { id reference members { id givenName familyName legalStatuses { kind validFrom }
      languages { language } } caseAssignments { purpose provider { name } } } } }`,
  `{ areas(kind: DISTRICT) { openApartmentOffers(first: 1000) { nodes { id address grossColdRent district { name } } } } }`,
];
const CHEAP = '{ providers(first: 1) { nodes { name } } }';

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

async function main(): Promise<void> {
  const scale = Number(process.argv[2] ?? 10);
  const url = await prepareDatabase(scale);
  const orm = await connectOrm(url, hubModel, { poolSize: 10 });
  const hub = await createHub({
    orm,
    logger: createLogger('silent'),
    auth: BENCH_AUTH,
    security: { rateLimitPerMinute: 0 },
  });
  const server = await listen(hub.app, 0, '127.0.0.1');
  const endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  const token = await signToken(
    { sub: 'bench', role: Role.CASEWORKER },
    BENCH_SECRET,
    BENCH_AUTH.issuer,
    BENCH_AUTH.audience,
  );
  const post = async (query: string) => {
    const response = await fetch(endpoint, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${token}`,
        'x-lotse-purpose': 'CASE_MANAGEMENT',
      },
      body: JSON.stringify({ query }),
    });
    const body = (await response.json()) as { errors?: { extensions?: { code?: string; limit?: string } }[] };
    const error = body.errors?.[0]?.extensions;
    return error ? `${error.code}${error.limit ? `:${error.limit}` : ''}` : 'OK';
  };
  for (const query of [CHEAP, ...WORST_CASE]) console.log('warm-up:', await post(query));

  const rssBefore = process.memoryUsage().rss;
  let rssMax = rssBefore;
  const sampler = setInterval(() => (rssMax = Math.max(rssMax, process.memoryUsage().rss)), 50);
  const deadline = performance.now() + SECONDS * 1000;
  const outcomes = new Map<string, number>();
  const heavyLatencies: number[] = [];
  const heavy = async (worker: number) => {
    for (let i = worker; performance.now() < deadline; i++) {
      const t0 = performance.now();
      const code = await post(WORST_CASE[i % WORST_CASE.length]);
      heavyLatencies.push(performance.now() - t0);
      outcomes.set(code, (outcomes.get(code) ?? 0) + 1);
    }
  };
  const cheapLatencies: number[] = [];
  const cheapFailures: string[] = [];
  const cheap = async () => {
    while (performance.now() < deadline) {
      const t0 = performance.now();
      const code = await post(CHEAP);
      cheapLatencies.push(performance.now() - t0);
      if (code !== 'OK') cheapFailures.push(`${code} after ${(performance.now() - t0).toFixed(0)} ms`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  };
  await Promise.all([cheap(), ...Array.from({ length: CONCURRENCY }, (_, w) => heavy(w))]);
  clearInterval(sampler);

  cheapLatencies.sort((a, b) => a - b);
  heavyLatencies.sort((a, b) => a - b);
  const ms = (n: number) => `${n.toFixed(0)} ms`;
  console.log(`scale ${scale}, ${CONCURRENCY} concurrent worst-case operations for ${SECONDS} s`);
  console.log(`worst-case outcomes: ${JSON.stringify(Object.fromEntries(outcomes))}`);
  console.log(
    `worst-case latency p50 ${ms(percentile(heavyLatencies, 50))}, p99 ${ms(percentile(heavyLatencies, 99))}`,
  );
  console.log(
    `cheap query (${cheapLatencies.length} runs): p50 ${ms(percentile(cheapLatencies, 50))}, p99 ${ms(percentile(cheapLatencies, 99))}, max ${ms(cheapLatencies[cheapLatencies.length - 1])}`,
  );
  if (cheapFailures.length) console.log(`cheap query failures: ${cheapFailures.join('; ')}`);
  console.log(`RSS before ${(rssBefore / 1e6).toFixed(0)} MB, max during ${(rssMax / 1e6).toFixed(0)} MB`);
  server.close();
  await hub.stop();
  await orm.close();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
