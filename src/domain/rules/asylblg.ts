/**
 * AsylbLG rules as data: who falls under the AsylbLG (§ 1), the § 2 waiting period in all its
 * versions, the § 20 transition and the special dates for § 24 holders.
 */
import { PermitParagraph, ResidenceStatusKind } from '../snapshot';
import { VersionedRule } from './versioning';

/** How a status maps to a scope before date-dependent special rules are applied. */
export type StatusScope = 'ASYLBLG' | 'SGB' | 'DEPENDS_ON_DATE' | 'UNKNOWN';

export interface StatusScopeRow {
  kind: ResidenceStatusKind;
  paragraph?: PermitParagraph;
  scope: StatusScope;
  legalBasis: string;
}

export const STATUS_SCOPE_RULE: VersionedRule = {
  ruleId: 'asylblg.1.scope',
  version: '2022-06-01',
  validFrom: '2015-03-01',
  legalBasis: '§ 1 Abs. 1 AsylbLG; § 7 Abs. 1 S. 2 Nr. 3 SGB II; § 23 Abs. 2 SGB XII',
  source: 'DOMAIN.md (status → regime table)',
  verified: true,
};

/** § 1 (1) AsylbLG as a lookup table (first row that matches kind and paragraph wins). */
export const STATUS_SCOPE_TABLE: readonly StatusScopeRow[] = [
  {
    kind: 'AUFENTHALTSGESTATTUNG',
    scope: 'ASYLBLG',
    legalBasis: '§ 1 Abs. 1 Nr. 1 AsylbLG (§ 55 AsylG), Folgeanträge § 1 Abs. 1 Nr. 7',
  },
  { kind: 'DULDUNG', scope: 'ASYLBLG', legalBasis: '§ 1 Abs. 1 Nr. 4 AsylbLG (§ 60a AufenthG)' },
  { kind: 'AUSREISEPFLICHTIG', scope: 'ASYLBLG', legalBasis: '§ 1 Abs. 1 Nr. 5 AsylbLG' },
  {
    kind: 'AUFENTHALTSERLAUBNIS',
    paragraph: '23(1)',
    scope: 'DEPENDS_ON_DATE',
    legalBasis: '§ 1 Abs. 1 Nr. 3 a) AsylbLG (§ 23 Abs. 1 AufenthG wegen des Krieges)',
  },
  {
    kind: 'AUFENTHALTSERLAUBNIS',
    paragraph: '24',
    scope: 'DEPENDS_ON_DATE',
    legalBasis: '§ 1 Abs. 1 Nr. 3 a) AsylbLG; § 24 AufenthG seit 2022-06-01 SGB II/XII (§ 74 SGB II, § 146 SGB XII)',
  },
  {
    kind: 'AUFENTHALTSERLAUBNIS',
    paragraph: '25(4)S1',
    scope: 'ASYLBLG',
    legalBasis: '§ 1 Abs. 1 Nr. 3 b) AsylbLG (§ 25 Abs. 4 S. 1 AufenthG)',
  },
  {
    kind: 'AUFENTHALTSERLAUBNIS',
    paragraph: '25(5)',
    scope: 'DEPENDS_ON_DATE',
    legalBasis: '§ 1 Abs. 1 Nr. 3 c) AsylbLG (§ 25 Abs. 5 AufenthG, Aussetzung der Abschiebung < 18 Monate)',
  },
  {
    kind: 'AUFENTHALTSERLAUBNIS',
    paragraph: '25(1)',
    scope: 'SGB',
    legalBasis: '§ 25 Abs. 1 AufenthG (Asylberechtigte): nicht in § 1 AsylbLG genannt',
  },
  {
    kind: 'AUFENTHALTSERLAUBNIS',
    paragraph: '25(2)',
    scope: 'SGB',
    legalBasis: '§ 25 Abs. 2 AufenthG (Flüchtlinge, subsidiär Schutzberechtigte): nicht in § 1 AsylbLG genannt',
  },
  {
    kind: 'AUFENTHALTSERLAUBNIS',
    paragraph: '25(3)',
    scope: 'SGB',
    legalBasis: '§ 25 Abs. 3 AufenthG: nicht in § 1 AsylbLG genannt',
  },
  {
    kind: 'AUFENTHALTSERLAUBNIS',
    paragraph: '25(4)S2',
    scope: 'SGB',
    legalBasis: '§ 25 Abs. 4 S. 2 AufenthG: nicht in § 1 AsylbLG genannt',
  },
  {
    kind: 'AUFENTHALTSERLAUBNIS',
    paragraph: '25a',
    scope: 'SGB',
    legalBasis: '§ 25a AufenthG: nicht in § 1 AsylbLG genannt',
  },
  {
    kind: 'AUFENTHALTSERLAUBNIS',
    paragraph: '25b',
    scope: 'SGB',
    legalBasis: '§ 25b AufenthG: nicht in § 1 AsylbLG genannt',
  },
  {
    kind: 'AUFENTHALTSERLAUBNIS',
    paragraph: '22',
    scope: 'SGB',
    legalBasis: '§ 22 AufenthG: nicht in § 1 AsylbLG genannt',
  },
  {
    kind: 'AUFENTHALTSERLAUBNIS',
    paragraph: '23(2)',
    scope: 'SGB',
    legalBasis: '§ 23 Abs. 2 AufenthG: nicht in § 1 AsylbLG genannt',
  },
  {
    kind: 'AUFENTHALTSERLAUBNIS',
    paragraph: '23(4)',
    scope: 'SGB',
    legalBasis: '§ 23 Abs. 4 AufenthG: nicht in § 1 AsylbLG genannt',
  },
  {
    kind: 'AUFENTHALTSERLAUBNIS',
    paragraph: 'OTHER',
    scope: 'UNKNOWN',
    legalBasis: 'Aufenthaltserlaubnis ohne zugeordneten Paragraphen: Einzelfallprüfung',
  },
  { kind: 'NIEDERLASSUNGSERLAUBNIS', scope: 'SGB', legalBasis: '§ 9 AufenthG: nicht in § 1 AsylbLG genannt' },
  { kind: 'DAUERAUFENTHALT_EU', scope: 'SGB', legalBasis: '§ 9a AufenthG: nicht in § 1 AsylbLG genannt' },
];

