/**
 * Criteria catalogues: plain JSON documents an administrator can publish. Code knows the facts
 * (FACT_KEYS) and how to evaluate them; the catalogue decides which facts count and how much.
 */
import { IsoDate } from '../dates';

/** The facts a criterion can rest on. Boolean facts contribute their full weight when they hold. */
export const FACT_KEYS = [
  /** A CHILD member of school age (params minAge, maxAge inclusive) or recorded as attending school. */
  'SCHOOL_AGE_CHILD',
  /** A member younger than params.underAge in a vocational-preparation measure. */
  'YOUTH_IN_VOCATIONAL_PREPARATION',
  /** A conflict in the GU that moving to another GU cannot solve. */
  'UNRESOLVABLE_GU_CONFLICT',
  /** A member with a documented mental-health burden (or a recorded mental disorder / PTSD). */
  'MENTAL_HEALTH_BURDEN',
  /** The head is an adult woman living without a partner (with or without children). */
  'SINGLE_WOMAN',
  /** A member belongs to a vulnerable group under the EU list in force on the date. */
  'VULNERABLE_GROUP',
  /** Graded: days in communal accommodation; points grow linearly up to params.normDays (+ params.overdueBonus beyond). */
  'GU_STAY_DURATION',
] as const;

export type FactKey = (typeof FACT_KEYS)[number];

/** Allowed parameters per fact with defaults (all non-negative integers). */
export const FACT_PARAMS: Readonly<Record<FactKey, Readonly<Record<string, number>>>> = {
  SCHOOL_AGE_CHILD: { minAge: 6, maxAge: 17 },
  YOUTH_IN_VOCATIONAL_PREPARATION: { underAge: 27 },
  UNRESOLVABLE_GU_CONFLICT: {},
  MENTAL_HEALTH_BURDEN: {},
  SINGLE_WOMAN: {},
  VULNERABLE_GROUP: {},
  GU_STAY_DURATION: { normDays: 730, overdueBonus: 0 },
};

export interface CriterionDefinition {
  id: string;
  label: string;
  fact: FactKey;
  /** Non-negative integer: a fulfilled criterion can never lower a score. */
  weight: number;
  /** 1 = considered first, 2 = then, …; with strictRanks the weights must make ranks dominate. */
  rank: number;
  params?: Record<string, number>;
  source: string;
}

export interface TierDefinition {
  id: string;
  label: string;
  /** A household is in the tier with the highest minScore ≤ its score. */
  minScore: number;
}

export type TieBreaker = 'ARRIVAL_IN_CITY_ASC' | 'GU_SINCE_ASC' | 'HOUSEHOLD_ID_ASC';
export const TIE_BREAKERS: readonly TieBreaker[] = ['ARRIVAL_IN_CITY_ASC', 'GU_SINCE_ASC', 'HOUSEHOLD_ID_ASC'];

export interface CriteriaCatalogue {
  id: string;
  version: string;
  title: string;
  effectiveFrom: IsoDate;
  effectiveUntil?: IsoDate;
  /** If true, validation proves that any rank-r criterion outweighs all lower ranks together. */
  strictRanks: boolean;
  criteria: CriterionDefinition[];
  tiers: TierDefinition[];
  /** Applied in order after the score; must end with HOUSEHOLD_ID_ASC so the order is total. */
  tieBreakers: TieBreaker[];
  source: string;
}

/** Reference to the catalogue version a result was computed with. */
export interface CatalogueRef {
  id: string;
  version: string;
  effectiveFrom: IsoDate;
  source: string;
}

export function catalogueRef(c: CriteriaCatalogue): CatalogueRef {
  return { id: c.id, version: c.version, effectiveFrom: c.effectiveFrom, source: c.source };
}

/** Parameter value with the fact's default. */
export function param(criterion: CriterionDefinition, name: string): number {
  return criterion.params?.[name] ?? FACT_PARAMS[criterion.fact][name];
}
