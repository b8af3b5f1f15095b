/**
 * Kaution (rent deposit), Umzugskosten (moving costs) and Erstausstattung (initial furnishing):
 * one row per benefit and regime — the law as a table; eligibility/*.ts only reads it.
 */
import { BenefitRegime } from '../snapshot';
import { VersionedRule } from './versioning';

export type HousingBenefitKind = 'WBS' | 'KAUTION' | 'UMZUGSKOSTEN' | 'ERSTAUSSTATTUNG';

/** UNDETERMINED is used only when the regime cannot be determined from the snapshot. */
export type EligibilityOutcome =
  'ELIGIBLE' | 'NOT_ELIGIBLE' | 'DISCRETIONARY' | 'NEEDS_PRIOR_APPROVAL' | 'UNDETERMINED';

/** null = the authority decides the form in its discretion. */
export type BenefitForm = 'GRANT' | 'LOAN' | 'PERMIT' | null;

export interface ResponsibleAuthority {
  code:
    'JOBCENTER_NEW_PLACE' | 'JOBCENTER_UNTIL_MOVE' | 'SOCIAL_WELFARE_OFFICE' | 'ASYLBLG_AUTHORITY' | 'WBS_AUTHORITY';
  name: string;
}

export const AUTHORITIES: Readonly<Record<ResponsibleAuthority['code'], ResponsibleAuthority>> = {
  JOBCENTER_NEW_PLACE: {
    code: 'JOBCENTER_NEW_PLACE',
    name: 'Jobcenter (kommunaler Träger) am Ort der neuen Unterkunft',
  },
  JOBCENTER_UNTIL_MOVE: {
    code: 'JOBCENTER_UNTIL_MOVE',
    name: 'Jobcenter (kommunaler Träger), bis zum Umzug örtlich zuständig',
  },
  SOCIAL_WELFARE_OFFICE: { code: 'SOCIAL_WELFARE_OFFICE', name: 'Träger der Sozialhilfe (Sozialamt)' },
  ASYLBLG_AUTHORITY: { code: 'ASYLBLG_AUTHORITY', name: 'Leistungsbehörde nach dem AsylbLG' },
  WBS_AUTHORITY: { code: 'WBS_AUTHORITY', name: 'Wohnraumförderstelle der Gemeinde (§ 8 NWoFG)' },
};

export interface HousingBenefitRow extends VersionedRule {
  benefit: Exclude<HousingBenefitKind, 'WBS'>;
  regimes: readonly BenefitRegime[];
  outcome: Exclude<EligibilityOutcome, 'UNDETERMINED'>;
  form: BenefitForm;
  authority: ResponsibleAuthority['code'];
  conditions: readonly string[];
}