/** § 25 (5): AsylbLG while the suspension of deportation is less than 18 months old. */
export const PARAGRAPH_25_5_RULE: VersionedRule & { months: number } = {
  ruleId: 'asylblg.1.25-5-eighteen-months',
  version: '2015-03-01',
  validFrom: '2015-03-01',
  months: 18,
  legalBasis: '§ 1 Abs. 1 Nr. 3 c) AsylbLG',
  source: 'DOMAIN.md',
  verified: true,
};

/** § 24 holders left the AsylbLG on 2022-06-01 (no month-end delay: transitional law). */
export const PARAGRAPH_24_SWITCH_RULE: VersionedRule & { switchDate: string } = {
  ruleId: 'asylblg.1.24-switch-2022',
  version: '2022-06-01',
  validFrom: '2022-06-01',
  switchDate: '2022-06-01',
  legalBasis: 'Sofortzuschlags- und Einmalzahlungsgesetz vom 23.05.2022; § 74 SGB II, § 146 SGB XII',
  source: 'DOMAIN.md (§ 24 temporary protection: SGB II/XII since 2022-06-01)',
  verified: true,
};

/**
 * Unverified planned rule: people whose first § 24 permit is dated after 2025-03-31 return to
 * the AsylbLG from 2026-07-01. Off by default; switch on with
 * `{ enableRules: ['asylblg.1.24-return-2026'] }`.
 */
export const PARAGRAPH_24_RETURN_RULE: VersionedRule & { firstPermitAfter: string; effectiveFrom: string } = {
  ruleId: 'asylblg.1.24-return-2026',
  version: '2026-07-01-draft',
  validFrom: '2026-07-01',
  firstPermitAfter: '2025-03-31',
  effectiveFrom: '2026-07-01',
  legalBasis: 'geplante Änderung von § 1 AsylbLG (Rechtskreiswechsel § 24 AufenthG, Einreise nach dem 31.03.2025)',
  source: 'DOMAIN.md: unverified, planned from 2026-07-01',
  verified: false,
  enabledByDefault: false,
};

