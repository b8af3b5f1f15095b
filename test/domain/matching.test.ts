import fc from 'fast-check';
import {
  ApartmentOfferSnapshot,
  explainInfeasibility,
  HouseholdSnapshot,
  maxWeightMatching,
  proposeMatches,
  SparseBipartiteGraph,
} from '../../src/domain';
import { buildMatchingProblem } from '../../src/domain/matching/problem';
import { greedyMatching } from '../../src/domain/matching/greedy';
import { householdsArb, offersArb } from './arbitraries';
import {
  expectJsonSerialisable,
  familyOf,
  gestattung,
  household,
  member,
  offer,
  person,
  recognisedAdult,
} from './fixtures';

const asOf = '2025-04-01';

describe('explainInfeasibility: every check', () => {
  const single = () => household([member('HEAD', recognisedAdult('a'))]);
  test.each<[string, HouseholdSnapshot, Partial<ApartmentOfferSnapshot>, string[]]>([
    ['feasible', single(), {}, []],
    ['too large for one person', single(), { areaM2: 51 }, ['SIZE']],
    ['overcrowded for four', familyOf(4), { areaM2: 35, grossColdRentEur: 700 }, ['SIZE']],
    ['rent above ceiling', single(), { grossColdRentEur: 625 }, ['RENT']],
    ['rent exactly at the ceiling', single(), { grossColdRentEur: 624 }, []],
    ['no ceiling table for the municipality', single(), { municipality: 'Hannover' }, ['RENT']],
    [
      'step-free needed',
      household([member('HEAD', recognisedAdult('a', { needsStepFreeAccess: true }))]),
      { stepFree: false },
      ['STEP_FREE'],
    ],
    [
      'step-free given',
      household([member('HEAD', recognisedAdult('a', { needsStepFreeAccess: true }))]),
      { stepFree: true },
      [],
    ],
    [
      'WBS required, household cannot get one (Duldung)',
      household([
        member(
          'HEAD',
          person({ statusHistory: [{ kind: 'DULDUNG', validFrom: '2024-01-01', issuingAuthority: 'ABH' }] }),
        ),
      ]),
      { wbsRequired: true },
      ['WBS'],
    ],
    [
      'WBS required, income too high',
      household([member('HEAD', recognisedAdult('a'))], { annualIncomeAfterDeductionsEur: 30_000 }),
      { wbsRequired: true },
      ['WBS'],
    ],
    ['WBS required and available', single(), { wbsRequired: true }, []],
    ['move ban (§ 12a)', single(), { municipality: 'Salzgitter' }, ['RENT', 'RESIDENCE_OBLIGATION']],
    ['other Land (§ 12a)', single(), { municipality: 'Osnabrück', land: 'NW' }, ['RESIDENCE_OBLIGATION']],
    ['regime undetermined', household([member('HEAD', person({ statusHistory: [] }))]), {}, ['RENT']],
    ['seven persons: extrapolated ceiling €1,492', familyOf(7), { areaM2: 110, grossColdRentEur: 1_492 }, []],
    ['seven persons: €1,493 is too much', familyOf(7), { areaM2: 110, grossColdRentEur: 1_493 }, ['RENT']],
  ])('%s', (_name, h, o, failed) => {
    const report = explainInfeasibility(h, offer(o), asOf);
    expect(report.failed.map((c) => c.check).sort()).toEqual([...failed].sort());
    expect(report.feasible).toBe(failed.length === 0);
    expect(report.checks.map((c) => c.check)).toEqual(['SIZE', 'RENT', 'STEP_FREE', 'WBS', 'RESIDENCE_OBLIGATION']);
    for (const c of report.checks) expect(c.message.length).toBeGreaterThan(0);
    expectJsonSerialisable(report);
  });

  test('an AsylbLG household in Osnabrück may move to Salzgitter under § 12a (not in scope)', () => {
    const h = household([
      member('HEAD', person({ arrivalInGermany: '2024-06-01', statusHistory: [gestattung('2024-06-01')] })),
    ]);
    const r = explainInfeasibility(h, offer({ municipality: 'Salzgitter' }), asOf);
    expect(r.checks.find((c) => c.check === 'RESIDENCE_OBLIGATION')?.passed).toBe(true);
  });
});

