import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import { Length } from 'class-validator';
import { VolunteerAssignment } from './volunteer-assignment.entity';

@InputType({
  description: 'A volunteer accompanies a household or helps at an appointment; name exactly one of the two.',
})
export class AssignVolunteerInput {
  @Field(() => ID, { description: 'The volunteer.' })
  volunteerId!: string;

  @Field(() => ID, { nullable: true, description: 'The household to accompany.' })
  householdId?: string;

  @Field(() => ID, { nullable: true, description: 'The appointment to help at.' })
  appointmentId?: string;

  @Field({ description: 'What the volunteer does, e.g. "Dolmetschen".' })
  @Length(1, 300)
  task!: string;

  @Field(() => LocalDateResolver, { description: 'First day.' })
  startsOn!: string;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Last day, if known.' })
  endsOn?: string;
}

@ObjectType({ description: 'Result of assigning a volunteer.' })
export class AssignVolunteerPayload {
  @Field(() => VolunteerAssignment, { description: 'The new assignment.' })
  volunteerAssignment!: VolunteerAssignment;
}
