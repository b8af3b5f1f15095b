import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import { Length, Max, Min } from 'class-validator';
import { ApartmentOffer } from './apartment-offer.entity';
import { Tenancy } from './tenancy.entity';
import { Household } from '../people/household.entity';

@InputType({ description: 'A flat a private landlord offers.' })
export class RecordApartmentOfferInput {
  @Field({ description: 'Name of the landlord.' })
  @Length(1, 200)
  landlordName!: string;

  @Field({ description: 'Street address.' })
  @Length(1, 300)
  address!: string;

  @Field(() => ID, { description: 'District (area of kind DISTRICT) the flat is in.' })
  districtId!: string;

  @Field(() => Float, { description: 'Living space in m² (10–400).' })
  @Min(10)
  @Max(400)
  livingSpaceSqm!: number;

  @Field(() => Int, { description: 'Rooms (1–12).' })
  @Min(1)
  @Max(12)
  rooms!: number;

  @Field(() => Float, { description: 'Gross cold rent in euros per month (1–10,000).' })
  @Min(1)
  @Max(10000)
  grossColdRent!: number;

  @Field({ description: 'Only tenants with a WBS may rent it.' })
  wbsRequired!: boolean;

  @Field({ description: 'Reachable without steps.' })
  stepFree!: boolean;

  @Field(() => LocalDateResolver, { description: 'First day it can be moved into.' })
  availableFrom!: string;
}

@ObjectType({ description: 'Result of recording an apartment offer.' })
export class RecordApartmentOfferPayload {
  @Field(() => ApartmentOffer, { description: 'The new, open offer.' })
  apartmentOffer!: ApartmentOffer;
}

@InputType({ description: 'A household moves from communal accommodation into an offered flat.' })
export class MoveIntoApartmentInput {
  @Field(() => ID, { description: 'The household moving.' })
  householdId!: string;

  @Field(() => ID, { description: 'The open apartment offer.' })
  apartmentOfferId!: string;

  @Field(() => LocalDateResolver, {
    description: 'Move-in date: the tenancy starts, the stays end, the beds are free.',
  })
  movesInOn!: string;
}

@ObjectType({ description: 'Result of a move into a flat.' })
export class MoveIntoApartmentPayload {
  @Field(() => Household, { description: 'The household, now privately housed.' })
  household!: Household;

  @Field(() => Tenancy, { description: 'The new tenancy.' })
  tenancy!: Tenancy;
}
