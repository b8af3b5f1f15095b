import type { EntityManager } from '@mikro-orm/postgresql';
import { LockMode } from '@mikro-orm/core';
import { ErrorCode, notFound, userError } from '../../graph/errors';
import { expectGlobalId } from '../../graph/relay/global-id';
import { isExclusionViolation } from '../../graph/database-errors';
import { Household } from '../people/household.entity';
import { lockHousehold } from '../people/household-lock';
import { Person } from '../people/person.entity';
import { Site } from './site.entity';
import { Bed } from './bed.entity';
import { Stay } from './stay.entity';
import { MoveHouseholdToSiteInput, PlaceHouseholdInput, PlacementPayload } from './placement.inputs';

/**
 * Usable beds of a site that are free from `day` on for good, best fit first: beds in the smallest unit
 * where the whole household fits come first, so families stay together and large units stay free.
 */
const FREE_BEDS_SQL = `
  with free as (
    select b.id, b.unit_id, b.label from bed b join unit u on u.id = b.unit_id
    where u.site_id = ? and b.blocked_reason is null
      and not exists (select 1 from stay s where s.bed_id = b.id
        and daterange(s.starts_on, s.ends_on, '[)') && daterange(?::date, null, '[)'))
  )
  select id from (select free.*, count(*) over (partition by unit_id) as free_in_unit from free) ranked
  order by (free_in_unit >= ?) desc, free_in_unit, unit_id, label, id
  limit ?`;

async function loadHouseholdWithMembers(tx: EntityManager, householdGlobalId: string) {
  const household = await lockHousehold(tx, expectGlobalId(householdGlobalId, 'Household', 'input.householdId'));
  if (!household) throw notFound('Household', 'input.householdId');
  const members = await tx.find(Person, { household }, { orderBy: { id: 'asc' } });
  return { household, members };
}

/** Locks the site row: placements into one site run one after another, so they see each other's beds. */
async function lockSite(tx: EntityManager, siteGlobalId: string): Promise<Site> {
  const siteId = expectGlobalId(siteGlobalId, 'Site', 'input.siteId');
  const site = await tx.findOne(Site, siteId, { lockMode: LockMode.PESSIMISTIC_WRITE });
  if (!site) throw notFound('Site', 'input.siteId');
  return site;
}

async function assertNoTenancyFrom(tx: EntityManager, household: Household, day: string): Promise<void> {
  const [row] = await tx.execute<{ n: string }[]>(
    `select count(*) as n from tenancy where household_id = ? and daterange(moved_in_on, ends_on, '[)') && daterange(?::date, null, '[)')`,
    [household.id, day],
  );
  if (Number(row.n) > 0) {
    throw userError(ErrorCode.CONFLICT, 'The household lives in a private flat from that day on.', 'input.householdId');
  }
}

/** Creates one open stay per member in free beds of the site, from `day` on. */
async function fillBeds(tx: EntityManager, site: Site, members: Person[], day: string): Promise<Stay[]> {
  const rows = await tx.execute<{ id: number }[]>(FREE_BEDS_SQL, [site.id, day, members.length, members.length]);
  if (rows.length < members.length) {
    throw userError(
      ErrorCode.NOT_ENOUGH_FREE_BEDS,
      `The site has ${rows.length} free bed(s) from ${day} on; the household needs ${members.length}.`,
      'input.siteId',
    );
  }
  return members.map((person, i) =>
    tx.create(Stay, { person, bed: tx.getReference(Bed, rows[i].id), startsOn: day, endsOn: null }),
  );
}

/** Runs a placement; if the database refuses an overlapping stay, the client hears it plainly. */
async function inTransaction<T>(em: EntityManager, work: (tx: EntityManager) => Promise<T>): Promise<T> {
  try {
    return await em.transactional(work);
  } catch (error) {
    if (isExclusionViolation(error, 'stay_bed_no_overlap')) {
      throw userError(
        ErrorCode.BED_ALREADY_OCCUPIED,
        'A chosen bed was taken at the same time; nothing was changed. Try again.',
        'input.siteId',
      );
    }
    if (isExclusionViolation(error, 'stay_person_no_overlap')) {
      throw userError(
        ErrorCode.CONFLICT,
        'A member already has a bed in that period; nothing was changed.',
        'input.householdId',
      );
    }
    throw error;
  }
}

export function placeHousehold(em: EntityManager, input: PlaceHouseholdInput): Promise<PlacementPayload> {
  return inTransaction(em, async (tx) => {
    const { household, members } = await loadHouseholdWithMembers(tx, input.householdId);
    const site = await lockSite(tx, input.siteId);
    await assertNoTenancyFrom(tx, household, input.startsOn);
    const stays = await fillBeds(tx, site, members, input.startsOn);
    if (!household.communalSince || household.communalSince > input.startsOn) household.communalSince = input.startsOn;
    await tx.flush();
    return { household, stays };
  });
}

export function moveHouseholdToSite(em: EntityManager, input: MoveHouseholdToSiteInput): Promise<PlacementPayload> {
  return inTransaction(em, async (tx) => {
    const { household, members } = await loadHouseholdWithMembers(tx, input.householdId);
    const site = await lockSite(tx, input.siteId);
    // New beds from the move on must not overlap a flat the household moves into later.
    await assertNoTenancyFrom(tx, household, input.movesOn);
    const memberIds = members.map((m) => m.id);
    const current = await tx.find(
      Stay,
      {
        person: { $in: memberIds },
        startsOn: { $lte: input.movesOn },
        $or: [{ endsOn: null }, { endsOn: { $gt: input.movesOn } }],
      },
      { populate: ['bed.unit'] },
    );
    if (current.length === 0) {
      throw userError(
        ErrorCode.CONFLICT,
        `The household is in no communal site on ${input.movesOn}.`,
        'input.householdId',
      );
    }
    if (current.every((stay) => stay.bed.unit.site.id === site.id)) {
      throw userError(ErrorCode.BAD_USER_INPUT, 'The household already lives at this site.', 'input.siteId');
    }
    for (const stay of current) {
      if (stay.startsOn === input.movesOn) tx.remove(stay);
      else stay.endsOn = input.movesOn;
    }
    await tx.flush();
    const stays = await fillBeds(tx, site, members, input.movesOn);
    await tx.flush();
    return { household, stays };
  });
}
