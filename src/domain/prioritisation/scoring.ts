/**
 * The scoring mechanism shared by the explained assessment and the fast ranking. A catalogue is
 * compiled once per (catalogue, as-of day): age limits become birth-day thresholds, so evaluating
 * a household is integer comparisons over its members with no allocation.
 */
import { civilFromDay, dayFromCivil, daysInMonth, DomainInputError, tryParseDay } from '../dates';
import { HouseholdSnapshot } from '../snapshot';
import { VULNERABLE_GROUP_LISTS, VulnerableGroupList } from '../rules/vulnerable-groups';
import { versionInForce } from '../rules/versioning';
import { isSingleParent } from '../household';
import { CriteriaCatalogue, CriterionDefinition, FactKey, param, TieBreaker } from './catalogue';
import { validateCatalogue } from './validate-catalogue';
import { vulnerableGroupsOf } from './vulnerability';

const FACT_CODES: Readonly<Record<FactKey, number>> = {
  SCHOOL_AGE_CHILD: 0,
  YOUTH_IN_VOCATIONAL_PREPARATION: 1,
  UNRESOLVABLE_GU_CONFLICT: 2,
  MENTAL_HEALTH_BURDEN: 3,
  SINGLE_WOMAN: 4,
  VULNERABLE_GROUP: 5,
  GU_STAY_DURATION: 6,
};

export interface CompiledCriterion {
  definition: CriterionDefinition;
  factCode: number;
  weight: number;
  /** Born on or before this day ⇒ at least the lower age; born after ⇒ below the upper limit. */
  bornOnOrBefore: number;
  bornAfter: number;
  normDays: number;
  overdueBonus: number;
}

export interface CompiledCatalogue {
  catalogue: CriteriaCatalogue;
  day: number;
  criteria: CompiledCriterion[];
  /** Tiers sorted by minScore descending. */
  tiersDesc: { id: string; label: string; minScore: number }[];
  tieBreakers: TieBreaker[];
  adultBornOnOrBefore: number;
  vulnerableList: VulnerableGroupList | undefined;
}

/** Last birth day of someone who is at least `years` old on `day` (29 Feb clamps to 28 Feb). */
export function latestBirthDayForAge(day: number, years: number): number {
  const c = civilFromDay(day);
  const y = c.year - years;
  return dayFromCivil(y, c.month, Math.min(c.day, daysInMonth(y, c.month)));
}

export function compileCatalogue(catalogue: CriteriaCatalogue, day: number): CompiledCatalogue {
  const validation = validateCatalogue(catalogue);
  if (!validation.valid) {
    throw new DomainInputError(
      `invalid criteria catalogue: ${validation.errors.map((e) => `${e.path} ${e.message}`).join('; ')}`,
      'catalogue',
    );
  }
  const criteria = catalogue.criteria.map((definition): CompiledCriterion => {
    const c: CompiledCriterion = {
      definition,
      factCode: FACT_CODES[definition.fact],
      weight: definition.weight,
      bornOnOrBefore: Infinity,
      bornAfter: -Infinity,
      normDays: 1,
      overdueBonus: 0,
    };
    if (definition.fact === 'SCHOOL_AGE_CHILD') {
      c.bornOnOrBefore = latestBirthDayForAge(day, param(definition, 'minAge'));
      c.bornAfter = latestBirthDayForAge(day, param(definition, 'maxAge') + 1);
    } else if (definition.fact === 'YOUTH_IN_VOCATIONAL_PREPARATION') {
      c.bornAfter = latestBirthDayForAge(day, param(definition, 'underAge'));
    } else if (definition.fact === 'GU_STAY_DURATION') {
      c.normDays = param(definition, 'normDays');
      c.overdueBonus = param(definition, 'overdueBonus');
    }
    return c;
  });
  return {
    catalogue,
    day,
    criteria,
    tiersDesc: [...catalogue.tiers].sort((a, b) => b.minScore - a.minScore),
    tieBreakers: catalogue.tieBreakers,
    adultBornOnOrBefore: latestBirthDayForAge(day, 18),
    vulnerableList: versionInForce(VULNERABLE_GROUP_LISTS, day),
  };
}

/** Reusable per-call scratch for the members' birth days. */
let birthScratch = new Float64Array(16);

