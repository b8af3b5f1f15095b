/** § 12a AufenthG (Wohnsitzregelung) as data. */
import { PermitParagraph } from '../snapshot';
import { VersionedRule } from './versioning';

export interface ResidenceObligationRule extends VersionedRule {
  durationYears: number;
  /** Paragraphs whose recognition / first grant starts the obligation. */
  paragraphs: readonly PermitParagraph[];
  /** § 12a (7): not for recognitions or first grants before this day. */
  notForGrantsBefore: string;
  minimumWeeklyHours: number;
}

export const RESIDENCE_OBLIGATION_RULES: readonly ResidenceObligationRule[] = [
  {
    ruleId: 'aufenthg.12a.residence-obligation',
    version: '2016-08-06',
    validFrom: '2016-08-06',
    durationYears: 3,
    paragraphs: ['25(1)', '25(2)', '22', '23(1)', '23(2)', '23(4)', '24', '25(3)'],
    notForGrantsBefore: '2016-01-01',
    minimumWeeklyHours: 15,
    legalBasis: '§ 12a Abs. 1 AufenthG',
    source: 'DOMAIN.md; Integrationsgesetz vom 31.07.2016 (§ 12a Abs. 7: not for grants before 2016-01-01)',
    verified: true,
  },
];

/** § 12a (1) S. 2: monthly average SGB II need (§§ 20, 22 SGB II) of a single person, euros. */
export const AVERAGE_SINGLE_NEED: readonly (VersionedRule & { monthlyEur: number })[] = [
  {
    ruleId: 'aufenthg.12a.average-single-need',
    version: '2023-01-01',
    validFrom: '2023-01-01',
    validUntil: '2023-12-31',
    monthlyEur: 949,
    legalBasis: '§ 12a Abs. 1 S. 2 AufenthG i.V.m. §§ 20, 22 SGB II',
    source: 'placeholder — verify with the BA statistics for the year',
    verified: false,
  },
  {
    ruleId: 'aufenthg.12a.average-single-need',
    version: '2024-01-01',
    validFrom: '2024-01-01',
    monthlyEur: 1_048,
    legalBasis: '§ 12a Abs. 1 S. 2 AufenthG i.V.m. §§ 20, 22 SGB II',
    source: 'placeholder — verify with the BA statistics for the year',
    verified: false,
  },
];

/** How a Land implements § 12a (2)–(4). */
export interface LandImplementation extends VersionedRule {
  land: string;
  /** Niedersachsen does not allocate a place inside the Land (§ 12a (2), (3) not used). */
  placeAllocation: boolean;
}

export const LAND_IMPLEMENTATIONS: readonly LandImplementation[] = [
  {
    ruleId: 'aufenthg.12a.land.ni',
    version: '2016-08-06',
    validFrom: '2016-08-06',
    land: 'NI',
    placeAllocation: false,
    legalBasis: '§ 12a Abs. 2, 3 AufenthG (in Niedersachsen keine Wohnsitzzuweisung)',
    source: 'DOMAIN.md',
    verified: true,
  },
];

/** § 12a (4): move bans (Zuzugssperre). DOMAIN.md says "(2017, verify)". */
export interface MoveBan extends VersionedRule {
  land: string;
  municipality: string;
}

export const MOVE_BANS: readonly MoveBan[] = ['Salzgitter', 'Delmenhorst', 'Wilhelmshaven'].map((municipality) => ({
  ruleId: 'aufenthg.12a.move-bans.ni',
  version: '2017',
  validFrom: '2017-01-01',
  land: 'NI',
  municipality,
  legalBasis: '§ 12a Abs. 4 AufenthG (Zuzugssperre)',
  source: 'DOMAIN.md: "2017, verify" — exact start dates unverified',
  verified: false,
  note: 'Applied by default (refusing a flat is the safe side); switch off with disableRules: ["aufenthg.12a.move-bans.ni"].',
}));
