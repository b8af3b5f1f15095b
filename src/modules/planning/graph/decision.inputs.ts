import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import { Length, Max, Min } from 'class-validator';
import { CaseworkerDecision } from '../caseworker-decision.entity';
import { DecisionAction } from '../planning.enums';
import { FeasibilityReportType } from './matching.types';

@InputType({ description: "A caseworker confirms or overrides a household's proposed priority (GDPR Art. 22)." })
export class DecidePriorityInput {
  @Field(() => ID, { description: 'The household.' })
  householdId!: string;

  @Field(() => LocalDateResolver, {
    nullable: true,
    description: 'Day the proposal is computed for; today when omitted.',
  })
  asOf?: string | null;

  @Field(() => DecisionAction, { description: 'CONFIRM keeps the proposed score and tier; OVERRIDE replaces them.' })
  action!: DecisionAction;

  @Field(() => Int, { nullable: true, description: 'The decided score (required for OVERRIDE).' })
  @Min(0)
  @Max(1_000_000_000)
  decidedScore?: number | null;

  @Field(() => String, {
    nullable: true,
    description: "The decided tier id; for OVERRIDE, the catalogue's tier for the decided score when omitted.",
  })
  decidedTier?: string | null;

  @Field(() => String, { nullable: true, description: 'Why (mandatory for OVERRIDE).' })
  @Length(0, 4000)
  reason?: string | null;
}

@InputType({ description: 'A caseworker confirms or overrides the flat proposed to a household (GDPR Art. 22).' })
export class DecideMatchInput {
  @Field(() => ID, { description: 'The household.' })
  householdId!: string;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Day the checks are made for; today when omitted.' })
  asOf?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'The apartment offer the matching proposed; null when it proposed none.',
  })
  proposedApartmentOfferId?: string | null;

  @Field(() => DecisionAction, { description: 'CONFIRM accepts the proposal; OVERRIDE replaces it.' })
  action!: DecisionAction;

  @Field(() => ID, {
    nullable: true,
    description: 'For OVERRIDE: the offer the household gets instead, or explicitly null for "no flat in this round".',
  })
  decidedApartmentOfferId?: string | null;

  @Field(() => String, { nullable: true, description: 'Why (mandatory for OVERRIDE).' })
  @Length(0, 4000)
  reason?: string | null;
}

@ObjectType({ description: 'Result of a priority decision.' })
export class DecidePriorityPayload {
  @Field(() => CaseworkerDecision, { description: 'The recorded decision.' })
  decision!: CaseworkerDecision;
}

@ObjectType({ description: 'Result of a match decision.' })
export class DecideMatchPayload {
  @Field(() => CaseworkerDecision, { description: 'The recorded decision.' })
  decision!: CaseworkerDecision;

  @Field(() => FeasibilityReportType, {
    nullable: true,
    description: 'The checks of the decided pair (null when the decision is "no flat").',
  })
  decidedFeasibility!: FeasibilityReportType | null;
}
