import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import { IsOptional, Length, Max, Min } from 'class-validator';
import { OccupationKind } from './people.enums';

@InputType({
  description:
    'School attendance (Schulbesuch), a vocational-preparation measure (Berufsvorbereitung), vocational training (Ausbildung), study or a job of a person, for a date range.',
})
export class RecordOccupationInput {
  @Field(() => ID, { description: 'The person.' })
  personId!: string;

  @Field(() => OccupationKind, { description: 'What kind of occupation.' })
  kind!: OccupationKind;

  @Field({ description: 'Short description: the measure, training occupation, subject or employer.' })
  @Length(1, 200)
  description!: string;

  @Field(() => String, { nullable: true, description: 'The school attended; required for SCHOOL, only there.' })
  @IsOptional()
  @Length(1, 200)
  school?: string | null;

  @Field(() => Int, { nullable: true, description: 'School year (Klassenstufe, 1–13); SCHOOL only.' })
  @IsOptional()
  @Min(1)
  @Max(13)
  grade?: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Hours per week (1–60), as agreed in the contract; required for JOB.',
  })
  @IsOptional()
  @Min(1)
  @Max(60)
  hoursPerWeek?: number | null;

  @Field(() => Float, {
    nullable: true,
    description:
      'Gross monthly income in euros (0–100,000); required for JOB, allowed for training and measures (Ausbildungsvergütung). Feeds the WBS income test and the § 12a exemption.',
  })
  @IsOptional()
  @Min(0)
  @Max(100_000)
  grossMonthlyIncome?: number | null;

  @Field(() => Float, { nullable: true, description: 'Net monthly income in euros; not above the gross income.' })
  @IsOptional()
  @Min(0)
  @Max(100_000)
  netMonthlyIncome?: number | null;

  @Field(() => LocalDateResolver, { description: 'First day.' })
  startsOn!: string;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Last day, if known; omitted while it goes on.' })
  endsOn?: string | null;
}

@InputType({ description: 'Ends an occupation: its last day.' })
export class EndOccupationInput {
  @Field(() => ID, { description: 'The occupation.' })
  occupationId!: string;

  @Field(() => LocalDateResolver, { description: 'Last day; not before it started, not after its recorded end.' })
  endsOn!: string;
}
