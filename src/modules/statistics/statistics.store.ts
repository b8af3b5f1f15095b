import type { EntityManager } from '@mikro-orm/postgresql';
import { coversDaySql } from '../../graph/periods';
import { StatisticsDimension, SUPPRESSION_THRESHOLD, type StatisticsGroup } from './statistics.types';

const CURRENT_STAY = coversDaySql('s', 'starts_on', 'ends_on');
const CURRENT_TENANCY = coversDaySql('t', 'moved_in_on', 'ends_on');

/** Per dimension: SQL yielding (key, household_id) pairs as of a day, with the day bound as `?` each time. */
const membership: Record<StatisticsDimension, { sql: string; days: number }> = {
  [StatisticsDimension.SITE]: {
    sql: `select distinct si.name as key, p.household_id from stay s join person p on p.id = s.person_id
      join bed b on b.id = s.bed_id join unit u on u.id = b.unit_id join site si on si.id = u.site_id where ${CURRENT_STAY}`,
    days: 2,
  },
  [StatisticsDimension.DISTRICT]: {
    sql: `select distinct a.name as key, p.household_id from stay s join person p on p.id = s.person_id
        join bed b on b.id = s.bed_id join unit u on u.id = b.unit_id join site si on si.id = u.site_id
        join area a on a.id = si.district_id where ${CURRENT_STAY}
      union select a.name, t.household_id from tenancy t join apartment_offer o on o.id = t.apartment_id
        join area a on a.id = o.district_id where ${CURRENT_TENANCY}`,
    days: 4,
  },
  [StatisticsDimension.BENEFIT_REGIME]: {
    sql: `select benefit_regime as key, id as household_id from household`,
    days: 0,
  },
};

/** Counts per group in one statement; groups under the threshold come back suppressed. */
export async function countHouseholds(
  em: EntityManager,
  dimension: StatisticsDimension,
  asOf: string,
): Promise<StatisticsGroup[]> {
  const { sql, days } = membership[dimension];
  const rows = await em.execute<{ key: string; households: number; persons: number }[]>(
    `select m.key, count(distinct m.household_id)::int as households, count(p.id)::int as persons
     from (${sql}) m join person p on p.household_id = m.household_id group by m.key order by m.key`,
    Array(days).fill(asOf),
  );
  return rows.map((row) => {
    const suppressed = row.households < SUPPRESSION_THRESHOLD;
    return {
      key: row.key,
      households: suppressed ? null : row.households,
      persons: suppressed ? null : row.persons,
      suppressed,
    };
  });
}
