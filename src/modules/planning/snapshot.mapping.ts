/**
 * The one place where database values become the domain's snapshot types. Every DB enum value is
 * mapped explicitly; where the database has no counterpart (or the domain a finer one) the choice is
 * written next to the mapping.
 *
 * Facts the database does not record, and what the rules then see:
 * - recognitionDate (date of the BAMF decision): the earliest `decisionDate` of a § 25 (1)/(2) permit
 *   (superseded rows are not loaded). Without one the rules fall back to the first grant of the permit.
 * - arrivalInGermany: the hub records the arrival in the city (`person.arrived_on`) and uses it.
 *   An earlier arrival elsewhere in Germany is unknown, so waiting periods are, if anything, counted late.
 * - benefitHistory: benefits actually paid are not recorded. For § 20 AsylbLG (people who received
 *   § 2 benefits on 2024-02-26 keep them) the hub presumes receipt when the rules in force on
 *   2024-02-26 gave the person § 2 Analogleistungen (see presumedTransitionHistory).
 * - annual income after deductions (§ 3 NWoFG): derived by the WBS rule from the gross incomes recorded
 *   on current occupations (annualGrossEarningsEur); with none recorded the WBS asks for proof of income.
 * - an existing WBS, own furniture: not recorded; Erstausstattung assumes the typical case.
 * - countryOfOriginProtectionRate: not recorded (the seed's rates are illustrative); an
 *   Aufenthaltsgestattung then gets a case-by-case (discretionary) WBS answer.
 * - Land of allocation for § 12a: Niedersachsen ('NI') for everybody, as the hub serves one city there.
 */
import {
  determineBenefitRegime,
  type ApartmentOfferSnapshot,
  type BenefitPeriod,
  type EducationFact,
  type EmploymentFact,
  type HouseholdMember,
  type HouseholdSnapshot,
  type LegalStatusRecord,
  type MemberRelation as DomainRelation,
  type PermitParagraph,
  type PersonSnapshot,
  type RecordedVulnerability,
  type ResidenceStatusKind,
  type Sex as DomainSex,
} from '../../domain';
import { toGlobalId } from '../../graph/relay/global-id';
import type { OfferStatus } from '../housing/housing.enums';
import { LegalStatusKind, MemberRelation, NeedCategory, OccupationKind, Sex } from '../people/people.enums';
import type {
  HouseholdFacts,
  LegalStatusFacts,
  NeedFacts,
  OccupationFacts,
  PersonFacts,
  StatusHistories,
} from './household-facts';

export const HUB_LAND = 'NI';

const RELATION: Record<MemberRelation, DomainRelation> = {
  [MemberRelation.HEAD]: 'HEAD',
  [MemberRelation.PARTNER]: 'PARTNER',
  [MemberRelation.CHILD]: 'CHILD',
  [MemberRelation.OTHER]: 'OTHER',
};

const SEX: Record<Sex, DomainSex> = {
  [Sex.FEMALE]: 'FEMALE',
  [Sex.MALE]: 'MALE',
  [Sex.DIVERSE]: 'DIVERSE',
  // The registration office's "unknown" is the domain's "unspecified".
  [Sex.UNKNOWN]: 'UNSPECIFIED',
};

/**
 * TEMPORARY_PROTECTION is a residence permit on § 24 AufenthG in the domain's terms. The domain's
 * AUSREISEPFLICHTIG (obliged to leave without a Duldung) has no DB value: such people are recorded
 * with an expired document, which the rules read as "no status on the day".
 */
const STATUS_KIND: Record<LegalStatusKind, ResidenceStatusKind> = {
  [LegalStatusKind.ASYLUM_PROCEDURE]: 'AUFENTHALTSGESTATTUNG',
  [LegalStatusKind.TOLERATED]: 'DULDUNG',
  [LegalStatusKind.RESIDENCE_PERMIT]: 'AUFENTHALTSERLAUBNIS',
  [LegalStatusKind.TEMPORARY_PROTECTION]: 'AUFENTHALTSERLAUBNIS',
  [LegalStatusKind.SETTLEMENT_PERMIT]: 'NIEDERLASSUNGSERLAUBNIS',
  [LegalStatusKind.PERMANENT_RESIDENCE_EU]: 'DAUERAUFENTHALT_EU',
};

/**
 * Need categories → domain facts. MENTAL_HEALTH is a psychosocial burden documented by social work
 * (the Osnabrück criterion needs no diagnosis), not the EU directive's "mental disorder"; PTSD is its
 * own vulnerable group from 2026-06-12 and also counts as a mental-health burden in the catalogue.
 * CONFLICT and STEP_FREE_ACCESS are household and flat requirements, not vulnerabilities.
 */
type NeedEffect =
  | { vulnerability: RecordedVulnerability }
  | { flag: 'mentalHealthBurden' | 'needsStepFreeAccess' | 'unresolvableGuConflict' };