/** § 1 (3) AsylbLG: the entitlement ends at the end of the month in which its ground ceased. */
export const END_OF_MONTH_RULE: VersionedRule = {
  ruleId: 'asylblg.1.3-end-of-month',
  version: '2015-03-01',
  validFrom: '2015-03-01',
  legalBasis: '§ 1 Abs. 3 AsylbLG (Ende mit Ablauf des Monats der Anerkennung bzw. des Wegfalls der Voraussetzung)',
  source: 'DOMAIN.md',
  verified: true,
};

export interface WaitingPeriodRule extends VersionedRule {
  months: number;
  /** STAY: months of stay since arrival; BENEFIT_RECEIPT: cumulated months of § 3 benefits. */
  countedFrom: 'STAY' | 'BENEFIT_RECEIPT';
}

/** § 2 (1) AsylbLG: waiting period before Analogleistungen, one row per version of the law. */
export const WAITING_PERIOD_VERSIONS: readonly WaitingPeriodRule[] = [
  {
    ruleId: 'asylblg.2.waiting-period',
    version: '2007-08-28',
    validFrom: '2007-08-28',
    validUntil: '2015-02-28',
    months: 48,
    countedFrom: 'BENEFIT_RECEIPT',
    legalBasis: '§ 2 Abs. 1 AsylbLG i.d.F. des Richtlinienumsetzungsgesetzes 2007 (48 Monate Leistungen nach § 3)',
    source: 'DOMAIN.md; Richtlinienumsetzungsgesetz vom 19.08.2007',
    verified: true,
  },
  {
    ruleId: 'asylblg.2.waiting-period',
    version: '2015-03-01',
    validFrom: '2015-03-01',
    validUntil: '2019-08-20',
    months: 15,
    countedFrom: 'STAY',
    legalBasis: '§ 2 Abs. 1 AsylbLG i.d.F. vom 10.12.2014 (15 Monate Aufenthalt)',
    source: 'DOMAIN.md; Gesetz zur Änderung des AsylbLG und des SGG vom 10.12.2014',
    verified: true,
  },
  {
    ruleId: 'asylblg.2.waiting-period',
    version: '2019-08-21',
    validFrom: '2019-08-21',
    validUntil: '2024-02-26',
    months: 18,
    countedFrom: 'STAY',
    legalBasis: '§ 2 Abs. 1 AsylbLG i.d.F. vom 15.08.2019 (18 Monate Aufenthalt)',
    source: 'DOMAIN.md; Zweites Gesetz zur besseren Durchsetzung der Ausreisepflicht vom 15.08.2019',
    verified: true,
  },
  {
    ruleId: 'asylblg.2.waiting-period',
    version: '2024-02-27',
    validFrom: '2024-02-27',
    months: 36,
    countedFrom: 'STAY',
    legalBasis: '§ 2 Abs. 1 AsylbLG i.d.F. des Rückführungsverbesserungsgesetzes (36 Monate Aufenthalt)',
    source: 'DOMAIN.md; Rückführungsverbesserungsgesetz vom 21.02.2024',
    verified: true,
  },
];

/** § 20 AsylbLG: who received § 2 benefits on the reference day keeps them. */
export const TRANSITION_20_RULE: VersionedRule & { referenceDay: string } = {
  ruleId: 'asylblg.20.transition',
  version: '2024-02-27',
  validFrom: '2024-02-27',
  referenceDay: '2024-02-26',
  legalBasis: '§ 20 AsylbLG (Übergangsregelung zum Rückführungsverbesserungsgesetz)',
  source: 'DOMAIN.md',
  verified: true,
};

/** § 7 (1) SGB II / § 19, § 41 SGB XII: which SGB book applies within the SGB scope. */
export const SGB_BOOK_RULE: VersionedRule & { minimumAgeSgbII: number } = {
  ruleId: 'sgb.book-selection',
  version: '2023-01-01',
  validFrom: '2005-01-01',
  minimumAgeSgbII: 15,
  legalBasis: '§§ 7, 7a, 8, 19 SGB II; §§ 19, 41 SGB XII',
  source: 'SGB II/XII; the Regelaltersgrenze follows § 7a SGB II',
  verified: true,
  note: 'Children under 15 living with an able-to-work member receive Sozialgeld (SGB II).',
};
