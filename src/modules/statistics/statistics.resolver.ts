import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import type { Context } from '../../auth/context';
import { countHouseholds } from './statistics.store';
import { HouseholdStatistics, StatisticsDimension, SUPPRESSION_THRESHOLD } from './statistics.types';

@Resolver()
export class StatisticsResolver {
  @Query(() => HouseholdStatistics, {
    description: `Households and people counted by district, site or benefit regime. Groups of fewer than ${SUPPRESSION_THRESHOLD} households are suppressed.`,
  })
  async householdStatistics(
    @Arg('by', () => StatisticsDimension, { description: 'What to group by.' }) by: StatisticsDimension,
    @Arg('asOf', () => LocalDateResolver, { nullable: true, description: 'Day to count for; today when omitted.' })
    asOf: string | undefined,
    @Ctx() { em, today }: Context,
  ): Promise<HouseholdStatistics> {
    const day = asOf ?? today;
    return {
      dimension: by,
      asOf: day,
      suppressionThreshold: SUPPRESSION_THRESHOLD,
      groups: await countHouseholds(em, by, day),
    };
  }
}