function parseBirthDays(household: HouseholdSnapshot): Float64Array {
  const members = household.members;
  if (members.length > birthScratch.length) birthScratch = new Float64Array(members.length * 2);
  for (let i = 0; i < members.length; i++) {
    const d = tryParseDay(members[i].person.birthDate);
    if (Number.isNaN(d))
      throw new DomainInputError(
        `invalid birthDate ${JSON.stringify(members[i].person.birthDate)}`,
        `household ${household.id}.members[${i}].person.birthDate`,
      );
    birthScratch[i] = d;
  }
  return birthScratch;
}

/** Points one criterion gives a household (0 if not fulfilled). */
function criterionPoints(
  c: CompiledCriterion,
  household: HouseholdSnapshot,
  births: Float64Array,
  compiled: CompiledCatalogue,
): number {
  const members = household.members;
  switch (c.factCode) {
    case 0: // SCHOOL_AGE_CHILD
      for (let i = 0; i < members.length; i++) {
        const m = members[i];
        if (m.relation !== 'CHILD') continue;
        if ((births[i] <= c.bornOnOrBefore && births[i] > c.bornAfter) || m.person.education?.attendsSchool === true)
          return c.weight;
      }
      return 0;
    case 1: // YOUTH_IN_VOCATIONAL_PREPARATION
      for (let i = 0; i < members.length; i++) {
        if (members[i].person.education?.vocationalPreparation === true && births[i] > c.bornAfter) return c.weight;
      }
      return 0;
    case 2:
      return household.unresolvableGuConflict === true ? c.weight : 0;
    case 3:
      for (let i = 0; i < members.length; i++) {
        const p = members[i].person;
        if (p.mentalHealthBurden === true) return c.weight;
        const v = p.vulnerabilities;
        if (v !== undefined && (v.includes('MENTAL_DISORDER') || v.includes('PTSD'))) return c.weight;
      }
      return 0;
    case 4: {
      let head = -1;
      for (let i = 0; i < members.length; i++) {
        if (members[i].relation === 'PARTNER') return 0;
        if (members[i].relation === 'HEAD' && head < 0) head = i;
      }
      if (head < 0) head = 0;
      return members.length > 0 && members[head].person.sex === 'FEMALE' && births[head] <= compiled.adultBornOnOrBefore
        ? c.weight
        : 0;
    }
    case 5: {
      const list = compiled.vulnerableList;
      if (!list) return 0;
      const singleParent = isSingleParent(household, compiled.day);
      for (const m of members)
        if (vulnerableGroupsOf(m.person, singleParent && m.relation === 'HEAD', compiled.day, list).length > 0)
          return c.weight;
      return 0;
    }
    case 6: {
      const since =
        household.communalAccommodationSince === undefined ? NaN : tryParseDay(household.communalAccommodationSince);
      if (Number.isNaN(since) || since > compiled.day) return 0;
      const days = compiled.day - since;
      return (
        Math.floor((c.weight * Math.min(days, c.normDays)) / c.normDays) + (days > c.normDays ? c.overdueBonus : 0)
      );
    }
  }
  return 0;
}

/**
 * Score of a household. If `pointsOut` is given, each criterion's points are written into it
 * (same order as the catalogue), which the explained assessment uses.
 */
export function scoreHousehold(
  household: HouseholdSnapshot,
  compiled: CompiledCatalogue,
  pointsOut?: number[],
): number {
  const births = parseBirthDays(household);
  let score = 0;
  const criteria = compiled.criteria;
  for (let k = 0; k < criteria.length; k++) {
    const p = criterionPoints(criteria[k], household, births, compiled);
    if (pointsOut) pointsOut[k] = p;
    score += p;
  }
  return score;
}

/** Neutral name of the tier at `index` of tiersDesc: "A" for the highest, "B" for the next, … (names no criterion). */
export function tierLevel(index: number): string {
  return index < 26 ? String.fromCharCode(65 + index) : `T${index + 1}`;
}

/** Index into tiersDesc of the tier for a score. */
export function tierIndex(score: number, compiled: CompiledCatalogue): number {
  const tiers = compiled.tiersDesc;
  for (let i = 0; i < tiers.length; i++) if (score >= tiers[i].minScore) return i;
  return tiers.length - 1;
}
