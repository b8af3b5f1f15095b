import type { EntityManager } from '@mikro-orm/postgresql';
import { Household } from '../modules/people/household.entity';
import { Person } from '../modules/people/person.entity';
import { PersonLanguage } from '../modules/people/person-language.entity';
import { LegalStatus } from '../modules/people/legal-status.entity';
import { Occupation } from '../modules/people/occupation.entity';
import { Need } from '../modules/people/need.entity';
import { Stay } from '../modules/accommodation/stay.entity';
import { Tenancy } from '../modules/housing/tenancy.entity';
import { CaseAssignment } from '../modules/providers/case-assignment.entity';
import { Consent } from '../modules/providers/consent.entity';
import { CasePurpose } from '../modules/providers/providers.enums';
import { Appointment } from '../modules/appointments/appointment.entity';
import { VolunteerAssignment } from '../modules/volunteers/volunteer-assignment.entity';
import { RowScope } from './policy';
import { Purpose } from './roles';
import type { Viewer } from './viewer';

/** Which case purposes a request purpose may use a mandate for. */
export const casePurposesFor: Partial<Record<Purpose, CasePurpose[]>> = {
  [Purpose.SOCIAL_COUNSELLING]: [
    CasePurpose.SOCIAL_WORK,
    CasePurpose.MIGRATION_COUNSELLING,
    CasePurpose.LANGUAGE_SUPPORT,
    CasePurpose.HEALTH_COUNSELLING,
  ],
  [Purpose.HOUSING_PLACEMENT]: [CasePurpose.HOUSING_SEARCH, CasePurpose.ACCOMMODATION],
};

/** The request's day, the viewer's organisation and the case purposes, bound once for each query. */
const PARAMS = `with v as (select ?::date as today, ?::int as org, string_to_array(?, ',')::text[] as purposes)`;
/** An active mandate of case assignment `ca`: started, not past its last day, not ended. */
const ACTIVE_MANDATE = `ca.mandate_from <= v.today and v.today <= ca.mandate_until and (ca.ended_on is null or v.today < ca.ended_on)`;
const ACTIVE_CONSENT = `c.given_on <= v.today and (c.revoked_on is null or v.today < c.revoked_on)`;
const ACTIVE_VOLUNTEERING = `va.starts_on <= v.today and (va.ends_on is null or v.today <= va.ends_on)`;
const MANDATES_OF_VIEWER = `ca.provider_id = v.org and ca.purpose = any(v.purposes) and ${ACTIVE_MANDATE}`;
const ACCOMPANIED = `select va.household_id from volunteer_assignment va, v
    where va.household_id is not null and ${ACTIVE_VOLUNTEERING}
  union select a.household_id from volunteer_assignment va join appointment a on a.id = va.appointment_id, v
    where ${ACTIVE_VOLUNTEERING}`;

const SQL = {
  mandateHouseholds: `${PARAMS} select distinct ca.household_id as id from case_assignment ca, v where ${MANDATES_OF_VIEWER}`,
  mandatePersons: `${PARAMS} select distinct p.id from person p join case_assignment ca on ca.household_id = p.household_id, v
    where ${MANDATES_OF_VIEWER} and (ca.legal_basis is not null or exists (select 1 from consent c
      where c.person_id = p.id and c.recipient_id = v.org and ca.purpose = any(c.purposes) and ${ACTIVE_CONSENT}))`,
  accompaniedHouseholds: `${PARAMS} select household_id as id from (${ACCOMPANIED}) accompanied`,
  accompaniedPersons: `${PARAMS} select p.id from person p where p.household_id in (${ACCOMPANIED})`,
};

/**
 * Restricts what `em` can read to the rows the viewer's grant reaches, by MikroORM filters on the
 * entity manager of the request: every find, count, loader and connection through it is narrowed,
 * and so is every transaction forked from it (a mutation cannot reach a hidden row either).
 * The visible IDs are computed once per request, on first use, as of the request's day.
 */
export function restrictRows(em: EntityManager, viewer: Viewer, scope: RowScope, today: string): void {
  if (scope === RowScope.ALL) return;
  const visible = visibleIds(viewer, scope, today);
  // A filter runs on the entity manager that queries (the request's, or a transaction forked from it);
  // the IDs are read through that one, so a transaction never waits for a second pool connection.
  // (A rest parameter keeps the callback's arity 0: MikroORM then asks for no filter arguments.)
  const on = (cond: (current: EntityManager) => Promise<object>) =>
    (...[, , current]: [unknown, unknown, EntityManager]) => cond(current);
  const households = async (current: EntityManager) => ({ $in: await visible.households(current) });
  const persons = async (current: EntityManager) => ({ $in: await visible.persons(current) });
  em.addFilter('visible households', on(async (current) => ({ id: await households(current) })), Household);
  em.addFilter('visible persons', on(async (current) => ({ id: await persons(current) })), Person);
  em.addFilter('data of visible persons', on(async (current) => ({ person: await persons(current) })), [
    PersonLanguage, LegalStatus, Occupation, Need, Stay,
  ] as never);
  em.addFilter('data of visible households', on(async (current) => ({ household: await households(current) })), [Tenancy, Appointment] as never);
  const ownOrganisation = viewer.organisationId ?? 0;
  em.addFilter('visible case assignments', on(async (current) => ({
    household: await households(current),
    ...(scope === RowScope.MANDATE ? { provider: ownOrganisation } : {}),
  })), CaseAssignment);
  em.addFilter('visible consents', on(async (current) => ({
    person: await persons(current),
    ...(scope === RowScope.MANDATE ? { recipient: ownOrganisation } : {}),
  })), Consent);
  if (scope !== RowScope.ACCOMPANIED) {
    em.addFilter('visible volunteer assignments', on(async (current) => ({ household: await households(current) })), VolunteerAssignment);
  }
}

function visibleIds(viewer: Viewer, scope: RowScope, today: string) {
  const params = [today, viewer.organisationId ?? 0, (casePurposesFor[viewer.purpose] ?? []).join(',')];
  // Raw SQL on purpose: the filters themselves must not filter the query that computes them.
  const query = async (on: EntityManager, sql: string): Promise<number[]> =>
    (await on.execute<{ id: number }[]>(sql, params)).map((r) => r.id);
  const memo = <T>(load: (on: EntityManager) => Promise<T>) => {
    let value: Promise<T> | undefined;
    return (on: EntityManager) => (value ??= load(on));
  };
  switch (scope) {
    case RowScope.MANDATE:
      return { households: memo((on) => query(on, SQL.mandateHouseholds)), persons: memo((on) => query(on, SQL.mandatePersons)) };
    case RowScope.ACCOMPANIED:
      return { households: memo((on) => query(on, SQL.accompaniedHouseholds)), persons: memo((on) => query(on, SQL.accompaniedPersons)) };
    default:
      return { households: async (_on: EntityManager) => [], persons: async (_on: EntityManager) => [] };
  }
}
