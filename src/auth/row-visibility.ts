import type { EntityManager } from '@mikro-orm/postgresql';
import { CasePurpose } from '../modules/providers/providers.enums';
import { activeConsent, activeMandate, activeVolunteering } from '../graph/time-bound-rules';
import { RowScope } from './policy';
import { conditionAlong, rowRules } from './row-scope-rules';
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
const ACTIVE_MANDATE = activeMandate.sql('ca', 'v.today');
const ACTIVE_CONSENT = activeConsent.sql('c', 'v.today');
const ACTIVE_VOLUNTEERING = activeVolunteering.sql('va', 'v.today');
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
 * Each entity is narrowed by its rule in row-scope-rules.ts; the visible IDs are computed once per
 * request, on first use, as of the request's day.
 */
export function restrictRows(em: EntityManager, viewer: Viewer, scope: RowScope, today: string): void {
  if (scope === RowScope.ALL) return;
  const visible = visibleIds(viewer, scope, today);
  const ownOrganisation = viewer.organisationId ?? 0;
  // A partner sees only its own mandates and the consents given to it, even for households it may see.
  const ownRowsOnly: Record<string, Record<string, number>> = scope === RowScope.MANDATE
    ? { CaseAssignment: { provider: ownOrganisation }, Consent: { recipient: ownOrganisation } }
    : {};
  for (const [entity, rule] of Object.entries(rowRules)) {
    if ('unscoped' in rule) continue;
    const ids = rule.subject === 'person' ? visible.persons : visible.households;
    em.addFilter(
      `visible ${entity}`,
      // The filter runs on the entity manager that queries (the request's, or a transaction forked from
      // it): the IDs are read through that one, so a transaction never waits for a second pool
      // connection. (A rest parameter keeps the callback's arity 0: MikroORM asks for no arguments.)
      async (...[, , current]: [unknown, unknown, EntityManager]) => {
        // `[0]` for none: no row has ID 0, and MikroORM renders an empty `$in` inside a join as invalid SQL.
        const visibleIds = await ids(current);
        const inVisible = { $in: visibleIds.length > 0 ? visibleIds : [0] };
        const paths = rule.via.map((path) => conditionAlong(path, inVisible));
        return { ...(paths.length === 1 ? paths[0] : { $or: paths }), ...ownRowsOnly[entity] };
      },
      entity,
    );
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
      return {
        households: memo((on) => query(on, SQL.mandateHouseholds)),
        persons: memo((on) => query(on, SQL.mandatePersons)),
      };
    case RowScope.ACCOMPANIED:
      return {
        households: memo((on) => query(on, SQL.accompaniedHouseholds)),
        persons: memo((on) => query(on, SQL.accompaniedPersons)),
      };
    default:
      return {
        households: async (_on: EntityManager): Promise<number[]> => [],
        persons: async (_on: EntityManager): Promise<number[]> => [],
      };
  }
}
