/**
 * Loads the facts behind household snapshots for many households in a fixed number of flat
 * statements (households with members, occupations, needs; legal statuses on request), whatever
 * the number of households. Used per request by the loaders and in bulk by the priority queue.
 */
import type { LegalStatusKind, MemberRelation, NeedCategory, OccupationKind, Sex } from '../people/people.enums';
import type { HouseholdFacts, LegalStatusFacts, NeedFacts, OccupationFacts, PersonFacts } from './household-facts';
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
      return {
        joinHousehold: true,
        where: 'h.communal_since is not null and h.communal_since <= ?::date',
        params: [scope.on],
      };
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
function personChildQuery(
  table: string,
  alias: string,
  columns: string,
  scope: HouseholdScope,
  extra?: string,
): { sql: string; params: unknown[] } {
  const c = scopeCondition(scope);
  const join = `join person p on p.id = ${alias}.person_id${c.joinHousehold ? ' join household h on h.id = p.household_id' : ''}`;
  return {
    sql: `select ${alias}.person_id as pid, ${columns} from ${table} ${alias} ${join} where ${c.where}${extra ? ` and ${extra}` : ''}`,
    params: c.params,
  };
}

/** A child table of person packed per household: one text per household, rows in id order. */
function householdChildQuery(
  table: string,
  alias: string,
  packed: string,
  scope: HouseholdScope,
  extra?: string,
): { sql: string; params: unknown[] } {
  const c = scopeCondition(scope);
  const join = `join person p on p.id = ${alias}.person_id${c.joinHousehold ? ' join household h on h.id = p.household_id' : ''}`;
  return {
    sql: `select p.household_id as hid, string_agg(${packed}, ';' order by ${alias}.id) as packed from ${table} ${alias} ${join}
          where ${c.where}${extra ? ` and ${extra}` : ''} group by p.household_id`,
    params: c.params,
  };
}

/** Packed columns: person id first; nullable values become '' (no value holds a comma or semicolon). */
const OCCUPATION_FIELDS = `o.person_id || ',' || o.kind || ',' || coalesce(o.hours_per_week::text, '') || ',' || coalesce(o.monthly_income_cents::text, '')
  || ',' || o.starts_on::text || ',' || coalesce(o.ends_on::text, '')`;
const NEED_FIELDS = `n.person_id || ',' || n.category || ',' || n.recorded_on::text || ',' || coalesce(n.ends_on::text, '')`;

const orNull = (text: string) => (text === '' ? null : text);
const numberOrNull = (text: string) => (text === '' ? null : Number(text));

/** The member with the id (households are small, so a scan beats a map of 400,000 people). */
function memberById(household: HouseholdFacts | undefined, id: number): PersonFacts | undefined {
  if (household) for (const m of household.members) if (m.id === id) return m;
  return undefined;
}

/** Shared until a person gets one (most have no need, many no occupation): saves ~800,000 arrays in bulk. */
const NO_OCCUPATIONS: OccupationFacts[] = Object.freeze([]) as unknown as OccupationFacts[];
const NO_NEEDS: NeedFacts[] = Object.freeze([]) as unknown as NeedFacts[];

const RELATION_ORDER: Record<string, number> = { HEAD: 0, PARTNER: 1, CHILD: 2, OTHER: 3 };

/**
 * A person's columns as one text, in the order parseMembers reads them. None of the values holds a
 * comma or semicolon (ids, enum names, ISO dates, booleans); a null degree becomes ''.
 */
const MEMBER_FIELDS = `p.id || ',' || p.relation || ',' || p.birth_date::text || ',' || p.sex || ',' || p.arrived_on::text || ','
  || p.able_to_work::text || ',' || coalesce(p.disability_degree::text, '')`;

/** The members packed by MEMBER_FIELDS (null for a household without members). */
function parseMembers(packed: string | null): PersonFacts[] {
  if (packed === null) return [];
  const members: PersonFacts[] = [];
  for (const text of packed.split(';')) {
    const f = text.split(',');
    members.push({
      id: Number(f[0]),
      relation: f[1] as MemberRelation,
      birthDate: f[2],
      sex: f[3] as Sex,
      arrivedOn: f[4],
      ableToWork: f[5] === 'true',
      disabilityDegree: f[6] === '' ? null : Number(f[6]),
      occupations: NO_OCCUPATIONS,
      needs: NO_NEEDS,
    });
  }
  return members;
}

