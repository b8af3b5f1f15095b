import { Field, ObjectType } from 'type-graphql';
import { Need } from './need.entity';
import { Person } from './person.entity';

@ObjectType({ description: 'Result of recording or ending a need.' })
export class NeedPayload {
  @Field(() => Need, { description: 'The need as now recorded.' })
  need!: Need;
}

@ObjectType({ description: 'Result of recording a needs assessment.' })
export class AssessNeedsPayload {
  @Field(() => Person, { description: 'The person assessed.' })
  person!: Person;
}
