import type { EntityManager } from '@mikro-orm/postgresql';
import { LockMode } from '@mikro-orm/core';
import { Household } from './household.entity';

/**
 * The first statement of every accommodation mutation (placeHousehold, moveHouseholdToSite,
 * moveIntoApartment): loads the household and locks its row until the transaction ends.
 *
 * Why a lock and not a constraint: "never in a communal bed and a private flat on the same day" spans
 * two tables (stays per person, tenancies per household), which an exclusion constraint cannot; a
 * trigger checking the other table would race under READ COMMITTED just like the code did; SERIALIZABLE
 * would need a retry loop around every mutation. Locking the household row serialises exactly the
 * mutations of one household, costs no extra statement (the row is read anyway) and, taken first and
 * always before the site or offer row, gives one lock order, so the mutations cannot deadlock.
 * The checks that follow run after the lock and so see what a competing mutation committed.
 */
export function lockHousehold(tx: EntityManager, householdId: number): Promise<Household | null> {
  return tx.findOne(Household, householdId, { lockMode: LockMode.PESSIMISTIC_WRITE });
}
