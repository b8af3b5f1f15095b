import { Field, ID, InputType } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import { IsOptional, Length } from 'class-validator';
import { NeedCategory } from './people.enums';

@InputType({ description: 'A need or vulnerability of a person (special-category data, GDPR Art. 9/10).' })
export class RecordNeedInput {
  @Field(() => ID, { description: 'The person.' })
  personId!: string;

  @Field(() => NeedCategory, { description: 'Category of the need.' })
  category!: NeedCategory;

  @Field(() => String, {
    nullable: true,
    description:
      'What social work needs to know, as little as possible. Not allowed for CONFLICT: that flag carries no detail (it may touch criminal matters, GDPR Art. 10).',
  })
  @IsOptional()
  @Length(1, 2000)
  details?: string | null;

  @Field(() => LocalDateResolver, {
    nullable: true,
    description: 'Day the need was established; today when omitted, not in the future.',
  })
  recordedOn?: string | null;
}

@InputType({ description: 'A need that no longer holds (e.g. after a pregnancy).' })
export class EndNeedInput {
  @Field(() => ID, { description: 'The need.' })
  needId!: string;

  @Field(() => LocalDateResolver, {
    description: 'First day on which the need no longer holds; after the day it was recorded.',
  })
  endsOn!: string;
}

@InputType({
  description:
    'The assessment of special reception needs (EU reception directive 2013/33 Art. 22; 2024/1346 Art. 25 from 2026-06-12), due within 30 days of arrival. Record what was found with recordNeed.',
})
export class AssessNeedsInput {
  @Field(() => ID, { description: 'The person assessed.' })
  personId!: string;

  @Field(() => LocalDateResolver, { description: 'Day of the assessment; not before arrival, not in the future.' })
  assessedOn!: string;
}
