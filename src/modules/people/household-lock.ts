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

/** Tables whose rows belong to a person; the lock below finds the household through them. */
type PersonChildTable = 'legal_status' | 'occupation' | 'need';

/**
 * Locks the household row (`select … for update`) that a person, or a row of one of their child tables,
 * belongs to, and returns its ID (undefined when there is none). Every change to a person's record takes
 * this lock first, so two concurrent changes of the same record are serialised: the second sees what the
 * first committed. Runs on the transaction's own connection (`tx.execute`). Row filters do not apply to
 * this statement; callers read the row through the filtered manager right after, and a hidden row is
 * NOT_FOUND there.
 */
export async function lockHouseholdOf(
  tx: EntityManager,
  of: { person: number } | { table: PersonChildTable; id: number },
): Promise<number | undefined> {
  const rows =
    'person' in of
      ? await tx.execute<{ id: number }[]>(
          'select h.id from household h join person p on p.household_id = h.id where p.id = ? for update of h',
          [of.person],
        )
      : await tx.execute<{ id: number }[]>(
          `select h.id from household h join person p on p.household_id = h.id join ${of.table} c on c.person_id = p.id
           where c.id = ? for update of h`,
          [of.id],
        );
  return rows[0]?.id;
}
