import { Field, Float, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import { IsOptional, Min } from 'class-validator';
import { SortDirection } from '../../graph/sort-direction';
import { OfferStatus } from './housing.enums';

@InputType({ description: 'Narrows a list of apartment offers; all given conditions must hold.' })
export class ApartmentOfferFilter {
  @Field(() => ID, { nullable: true, description: 'Only flats in this district (area).' })
  districtId?: string;

  @Field(() => [OfferStatus], { nullable: true, description: 'Only offers in one of these states (all when omitted).' })
  statuses?: OfferStatus[];

  @Field(() => Float, { nullable: true, description: 'Only flats with a gross cold rent of at most this many euros.' })
  @IsOptional()
  @Min(0)
  maxGrossColdRent?: number;

  @Field(() => Float, { nullable: true, description: 'Only flats of at least this many m².' })
  @IsOptional()
  @Min(0)
  minLivingSpaceSqm?: number;

  @Field(() => Float, { nullable: true, description: 'Only flats of at most this many m².' })
  @IsOptional()
  @Min(0)
  maxLivingSpaceSqm?: number;

  @Field(() => Int, { nullable: true, description: 'Only flats with at least this many rooms.' })
  @IsOptional()
  @Min(0)
  minRooms?: number;

  @Field({ nullable: true, description: 'True: only step-free flats.' })
  stepFree?: boolean;

  @Field({ nullable: true, description: 'Only flats that do (true) or do not (false) require a WBS.' })
  wbsRequired?: boolean;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Only flats available on or before this day.' })
  availableBy?: string;
}

export enum ApartmentOfferSortField {
  GROSS_COLD_RENT = 'GROSS_COLD_RENT',
  LIVING_SPACE = 'LIVING_SPACE',
  AVAILABLE_FROM = 'AVAILABLE_FROM',
}
registerEnumType(ApartmentOfferSortField, {
  name: 'ApartmentOfferSortField',
  description: 'What offers can be sorted by.',
});

@InputType({ description: 'Sort order of an offer list; ties are broken by ID.' })
export class ApartmentOfferOrder {
  @Field(() => ApartmentOfferSortField, { description: 'Field to sort by.' })
  field!: ApartmentOfferSortField;

  @Field(() => SortDirection, { defaultValue: SortDirection.ASC, description: 'Direction.' })
  direction!: SortDirection;
}
