import { Arg, Ctx, FieldResolver, Int, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../../../auth/context';
import { fromGlobalId } from '../../../graph/relay/global-id';
import { ApartmentOffer } from '../../housing/apartment-offer.entity';
import { Household } from '../../people/household.entity';
import { CaseworkerDecision } from '../caseworker-decision.entity';
import { decideMatch, decidePriority } from '../decision.service';
import { deciderOf } from '../decision-actor';
import { DecidePriorityInput, DecidePriorityPayload, DecideMatchInput, DecideMatchPayload } from './decision.inputs';
import type { FeasibilityReportType } from './matching.types';

@Resolver()
export class DecisionMutationResolver {
  @Mutation(() => DecidePriorityPayload, {
    description:
      "Records a caseworker's confirmation or override of a household's proposed priority, with who, when, the catalogue version and the input snapshot. An override needs a reason.",
  })
  async decidePriority(
    @Arg('input', () => DecidePriorityInput, { description: 'The decision.' }) input: DecidePriorityInput,
    @Ctx() ctx: Context,
  ): Promise<DecidePriorityPayload> {
    return { decision: await decidePriority(ctx, input, deciderOf(ctx)) };
  }

  @Mutation(() => DecideMatchPayload, {
    description:
      "Records a caseworker's confirmation or override of the flat proposed to a household, with the checks of the pair, who, when and the rule version. An override needs a reason; a pair that fails a check cannot be confirmed.",
  })
  async decideMatch(
    @Arg('input', () => DecideMatchInput, { description: 'The decision.' }) input: DecideMatchInput,
    @Ctx() ctx: Context,
  ): Promise<DecideMatchPayload> {
    const { decision, decidedFeasibility } = await decideMatch(ctx, input, deciderOf(ctx));
    return { decision, decidedFeasibility: decidedFeasibility as FeasibilityReportType | null };
  }
}

const offerIdOf = (outcome: Record<string, unknown>) =>
  typeof outcome.offerId === 'string' ? fromGlobalId(outcome.offerId)?.id : undefined;

@Resolver(() => CaseworkerDecision)
export class CaseworkerDecisionResolver {
  @FieldResolver(() => Household, { description: 'The household decided on.' })
  async household(@Root() decision: CaseworkerDecision, @Ctx() { loaders }: Context): Promise<Household> {
    return (await loaders.byId(Household).load(decision.household.id))!;
  }

  @FieldResolver(() => Int, { nullable: true, description: 'PRIORITY: the proposed score.' })
  proposedScore(@Root() d: CaseworkerDecision): number | null {
    return typeof d.proposed.score === 'number' ? d.proposed.score : null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'PRIORITY: the proposed tier.' })
  proposedTier(@Root() d: CaseworkerDecision): string | null {
    return typeof d.proposed.tierId === 'string' ? d.proposed.tierId : null;
  }

  @FieldResolver(() => Int, { nullable: true, description: 'PRIORITY: the decided score.' })
  decidedScore(@Root() d: CaseworkerDecision): number | null {
    return typeof d.decided.score === 'number' ? d.decided.score : null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'PRIORITY: the decided tier.' })
  decidedTier(@Root() d: CaseworkerDecision): string | null {
    return typeof d.decided.tierId === 'string' ? d.decided.tierId : null;
  }

  @FieldResolver(() => ApartmentOffer, {
    nullable: true,
    description: 'MATCH: the proposed flat (null when none was proposed).',
  })
  async proposedApartmentOffer(
    @Root() d: CaseworkerDecision,
    @Ctx() { loaders }: Context,
  ): Promise<ApartmentOffer | null> {
    const id = offerIdOf(d.proposed);
    return id === undefined ? null : ((await loaders.byId(ApartmentOffer).load(id)) ?? null);
  }

  @FieldResolver(() => ApartmentOffer, {
    nullable: true,
    description: 'MATCH: the decided flat (null for "no flat in this round").',
  })
  async decidedApartmentOffer(
    @Root() d: CaseworkerDecision,
    @Ctx() { loaders }: Context,
  ): Promise<ApartmentOffer | null> {
    const id = offerIdOf(d.decided);
    return id === undefined ? null : ((await loaders.byId(ApartmentOffer).load(id)) ?? null);
  }
}
