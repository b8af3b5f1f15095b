/**
 * Input snapshots: plain data that module services assemble from the database (in batches) and
 * hand to the pure rules. Every field a rule reads is documented here; optional fields may be
 * left out when a caller only needs some rules (e.g. ranking needs no status history).
 */
import { IsoDate } from './dates';

/** The four benefit regimes for subsistence (and therefore for housing costs). */
export type BenefitRegime =
  /** AsylbLG § 3 basic benefits (Grundleistungen). */
  | 'ASYLBLG_BASIC'
  /** AsylbLG § 2 "Analogleistungen": benefits analogous to SGB XII after the waiting period. */
  | 'ASYLBLG_ANALOG'
  /** SGB II Bürgergeld (able to work, or living with someone who is). */
  | 'SGB_II'
  /** SGB XII social assistance (not able to work, or above the pension age). */
  | 'SGB_XII';

export const BENEFIT_REGIMES: readonly BenefitRegime[] = ['ASYLBLG_BASIC', 'ASYLBLG_ANALOG', 'SGB_II', 'SGB_XII'];

/** Kind of residence document (German names are the legal terms). */
export type ResidenceStatusKind =
  /** § 55 AsylG: permission to stay during the asylum procedure (also follow-up applications). */
  | 'AUFENTHALTSGESTATTUNG'
  /** § 60a AufenthG: temporary suspension of deportation. */
  | 'DULDUNG'
  /** Enforceably obliged to leave without a Duldung (§ 1 (1) Nr. 5 AsylbLG). */
  | 'AUSREISEPFLICHTIG'
  /** Temporary residence permit; `paragraph` says on which ground. */
  | 'AUFENTHALTSERLAUBNIS'
  /** Settlement permit (§§ 9, 26 (3)/(4) AufenthG). */
  | 'NIEDERLASSUNGSERLAUBNIS'
  /** Permanent residence EU (§ 9a AufenthG). */
  | 'DAUERAUFENTHALT_EU';

/** Ground of an Aufenthaltserlaubnis (AufenthG paragraph, with Absatz/Satz where it matters). */
export type PermitParagraph =
  | '22'
  | '23(1)'
  | '23(2)'
  | '23(4)'
  | '24'
  | '25(1)'
  | '25(2)'
  | '25(3)'
  | '25(4)S1'
  | '25(4)S2'
  | '25(5)'
  | '25a'
  | '25b'
  | 'OTHER';

/** One entry of a person's status history. */
export interface LegalStatusRecord {
  kind: ResidenceStatusKind;
  /** Required for AUFENTHALTSERLAUBNIS. */
  paragraph?: PermitParagraph;
  validFrom: IsoDate;
  /** Last day of validity; absent = open-ended (e.g. Niederlassungserlaubnis). */
  validUntil?: IsoDate;
  /** E.g. 'Ausländerbehörde Stadt Osnabrück', 'BAMF'. */
  issuingAuthority: string;
  /** § 23 (1): granted because of the war in the home country (then AsylbLG applies). */
  grantedBecauseOfWar?: boolean;
  /** § 25 (5): date of the decision suspending deportation (AsylbLG for the first 18 months). */
  deportationSuspendedSince?: IsoDate;
}

/** A period in which the person actually received benefits under a regime. */
export interface BenefitPeriod {
  regime: BenefitRegime;
  from: IsoDate;
  /** Last day; absent = ongoing. */
  until?: IsoDate;
}

/** Vulnerabilities recorded by social work (GDPR Art. 9 data: never shown to partners). */
export type RecordedVulnerability =
  | 'PREGNANT'
  | 'DISABLED'
  | 'SERIOUS_ILLNESS'
  | 'MENTAL_DISORDER'
  | 'PTSD'
  | 'TRAFFICKING_VICTIM'
  | 'TORTURE_OR_SERIOUS_VIOLENCE_SURVIVOR'
  | 'LGBTI'
  | 'UNACCOMPANIED_MINOR';

export interface EmploymentFact {
  hoursPerWeek: number;
  /** Gross monthly earnings in euros. */
  monthlyGrossIncomeEur: number;
  /** § 12a counts only employment subject to social insurance. Absent = assumed true. */
  subjectToSocialInsurance?: boolean;
}

