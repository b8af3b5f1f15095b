import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import type { Context } from '../../../auth/context';
import { ErrorCode, userError } from '../../../graph/errors';
import { expectGlobalId, fromGlobalId } from '../../../graph/relay/global-id';
import { ApartmentOffer } from '../../housing/apartment-offer.entity';
import { Household } from '../../people/household.entity';
import { feasibilityOf, matchingOf } from '../planning.service';
import { toMatchingResult } from './graph-mapping';
import { FeasibilityReportType, MatchingResultType, MatchProposalType, UnmatchedHouseholdType } from './matching.types';

const MAX_QUEUE = 2000;
const MAX_OFFERS = 5000;

const loadHousehold = (ctx: Context, globalId: string) =>
  ctx.loaders.byId(Household).load(fromGlobalId(globalId)!.id) as Promise<Household>;
const loadOffer = (ctx: Context, globalId: string) =>
  ctx.loaders.byId(ApartmentOffer).load(fromGlobalId(globalId)!.id) as Promise<ApartmentOffer>;

@Resolver()
export class MatchingResolver {
  @Query(() => MatchingResultType, {
    description:
      'Proposes which households from the top of the priority queue should get which open apartment offers: only pairs that pass all five checks (size, rent ceiling, step-free, WBS, § 12a AufenthG), with the highest total priority served (exact optimum, not greedy). Proposals only; a caseworker decides (decideMatch).',
  })
  async matchingProposals(
    @Arg('asOf', () => LocalDateResolver, {
      nullable: true,
      description: 'The day rules and facts are taken as of; today when omitted.',
    })
    asOf: string | undefined,
    @Arg('queueLimit', () => Int, {
      defaultValue: 500,
      description: `How many households from the top of the queue take part (1–${MAX_QUEUE}).`,
    })
    queueLimit: number,
    @Arg('offerLimit', () => Int, {
      defaultValue: 1000,
      description: `How many open offers, earliest available first, take part (1–${MAX_OFFERS}).`,
    })
    offerLimit: number,
    @Arg('availableBy', () => LocalDateResolver, { nullable: true, description: 'Only offers available by this day.' })
    availableBy: string | undefined,
    @Ctx() ctx: Context,
  ): Promise<MatchingResultType> {
    if (!(queueLimit >= 1 && queueLimit <= MAX_QUEUE))
      throw userError(ErrorCode.BAD_USER_INPUT, `queueLimit must be between 1 and ${MAX_QUEUE}.`, 'queueLimit');
    if (!(offerLimit >= 1 && offerLimit <= MAX_OFFERS))
      throw userError(ErrorCode.BAD_USER_INPUT, `offerLimit must be between 1 and ${MAX_OFFERS}.`, 'offerLimit');
    return toMatchingResult(await matchingOf(ctx, asOf ?? ctx.today, { queueLimit, offerLimit, availableBy }));
  }

  @Query(() => FeasibilityReportType, {
    description:
      'Why a given household can or cannot be matched to a given apartment offer: all five checks in words, with the rules used.',
  })
  matchingFeasibility(
    @Arg('householdId', () => ID, { description: 'The household.' }) householdId: string,
    @Arg('apartmentOfferId', () => ID, { description: 'The apartment offer.' }) apartmentOfferId: string,
    @Arg('asOf', () => LocalDateResolver, {
      nullable: true,
      description: 'The day rules and facts are taken as of; today when omitted.',
    })
    asOf: string | undefined,
    @Ctx() ctx: Context,
  ): Promise<FeasibilityReportType> {
    const household = expectGlobalId(householdId, 'Household', 'householdId');
    const offer = expectGlobalId(apartmentOfferId, 'ApartmentOffer', 'apartmentOfferId');
    return feasibilityOf(ctx, household, offer, asOf ?? ctx.today) as Promise<FeasibilityReportType>;
  }
}

@Resolver(() => MatchingResultType)
export class MatchingResultResolver {
  @FieldResolver(() => [ApartmentOffer], { description: 'Offers in the matching that nobody got.' })
  async unusedOffers(@Root() result: MatchingResultType, @Ctx() ctx: Context): Promise<ApartmentOffer[]> {
    return Promise.all(result.unusedOfferIds.map((id) => loadOffer(ctx, id)));
  }
}

@Resolver(() => MatchProposalType)
export class MatchProposalResolver {
  @FieldResolver(() => Household, { description: 'The household.' })
  household(@Root() proposal: MatchProposalType, @Ctx() ctx: Context): Promise<Household> {
    return loadHousehold(ctx, proposal.householdId);
  }

  @FieldResolver(() => ApartmentOffer, { description: 'The flat proposed to it.' })
  apartmentOffer(@Root() proposal: MatchProposalType, @Ctx() ctx: Context): Promise<ApartmentOffer> {
    return loadOffer(ctx, proposal.offerId);
  }
}

@Resolver(() => UnmatchedHouseholdType)
export class UnmatchedHouseholdResolver {
  @FieldResolver(() => Household, { description: 'The household.' })
  household(@Root() unmatched: UnmatchedHouseholdType, @Ctx() ctx: Context): Promise<Household> {
    return loadHousehold(ctx, unmatched.householdId);
  }
}
