/** Vulnerable groups under EU reception law, as dated lists. */
import { VersionedRule } from './versioning';

export type VulnerableGroup =
  | 'MINOR'
  | 'UNACCOMPANIED_MINOR'
  | 'DISABLED'
  | 'ELDERLY'
  | 'PREGNANT'
  | 'SINGLE_PARENT_WITH_MINOR_CHILD'
  | 'TRAFFICKING_VICTIM'
  | 'SERIOUS_ILLNESS'
  | 'MENTAL_DISORDER'
  | 'TORTURE_OR_SERIOUS_VIOLENCE_SURVIVOR'
  | 'LGBTI'
  | 'PTSD';

export interface VulnerableGroupList extends VersionedRule {
  groups: readonly VulnerableGroup[];
  /** Days within which the special needs must be assessed; null = "within a reasonable period". */
  assessmentWithinDays: number | null;
  /** No age is fixed in the directive; assumption. */
  elderlyFromAge: number;
}

const BASE_GROUPS: readonly VulnerableGroup[] = [
  'MINOR',
  'UNACCOMPANIED_MINOR',
  'DISABLED',
  'ELDERLY',
  'PREGNANT',
  'SINGLE_PARENT_WITH_MINOR_CHILD',
  'TRAFFICKING_VICTIM',
  'SERIOUS_ILLNESS',
  'MENTAL_DISORDER',
  'TORTURE_OR_SERIOUS_VIOLENCE_SURVIVOR',
];

export const VULNERABLE_GROUP_LISTS: readonly VulnerableGroupList[] = [
  {
    ruleId: 'eu.reception.vulnerable-groups',
    version: '2013/33',
    validFrom: '2015-07-21',
    validUntil: '2026-06-11',
    groups: BASE_GROUPS,
    assessmentWithinDays: null,
    elderlyFromAge: 65,
    legalBasis: 'Art. 21, 22 Richtlinie 2013/33/EU',
    source: 'DOMAIN.md; OJ L 180, 29.6.2013 (transposition deadline 2015-07-20)',
    verified: true,
    note: 'elderlyFromAge 65 is an assumption.',
  },
  {
    ruleId: 'eu.reception.vulnerable-groups',
    version: '2024/1346',
    validFrom: '2026-06-12',
    groups: [...BASE_GROUPS, 'LGBTI', 'PTSD'],
    assessmentWithinDays: 30,
    elderlyFromAge: 65,
    legalBasis: 'Art. 24, 25 Richtlinie (EU) 2024/1346',
    source: 'DOMAIN.md (recast applies from 2026-06-12, adds LGBTI persons and PTSD; assessment within 30 days)',
    verified: true,
    note: 'elderlyFromAge 65 is an assumption.',
  },
];
