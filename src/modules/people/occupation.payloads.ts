import { Field, ObjectType } from 'type-graphql';
import { Occupation } from './occupation.entity';

@ObjectType({ description: 'Result of recording or ending an occupation.' })
export class OccupationPayload {
  @Field(() => Occupation, { description: 'The occupation as now recorded.' })
  occupation!: Occupation;
}
