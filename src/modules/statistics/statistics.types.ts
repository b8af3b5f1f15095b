import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';

export enum StatisticsDimension {
  DISTRICT = 'DISTRICT',
  SITE = 'SITE',
  BENEFIT_REGIME = 'BENEFIT_REGIME',
}
registerEnumType(StatisticsDimension, {
  name: 'StatisticsDimension',
  description:
    'What households are counted by: the district they live in now, the communal site they live in now, or their benefit regime.',
});

/** Counts below this are suppressed, as in HMIS public reports. */
export const SUPPRESSION_THRESHOLD = 11;

@ObjectType({
  description: 'One group of an aggregate count. Small counts are suppressed so no one can be singled out.',
})
export class StatisticsGroup {
  @Field({ description: 'The group: a district or site name, or a benefit regime.' })
  key!: string;

  @Field(() => Int, {
    nullable: true,
    description: `Households in the group; null when fewer than ${SUPPRESSION_THRESHOLD} (suppressed).`,
  })
  households!: number | null;

  @Field(() => Int, {
    nullable: true,
    description: `People in those households; null when the household count is suppressed.`,
  })
  persons!: number | null;

  @Field({ description: 'True when the counts of this group are withheld because they are small.' })
  suppressed!: boolean;
}

@ObjectType({ description: 'Aggregate counts of households, for planning; never a list of people.' })
export class HouseholdStatistics {
  @Field(() => StatisticsDimension, { description: 'What the groups are.' })
  dimension!: StatisticsDimension;

  @Field(() => LocalDateResolver, { description: 'Day the counts refer to.' })
  asOf!: string;

  @Field(() => Int, { description: `Counts below this number are suppressed.` })
  suppressionThreshold!: number;

  @Field(() => [StatisticsGroup], { description: 'One entry per group, by key.' })
  groups!: StatisticsGroup[];
}