export interface EducationFact {
  attendsSchool?: boolean;
  /** Berufsvorbereitende Maßnahme (vocational-preparation measure). */
  vocationalPreparation?: boolean;
  /** Berufsausbildung (vocational training). */
  vocationalTraining?: boolean;
  studying?: boolean;
}

export type Sex = 'FEMALE' | 'MALE' | 'DIVERSE' | 'UNSPECIFIED';

export interface PersonSnapshot {
  id: string;
  birthDate: IsoDate;
  sex?: Sex;
  /** First arrival in Germany; start of the § 2 AsylbLG stay period. */
  arrivalInGermany?: IsoDate;
  statusHistory?: readonly LegalStatusRecord[];
  /**
   * Date of the BAMF decision granting protection (or the court order obliging BAMF to grant
   * it). AsylbLG ends at the end of that month (§ 1 (3) Nr. 2 AsylbLG) even before a permit is
   * issued; § 12a AufenthG runs 3 years from it.
   */
  recognitionDate?: IsoDate;
  benefitHistory?: readonly BenefitPeriod[];
  /** Erwerbsfähig (§ 8 SGB II). Absent = presumed able to work at working age. */
  ableToWork?: boolean;
  /** § 2 (1) AsylbLG: the person prolonged the stay abusively (excludes Analogleistungen). */
  staySelfProlongedAbusively?: boolean;
  education?: EducationFact;
  employment?: EmploymentFact;
  /** Grad der Behinderung (0–100). */
  disabilityDegree?: number;
  needsStepFreeAccess?: boolean;
  /** Psychosocial burden documented by social work (Osnabrück criterion, no diagnosis needed). */
  mentalHealthBurden?: boolean;
  vulnerabilities?: readonly RecordedVulnerability[];
  /** Protection rate of the country of origin (0..1), for the WBS check of an Aufenthaltsgestattung. */
  countryOfOriginProtectionRate?: number;
  /** Land of allocation for § 12a AufenthG, ISO 3166-2 suffix ('NI' = Niedersachsen). Default 'NI'. */
  allocatedLand?: string;
}

export type MemberRelation = 'HEAD' | 'PARTNER' | 'CHILD' | 'OTHER';

export interface HouseholdMember {
  relation: MemberRelation;
  person: PersonSnapshot;
}

export interface HouseholdSnapshot {
  id: string;
  /** Exactly one HEAD is expected; the head's regime decides the housing benefits. */
  members: readonly HouseholdMember[];
  /** Arrival in the city (tie-breaker of the priority queue). */
  arrivalInCity: IsoDate;
  /** Start of the current stay in communal accommodation (GU); absent = not living in a GU. */
  communalAccommodationSince?: IsoDate;
  /** A conflict that cannot be solved by moving the household to another GU (Osnabrück criterion). */
  unresolvableGuConflict?: boolean;
  /** Annual household income after deductions (§ 3 NWoFG), euros, when assessed by the authority. Absent = not yet assessed. */
  annualIncomeAfterDeductionsEur?: number;
  /**
   * Gross annual earnings of all members (12 × the recorded monthly gross incomes of current jobs and
   * training), euros. Used for the WBS when no assessed income is given. Absent = no income recorded.
   */
  annualGrossEarningsEur?: number;
  /** A WBS the household already holds. */
  wbs?: { validUntil: IsoDate };
  /** The household already owns basic furniture (then Erstausstattung is not the typical case). */
  hasOwnFurnishing?: boolean;
}

/** A flat offered by a private landlord. */
export interface ApartmentOfferSnapshot {
  id: string;
  /** Municipality name as in the move-ban list, e.g. 'Osnabrück'. */
  municipality: string;
  /** Land code ('NI'). */
  land: string;
  district?: string;
  areaM2: number;
  rooms: number;
  /** Bruttokaltmiete: rent including running costs, excluding heating. */
  grossColdRentEur: number;
  wbsRequired: boolean;
  stepFree: boolean;
  availableFrom: IsoDate;
}