export const HOUSING_BENEFIT_TABLE: readonly HousingBenefitRow[] = [
  {
    ruleId: 'kaution.sgb2',
    version: '2023-01-01',
    validFrom: '2005-01-01',
    benefit: 'KAUTION',
    regimes: ['SGB_II'],
    outcome: 'NEEDS_PRIOR_APPROVAL',
    form: 'LOAN',
    authority: 'JOBCENTER_NEW_PLACE',
    conditions: [
      'Prior assurance (Zusicherung) before signing the lease',
      'Repaid by monthly deduction from the standard rate (§ 42a Abs. 2 SGB II)',
    ],
    legalBasis: '§ 22 Abs. 6 SGB II; § 42a SGB II',
    source: 'DOMAIN.md',
    verified: true,
  },
  {
    ruleId: 'kaution.sgb12',
    version: '2005-01-01',
    validFrom: '2005-01-01',
    benefit: 'KAUTION',
    regimes: ['SGB_XII'],
    outcome: 'NEEDS_PRIOR_APPROVAL',
    form: 'LOAN',
    authority: 'SOCIAL_WELFARE_OFFICE',
    conditions: ['Prior consent of the authority before signing the lease'],
    legalBasis: '§ 35a Abs. 2 SGB XII',
    source: 'DOMAIN.md',
    verified: true,
  },
  {
    ruleId: 'kaution.asylblg2',
    version: '2005-01-01',
    validFrom: '2005-01-01',
    benefit: 'KAUTION',
    regimes: ['ASYLBLG_ANALOG'],
    outcome: 'NEEDS_PRIOR_APPROVAL',
    form: 'LOAN',
    authority: 'ASYLBLG_AUTHORITY',
    conditions: ['Prior consent of the authority before signing the lease'],
    legalBasis: '§ 2 AsylbLG i.V.m. § 35a Abs. 2 SGB XII',
    source: 'DOMAIN.md',
    verified: true,
  },
  {
    ruleId: 'kaution.asylblg3',
    version: '2005-01-01',
    validFrom: '2005-01-01',
    benefit: 'KAUTION',
    regimes: ['ASYLBLG_BASIC'],
    outcome: 'DISCRETIONARY',
    form: null,
    authority: 'ASYLBLG_AUTHORITY',
    conditions: ['Apply before signing the lease; the authority decides in its discretion (usually as a loan)'],
    legalBasis: '§ 3 Abs. 3 S. 2 AsylbLG, § 6 AsylbLG',
    source: 'DOMAIN.md',
    verified: true,
  },
  {
    ruleId: 'umzugskosten.sgb2',
    version: '2005-01-01',
    validFrom: '2005-01-01',
    benefit: 'UMZUGSKOSTEN',
    regimes: ['SGB_II'],
    outcome: 'NEEDS_PRIOR_APPROVAL',
    form: 'GRANT',
    authority: 'JOBCENTER_UNTIL_MOVE',
    conditions: [
      'Prior assurance (Zusicherung) before the move',
      'Only appropriate costs (self-organised move preferred)',
    ],
    legalBasis: '§ 22 Abs. 6 S. 1 SGB II',
    source: 'DOMAIN.md',
    verified: true,
  },
  {
    ruleId: 'umzugskosten.sgb12',
    version: '2005-01-01',
    validFrom: '2005-01-01',
    benefit: 'UMZUGSKOSTEN',
    regimes: ['SGB_XII'],
    outcome: 'NEEDS_PRIOR_APPROVAL',
    form: 'GRANT',
    authority: 'SOCIAL_WELFARE_OFFICE',
    conditions: ['Prior consent before the move', 'Only appropriate costs'],
    legalBasis: '§ 35a Abs. 2 S. 5 SGB XII',
    source: 'DOMAIN.md',
    verified: true,
  },
  {
    ruleId: 'umzugskosten.asylblg2',
    version: '2005-01-01',
    validFrom: '2005-01-01',
    benefit: 'UMZUGSKOSTEN',
    regimes: ['ASYLBLG_ANALOG'],
    outcome: 'NEEDS_PRIOR_APPROVAL',
    form: 'GRANT',
    authority: 'ASYLBLG_AUTHORITY',
    conditions: ['Prior consent before the move', 'Only appropriate costs'],
    legalBasis: '§ 2 AsylbLG i.V.m. § 35a Abs. 2 S. 5 SGB XII',
    source: 'DOMAIN.md',
    verified: true,
  },
  {
    ruleId: 'umzugskosten.asylblg3',
    version: '2005-01-01',
    validFrom: '2005-01-01',
    benefit: 'UMZUGSKOSTEN',
    regimes: ['ASYLBLG_BASIC'],
    outcome: 'DISCRETIONARY',
    form: null,
    authority: 'ASYLBLG_AUTHORITY',
    conditions: ['Apply before the move; the authority decides in its discretion'],
    legalBasis: '§ 3 Abs. 3 S. 2 AsylbLG, § 6 AsylbLG',
    source: 'DOMAIN.md',
    verified: true,
  },
  {
    ruleId: 'erstausstattung.sgb2',
    version: '2005-01-01',
    validFrom: '2005-01-01',
    benefit: 'ERSTAUSSTATTUNG',
    regimes: ['SGB_II'],
    outcome: 'ELIGIBLE',
    form: 'GRANT',
    authority: 'JOBCENTER_NEW_PLACE',
    conditions: [
      'Separate application before buying (§ 37 Abs. 1 S. 2 SGB II)',
      'May be provided in kind or as a lump sum (§ 24 Abs. 3 S. 5 SGB II)',
    ],
    legalBasis: '§ 24 Abs. 3 S. 1 Nr. 1 SGB II',
    source: 'DOMAIN.md',
    verified: true,
  },
  {
    ruleId: 'erstausstattung.sgb12',
    version: '2005-01-01',
    validFrom: '2005-01-01',
    benefit: 'ERSTAUSSTATTUNG',
    regimes: ['SGB_XII'],
    outcome: 'ELIGIBLE',
    form: 'GRANT',
    authority: 'SOCIAL_WELFARE_OFFICE',
    conditions: ['Separate application before buying'],
    legalBasis: '§ 31 Abs. 1 Nr. 1 SGB XII',
    source: 'DOMAIN.md',
    verified: true,
  },
  {
    ruleId: 'erstausstattung.asylblg2',
    version: '2005-01-01',
    validFrom: '2005-01-01',
    benefit: 'ERSTAUSSTATTUNG',
    regimes: ['ASYLBLG_ANALOG'],
    outcome: 'ELIGIBLE',
    form: 'GRANT',
    authority: 'ASYLBLG_AUTHORITY',
    conditions: ['Separate application before buying'],
    legalBasis: '§ 2 AsylbLG i.V.m. § 31 Abs. 1 Nr. 1 SGB XII',
    source: 'DOMAIN.md',
    verified: true,
  },
  {
    ruleId: 'erstausstattung.asylblg3',
    version: '2005-01-01',
    validFrom: '2005-01-01',
    benefit: 'ERSTAUSSTATTUNG',
    regimes: ['ASYLBLG_BASIC'],
    outcome: 'ELIGIBLE',
    form: 'GRANT',
    authority: 'ASYLBLG_AUTHORITY',
    conditions: ['Necessary household goods only, as cash or in kind (§ 3 Abs. 3 S. 2 AsylbLG)'],
    legalBasis: '§ 3 Abs. 3 S. 2 AsylbLG (Hausrat)',
    source: 'DOMAIN.md',
    verified: true,
  },
];

