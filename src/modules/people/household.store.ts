import type { EntityManager, QueryBuilder } from '@mikro-orm/postgresql';
import { expectGlobalId } from '../../graph/relay/global-id';
import { KeysetSort } from '../../graph/relay/connection';
import { coversDaySql, daysBefore } from '../../graph/periods';
import { Household } from './household.entity';
import { HouseholdFilter, HouseholdOrder, HouseholdSortField } from './household.inputs';

const CURRENT_STAY = coversDaySql('s', 'starts_on', 'ends_on');
const CURRENT_TENANCY = coversDaySql('t', 'moved_in_on', 'ends_on');

/** SQL: households with a member staying today in a bed of a site matching `siteCondition`. */
const householdsStayingAt = (siteCondition: string) => `select p.household_id from person p
  join stay s on s.person_id = p.id join bed b on b.id = s.bed_id join unit u on u.id = b.unit_id
  join site si on si.id = u.site_id where ${siteCondition} and ${CURRENT_STAY}`;

/** Builds the filtered household query a connection pages through. */
export function queryHouseholds(
  em: EntityManager,
  filter: HouseholdFilter | undefined,
  today: string,
): QueryBuilder<Household> {
  const qb = em.createQueryBuilder(Household, 'h');
  if (!filter) return qb;
  if (filter.siteId) {
    const siteId = expectGlobalId(filter.siteId, 'Site', 'filter.siteId');
    qb.andWhere(`h.id in (${householdsStayingAt('si.id = ?')})`, [siteId, today, today]);
  }
  if (filter.districtId) {
    const areaId = expectGlobalId(filter.districtId, 'Area', 'filter.districtId');
    qb.andWhere(
      `(h.id in (${householdsStayingAt('si.district_id = ?')}) or h.id in (select t.household_id from tenancy t
        join apartment_offer a on a.id = t.apartment_id where a.district_id = ? and ${CURRENT_TENANCY}))`,
      [areaId, today, today, areaId, today, today],
    );
  }
  if (filter.benefitRegimes) qb.andWhere({ benefitRegime: { $in: filter.benefitRegimes } });
  if (filter.inCommunalAccommodation !== undefined && filter.inCommunalAccommodation !== null) {
    qb.andWhere({ communalSince: filter.inCommunalAccommodation ? { $ne: null } : null });
  }
  if (filter.minDaysInCommunalAccommodation != null) {
    qb.andWhere({ communalSince: { $lte: daysBefore(today, filter.minDaysInCommunalAccommodation) } });
  }
  if (filter.maxDaysInCommunalAccommodation != null) {
    qb.andWhere({ communalSince: { $gte: daysBefore(today, filter.maxDaysInCommunalAccommodation) } });
  }
  if (filter.arrivedFrom) qb.andWhere({ arrivedOn: { $gte: filter.arrivedFrom } });
  if (filter.arrivedUntil) qb.andWhere({ arrivedOn: { $lte: filter.arrivedUntil } });
  return qb;
}

const sortColumns: Record<HouseholdSortField, Pick<KeysetSort<Household>, 'column' | 'valueOf' | 'nullable'>> = {
  REFERENCE: { column: 'h.reference', valueOf: (h) => h.reference, nullable: false },
  ARRIVED_ON: { column: 'h.arrived_on', valueOf: (h) => h.arrivedOn, nullable: false },
  COMMUNAL_SINCE: { column: 'h.communal_since', valueOf: (h) => h.communalSince ?? null, nullable: true },
};

export function householdSort(order: HouseholdOrder | undefined): KeysetSort<Household> {
  const field = order?.field ?? HouseholdSortField.REFERENCE;
  return { ...sortColumns[field], direction: order?.direction ?? 'ASC' };
}

/** Members per household, counted in SQL: a count, not personal data, so no row filter narrows it. */
export async function countMembers(em: EntityManager, householdIds: readonly number[]): Promise<number[]> {
  const rows = await em.execute<{ household_id: number; n: number }[]>(
    `select household_id, count(*)::int as n from person where household_id in (${householdIds.map(() => '?').join(',')}) group by household_id`,
    [...householdIds],
  );
  const counts = new Map(rows.map((r) => [r.household_id, r.n]));
  return householdIds.map((id) => counts.get(id) ?? 0);
}
