/**
 * The time-bound rules access and planning depend on, each in one place: the TypeScript predicate for
 * loaded rows and the SQL condition for queries, side by side so they cannot drift apart. `day` in
 * the SQL forms is an SQL expression of type date (a column such as `v.today`, or `?::date`).
 */

/** A mandate counts from its first to its last day (both included); ended early, not on the day it was ended. */
export const activeMandate = {
  holds: (m: { mandateFrom: string; mandateUntil: string; endedOn?: string | null }, day: string): boolean =>
    m.mandateFrom <= day && day <= m.mandateUntil && (!m.endedOn || day < m.endedOn),
  sql: (alias: string, day: string): string =>
    `(${alias}.mandate_from <= ${day} and ${day} <= ${alias}.mandate_until and (${alias}.ended_on is null or ${day} < ${alias}.ended_on))`,
};

/** A consent counts from the day it was given; revoked, not on the day of the revocation. */
export const activeConsent = {
  holds: (c: { givenOn: string; revokedOn?: string | null }, day: string): boolean =>
    c.givenOn <= day && (!c.revokedOn || day < c.revokedOn),
  sql: (alias: string, day: string): string =>
    `(${alias}.given_on <= ${day} and (${alias}.revoked_on is null or ${day} < ${alias}.revoked_on))`,
};

/** A volunteer assignment counts from its first to its last day, both included (a household is then accompanied). */
export const activeVolunteering = {
  holds: (a: { startsOn: string; endsOn?: string | null }, day: string): boolean =>
    a.startsOn <= day && (!a.endsOn || day <= a.endsOn),
  sql: (alias: string, day: string): string =>
    `(${alias}.starts_on <= ${day} and (${alias}.ends_on is null or ${day} <= ${alias}.ends_on))`,
};
