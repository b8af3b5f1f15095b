import { Arg, Ctx, Field, FieldResolver, Mutation, ObjectType, Resolver, Root } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import type { Context } from '../../server/context';
import { AssessNeedsInput, AssessNeedsPayload, EndNeedInput, NeedPayload, RecordNeedInput } from './need.inputs';
import { assessNeeds, endNeed, recordNeed } from './need.service';
import { needsAssessmentOf, type NeedsAssessmentState } from './needs-assessment';
import { Person } from './person.entity';

@ObjectType({
  description:
    'The assessment of special reception needs (EU reception directive 2013/33 Art. 22; 2024/1346 Art. 25): due within 30 days of arrival.',
})
export class NeedsAssessment implements NeedsAssessmentState {
  @Field(() => LocalDateResolver, {
    description: 'Last day of the 30 days after arrival (counted from the day after arrival).',
  })
  dueOn!: string;

  @Field(() => LocalDateResolver, {
    nullable: true,
    description: 'Day of the last assessment; null while none was made.',
  })
  assessedOn!: string | null;

  @Field({ description: 'True when no assessment was made and the 30 days have passed.' })
  overdue!: boolean;
}

@Resolver(() => Person)
export class NeedResolver {
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
