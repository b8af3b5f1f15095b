/**
 * Loads the facts behind household snapshots for many households in a fixed number of flat
 * statements (households with members, occupations, needs; legal statuses on request), whatever
 * the number of households. Used per request by the loaders and in bulk by the priority queue.
 */
import type { LegalStatusKind, MemberRelation, NeedCategory, OccupationKind, Sex } from '../people/people.enums';
import type { HouseholdFacts, LegalStatusFacts, PersonFacts } from './household-facts';
import { intArrayLiteral, type SqlRunner } from './sql-runner';

/** Which households to load. */
export type HouseholdScope =
  | { kind: 'ids'; ids: readonly number[] }
  /** Households living in communal accommodation (GU) on the day: the priority queue. */
  | { kind: 'communal'; on: string }
  | { kind: 'all' };

/** SQL condition on person alias `p` (and household alias `h` when `joinHousehold`). */
function scopeCondition(scope: HouseholdScope): { joinHousehold: boolean; where: string; params: unknown[] } {
  switch (scope.kind) {
    case 'ids':
      return { joinHousehold: false, where: 'p.household_id = any(?::int[])', params: [intArrayLiteral(scope.ids)] };
    case 'communal':
      return { joinHousehold: true, where: 'h.communal_since is not null and h.communal_since <= ?::date', params: [scope.on] };
    case 'all':
      return { joinHousehold: false, where: 'true', params: [] };
  }
}

function householdCondition(scope: HouseholdScope): { where: string; params: unknown[] } {
  switch (scope.kind) {
    case 'ids':
      return { where: 'h.id = any(?::int[])', params: [intArrayLiteral(scope.ids)] };
    case 'communal':
      return { where: 'h.communal_since is not null and h.communal_since <= ?::date', params: [scope.on] };
    case 'all':
      return { where: 'true', params: [] };
  }
}

/** Rows of a child table of person, restricted to the scope. */
function personChildQuery(table: string, alias: string, columns: string, scope: HouseholdScope, extra?: string): { sql: string; params: unknown[] } {
  const c = scopeCondition(scope);
  const join = `join person p on p.id = ${alias}.person_id${c.joinHousehold ? ' join household h on h.id = p.household_id' : ''}`;
  return { sql: `select ${alias}.person_id as pid, ${columns} from ${table} ${alias} ${join} where ${c.where}${extra ? ` and ${extra}` : ''}`, params: c.params };
}

const RELATION_ORDER: Record<string, number> = { HEAD: 0, PARTNER: 1, CHILD: 2, OTHER: 3 };

export interface LoadOptions {
  /**
   * Only occupations and needs that hold on this day (the bulk path filters in SQL to read fewer
   * rows; the mapping checks the dates again, so the answer is the same either way).
   */
  activeOn?: string;
}

/** Household facts (members, occupations, needs) for the scope; households without members have none. */
export async function loadHouseholdFacts(run: SqlRunner, scope: HouseholdScope, options: LoadOptions = {}): Promise<Map<number, HouseholdFacts>> {
  // Interpolated into the SQL below, so it must be a plain date.
  if (options.activeOn !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(options.activeOn)) throw new Error('activeOn must be a date');
  const hc = householdCondition(scope);
  const activeOccupation = options.activeOn ? `o.starts_on <= '${options.activeOn}'::date and (o.ends_on is null or o.ends_on >= '${options.activeOn}'::date)` : undefined;
  const activeNeed = options.activeOn ? `n.recorded_on <= '${options.activeOn}'::date and (n.ends_on is null or n.ends_on > '${options.activeOn}'::date)` : undefined;
  const occupationQuery = personChildQuery('occupation', 'o', 'o.kind, o.hours_per_week as hours, o.monthly_income_cents as income, o.starts_on::text as starts, o.ends_on::text as ends', scope, activeOccupation);
  const needQuery = personChildQuery('need', 'n', 'n.category, n.recorded_on::text as recorded, n.ends_on::text as ends', scope, activeNeed);
  // Three statements, issued together; pg queues them on the connection.
  const [people, occupations, needs] = await Promise.all([
    run(
      `select h.id as hid, h.arrived_on::text as harrived, h.communal_since::text as hcommunal, p.id as pid, p.relation,
        p.birth_date::text as birth, p.sex, p.arrived_on::text as parrived, p.able_to_work as able, p.disability_degree as degree
       from household h left join person p on p.household_id = h.id where ${hc.where}`,
      hc.params,
    ),
    run(occupationQuery.sql, occupationQuery.params),
    run(needQuery.sql, needQuery.params),
  ]);

  const households = new Map<number, HouseholdFacts>();
  const persons = new Map<number, PersonFacts>();
  for (const r of people) {
    const hid = r.hid as number;
    let household = households.get(hid);
    if (!household) {
      household = { id: hid, arrivedOn: r.harrived as string, communalSince: (r.hcommunal as string | null) ?? null, members: [] };
      households.set(hid, household);
    }
    if (r.pid === null) continue;
    const person: PersonFacts = {
      id: r.pid as number,
      relation: r.relation as MemberRelation,
      birthDate: r.birth as string,
      sex: r.sex as Sex,
      arrivedOn: r.parrived as string,
      ableToWork: r.able as boolean,
      disabilityDegree: (r.degree as number | null) ?? null,
      occupations: [],
      needs: [],
    };
    household.members.push(person);
    persons.set(person.id, person);
  }
  for (const r of occupations) {
    persons.get(r.pid as number)?.occupations.push({
      kind: r.kind as OccupationKind,
      hoursPerWeek: (r.hours as number | null) ?? null,
      monthlyIncomeCents: (r.income as number | null) ?? null,
      startsOn: r.starts as string,
      endsOn: (r.ends as string | null) ?? null,
    });
  }
  for (const r of needs) {
    persons.get(r.pid as number)?.needs.push({ category: r.category as NeedCategory, recordedOn: r.recorded as string, endsOn: (r.ends as string | null) ?? null });
  }
  for (const household of households.values()) {
    if (household.members.length > 1) household.members.sort((a, b) => RELATION_ORDER[a.relation] - RELATION_ORDER[b.relation] || a.id - b.id);
  }
  return households;
}

/** Legal-status histories of all members of the scope's households, oldest document first. */
export async function loadStatusHistories(run: SqlRunner, scope: HouseholdScope): Promise<Map<number, LegalStatusFacts[]>> {
  const q = personChildQuery(
    'legal_status',
    'l',
    'l.kind, l.paragraph, l.valid_from::text as vfrom, l.valid_until::text as vuntil, l.issuing_authority as authority, l.id',
    scope,
  );
  const rows = await run(`${q.sql} order by l.person_id, l.valid_from, l.id`, q.params);
  const histories = new Map<number, LegalStatusFacts[]>();
  for (const r of rows) {
    const pid = r.pid as number;
    let list = histories.get(pid);
    if (!list) histories.set(pid, (list = []));
    list.push({
      kind: r.kind as LegalStatusKind,
      paragraph: r.paragraph as string,
      validFrom: r.vfrom as string,
      validUntil: (r.vuntil as string | null) ?? null,
      issuingAuthority: r.authority as string,
    });
  }
  return histories;
}
