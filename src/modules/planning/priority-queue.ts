/**
 * The ranked queue of households in communal accommodation, from the database in bulk: one load of
 * flat rows (households with members, current occupations and needs), mapped to snapshots, ranked
 * by the domain. Shared by the graph and the benchmark; takes any SqlRunner.
 */
import {
  rankHouseholds,
  type CriteriaCatalogue,
  type HouseholdSnapshot,
  type IsoDate,
  type PriorityRanking,
} from '../../domain';
import type { HouseholdFacts } from './household-facts';
import { toHouseholdSnapshot } from './snapshot.mapping';
import { loadHouseholdFacts } from './snapshot.store';
import type { SqlRunner } from './sql-runner';

export interface RankedQueue {
  ranking: PriorityRanking;
  /** Database id of the household at each queue position (same order as ranking.entries). */
  householdIds: Int32Array;
  /** The facts the ranking used, by database id (matching reuses them). */
  facts: Map<number, HouseholdFacts>;
}

/**
 * Who is in the queue: households whose `communal_since` is set and not after `asOf`. The column
 * holds the current stay in a GU, so an `asOf` in the past changes rules, ages and durations, not the
 * set of households (moves out are not replayed).
 */
export async function rankCommunalQueue(
  run: SqlRunner,
  asOf: IsoDate,
  catalogue: CriteriaCatalogue,
): Promise<RankedQueue> {
  const facts = await loadHouseholdFacts(run, { kind: 'communal', on: asOf }, { activeOn: asOf });
  const ids: number[] = [];
  const snapshots: HouseholdSnapshot[] = [];
  const byGlobalId = new Map<string, number>();
  for (const f of facts.values()) {
    const snapshot = toHouseholdSnapshot(f, asOf);
    snapshots.push(snapshot);
    ids.push(f.id);
    byGlobalId.set(snapshot.id, f.id);
  }
  const ranking = rankHouseholds(snapshots, asOf, { catalogue });
  const householdIds = new Int32Array(ranking.entries.length);
  ranking.entries.forEach((e, i) => (householdIds[i] = byGlobalId.get(e.householdId)!));
  return { ranking, householdIds, facts };
}