const NEED: Record<NeedCategory, NeedEffect> = {
  [NeedCategory.DISABILITY]: { vulnerability: 'DISABLED' },
  [NeedCategory.SERIOUS_ILLNESS]: { vulnerability: 'SERIOUS_ILLNESS' },
  [NeedCategory.MENTAL_HEALTH]: { flag: 'mentalHealthBurden' },
  [NeedCategory.PTSD]: { vulnerability: 'PTSD' },
  [NeedCategory.PREGNANCY]: { vulnerability: 'PREGNANT' },
  [NeedCategory.SURVIVOR_OF_VIOLENCE]: { vulnerability: 'TORTURE_OR_SERIOUS_VIOLENCE_SURVIVOR' },
  [NeedCategory.TRAFFICKING_VICTIM]: { vulnerability: 'TRAFFICKING_VICTIM' },
  [NeedCategory.LGBTI]: { vulnerability: 'LGBTI' },
  [NeedCategory.UNACCOMPANIED_MINOR]: { vulnerability: 'UNACCOMPANIED_MINOR' },
  [NeedCategory.CONFLICT]: { flag: 'unresolvableGuConflict' },
  [NeedCategory.STEP_FREE_ACCESS]: { flag: 'needsStepFreeAccess' },
};

/** Occupation kinds → education flags; JOB feeds the employment fact; INTEGRATION_COURSE has no rule that reads it. */
const EDUCATION: Record<OccupationKind, keyof EducationFact | 'JOB' | null> = {
  [OccupationKind.SCHOOL]: 'attendsSchool',
  [OccupationKind.VOCATIONAL_PREPARATION]: 'vocationalPreparation',
  [OccupationKind.VOCATIONAL_TRAINING]: 'vocationalTraining',
  [OccupationKind.STUDY]: 'studying',
  [OccupationKind.JOB]: 'JOB',
  [OccupationKind.INTEGRATION_COURSE]: null,
};

/**
 * The ground of a residence permit from the text on the document ("§ 25 Abs. 2 S. 1 Alt. 1 AufenthG"
 * → '25(2)'); a ground the rules do not distinguish becomes 'OTHER' (case-by-case).
 */
export function permitParagraph(kind: LegalStatusKind, text: string): PermitParagraph | undefined {
  if (kind === LegalStatusKind.TEMPORARY_PROTECTION) return '24';
  if (kind !== LegalStatusKind.RESIDENCE_PERMIT) return undefined;
  const m = /§\s*(\d+[a-z]?)(?:\s*Abs(?:atz|\.)?\s*(\d+))?(?:\s*S(?:atz|\.)?\s*(\d+))?/.exec(text);
  if (!m) return 'OTHER';
  const [, section, absatz, satz] = m;
  const candidates: string[] = [];
  if (absatz && satz) candidates.push(`${section}(${absatz})S${satz}`);
  if (absatz) candidates.push(`${section}(${absatz})`);
  candidates.push(section);
  const known: readonly string[] = [
    '22',
    '23(1)',
    '23(2)',
    '23(4)',
    '24',
    '25(1)',
    '25(2)',
    '25(3)',
    '25(4)S1',
    '25(4)S2',
    '25(5)',
    '25a',
    '25b',
  ];
  return (candidates.find((c) => known.includes(c)) as PermitParagraph | undefined) ?? 'OTHER';
}

export function toStatusRecord(s: LegalStatusFacts): LegalStatusRecord {
  const record: LegalStatusRecord = {
    kind: STATUS_KIND[s.kind],
    validFrom: s.validFrom,
    issuingAuthority: s.issuingAuthority,
  };
  const paragraph = permitParagraph(s.kind, s.paragraph);
  if (paragraph) record.paragraph = paragraph;
  if (s.validUntil) record.validUntil = s.validUntil;
  return record;
}

/** The BAMF recognition: the earliest decision date of a permit on § 25 (1) or (2) AufenthG. */
function recognitionDateOf(statuses: LegalStatusFacts[]): string | undefined {
  let first: string | undefined;
  for (const s of statuses) {
    const paragraph = permitParagraph(s.kind, s.paragraph);
    if (s.decisionDate && (paragraph === '25(1)' || paragraph === '25(2)') && (!first || s.decisionDate < first))
      first = s.decisionDate;
  }
  return first;
}

const holdsOccupation = (o: OccupationFacts, day: string) =>
  o.startsOn <= day && (o.endsOn === null || o.endsOn >= day);
const holdsNeed = (n: NeedFacts, day: string) => n.recordedOn <= day && (n.endsOn === null || n.endsOn > day);

export const householdSnapshotId = (id: number) => toGlobalId('Household', id);
export const personSnapshotId = (id: number) => toGlobalId('Person', id);

