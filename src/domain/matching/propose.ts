/**
 * Proposes which household should get which offer: the feasible assignment that maximises the
 * total priority served (then the number of households housed), computed exactly. Each proposal
 * carries the checks that passed; each unmatched household says why. A person accepts or
 * overrides (see decisions/).
 */
import { IsoDate } from '../dates';
import { AppliedRule, Reason, reason, sensitiveReason } from '../results';
import { CatalogueRef } from '../prioritisation/catalogue';
import { maxWeightMatching } from './assignment';
import { checkPair, FeasibilityCheck, FeasibilityCheckKind } from './feasibility';
import { buildMatchingProblem, MatchingInput, MatchingProblem, priorityOrder } from './problem';

export interface MatchProposal {
  householdId: string;
  offerId: string;
  priorityScore: number;
  /** Position of the household in the priority order of this run (1 = highest). */
  priorityPosition: number;
  checks: FeasibilityCheck[];
  rules: AppliedRule[];
  reasons: Reason[];
}

export interface UnmatchedHousehold {
  householdId: string;
  priorityScore: number;
  /** NO_FEASIBLE_OFFER, or OUTPRIORITISED when its feasible offers went to others in the optimum. */
  reason: 'NO_FEASIBLE_OFFER' | 'OUTPRIORITISED';
  feasibleOffers: number;
  /** How many offers failed each check. */
  failedChecks: Record<FeasibilityCheckKind, number>;
  message: string;
}

export interface MatchingResult {
  asOf: IsoDate;
  catalogue: CatalogueRef | null;
  method: string;
  totalPriorityServed: number;
  matchedHouseholds: number;
  feasiblePairs: number;
  proposals: MatchProposal[];
  unmatched: UnmatchedHousehold[];
  unusedOfferIds: string[];
}

export const MATCHING_METHOD =
  'Exact maximum-weight assignment (successive shortest augmenting paths with potentials on the sparse feasible graph); objective: total priority served, then households housed.';

export function proposeMatches(input: MatchingInput): MatchingResult {
  return solveProblem(buildMatchingProblem(input));
}

export function solveProblem(problem: MatchingProblem): MatchingResult {
  const { input, profiles, scores, graph } = problem;
  const order = priorityOrder(problem);
  const { rowToCol, colToRow } = maxWeightMatching(graph, order);
  const position = new Int32Array(graph.rows);
  order.forEach((row, k) => (position[row] = k + 1));

  let total = 0;
  let matched = 0;
  const proposals: MatchProposal[] = [];
  const unmatched: UnmatchedHousehold[] = [];
  for (const i of order) {
    const household = input.households[i];
    const feasible = graph.rowStart[i + 1] - graph.rowStart[i];
    const j = rowToCol[i];
    if (j >= 0) {
      total += scores[i];
      matched++;
      const offer = input.offers[j];
      const checks = checkPair(profiles[i], offer);
      const rules: AppliedRule[] = [];
      for (const c of checks)
        for (const r of c.rules)
          if (!rules.some((x) => x.ruleId === r.ruleId && x.version === r.version)) rules.push(r);
      proposals.push({
        householdId: household.id,
        offerId: offer.id,
        priorityScore: scores[i],
        priorityPosition: position[i],
        checks,
        rules,
        reasons: [
          reason(
            'ALL_CHECKS_PASSED',
            `All five checks pass (size, rent, step-free access, WBS, § 12a) for ${offer.id}.`,
          ),
          sensitiveReason(
            'OPTIMAL_ASSIGNMENT',
            `Household at priority position ${position[i]} (score ${scores[i]}) is part of the assignment that maximises the total priority served; it had ${feasible} feasible offer(s).`,
            `Household at priority position ${position[i]} is part of the assignment that maximises the total priority served; it had ${feasible} feasible offer(s).`,
          ),
        ],
      });
    } else {
      const failedChecks = {} as Record<FeasibilityCheckKind, number>;
      for (const k of Object.keys(problem.failureCounts) as FeasibilityCheckKind[])
        failedChecks[k] = problem.failureCounts[k][i];
      const none = feasible === 0;
      unmatched.push({
        householdId: household.id,
        priorityScore: scores[i],
        reason: none ? 'NO_FEASIBLE_OFFER' : 'OUTPRIORITISED',
        feasibleOffers: feasible,
        failedChecks,
        message: none
          ? `No open offer passes all checks (failures: ${
              Object.entries(failedChecks)
                .filter(([, n]) => n > 0)
                .map(([k, n]) => `${k} ${n}`)
                .join(', ') || 'no offers'
            }).`
          : `All ${feasible} feasible offer(s) are assigned to other households in the assignment with the highest total priority.`,
      });
    }
  }
  const unusedOfferIds: string[] = [];
  for (let o = 0; o < graph.cols; o++) if (colToRow[o] < 0) unusedOfferIds.push(input.offers[o].id);
  return {
    asOf: input.asOf,
    catalogue: problem.catalogue,
    method: MATCHING_METHOD,
    totalPriorityServed: total,
    matchedHouseholds: matched,
    feasiblePairs: graph.rowStart[graph.rows],
    proposals,
    unmatched,
    unusedOfferIds,
  };
}