describe('proposeMatches', () => {
  test('beats greedy where greedy blocks a second household', () => {
    // h-first (tier A) fits offers A and B; h-second fits only A. Greedy gives A to h-first.
    const first = familyOf(1, 'h-first', { unresolvableGuConflict: true });
    const second = familyOf(1, 'h-second', { communalAccommodationSince: '2023-01-01' });
    const offers = [offer({ id: 'A', areaM2: 45, stepFree: true }), offer({ id: 'B', areaM2: 40 })];
    const secondNeedsStepFree = {
      ...second,
      members: [member('HEAD', recognisedAdult('s', { needsStepFreeAccess: true }))],
    };
    const input = { households: [first, secondNeedsStepFree], offers, asOf };
    const greedy = greedyMatching(buildMatchingProblem(input));
    expect(greedy.matchedHouseholds).toBe(1);
    const result = proposeMatches(input);
    expect(result.proposals.map((p) => [p.householdId, p.offerId])).toEqual([
      ['h-first', 'B'],
      ['h-second', 'A'],
    ]);
    expect(result.totalPriorityServed).toBe(1000 + 250); // 27 months in a GU: 200 + 50 overdue
    expect(result.matchedHouseholds).toBe(2);
    expect(result.unmatched).toEqual([]);
    expect(result.proposals[0].checks.every((c) => c.passed)).toBe(true);
    expect(result.proposals[0].reasons.map((r) => r.code)).toEqual(['ALL_CHECKS_PASSED', 'OPTIMAL_ASSIGNMENT']);
    expectJsonSerialisable(result);
  });

  test('higher priority wins a contested flat; the other is reported as outprioritised', () => {
    const hi = familyOf(1, 'hi', { unresolvableGuConflict: true });
    const lo = familyOf(1, 'lo');
    const r = proposeMatches({ households: [lo, hi], offers: [offer({ id: 'only' })], asOf });
    expect(r.proposals.map((p) => p.householdId)).toEqual(['hi']);
    expect(r.unmatched).toEqual([
      expect.objectContaining({ householdId: 'lo', reason: 'OUTPRIORITISED', feasibleOffers: 1 }),
    ]);
  });

  test('a household with no feasible offer says which checks failed', () => {
    const r = proposeMatches({ households: [familyOf(5, 'big')], offers: [offer({ id: 'small', areaM2: 30 })], asOf });
    expect(r.unmatched[0]).toMatchObject({
      reason: 'NO_FEASIBLE_OFFER',
      feasibleOffers: 0,
      failedChecks: { SIZE: 1, RENT: 0 },
    });
    expect(r.unusedOfferIds).toEqual(['small']);
  });

  test('priority scores can be overridden (e.g. a caseworker decision)', () => {
    const a = familyOf(1, 'a', { unresolvableGuConflict: true });
    const b = familyOf(1, 'b');
    const r = proposeMatches({ households: [a, b], offers: [offer()], asOf, priorityScores: { a: 0, b: 5 } });
    expect(r.proposals[0].householdId).toBe('b');
    expect(() => proposeMatches({ households: [a], offers: [], asOf, priorityScores: { a: -1 } })).toThrow(
      /non-negative integer/,
    );
  });
});

/** Brute force: the best (Σ priority, households housed) over all matchings of a feasibility matrix. */
function bruteForce(feasible: boolean[][], scores: number[]): [number, number] {
  let best: [number, number] = [0, 0];
  const used = new Array(feasible[0]?.length ?? 0).fill(false);
  const go = (i: number, total: number, count: number) => {
    if (i === feasible.length) {
      if (total > best[0] || (total === best[0] && count > best[1])) best = [total, count];
      return;
    }
    go(i + 1, total, count);
    feasible[i].forEach((ok, o) => {
      if (ok && !used[o]) {
        used[o] = true;
        go(i + 1, total + scores[i], count + 1);
        used[o] = false;
      }
    });
  };
  go(0, 0, 0);
  return best;
}