export interface LoadOptions {
  /**
   * Only occupations and needs that hold on this day (the bulk path filters in SQL to read fewer
   * rows; the mapping checks the dates again, so the answer is the same either way).
   */
  activeOn?: string;
}

/** Household facts (members, occupations, needs) for the scope; households without members have none. */
export async function loadHouseholdFacts(
  run: SqlRunner,
  scope: HouseholdScope,
  options: LoadOptions = {},
): Promise<Map<number, HouseholdFacts>> {
  // Interpolated into the SQL below, so it must be a plain date.
  if (options.activeOn !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(options.activeOn))
    throw new Error('activeOn must be a date');
  const hc = householdCondition(scope);
  const activeOccupation = options.activeOn
    ? `o.starts_on <= '${options.activeOn}'::date and (o.ends_on is null or o.ends_on >= '${options.activeOn}'::date)`
    : undefined;
  const activeNeed = options.activeOn
    ? `n.recorded_on <= '${options.activeOn}'::date and (n.ends_on is null or n.ends_on > '${options.activeOn}'::date)`
    : undefined;
  const occupationQuery = householdChildQuery('occupation', 'o', OCCUPATION_FIELDS, scope, activeOccupation);
  const needQuery = householdChildQuery('need', 'n', NEED_FIELDS, scope, activeNeed);
  // Three statements, issued together (on a pool they run in parallel). Each returns one row per
  // household with its members (occupations, needs) packed into one text: 150,000 narrow rows parse
  // far faster than 400,000 wide ones, and the garbage collector has far less to do.
  const [people, occupations, needs] = await Promise.all([
    run(
      `select h.id as hid, h.arrived_on::text as harrived, h.communal_since::text as hcommunal, string_agg(${MEMBER_FIELDS}, ';') as members
       from household h left join person p on p.household_id = h.id where ${hc.where} group by h.id`,
      hc.params,
    ),
    run(occupationQuery.sql, occupationQuery.params),
    run(needQuery.sql, needQuery.params),
  ]);

  const households = new Map<number, HouseholdFacts>();
  for (const r of people) {
    const hid = r.hid as number;
    households.set(hid, {
      id: hid,
      arrivedOn: r.harrived as string,
      communalSince: (r.hcommunal as string | null) ?? null,
      members: parseMembers(r.members as string | null),
    });
  }
  for (const r of occupations) {
    const household = households.get(r.hid as number);
    for (const text of (r.packed as string).split(';')) {
      const f = text.split(',');
      const person = memberById(household, Number(f[0]));
      if (!person) continue;
      if (person.occupations === NO_OCCUPATIONS) person.occupations = [];
      person.occupations.push({
        kind: f[1] as OccupationKind,
        hoursPerWeek: numberOrNull(f[2]),
        monthlyIncomeCents: numberOrNull(f[3]),
        startsOn: f[4],
        endsOn: orNull(f[5]),
      });
    }
  }
  for (const r of needs) {
    const household = households.get(r.hid as number);
    for (const text of (r.packed as string).split(';')) {
      const f = text.split(',');
      const person = memberById(household, Number(f[0]));
      if (!person) continue;
      if (person.needs === NO_NEEDS) person.needs = [];
      person.needs.push({ category: f[1] as NeedCategory, recordedOn: f[2], endsOn: orNull(f[3]) });
    }
  }
  for (const household of households.values()) {
    if (household.members.length > 1)
      household.members.sort((a, b) => RELATION_ORDER[a.relation] - RELATION_ORDER[b.relation] || a.id - b.id);
  }
  return households;
}

/** Legal-status histories of all members of the scope's households, oldest document first; superseded (corrected) rows left out. */
export async function loadStatusHistories(
  run: SqlRunner,
  scope: HouseholdScope,
): Promise<Map<number, LegalStatusFacts[]>> {
  const q = personChildQuery(
    'legal_status',
    'l',
    'l.kind, l.paragraph, l.valid_from::text as vfrom, l.valid_until::text as vuntil, l.issuing_authority as authority, l.decision_date::text as decided, l.id',
    scope,
    'l.superseded_at is null',
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
      decisionDate: (r.decided as string | null) ?? null,
    });
  }
  return histories;
}
