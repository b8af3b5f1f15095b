/**
 * The rows the planning rules need, as read from the database, before they are mapped to the
 * domain's snapshots. Kept date-independent so one load serves every `asOf` a request asks for.
 */
import type { LegalStatusKind, MemberRelation, NeedCategory, OccupationKind, Sex } from '../people/people.enums';

export interface OccupationFacts {
  kind: OccupationKind;
  hoursPerWeek: number | null;
  monthlyIncomeCents: number | null;
  startsOn: string;
  /** Last day (inclusive); null while it goes on. */
  endsOn: string | null;
}

export interface NeedFacts {
  category: NeedCategory;
  recordedOn: string;
  /** Day the need no longer holds (exclusive); null while it holds. */
  endsOn: string | null;
}

export interface LegalStatusFacts {
  kind: LegalStatusKind;
  paragraph: string;
  validFrom: string;
  validUntil: string | null;
  issuingAuthority: string;
  /** Date of the decision behind the document (the BAMF recognition for § 25 (1)/(2)); null when not recorded. */
  decisionDate: string | null;
}

export interface PersonFacts {
  id: number;
  relation: MemberRelation;
  birthDate: string;
  sex: Sex;
  arrivedOn: string;
  ableToWork: boolean;
  disabilityDegree: number | null;
  occupations: OccupationFacts[];
  needs: NeedFacts[];
}

export interface HouseholdFacts {
  id: number;
  arrivedOn: string;
  communalSince: string | null;
  /** Head first, then partner, children, others; by id within a relation. */
  members: PersonFacts[];
}

/** Legal-status histories of a household's members, by person id (loaded only when a rule needs them). */
export type StatusHistories = ReadonlyMap<number, LegalStatusFacts[]>;
