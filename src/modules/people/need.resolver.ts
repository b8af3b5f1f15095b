import { Arg, Args, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { addDays } from '../../domain';
import { ConnectionType, keysetPage, PageArgs } from '../../graph/relay/connection';
import type { Context } from '../../auth/context';
import { AssessNeedsInput, EndNeedInput, RecordNeedInput } from './need.inputs';
import { AssessNeedsPayload, NeedPayload } from './need.payloads';
import { assessNeeds, endNeed, recordNeed } from './need.service';
import { NEEDS_ASSESSMENT_DAYS, NeedsAssessment, needsAssessmentOf } from './needs-assessment';
import { Person } from './person.entity';

export const OverdueNeedsAssessmentConnection = ConnectionType(
  Person,
  'A page of persons whose needs assessment is overdue.',
);

@Resolver(() => Person)
export class NeedResolver {
  @Query(() => OverdueNeedsAssessmentConnection, {
    description:
      'Persons whose assessment of special reception needs is overdue (no assessment more than 30 days after arrival, EU reception directive), longest overdue first.',
  })
  overdueNeedsAssessments(@Args() page: PageArgs, @Ctx() { em, today }: Context) {
    // Arrived on or before this day: the 30 days after arrival have passed.
    const arrivedBy = addDays(today, -NEEDS_ASSESSMENT_DAYS - 1);
    const qb = em.createQueryBuilder(Person, 'p').where({ needsAssessedOn: null, arrivedOn: { $lte: arrivedBy } });
    return keysetPage(
      qb,
      { column: 'p.arrived_on', valueOf: (p) => p.arrivedOn, direction: 'ASC', nullable: false },
      page,
    );
  }

  @FieldResolver(() => NeedsAssessment, {
    description: 'Whether the needs assessment is done, due or overdue (special-category data).',
  })
  needsAssessment(@Root() person: Person, @Ctx() { today }: Context): NeedsAssessment {
    return needsAssessmentOf(person, today);
  }

  @Mutation(() => NeedPayload, {
    description:
      'Records a need or vulnerability of a person (special-category data: only audiences granted it can run this).',
  })
  async recordNeed(
    @Arg('input', () => RecordNeedInput, { description: 'The person and the need.' }) input: RecordNeedInput,
    @Ctx() { em, today }: Context,
  ): Promise<NeedPayload> {
    return { need: await recordNeed(em, input, today) };
  }

  @Mutation(() => NeedPayload, { description: 'Ends a need that no longer holds.' })
  async endNeed(
    @Arg('input', () => EndNeedInput, { description: 'The need and the day it no longer holds.' }) input: EndNeedInput,
    @Ctx() { em }: Context,
  ): Promise<NeedPayload> {
    return { need: await endNeed(em, input) };
  }

  @Mutation(() => AssessNeedsPayload, {
    description: 'Records that the special reception needs of a person were assessed on a day.',
  })
  async assessNeeds(
    @Arg('input', () => AssessNeedsInput, { description: 'The person and the day of the assessment.' })
    input: AssessNeedsInput,
    @Ctx() { em, today }: Context,
  ): Promise<AssessNeedsPayload> {
    return { person: await assessNeeds(em, input, today) };
  }
}
