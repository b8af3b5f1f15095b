/**
 * Greedy baseline (highest priority first takes its first feasible free offer). Not used for
 * proposals — it exists so tests and benchmarks can show the exact matcher is never worse.
 */
import { MatchingProblem, priorityOrder } from './problem';

export function greedyMatching(problem: MatchingProblem): {
  rowToCol: Int32Array;
  totalPriorityServed: number;
  matchedHouseholds: number;
} {
  const { graph, scores } = problem;
  const used = new Uint8Array(graph.cols);
  const rowToCol = new Int32Array(graph.rows).fill(-1);
  let total = 0;
  let matched = 0;
  for (const i of priorityOrder(problem)) {
    for (let e = graph.rowStart[i]; e < graph.rowStart[i + 1]; e++) {
      const o = graph.edgeCol[e];
      if (used[o]) continue;
      used[o] = 1;
      rowToCol[i] = o;
      total += scores[i];
      matched++;
      break;
    }
  }
  return { rowToCol, totalPriorityServed: total, matchedHouseholds: matched };
}
