/**
 * Which rows of every entity a viewer with a narrowed row scope (MANDATE, ACCOMPANIED, NONE) may read.
 * A row that carries personal data of a refugee, or points at a person or household, is visible exactly
 * when that person or household is. Every entity must be listed (a test enumerates the ORM metadata),
 * so a new entity cannot be born unscoped.
 */
export type RowRule =
  /** Visible when the person (or household) at the end of one of these property paths is visible. */
  | { subject: 'person' | 'household'; via: string[] }
  /** Not about refugees: nothing to narrow by rows (the reason is kept for the reader and the test). */
  | { unscoped: string };

const person = (...via: string[]): RowRule => ({ subject: 'person', via });
const household = (...via: string[]): RowRule => ({ subject: 'household', via });

export const rowRules: Record<string, RowRule> = {
  Household: household('id'),
  Person: person('id'),
  PersonLanguage: person('person'),
  LegalStatus: person('person'),
  Occupation: person('person'),
  Need: person('person'),
  Stay: person('person'),
  Consent: person('person'),
  Tenancy: household('household'),
  Appointment: household('household'),
  CaseAssignment: household('household'),
  CaseworkerDecision: household('household'),
  // An assignment names its household directly, or through the appointment it helps at.
  VolunteerAssignment: household('household', 'appointment.household'),

  Site: { unscoped: 'no personal data: a communal accommodation site' },
  Unit: { unscoped: 'no personal data: part of a site' },
  Bed: { unscoped: 'no personal data: who sleeps there is a Stay' },
  ApartmentOffer: { unscoped: "a landlord's offer; who lives there is a Tenancy" },
  Provider: { unscoped: 'no personal data: an organisation' },
  ProviderService: { unscoped: 'no personal data: what an organisation offers' },
  Area: { unscoped: 'no personal data: a district or the city' },
  DemographicObservation: { unscoped: 'aggregate figures of an area' },
  Volunteer: { unscoped: "a volunteer's own data, granted by the VOLUNTEERING category, not about refugees" },
  VolunteerGroup: { unscoped: 'a group of volunteers, not about refugees' },
  VolunteerGroupMembership: { unscoped: 'which volunteer is in which group, not about refugees' },
  ApiKey: { unscoped: 'administration data, granted by the ADMINISTRATION category' },
  AuditEvent: { unscoped: 'the audit log, granted by the AUDIT category only' },
  PublishedCatalogue: { unscoped: 'published criteria, no personal data' },
};

/** The filter condition `{ a: { b: { $in: ids } } }` for the property path `a.b`. */
export function conditionAlong(path: string, ids: unknown): Record<string, unknown> {
  return path
    .split('.')
    .reverse()
    .reduce<unknown>((inner, property) => ({ [property]: inner }), ids) as Record<string, unknown>;
}
