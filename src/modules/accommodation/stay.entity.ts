import { Check, Entity, Index, ManyToOne, Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import { NodeEntity } from '../../graph/relay/node';
import { Person } from '../people/person.entity';
import { Bed } from './bed.entity';

/**
 * A person in a bed for a date range [startsOn, endsOn). Exclusion constraints in the database refuse
 * two stays in one bed, or two stays of one person, that overlap (see the initial migration).
 */
@Entity({ tableName: 'stay' })
@Check({ name: 'stay_range_valid', expression: 'ends_on is null or ends_on > starts_on' })
@ObjectType({
  implements: NodeEntity,
  description:
    'A person in a bed for a date range. The database refuses overlapping stays in one bed or of one person.',
})
export class Stay extends NodeEntity {
  @ManyToOne(() => Person, { deleteRule: 'cascade' })
  @Index()
  person!: Person;

  @ManyToOne(() => Bed)
  @Index()
  bed!: Bed;

  @Property({ type: 'date' })
  @Field(() => LocalDateResolver, { description: 'First night in the bed.' })
  startsOn!: string;

  @Property({ type: 'date', nullable: true })
  @Field(() => LocalDateResolver, {
    nullable: true,
    description: 'Day the person left (exclusive end); null while they stay.',
  })
  endsOn?: string | null;
}
