/**
 * Assembles a matching problem from the database: the top of the priority queue (with the members'
 * status histories, which size, rent ceiling, WBS and § 12a need) and the open offers.
 */
import type { CriteriaCatalogue, IsoDate, MatchingInput } from '../../domain';
import { loadOffers } from './offer.store';
import { rankCommunalQueue } from './priority-queue';
import { toHouseholdSnapshot, toOfferSnapshot } from './snapshot.mapping';
import { loadStatusHistories } from './snapshot.store';
import type { SqlRunner } from './sql-runner';

export interface MatchingScope {
  asOf: IsoDate;
  catalogue: CriteriaCatalogue;
  /** How many households from the top of the queue take part. */
  queueLimit: number;
  /** How many open offers (earliest available first) take part. */
  offerLimit: number;
  /** Only offers available by this day. */
  availableBy?: IsoDate;
}

export async function loadMatchingInput(run: SqlRunner, scope: MatchingScope): Promise<MatchingInput> {
  const [queue, offers] = await Promise.all([
    rankCommunalQueue(run, scope.asOf, scope.catalogue),
    loadOffers(run, { kind: 'open', availableBy: scope.availableBy, limit: scope.offerLimit }),
  ]);
  const ids = Array.from(queue.householdIds.subarray(0, scope.queueLimit));
  const statuses = await loadStatusHistories(run, { kind: 'ids', ids });
  return {
    asOf: scope.asOf,
    catalogue: scope.catalogue,
    households: ids.map((id) => toHouseholdSnapshot(queue.facts.get(id)!, scope.asOf, statuses)),
    offers: offers.map(toOfferSnapshot),
  };
}
