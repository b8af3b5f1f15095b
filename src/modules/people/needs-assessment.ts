import { Field, ObjectType } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import { addDays } from '../../domain';
import type { Person } from './person.entity';

/**
 * EU reception directive (2013/33 Art. 22, 2024/1346 Art. 25): special reception needs are assessed within
 * 30 days. Counted as § 187 Abs. 1 BGB counts: from the day after arrival, so the last day is arrival + 30.
 */
export const NEEDS_ASSESSMENT_DAYS = 30;

@ObjectType({
  description:
    'The assessment of special reception needs (EU reception directive 2013/33 Art. 22; 2024/1346 Art. 25): due within 30 days of arrival.',
})
export class NeedsAssessment {
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

/** Whether the assessment of a person is done, due or overdue on `today`. */
export function needsAssessmentOf(person: Person, today: string): NeedsAssessment {
  const dueOn = addDays(person.arrivedOn, NEEDS_ASSESSMENT_DAYS);
  const assessedOn = person.needsAssessedOn ?? null;
  return { dueOn, assessedOn, overdue: assessedOn === null && today > dueOn };
}