describe('matching properties (fast-check)', () => {
  test('never proposes an infeasible pair, and each household/offer at most once', () => {
    fc.assert(
      fc.property(householdsArb(1, 8), offersArb(1, 8), (households, offers) => {
        const r = proposeMatches({ households, offers, asOf });
        for (const p of r.proposals) {
          const h = households.find((x) => x.id === p.householdId)!;
          const o = offers.find((x) => x.id === p.offerId)!;
          expect(explainInfeasibility(h, o, asOf).feasible).toBe(true);
        }
        expect(new Set(r.proposals.map((p) => p.offerId)).size).toBe(r.proposals.length);
        expect(new Set(r.proposals.map((p) => p.householdId)).size).toBe(r.proposals.length);
        expect(r.proposals.length + r.unmatched.length).toBe(households.length);
      }),
      { numRuns: 60 },
    );
  });

  test('total priority is never below greedy', () => {
    fc.assert(
      fc.property(householdsArb(1, 10), offersArb(1, 10), (households, offers) => {
        const input = { households, offers, asOf };
        const optimal = proposeMatches(input);
        const greedy = greedyMatching(buildMatchingProblem(input));
        expect(optimal.totalPriorityServed).toBeGreaterThanOrEqual(greedy.totalPriorityServed);
        if (optimal.totalPriorityServed === greedy.totalPriorityServed)
          expect(optimal.matchedHouseholds).toBeGreaterThanOrEqual(greedy.matchedHouseholds);
      }),
      { numRuns: 60 },
    );
  });

  test('optimal on small random instances (brute force over explainInfeasibility)', () => {
    fc.assert(
      fc.property(householdsArb(1, 6), offersArb(1, 6), (households, offers) => {
        const r = proposeMatches({ households, offers, asOf });
        const feasible = households.map((h) => offers.map((o) => explainInfeasibility(h, o, asOf).feasible));
        const scores = households.map(
          (h) =>
            r.proposals.find((p) => p.householdId === h.id)?.priorityScore ??
            r.unmatched.find((u) => u.householdId === h.id)!.priorityScore,
        );
        expect([r.totalPriorityServed, r.matchedHouseholds]).toEqual(bruteForce(feasible, scores));
      }),
      { numRuns: 80 },
    );
  });

  test('the assignment solver is optimal for arbitrary edge weights (brute force)', () => {
    const instance = fc.record({
      rows: fc.integer({ min: 1, max: 6 }),
      cols: fc.integer({ min: 1, max: 6 }),
      weights: fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 36, maxLength: 36 }),
    });
    fc.assert(
      fc.property(instance, ({ rows, cols, weights }) => {
        // weight 0 = no edge
        const rowStart = new Int32Array(rows + 1);
        const edgeCol: number[] = [];
        const edgeWeight: number[] = [];
        for (let i = 0; i < rows; i++) {
          rowStart[i] = edgeCol.length;
          for (let j = 0; j < cols; j++) {
            const w = weights[i * 6 + j];
            if (w > 0) {
              edgeCol.push(j);
              edgeWeight.push(w);
            }
          }
        }
        rowStart[rows] = edgeCol.length;
        const graph: SparseBipartiteGraph = {
          rows,
          cols,
          rowStart,
          edgeCol: Int32Array.from(edgeCol),
          edgeWeight: Float64Array.from(edgeWeight),
        };
        const result = maxWeightMatching(graph);
        let best = 0;
        const used = new Array(cols).fill(false);
        const go = (i: number, total: number) => {
          if (i === rows) return void (best = Math.max(best, total));
          go(i + 1, total);
          for (let j = 0; j < cols; j++) {
            const w = weights[i * 6 + j];
            if (w > 0 && !used[j]) {
              used[j] = true;
              go(i + 1, total + w);
              used[j] = false;
            }
          }
        };
        go(0, 0);
        expect(result.totalWeight).toBe(best);
        let recomputed = 0;
        result.rowToCol.forEach((j, i) => {
          if (j >= 0) {
            expect(weights[i * 6 + j]).toBeGreaterThan(0);
            expect(result.colToRow[j]).toBe(i);
            recomputed += weights[i * 6 + j];
          }
        });
        expect(recomputed).toBe(best);
      }),
      { numRuns: 300 },
    );
  });
});