/** § 42a (2) SGB II: monthly repayment of loans as a share of the standard rate. */
export const LOAN_REPAYMENT_RATES: readonly (VersionedRule & { shareOfStandardRate: number })[] = [
  {
    ruleId: 'sgb2.42a.repayment-rate',
    version: '2011-04-01',
    validFrom: '2011-04-01',
    validUntil: '2023-06-30',
    shareOfStandardRate: 0.1,
    legalBasis: '§ 42a Abs. 2 SGB II a.F. (10 %)',
    source: 'DOMAIN.md',
    verified: true,
  },
  {
    ruleId: 'sgb2.42a.repayment-rate',
    version: '2023-07-01',
    validFrom: '2023-07-01',
    shareOfStandardRate: 0.05,
    legalBasis: '§ 42a Abs. 2 SGB II i.d.F. des Bürgergeld-Gesetzes (5 %)',
    source: 'DOMAIN.md',
    verified: true,
  },
];

/** Regelbedarfsstufe 1 (single adult), euros per month. */
export const STANDARD_RATE_LEVEL_1: readonly (VersionedRule & { amountEur: number })[] = [
  {
    ruleId: 'sgb.regelbedarf.stufe1',
    version: '2021-01-01',
    validFrom: '2021-01-01',
    validUntil: '2021-12-31',
    amountEur: 446,
    legalBasis: '§ 20 Abs. 2 SGB II, RBEG',
    source: 'Regelbedarfs-Ermittlungsgesetz 2021',
    verified: true,
  },
  {
    ruleId: 'sgb.regelbedarf.stufe1',
    version: '2022-01-01',
    validFrom: '2022-01-01',
    validUntil: '2022-12-31',
    amountEur: 449,
    legalBasis: '§ 20 Abs. 2 SGB II, RBSFV 2022',
    source: 'Regelbedarfsstufen-Fortschreibungsverordnung 2022',
    verified: true,
  },
  {
    ruleId: 'sgb.regelbedarf.stufe1',
    version: '2023-01-01',
    validFrom: '2023-01-01',
    validUntil: '2023-12-31',
    amountEur: 502,
    legalBasis: '§ 20 Abs. 2 SGB II (Bürgergeld-Gesetz)',
    source: 'Bürgergeld-Gesetz',
    verified: true,
  },
  {
    ruleId: 'sgb.regelbedarf.stufe1',
    version: '2024-01-01',
    validFrom: '2024-01-01',
    amountEur: 563,
    legalBasis: '§ 20 Abs. 2 SGB II, RBSFV 2024 (unchanged 2025)',
    source: 'RBSFV 2024; Nullrunde 2025',
    verified: true,
  },
];
