import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import { Household } from '../people/household.entity';
import { Stay } from './stay.entity';

@InputType({ description: 'Place a household into free beds of a communal site.' })
export class PlaceHouseholdInput {
  @Field(() => ID, { description: 'The household to place.' })
  householdId!: string;

  @Field(() => ID, { description: 'The communal site.' })
  siteId!: string;

  @Field(() => LocalDateResolver, { description: 'First night in the site.' })
  startsOn!: string;
}

@InputType({ description: 'Move a household from its current communal site to another one.' })
export class MoveHouseholdToSiteInput {
  @Field(() => ID, { description: 'The household to move.' })
  householdId!: string;

  @Field(() => ID, { description: 'The site to move to.' })
  siteId!: string;

  @Field(() => LocalDateResolver, { description: 'Day of the move: the last stays end, the new ones start.' })
  movesOn!: string;
}

@ObjectType({ description: 'Result of placing or moving a household: its new stays, one bed per member.' })
export class PlacementPayload {
  @Field(() => Household, { description: 'The household.' })
  household!: Household;

  @Field(() => [Stay], { description: 'The stays that start with this placement.' })
  stays!: Stay[];
}
