/**
 * `household.benefit_regime` is stored because list filters and statistics select by it. A change to
 * the facts the regime derives from (legal statuses, members) recomputes it as of the day of the change,
 * in the change's own transaction, so a filter by SGB II finds a family on the day it is recognised.
 * (It can still go stale by the passage of time alone — a permit valid from a later day, the § 1 (3)
 * AsylbLG month end — which only an "as of the request's day" read would avoid.)
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import { determineHouseholdRegimes } from '../../domain';
import { Household } from '../people/household.entity';
import { BenefitRegime } from '../people/people.enums';
import { toHouseholdSnapshot } from './snapshot.mapping';
import { loadHouseholdFacts, loadStatusHistories } from './snapshot.store';
import { ormRunner } from './sql-runner';

/** Flushes `tx`, then sets the household's stored regime to the head's regime on `day` when the rules determine one. */
export async function refreshStoredRegime(tx: EntityManager, household: Household, day: string): Promise<void> {
  await tx.flush();
  const run = ormRunner(tx);
  const scope = { kind: 'ids', ids: [household.id] } as const;
  const [facts, statuses] = await Promise.all([loadHouseholdFacts(run, scope), loadStatusHistories(run, scope)]);
  const snapshot = facts.get(household.id);
  if (!snapshot) return;
  const { headRegime } = determineHouseholdRegimes(toHouseholdSnapshot(snapshot, day, statuses), day);
  if (headRegime !== 'UNDETERMINED') household.benefitRegime = BenefitRegime[headRegime];
}
