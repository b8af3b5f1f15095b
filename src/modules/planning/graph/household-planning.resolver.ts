import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import type { Context } from '../../../auth/context';
import { Household } from '../../people/household.entity';
import { CaseworkerDecision } from '../caseworker-decision.entity';
import { eligibilityOf, priorityOf } from '../planning.service';
import { HousingEligibilityType } from './eligibility.types';
import { toHousingEligibility } from './graph-mapping';
import { PriorityAssessmentType } from './priority.types';

const AS_OF = { nullable: true, description: 'The day rules and facts are taken as of; today when omitted.' } as const;

/** Planning fields of a household: priority, housing eligibility, decisions. Batched per request. */
@Resolver(() => Household)
export class HouseholdPlanningResolver {
  @FieldResolver(() => PriorityAssessmentType, {
    description:
      'Priority for moving from communal accommodation into a private flat under the criteria catalogue in force: score and tier, and (separately) the explanation.',
  })
  async priority(
    @Root() household: Household,
    @Arg('asOf', () => LocalDateResolver, AS_OF) asOf: string | undefined,
    @Ctx() ctx: Context,
  ): Promise<PriorityAssessmentType> {
    const { assessment } = await priorityOf(ctx, household.id, asOf ?? ctx.today);
    return new PriorityAssessmentType(assessment);
  }

  @FieldResolver(() => HousingEligibilityType, {
    description:
      'Housing benefits (WBS, Kaution, Umzugskosten, Erstausstattung), rent ceiling and appropriate flat size as of a day.',
  })
  async eligibility(
    @Root() household: Household,
    @Arg('asOf', () => LocalDateResolver, AS_OF) asOf: string | undefined,
    @Ctx() ctx: Context,
  ): Promise<HousingEligibilityType> {
    return toHousingEligibility(await eligibilityOf(ctx, household.id, asOf ?? ctx.today));
  }

  @FieldResolver(() => [CaseworkerDecision], {
    description: 'Caseworker decisions on this household’s priority and matches, newest first.',
  })
  decisions(@Root() household: Household, @Ctx() { loaders }: Context): Promise<CaseworkerDecision[]> {
    return loaders.manyBy(CaseworkerDecision, 'household', { orderBy: { decidedAt: 'desc' } }).load(household.id);
  }
}
