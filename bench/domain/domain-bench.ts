/**
 * Benchmarks of the pure domain layer on deterministic synthetic data (seeded PRNG):
 *   1. ranking 150,000 households (~400,000 people) with the Osnabrück catalogue;
 *   2. optimal matching of 2,000 households × 2,000 offers (including the feasibility graph).
 *
 *   npx tsc -p tsconfig.json && node dist/bench/domain/domain-bench.js [--runs N]
 */
import { performance } from 'node:perf_hooks';
import {
  ApartmentOfferSnapshot,
  HouseholdMember,
  HouseholdSnapshot,
  proposeMatches,
  rankHouseholds,
  toIsoDate,
  toDay,
} from '../../src/domain';
import { buildMatchingProblem } from '../../src/domain/matching/problem';
import { greedyMatching } from '../../src/domain/matching/greedy';
import { solveProblem } from '../../src/domain/matching/propose';

/** mulberry32: small, fast, deterministic. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const AS_OF = '2025-04-01';
const AS_OF_DAY = toDay(AS_OF);

function makeHousehold(rand: () => number, index: number): HouseholdSnapshot {
  const id = `h${index}`;
  const dayIn = (fromYearsAgo: number, toYearsAgo: number) =>
    toIsoDate(AS_OF_DAY - Math.floor(365.25 * (toYearsAgo + rand() * (fromYearsAgo - toYearsAgo))));
  const kind = rand();
  const statusHistory =
    kind < 0.55
      ? [
          {
            kind: 'AUFENTHALTSERLAUBNIS' as const,
            paragraph: '25(2)' as const,
            validFrom: '2024-01-01',
            validUntil: '2027-01-01',
            issuingAuthority: 'ABH',
          },
        ]
      : kind < 0.85
        ? [{ kind: 'AUFENTHALTSGESTATTUNG' as const, validFrom: dayIn(3, 0.2), issuingAuthority: 'BAMF' }]
        : [
            {
              kind: 'AUFENTHALTSERLAUBNIS' as const,
              paragraph: '24' as const,
              validFrom: '2022-04-01',
              validUntil: '2027-03-04',
              issuingAuthority: 'ABH',
            },
          ];
  const adult = (suffix: string, sex: 'FEMALE' | 'MALE') => ({
    id: `${id}-${suffix}`,
    birthDate: dayIn(65, 19),
    sex,
    arrivalInGermany: '2022-06-01',
    statusHistory,
    recognitionDate: kind < 0.55 ? '2023-12-15' : undefined,
    mentalHealthBurden: rand() < 0.08,
    needsStepFreeAccess: rand() < 0.04,
    education: { vocationalPreparation: rand() < 0.03 },
  });
  const members: HouseholdMember[] = [{ relation: 'HEAD', person: adult('h', rand() < 0.4 ? 'FEMALE' : 'MALE') }];
  const shape = rand();
  if (shape > 0.35) members.push({ relation: 'PARTNER', person: adult('p', 'FEMALE') });
  const children = shape < 0.45 ? (shape < 0.2 ? 0 : 1) : Math.floor(rand() * 4);
  for (let c = 0; c < children; c++) {
    members.push({
      relation: 'CHILD',
      person: {
        id: `${id}-c${c}`,
        birthDate: dayIn(17, 0),
        statusHistory,
        arrivalInGermany: '2022-06-01',
        education: { attendsSchool: rand() < 0.5 },
      },
    });
  }
  return {
    id,
    members,
    arrivalInCity: dayIn(4, 0),
    communalAccommodationSince: rand() < 0.8 ? dayIn(3, 0) : undefined,
    unresolvableGuConflict: rand() < 0.02,
    annualIncomeAfterDeductionsEur: rand() < 0.5 ? Math.floor(rand() * 30_000) : undefined,
  };
}

function makeOffer(rand: () => number, index: number): ApartmentOfferSnapshot {
  const area = 28 + Math.floor(rand() * 90);
  return {
    id: `o${index}`,
    municipality: rand() < 0.97 ? 'Osnabrück' : 'Salzgitter',
    land: 'NI',
    areaM2: area,
    rooms: Math.max(1, Math.round(area / 25)),
    grossColdRentEur: Math.round(area * (8.5 + rand() * 5)),
    wbsRequired: rand() < 0.25,
    stepFree: rand() < 0.3,
    availableFrom: '2025-05-01',
  };
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
}

function time<T>(runs: number, fn: () => T): { ms: number[]; last: T } {
  const ms: number[] = [];
  let last!: T;
  for (let r = 0; r < runs; r++) {
    const t0 = performance.now();
    last = fn();
    ms.push(performance.now() - t0);
  }
  ms.sort((a, b) => a - b);
  return { ms, last };
}

const fmt = (ms: number[]) =>
  `p50 ${percentile(ms, 0.5).toFixed(1)} ms, min ${ms[0].toFixed(1)} ms, max ${ms[ms.length - 1].toFixed(1)} ms (${ms.length} runs)`;

export function main(argv: string[] = process.argv.slice(2)): void {
  const runsArg = argv.indexOf('--runs');
  const runs = runsArg >= 0 ? Number(argv[runsArg + 1]) : 7;

  const rand = prng(20250401);
  const queue: HouseholdSnapshot[] = [];
  let people = 0;
  for (let i = 0; i < 150_000; i++) {
    const h = makeHousehold(rand, i);
    people += h.members.length;
    queue.push(h);
  }
  console.log(`ranking: ${queue.length} households, ${people} people, as of ${AS_OF}`);
  rankHouseholds(queue.slice(0, 1000), AS_OF); // warm-up
  const ranking = time(runs, () => rankHouseholds(queue, AS_OF));
  const tiers = new Map<string, number>();
  for (const e of ranking.last.entries) tiers.set(e.tierId, (tiers.get(e.tierId) ?? 0) + 1);
  console.log(`  rankHouseholds: ${fmt(ranking.ms)}; tiers ${[...tiers].map(([t, n]) => `${t}=${n}`).join(' ')}`);

  const mrand = prng(7);
  const households = Array.from({ length: 2000 }, (_, i) => makeHousehold(mrand, i));
  const offers = Array.from({ length: 2000 }, (_, i) => makeOffer(mrand, i));
  const input = { households, offers, asOf: AS_OF };
  const matchRuns = Math.max(3, Math.min(runs, 5));
  const build = time(matchRuns, () => buildMatchingProblem(input));
  const problem = build.last;
  console.log(
    `matching: ${households.length} households × ${offers.length} offers, ${problem.graph.rowStart[problem.graph.rows]} feasible pairs`,
  );
  console.log(`  build profiles + feasibility graph: ${fmt(build.ms)}`);
  const solve = time(matchRuns, () => solveProblem(problem));
  console.log(`  exact assignment + explanations: ${fmt(solve.ms)}`);
  const total = time(matchRuns, () => proposeMatches(input));
  const greedy = greedyMatching(problem);
  console.log(`  proposeMatches end to end: ${fmt(total.ms)}`);
  console.log(
    `  optimum: priority served ${total.last.totalPriorityServed}, housed ${total.last.matchedHouseholds}; greedy: ${greedy.totalPriorityServed}, housed ${greedy.matchedHouseholds}`,
  );
}

if (require.main === module) main();
