import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import type { Context } from '../../../auth/context';
import { Person } from '../../people/person.entity';
import { regimeOf, residenceObligationOf } from '../planning.service';
import { regimeOrNull } from './graph-mapping';
import { BenefitRegimeDeterminationType, ResidenceObligationType } from './regime.types';

const AS_OF = { nullable: true, description: 'The day rules and facts are taken as of; today when omitted.' } as const;

@Resolver(() => Person)
export class PersonPlanningResolver {
  @FieldResolver(() => BenefitRegimeDeterminationType, {
    description:
      'Benefit regime (AsylbLG § 3, AsylbLG § 2, SGB II, SGB XII) derived from the legal-status history as of a day, with reasons.',
  })
  async benefitRegime(
    @Root() person: Person,
    @Arg('asOf', () => LocalDateResolver, AS_OF) asOf: string | undefined,
    @Ctx() ctx: Context,
  ): Promise<BenefitRegimeDeterminationType> {
    const decision = (await regimeOf(ctx, person.household.id, person.id, asOf ?? ctx.today))!;
    return { ...decision, regime: regimeOrNull(decision.regime) } as unknown as BenefitRegimeDeterminationType;
  }

  @FieldResolver(() => ResidenceObligationType, {
    description:
      'Residence obligation (Wohnsitzauflage, § 12a AufenthG) as of a day: whether it applies, until when, exemptions, move bans.',
  })
  async residenceObligation(
    @Root() person: Person,
    @Arg('asOf', () => LocalDateResolver, AS_OF) asOf: string | undefined,
    @Ctx() ctx: Context,
  ): Promise<ResidenceObligationType> {
    return (await residenceObligationOf(
      ctx,
      person.household.id,
      person.id,
      asOf ?? ctx.today,
    )) as unknown as ResidenceObligationType;
  }
}
