/** WBS (Wohnberechtigungsschein, housing entitlement certificate) in Niedersachsen, as data. */
import { ResidenceStatusKind } from '../snapshot';
import { VersionedRule } from './versioning';

/** § 3 NWoFG income limits (annual household income after deductions). */
export interface WbsIncomeLimitTable extends VersionedRule {
  onePersonEur: number;
  twoPersonsEur: number;
  perFurtherPersonEur: number;
  /** Added on top of the per-person amount for each child. */
  perChildEur: number;
  /** Members with relation CHILD younger than this count as children. */
  childUnderAge: number;
}

export const WBS_INCOME_LIMITS: readonly WbsIncomeLimitTable[] = [
  {
    ruleId: 'wbs.income-limits.ni',
    version: '2010-01-01',
    validFrom: '2010-01-01',
    validUntil: '2025-02-28',
    onePersonEur: 17_000,
    twoPersonsEur: 23_000,
    perFurtherPersonEur: 3_000,
    perChildEur: 3_000,
    childUnderAge: 18,
    legalBasis: '§ 3 Abs. 2 NWoFG (Einkommensgrenzen bis 28.02.2025)',
    source: 'DOMAIN.md',
    verified: true,
    note: 'Start date of these amounts not recorded; used for every date before 2025-03-01. "Child" = relation CHILD under 18 (assumption).',
  },
  {
    ruleId: 'wbs.income-limits.ni',
    version: '2025-03-01',
    validFrom: '2025-03-01',
    onePersonEur: 21_250,
    twoPersonsEur: 28_750,
    perFurtherPersonEur: 3_750,
    perChildEur: 3_750,
    childUnderAge: 18,
    legalBasis: '§ 3 Abs. 2 NWoFG i.d.F. ab 01.03.2025',
    source: 'DOMAIN.md',
    verified: true,
    note: '"Child" = relation CHILD under 18 (assumption).',
  },
];

/**
 * From recorded earnings to the income § 3 NWoFG compares: the annual gross earnings less the flat
 * deductions of § 24 Abs. 1 WoFG (10 % each for income tax, health and care insurance, pension
 * insurance). Further deductions (Werbungskosten, allowances) are not recorded: a household above the
 * limit can prove them, so a NOT_ELIGIBLE answer names the figures it rests on.
 */
export interface WbsIncomeDeductionRule extends VersionedRule {
  /** Share of the gross annual earnings deducted (0..1). */
  flatDeductionShare: number;
}

export const WBS_INCOME_DEDUCTIONS: readonly WbsIncomeDeductionRule[] = [
  {
    ruleId: 'wbs.income-deductions.ni',
    version: '2010-01-01',
    validFrom: '2010-01-01',
    flatDeductionShare: 0.3,
    legalBasis:
      '§ 3 NWoFG i.V.m. §§ 20–24 WoFG (pauschaler Abzug je 10 % für Steuern, Kranken-/Pflege- und Rentenversicherung)',
    source: 'assumption — verify that the Wohnraumförderstelle applies the three flat deductions to employment income',
    verified: false,
    note: 'Werbungskosten and the allowances of § 24 Abs. 2 WoFG are not applied (not recorded).',
  },
];

/** Whether the expected stay of at least one more year can be assumed, by residence document. */
export type WbsStayAssessment = 'PRESUMED' | 'CASE_BY_CASE' | 'PROTECTION_RATE' | 'NOT_EXPECTED';

export interface WbsEligibilityRule extends VersionedRule {
  stayByStatus: Readonly<Record<ResidenceStatusKind, WbsStayAssessment>>;
  minimumExpectedStayMonths: number;
  /** Aufenthaltsgestattung: protection rate of the country of origin must exceed this (0..1). */
  protectionRateAbove: number;
  validityMonths: number;
  validIn: string;
  authority: string;
}

export const WBS_ELIGIBILITY_RULES: readonly WbsEligibilityRule[] = [
  {
    ruleId: 'wbs.eligibility.ni',
    version: '2010-01-01',
    validFrom: '2010-01-01',
    stayByStatus: {
      NIEDERLASSUNGSERLAUBNIS: 'PRESUMED',
      DAUERAUFENTHALT_EU: 'PRESUMED',
      AUFENTHALTSERLAUBNIS: 'CASE_BY_CASE',
      AUFENTHALTSGESTATTUNG: 'PROTECTION_RATE',
      DULDUNG: 'NOT_EXPECTED',
      AUSREISEPFLICHTIG: 'NOT_EXPECTED',
    },
    minimumExpectedStayMonths: 12,
    protectionRateAbove: 0.5,
    validityMonths: 12,
    validIn: 'NI',
    authority: 'Stadt Osnabrück, Wohnraumförderstelle (§ 8 NWoFG)',
    legalBasis: '§ 8 NWoFG (die Grenzen des § 27 WoFG gelten in Niedersachsen nicht)',
    source: 'DOMAIN.md',
    verified: true,
  },
];

/** Appropriate flat sizes for a WBS (and, here, for matching). */
export interface FlatSizeTable extends VersionedRule {
  /** Index 0 = 1 person. */
  areaByPersonsM2: readonly number[];
  perFurtherPersonM2: number;
  singleParentExtraM2: number;
  disabilityExtraM2: number;
  disabilityDegreeAtLeast: number;
  /** 'PERSON': +m² per member with the degree; 'HOUSEHOLD': once. */
  disabilityExtraPer: 'PERSON' | 'HOUSEHOLD';
}

export const FLAT_SIZE_TABLES: readonly FlatSizeTable[] = [
  {
    ruleId: 'wbs.flat-size.ni',
    version: '2010-01-01',
    validFrom: '2010-01-01',
    areaByPersonsM2: [50, 60, 75, 85],
    perFurtherPersonM2: 10,
    singleParentExtraM2: 10,
    disabilityExtraM2: 10,
    disabilityDegreeAtLeast: 50,
    disabilityExtraPer: 'PERSON',
    legalBasis: 'Wohnraumförderbestimmungen Niedersachsen (angemessene Wohnungsgröße)',
    source: 'DOMAIN.md',
    verified: true,
    note: 'Decision: the disability extra is granted per member with a degree ≥ 50; the single-parent extra once per household.',
  },
];

/**
 * Minimum area against overcrowding. Not in DOMAIN.md (Niedersachsen has no housing-supervision
 * law with figures); modelled on § 9 WohnStG NRW. On by default because matching must not propose
 * overcrowded flats; switch off with `{ disableRules: ['matching.minimum-area'] }`.
 */
export const MINIMUM_AREA_RULES: readonly (VersionedRule & {
  perPersonM2: number;
  perYoungChildM2: number;
  youngChildUnderAge: number;
})[] = [
  {
    ruleId: 'matching.minimum-area',
    version: '2010-01-01',
    validFrom: '2010-01-01',
    perPersonM2: 9,
    perYoungChildM2: 6,
    youngChildUnderAge: 6,
    legalBasis: 'Mindestwohnfläche gegen Überbelegung (Annahme nach § 9 WohnStG NRW)',
    source: 'assumption — verify with the city',
    verified: false,
  },
];
