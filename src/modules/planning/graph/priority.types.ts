import { Field, Int, ObjectType } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import type { CatalogueRef, PriorityAssessment } from '../../../domain';
import { ReasonType } from './rule-result.types';

@ObjectType('CriteriaCatalogueRef', { description: 'The criteria catalogue version a priority was computed with.' })
export class CatalogueRefType {
  @Field({ description: 'Catalogue identifier, e.g. "osnabrueck".' })
  id!: string;

  @Field({ description: 'Version label, e.g. "2013.1".' })
  version!: string;

  @Field(() => LocalDateResolver, { description: 'First day the version is in force.' })
  effectiveFrom!: string;

  @Field({ description: 'Where the catalogue comes from (e.g. the city council decision).' })
  source!: string;
}

@ObjectType('PriorityTier', {
  description:
    'A band of priority scores, e.g. "A: a primary Osnabrück criterion". Audiences that may not read the reasons behind a priority see only its neutral level.',
})
export class PriorityTierType {
  @Field({
    description:
      'Neutral name of the tier by its place in the catalogue: "A" for the highest, "B" for the next, …; names no criterion.',
  })
  level!: string;

  @Field({ description: 'Tier identifier from the catalogue, e.g. "A".' })
  id!: string;

  @Field({
    description: "What the tier means in the catalogue's words (can name criteria such as a mental-health burden).",
  })
  label!: string;
}

@ObjectType('PriorityCriterionContribution', {
  description: "One criterion's contribution to a score, with the fact it rests on and the source of the criterion.",
})
export class CriterionContributionType {
  @Field({ description: 'Criterion identifier from the catalogue.' })
  criterionId!: string;

  @Field({ description: 'The criterion in words, e.g. "Family with school-age children".' })
  label!: string;

  @Field(() => Int, { description: 'Rank of the criterion (1 = considered first).' })
  rank!: number;

  @Field(() => Int, { description: 'Points the criterion gives when fully met.' })
  weight!: number;

  @Field(() => Int, { description: 'Points it gave this household.' })
  points!: number;

  @Field({ description: 'True when the criterion gave any points.' })
  fulfilled!: boolean;

  @Field({ description: 'The fact the contribution rests on, in words (categories only, never diagnoses).' })
  fact!: string;

  @Field({ description: 'Source of the criterion.' })
  source!: string;
}

@ObjectType('PriorityTieBreakerValue', {
  description: "A household's value for one tie-breaker, used when scores are equal.",
})
export class TieBreakerValueType {
  @Field({ description: 'Tie-breaker, e.g. ARRIVAL_IN_CITY_ASC (earlier arrival in the city first).' })
  key!: string;

  @Field(() => String, { nullable: true, description: 'The value compared, e.g. the arrival date.' })
  value!: string | null;
}

/**
 * The reasons behind a score. A separate object so that the policy can let partner organisations
 * see score and tier but never this part: the facts can reveal vulnerabilities (GDPR Art. 9).
 */
@ObjectType('PriorityExplanation', {
  description:
    'Why a household has its score: every criterion with the fact and source behind it. Can reveal special-category data (GDPR Art. 9), so it is kept apart from score and tier.',
})
export class PriorityExplanationType {
  @Field(() => [CriterionContributionType], { description: 'Every criterion of the catalogue, fulfilled or not.' })
  criteria!: CriterionContributionType[];

  @Field(() => [TieBreakerValueType], { description: "The household's tie-breaker values in catalogue order." })
  tieBreakers!: TieBreakerValueType[];

  @Field(() => [ReasonType], { description: 'A summary in words.' })
  reasons!: ReasonType[];
}

@ObjectType('PriorityAssessment', {
  description:
    "A household's priority for moving from communal accommodation (Gemeinschaftsunterkunft, GU) into a private flat, under the criteria catalogue in force. A proposal: a caseworker confirms or overrides it.",
})
export class PriorityAssessmentType {
  constructor(private readonly assessment: PriorityAssessment) {}

  @Field(() => LocalDateResolver, { description: 'The day the priority was assessed for.' })
  get asOf(): string {
    return this.assessment.asOf;
  }

  @Field(() => Int, {
    description:
      'Score: the sum of the criteria points (higher = earlier); decomposes into the criteria, so only where the reasons may be read.',
  })
  get score(): number {
    return this.assessment.score;
  }

  @Field(() => PriorityTierType, { description: 'The tier the score falls in.' })
  get tier(): PriorityTierType {
    return this.assessment.tier;
  }

  @Field(() => CatalogueRefType, { description: 'The criteria catalogue version used.' })
  get catalogue(): CatalogueRef {
    return this.assessment.catalogue;
  }

  @Field(() => PriorityExplanationType, {
    description: 'The criteria contributions behind the score (sensitive; see the type).',
  })
  get explanation(): PriorityExplanationType {
    return {
      criteria: this.assessment.contributions,
      tieBreakers: this.assessment.tieBreakers,
      reasons: this.assessment.reasons,
    };
  }
}
