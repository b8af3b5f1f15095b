import { Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import { ArrayMaxSize, IsOptional, Min } from 'class-validator';
import { BenefitRegime } from './people.enums';
import { SortDirection } from '../../graph/sort-direction';

@InputType({ description: 'Narrows a list of households; all given conditions must hold.' })
export class HouseholdFilter {
  @Field(() => ID, {
    nullable: true,
    description: 'Only households with a member currently staying at this communal site.',
  })
  siteId?: string;

  @Field(() => ID, {
    nullable: true,
    description:
      'Only households currently living in this district (area): in a communal site or a private flat there.',
  })
  districtId?: string;

  @Field(() => [BenefitRegime], { nullable: true, description: 'Only households paid under one of these regimes.' })
  @ArrayMaxSize(4)
  benefitRegimes?: BenefitRegime[];

  @Field({
    nullable: true,
    description: 'True: only households in communal accommodation; false: only those not in it.',
  })
  inCommunalAccommodation?: boolean;

  @Field(() => Int, {
    nullable: true,
    description: 'Only households in communal accommodation for at least this many days.',
  })
  @IsOptional()
  @Min(0)
  minDaysInCommunalAccommodation?: number;

  @Field(() => Int, {
    nullable: true,
    description: 'Only households in communal accommodation for at most this many days.',
  })
  @IsOptional()
  @Min(0)
  maxDaysInCommunalAccommodation?: number;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Only households that arrived on or after this day.' })
  arrivedFrom?: string;

  @Field(() => LocalDateResolver, {
    nullable: true,
    description: 'Only households that arrived on or before this day.',
  })
  arrivedUntil?: string;
}

export enum HouseholdSortField {
  REFERENCE = 'REFERENCE',
  ARRIVED_ON = 'ARRIVED_ON',
  COMMUNAL_SINCE = 'COMMUNAL_SINCE',
}
registerEnumType(HouseholdSortField, {
  name: 'HouseholdSortField',
  description: 'What households can be sorted by.',
  valuesConfig: {
    COMMUNAL_SINCE: {
      description:
        'Date of entering communal accommodation (ascending = longest there first); households not in it come last.',
    },
  },
});

@InputType({ description: 'Sort order of a household list; ties are broken by ID.' })
export class HouseholdOrder {
  @Field(() => HouseholdSortField, { description: 'Field to sort by.' })
  field!: HouseholdSortField;

  @Field(() => SortDirection, { defaultValue: SortDirection.ASC, description: 'Direction.' })
  direction!: SortDirection;
}
