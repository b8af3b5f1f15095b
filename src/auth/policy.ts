import { DataCategory as C, type DataCategory } from './field-categories';
import { Purpose, Role } from './roles';

/**
 * Which rows of people and households a grant reaches.
 * - ALL: every household and person.
 * - MANDATE: households the viewer's organisation holds an active case assignment for (for a case purpose
 *   matching the request's purpose), and of their members those who consented to that organisation for
 *   that purpose, or where the assignment names a legal transfer basis.
 * - ACCOMPANIED: households a volunteer currently accompanies (directly or at an appointment).
 * - NONE: no household or person at all.
 */
export enum RowScope {
  ALL = 'ALL',
  MANDATE = 'MANDATE',
  ACCOMPANIED = 'ACCOMPANIED',
  NONE = 'NONE',
}

export interface Grant {
  /** Categories the viewer may read. */
  read: DataCategory[];
  /** Categories whose mutations the viewer may run. */
  write: DataCategory[];
  rows: RowScope;
}

const PERSONAL_EXCEPT_SPECIAL = [
  C.AGGREGATES,
  C.COMPOSITION,
  C.CONTACT,
  C.LANGUAGES,
  C.LEGAL_STATUS,
  C.EDUCATION_AND_WORK,
  C.ACCOMMODATION_HISTORY,
  C.CASES,
  C.VOLUNTEERING,
  C.PRIORITY,
  C.ELIGIBILITY,
  C.ELIGIBILITY_DETAILS,
];
const EVERYTHING = Object.values(C);

/**
 * THE policy table: role × purpose → categories to read and write, and the rows they reach.
 * A pair that is not listed is refused. Field allow-lists follow from the categories (field-categories.ts).
 */
export const policy: Record<Role, Partial<Record<Purpose, Grant>>> = {
  [Role.ADMINISTRATOR]: {
    [Purpose.ADMINISTRATION]: { read: EVERYTHING.filter((c) => c !== C.AUDIT), write: EVERYTHING, rows: RowScope.ALL },
  },
  [Role.CASEWORKER]: {
    [Purpose.CASE_MANAGEMENT]: {
      read: [
        C.NON_PERSONAL,
        C.OFFERS,
        ...PERSONAL_EXCEPT_SPECIAL,
        C.SPECIAL_CATEGORY,
        C.PRIORITY_REASONS,
        C.QUEUE_AND_MATCHING,
      ],
      // The case record (issue 9): legal statuses, education and work, needs — special categories only under this purpose.
      write: [
        C.COMPOSITION,
        C.ACCOMMODATION_HISTORY,
        C.CASES,
        C.VOLUNTEERING,
        C.PRIORITY,
        C.LEGAL_STATUS,
        C.EDUCATION_AND_WORK,
        C.SPECIAL_CATEGORY,
      ],
      rows: RowScope.ALL,
    },
    // Finding a flat needs no diagnoses: purpose limitation hides the special categories.
    [Purpose.HOUSING_PLACEMENT]: {
      read: [C.NON_PERSONAL, C.OFFERS, ...PERSONAL_EXCEPT_SPECIAL, C.QUEUE_AND_MATCHING],
      write: [C.ACCOMMODATION_HISTORY, C.OFFERS, C.PRIORITY],
      rows: RowScope.ALL,
    },
  },
  [Role.PROVIDER_STAFF]: {
    // CASES: its own mandates and the consents given to it (the row filter narrows them to its organisation).
    [Purpose.SOCIAL_COUNSELLING]: {
      read: [C.NON_PERSONAL, C.COMPOSITION, C.CONTACT, C.LANGUAGES, C.CASES, C.PRIORITY, C.ELIGIBILITY],
      write: [],
      rows: RowScope.MANDATE,
    },
    [Purpose.HOUSING_PLACEMENT]: {
      read: [C.NON_PERSONAL, C.OFFERS, C.COMPOSITION, C.CONTACT, C.LANGUAGES, C.CASES, C.PRIORITY, C.ELIGIBILITY],
      write: [],
      rows: RowScope.MANDATE,
    },
  },
  [Role.VOLUNTEER_COORDINATOR]: {
    [Purpose.VOLUNTEER_COORDINATION]: {
      read: [C.NON_PERSONAL, C.COMPOSITION, C.LANGUAGES, C.VOLUNTEERING],
      write: [C.VOLUNTEERING],
      rows: RowScope.ACCOMPANIED,
    },
  },
  [Role.HOUSING_OFFICER]: {
    [Purpose.HOUSING_PLACEMENT]: {
      read: [
        C.NON_PERSONAL,
        C.AGGREGATES,
        C.OFFERS,
        C.COMPOSITION,
        C.CONTACT,
        C.LEGAL_STATUS,
        C.ACCOMMODATION_HISTORY,
        C.PRIORITY,
        C.ELIGIBILITY,
        C.ELIGIBILITY_DETAILS,
        C.QUEUE_AND_MATCHING,
      ],
      write: [C.OFFERS, C.ACCOMMODATION_HISTORY, C.PRIORITY],
      rows: RowScope.ALL,
    },
  },
  [Role.PLANNER]: {
    [Purpose.PLANNING]: { read: [C.NON_PERSONAL, C.AGGREGATES], write: [], rows: RowScope.NONE },
  },
  [Role.DATA_PROTECTION_OFFICER]: {
    [Purpose.DATA_PROTECTION_AUDIT]: { read: [C.NON_PERSONAL, C.AUDIT], write: [], rows: RowScope.NONE },
  },
};

export function grantFor(role: Role, purpose: Purpose): Grant | undefined {
  return policy[role]?.[purpose];
}

/** The purposes a role may declare, in the order of the table (the first is its usual one). */
export function purposesOf(role: Role): Purpose[] {
  return Object.keys(policy[role]) as Purpose[];
}