/** § 20 AsylbLG reference day and the presumption described at the top of this file. */
const TRANSITION_REFERENCE_DAY = '2024-02-26';
function presumedTransitionHistory(person: PersonSnapshot, asOf: string): BenefitPeriod[] | undefined {
  if (asOf <= TRANSITION_REFERENCE_DAY) return undefined;
  return determineBenefitRegime(person, TRANSITION_REFERENCE_DAY).regime === 'ASYLBLG_ANALOG'
    ? [{ regime: 'ASYLBLG_ANALOG', from: TRANSITION_REFERENCE_DAY, until: TRANSITION_REFERENCE_DAY }]
    : undefined;
}

function toPersonSnapshot(
  p: PersonFacts,
  asOf: string,
  household: { conflict: boolean },
  statuses: LegalStatusFacts[] | undefined,
): PersonSnapshot {
  const person: PersonSnapshot = {
    id: personSnapshotId(p.id),
    birthDate: p.birthDate,
    sex: SEX[p.sex],
    arrivalInGermany: p.arrivedOn,
    ableToWork: p.ableToWork,
    allocatedLand: HUB_LAND,
  };
  if (p.disabilityDegree !== null) person.disabilityDegree = p.disabilityDegree;
  let education: EducationFact | undefined;
  let employment: EmploymentFact | undefined;
  for (const o of p.occupations) {
    if (!holdsOccupation(o, asOf)) continue;
    const effect = EDUCATION[o.kind];
    if (effect === 'JOB') {
      // Several jobs count together for the § 12a exemption (hours and earnings).
      employment ??= { hoursPerWeek: 0, monthlyGrossIncomeEur: 0 };
      employment.hoursPerWeek += o.hoursPerWeek ?? 0;
      employment.monthlyGrossIncomeEur += (o.monthlyIncomeCents ?? 0) / 100;
    } else if (effect !== null) {
      (education ??= {})[effect] = true;
    }
  }
  if (education) person.education = education;
  if (employment) person.employment = employment;
  let vulnerabilities: RecordedVulnerability[] | undefined;
  for (const n of p.needs) {
    if (!holdsNeed(n, asOf)) continue;
    const effect = NEED[n.category];
    if ('vulnerability' in effect) (vulnerabilities ??= []).push(effect.vulnerability);
    else if (effect.flag === 'unresolvableGuConflict') household.conflict = true;
    else person[effect.flag] = true;
  }
  if (vulnerabilities) person.vulnerabilities = vulnerabilities;
  if (statuses) {
    person.statusHistory = statuses.map(toStatusRecord);
    const recognitionDate = recognitionDateOf(statuses);
    if (recognitionDate) person.recognitionDate = recognitionDate;
    const history = presumedTransitionHistory(person, asOf);
    if (history) person.benefitHistory = history;
  }
  return person;
}

/** 12 × the monthly gross incomes recorded on occupations held on the day; undefined when none records one. */
function annualGrossEarnings(facts: HouseholdFacts, asOf: string): number | undefined {
  let cents: number | undefined;
  for (const p of facts.members) {
    for (const o of p.occupations)
      if (o.monthlyIncomeCents !== null && holdsOccupation(o, asOf)) cents = (cents ?? 0) + o.monthlyIncomeCents;
  }
  return cents === undefined ? undefined : (cents * 12) / 100;
}

/**
 * The domain snapshot of a household as of a day. Without `statuses` the members carry no status
 * history, which is all the prioritisation needs; regime, eligibility, § 12a and matching need them.
 */
export function toHouseholdSnapshot(
  facts: HouseholdFacts,
  asOf: string,
  statuses?: StatusHistories,
): HouseholdSnapshot {
  const household = { conflict: false };
  const members: HouseholdMember[] = facts.members.map((p) => ({
    relation: RELATION[p.relation],
    person: toPersonSnapshot(p, asOf, household, statuses ? (statuses.get(p.id) ?? []) : undefined),
  }));
  const snapshot: HouseholdSnapshot = { id: householdSnapshotId(facts.id), members, arrivalInCity: facts.arrivedOn };
  const earnings = annualGrossEarnings(facts, asOf);
  if (earnings !== undefined) snapshot.annualGrossEarningsEur = earnings;
  if (facts.communalSince !== null) snapshot.communalAccommodationSince = facts.communalSince;
  if (household.conflict) snapshot.unresolvableGuConflict = true;
  return snapshot;
}

export interface OfferRow {
  id: number;
  municipality: string;
  district: string;
  livingSpaceSqm: number;
  rooms: number;
  grossColdRentCents: number;
  wbsRequired: boolean;
  stepFree: boolean;
  availableFrom: string;
  status: OfferStatus;
}

export const offerSnapshotId = (id: number) => toGlobalId('ApartmentOffer', id);

export function toOfferSnapshot(o: OfferRow): ApartmentOfferSnapshot {
  return {
    id: offerSnapshotId(o.id),
    municipality: o.municipality,
    land: HUB_LAND,
    district: o.district,
    areaM2: o.livingSpaceSqm,
    rooms: o.rooms,
    grossColdRentEur: o.grossColdRentCents / 100,
    wbsRequired: o.wbsRequired,
    stepFree: o.stepFree,
    availableFrom: o.availableFrom,
  };
}
