/** Explained priority assessment of one household: score, tier and every criterion's contribution. */
import { IsoDate, toDay, toIsoDate } from '../dates';
import { ageOn, headOf } from '../household';
import { Reason, reason } from '../results';
import { HouseholdSnapshot } from '../snapshot';
import { CatalogueRef, catalogueRef, CriteriaCatalogue, CriterionDefinition, param } from './catalogue';
import { BUILT_IN_CATALOGUES, OSNABRUECK_CATALOGUE } from './osnabrueck-catalogue';
import { compileCatalogue, CompiledCatalogue, scoreHousehold, tierIndex, tierLevel } from './scoring';
import { selectCatalogue } from './select-catalogue';
import { assessVulnerability } from './vulnerability';

export interface CriterionContribution {
  criterionId: string;
  label: string;
  rank: number;
  weight: number;
  points: number;
  fulfilled: boolean;
  /** The fact the contribution rests on, in words (no diagnoses: only the category). */
  fact: string;
  source: string;
}

export interface PriorityAssessment {
  householdId: string;
  asOf: IsoDate;
  catalogue: CatalogueRef;
  score: number;
  /** `level` is the tier's neutral name by its place ("A" = highest), for audiences without the reasons. */
  tier: { id: string; label: string; level: string };
  contributions: CriterionContribution[];
  /** The tie-breaker values in catalogue order (used when scores are equal). */
  tieBreakers: { key: string; value: string | null }[];
  reasons: Reason[];
}

/** The default catalogue for a date: the built-in one in force, else Osnabrück. */
export function defaultCatalogue(asOf: IsoDate): CriteriaCatalogue {
  return selectCatalogue(BUILT_IN_CATALOGUES, asOf) ?? OSNABRUECK_CATALOGUE;
}

export function assessPriority(
  household: HouseholdSnapshot,
  asOf: IsoDate,
  catalogue?: CriteriaCatalogue,
): PriorityAssessment {
  const day = toDay(asOf, 'asOf');
  const compiled = compileCatalogue(catalogue ?? defaultCatalogue(asOf), day);
  return assessCompiled(household, asOf, compiled);
}

export function assessCompiled(
  household: HouseholdSnapshot,
  asOf: IsoDate,
  compiled: CompiledCatalogue,
): PriorityAssessment {
  const points: number[] = [];
  const score = scoreHousehold(household, compiled, points);
  const index = tierIndex(score, compiled);
  const tier = compiled.tiersDesc[index];
  const contributions = compiled.criteria.map((c, k): CriterionContribution => ({
    criterionId: c.definition.id,
    label: c.definition.label,
    rank: c.definition.rank,
    weight: c.definition.weight,
    points: points[k],
    fulfilled: points[k] > 0,
    fact: describeFact(c.definition, household, compiled.day, points[k] > 0),
    source: c.definition.source,
  }));
  const cat = compiled.catalogue;
  const met = contributions.filter((c) => c.fulfilled);
  return {
    householdId: household.id,
    asOf,
    catalogue: catalogueRef(cat),
    score,
    tier: { id: tier.id, label: tier.label, level: tierLevel(index) },
    contributions,
    tieBreakers: compiled.tieBreakers.map((key) => ({
      key,
      value:
        key === 'ARRIVAL_IN_CITY_ASC'
          ? household.arrivalInCity
          : key === 'GU_SINCE_ASC'
            ? (household.communalAccommodationSince ?? null)
            : household.id,
    })),
    reasons: [
      reason(
        'PRIORITY_SCORE',
        `Score ${score} (tier ${tier.id}: ${tier.label}) under catalogue ${cat.id} ${cat.version}` +
          (met.length ? `: ${met.map((c) => `${c.label} +${c.points}`).join('; ')}.` : ': no criterion fulfilled.'),
      ),
    ],
  };
}

function describeFact(def: CriterionDefinition, household: HouseholdSnapshot, day: number, fulfilled: boolean): string {
  const members = household.members;
  switch (def.fact) {
    case 'SCHOOL_AGE_CHILD': {
      const min = param(def, 'minAge');
      const max = param(def, 'maxAge');
      const kids = members
        .filter((m) => m.relation === 'CHILD')
        .map(
          (m) =>
            `${m.person.id} aged ${ageOn(m.person, day)}${m.person.education?.attendsSchool ? ' (attends school)' : ''}`,
        );
      return fulfilled
        ? `School-age child (${min}–${max}): ${kids.join(', ')}`
        : kids.length
          ? `No child aged ${min}–${max}: ${kids.join(', ')}`
          : 'No children in the household';
    }
    case 'YOUTH_IN_VOCATIONAL_PREPARATION': {
      const under = param(def, 'underAge');
      const youth = members
        .filter((m) => m.person.education?.vocationalPreparation)
        .map((m) => `${m.person.id} aged ${ageOn(m.person, day)}`);
      return fulfilled
        ? `In a vocational-preparation measure, under ${under}: ${youth.join(', ')}`
        : youth.length
          ? `In a measure but not under ${under}: ${youth.join(', ')}`
          : 'Nobody in a vocational-preparation measure';
    }
    case 'UNRESOLVABLE_GU_CONFLICT':
      return fulfilled
        ? 'Social work recorded a conflict that moving to another GU cannot solve'
        : 'No such conflict recorded';
    case 'MENTAL_HEALTH_BURDEN':
      return fulfilled
        ? 'A member has a documented mental-health burden (details withheld, GDPR Art. 9)'
        : 'No mental-health burden recorded';
    case 'SINGLE_WOMAN': {
      const head = headOf(household);
      return fulfilled
        ? `Head ${head?.person.id} is an adult woman without a partner in the household`
        : 'Household is not headed by a single adult woman';
    }
    case 'VULNERABLE_GROUP': {
      const v = assessVulnerability(household, toIsoDate(day));
      return v.anyVulnerable
        ? `Vulnerable under ${v.listVersion}: ${v.persons
            .filter((p) => p.groups.length)
            .map((p) => `${p.personId} (${p.groups.length} group(s))`)
            .join(', ')}`
        : `No member in a vulnerable group (${v.listVersion ?? 'no list'})`;
    }
    case 'GU_STAY_DURATION': {
      const since = household.communalAccommodationSince;
      if (since === undefined) return 'Not living in communal accommodation';
      const days = Math.max(0, day - toDay(since));
      return `In communal accommodation since ${since}: ${days} days of the ${param(def, 'normDays')}-day norm`;
    }
  }
}
