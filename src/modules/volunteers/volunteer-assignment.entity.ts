import { Check, Entity, Index, ManyToOne, Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import { NodeEntity } from '../../graph/relay/node';
import { Household } from '../people/household.entity';
import { Appointment } from '../appointments/appointment.entity';
import { Volunteer } from './volunteer.entity';

/** A volunteer accompanies a household, or helps at one appointment (e.g. as interpreter). */
@Entity({ tableName: 'volunteer_assignment' })
@Check({ name: 'volunteer_assignment_target', expression: 'household_id is not null or appointment_id is not null' })
@ObjectType({
  implements: NodeEntity,
  description: 'A volunteer accompanies a household, or helps at one appointment (for example as interpreter).',
})
export class VolunteerAssignment extends NodeEntity {
  @ManyToOne(() => Volunteer, { deleteRule: 'cascade' })
  @Index()
  volunteer!: Volunteer;

  @ManyToOne(() => Household, { nullable: true, deleteRule: 'cascade' })
  @Index()
  household?: Household | null;

  @ManyToOne(() => Appointment, { nullable: true, deleteRule: 'cascade' })
  @Index()
  appointment?: Appointment | null;

  @Property({ type: 'text' })
  @Field({ description: 'What the volunteer does, e.g. "Begleitung zur Ausländerbehörde", "Dolmetschen".' })
  task!: string;

  @Property({ type: 'date' })
  @Field(() => LocalDateResolver, { description: 'First day.' })
  startsOn!: string;

  @Property({ type: 'date', nullable: true })
  @Field(() => LocalDateResolver, { nullable: true, description: 'Last day; null while it goes on.' })
  endsOn?: string | null;
}
