import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import { CatalogueRefType } from './priority.types';
import { FeasibilityCheckKind, UnmatchedReason } from './eligibility.enums';
import { AppliedRuleType, ReasonType } from './rule-result.types';

@ObjectType('FeasibilityCheck', {
  description: 'One of the five checks of a household–flat pair, passed or failed, in words.',
})
export class FeasibilityCheckType {
  @Field(() => FeasibilityCheckKind, { description: 'Which check.' })
  check!: FeasibilityCheckKind;

  @Field({ description: 'True when the pair passes it.' })
  passed!: boolean;

  @Field({ description: 'The check in words, with the figures compared.' })
  message!: string;

  @Field(() => [AppliedRuleType], { description: 'The rules and their versions the check used.' })
  rules!: AppliedRuleType[];
}

@ObjectType('MatchFeasibility', {
  description: 'Whether a household could be offered a flat, and why (not): all five checks.',
})
export class FeasibilityReportType {
  @Field(() => ID, { name: 'householdId', description: 'The household.' })
  householdId!: string;

  @Field(() => ID, { name: 'apartmentOfferId', description: 'The apartment offer.' })
  offerId!: string;

  @Field(() => LocalDateResolver, { description: 'The day the checks hold for.' })
  asOf!: string;

  @Field({ description: 'True when every check passes.' })
  feasible!: boolean;

  @Field(() => [FeasibilityCheckType], { description: 'All five checks.' })
  checks!: FeasibilityCheckType[];

  @Field(() => [FeasibilityCheckType], { description: 'Only the failed checks: the short answer to "why not?".' })
  failed!: FeasibilityCheckType[];
}

@ObjectType('MatchProposal', {
  description: 'A proposed move of one household into one flat; a caseworker accepts or overrides it (decideMatch).',
})
export class MatchProposalType {
  /** Global IDs; the resolver turns them into objects. */
  householdId!: string;
  offerId!: string;

  @Field(() => Int, { description: 'Priority score the household entered the matching with.' })
  priorityScore!: number;

  @Field(() => Int, { description: 'Position of the household in the priority order of this run (1 = highest).' })
  priorityPosition!: number;

  @Field(() => [FeasibilityCheckType], { description: 'The five checks, all passed.' })
  checks!: FeasibilityCheckType[];

  @Field(() => [AppliedRuleType], { description: 'The rules and versions behind the checks.' })
  rules!: AppliedRuleType[];

  @Field(() => [ReasonType], { description: 'Why this pair is proposed.' })
  reasons!: ReasonType[];
}

@ObjectType('FailedCheckCount', { description: 'How many offers failed one check for a household.' })
export class FailedCheckCountType {
  @Field(() => FeasibilityCheckKind, { description: 'The check.' })
  check!: FeasibilityCheckKind;

  @Field(() => Int, { description: 'Number of offers that failed it.' })
  offers!: number;
}

@ObjectType('UnmatchedHousehold', { description: 'A household of the matching that got no flat, and why.' })
export class UnmatchedHouseholdType {
  householdId!: string;

  @Field(() => Int, { description: 'Its priority score in this run.' })
  priorityScore!: number;

  @Field(() => UnmatchedReason, { description: 'No feasible offer, or outprioritised.' })
  reason!: UnmatchedReason;

  @Field(() => Int, { description: 'Number of offers that passed every check.' })
  feasibleOffers!: number;

  @Field(() => [FailedCheckCountType], { description: 'How many offers failed each check.' })
  failedChecks!: FailedCheckCountType[];

  @Field({ description: 'The reason in words.' })
  message!: string;
}

@ObjectType('MatchingResult', {
  description:
    'Proposed moves of households from the top of the priority queue into open apartment offers: the exact assignment that maximises the total priority served among pairs that pass all five checks. Proposals only: a person decides.',
})
export class MatchingResultType {
  @Field(() => LocalDateResolver, { description: 'The day rules and facts are taken as of.' })
  asOf!: string;

  @Field(() => CatalogueRefType, {
    nullable: true,
    description: 'The criteria catalogue version the priorities come from.',
  })
  catalogue!: CatalogueRefType | null;

  @Field({ description: 'The algorithm and objective, in words.' })
  method!: string;

  @Field(() => Float, { description: 'Sum of the priority scores of the matched households.' })
  totalPriorityServed!: number;

  @Field(() => Int, { description: 'Number of households with a proposal.' })
  matchedHouseholds!: number;

  @Field(() => Int, { description: 'Number of household–offer pairs that passed all checks.' })
  feasiblePairs!: number;

  @Field(() => [MatchProposalType], { description: 'The proposals, highest priority first.' })
  proposals!: MatchProposalType[];

  @Field(() => [UnmatchedHouseholdType], { description: 'Households without a proposal, with the reason.' })
  unmatched!: UnmatchedHouseholdType[];

  /** Global IDs of offers nobody got. */
  unusedOfferIds!: string[];
}
