import { Entity, Enum, Index, ManyToOne, Property } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import { NodeEntity } from '../../graph/relay/node';
import { Person } from './person.entity';
import { OccupationKind } from './people.enums';

/** School attendance, a vocational measure, training, study or a job, for a date range. */
@Entity({ tableName: 'occupation' })
@ObjectType({
  implements: NodeEntity,
  description: 'School attendance, a vocational measure, training, study or a job.',
})
export class Occupation extends NodeEntity {
  @ManyToOne(() => Person, { deleteRule: 'cascade' })
  @Index()
  person!: Person;

  @Enum({ items: () => OccupationKind })
  @Field(() => OccupationKind, { description: 'What kind of occupation this is.' })
  kind!: OccupationKind;

  @Property({ type: 'text' })
  @Field({ description: 'Short description, e.g. the school, measure or employer.' })
  description!: string;

  @Property({ type: 'smallint', nullable: true })
  @Field(() => Int, { nullable: true, description: 'Hours per week (jobs and measures).' })
  hoursPerWeek?: number | null;

  /** Gross monthly income in cents (jobs, training allowance); exposed as `monthlyIncome` in euros. */
  @Property({ type: 'integer', nullable: true })
  monthlyIncomeCents?: number | null;

  /** Net monthly income in cents; exposed as `netMonthlyIncome` in euros. */
  @Property({ type: 'integer', nullable: true })
  netMonthlyIncomeCents?: number | null;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, {
    nullable: true,
    description: 'The school attended (school attendance only), e.g. "IGS Osnabrück".',
  })
  school?: string | null;

  @Property({ type: 'smallint', nullable: true })
  @Field(() => Int, {
    nullable: true,
    description: 'School year (Klassenstufe, 1–13) attended (school attendance only).',
  })
  grade?: number | null;

  @Property({ type: 'date' })
  @Field(() => LocalDateResolver, { description: 'First day.' })
  startsOn!: string;

  @Property({ type: 'date', nullable: true })
  @Field(() => LocalDateResolver, { nullable: true, description: 'Last day; null while it goes on.' })
  endsOn?: string | null;
}
