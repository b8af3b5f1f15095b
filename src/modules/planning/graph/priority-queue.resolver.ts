import { Arg, Args, Ctx, Query, Resolver } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import type { Context } from '../../../auth/context';
import { PageArgs } from '../../../graph/relay/connection';
import { openCursor, sealCursor } from '../../../graph/relay/cursor';
import { Household } from '../../people/household.entity';
import { tierLevel } from '../../../domain';
import { catalogueFor, queueOf } from '../planning.service';
import { PriorityQueueConnectionType } from './priority-queue.types';

/**
 * Cursor = the household's database id and rank, sealed (src/graph/relay/cursor.ts). The queue is
 * re-ranked on each request, so a page continues after that household where it now stands, or after the
 * rank when it left the queue.
 */
const CURSOR_SCOPE = 'PriorityQueue';
const isQueuePosition = (value: unknown): value is [number, number] =>
  Array.isArray(value) && value.length === 2 && value.every((v) => Number.isSafeInteger(v) && v > 0);

@Resolver()
export class PriorityQueueResolver {
  @Query(() => PriorityQueueConnectionType, {
    description:
      'The queue of households in communal accommodation, ranked by the criteria catalogue in force on `asOf`. Every request ranks the whole queue (loading included); pages are cut from that ranking.',
  })
  async priorityQueue(
    @Args() page: PageArgs,
    @Arg('asOf', () => LocalDateResolver, {
      nullable: true,
      description: 'The day the queue is ranked as of; today when omitted.',
    })
    asOf: string | undefined,
    @Ctx() ctx: Context,
  ): Promise<PriorityQueueConnectionType> {
    const day = asOf ?? ctx.today;
    const { ranking, householdIds } = await queueOf(ctx, day);
    let start = 0;
    if (page.after != null) {
      const [rank, householdId] = openCursor(CURSOR_SCOPE, page.after, isQueuePosition);
      const index = householdIds.indexOf(householdId);
      start = index >= 0 ? index + 1 : Math.min(rank, householdIds.length);
    }
    const entries = ranking.entries.slice(start, start + page.first);
    const ids = Array.from(householdIds.subarray(start, start + entries.length));
    const households = await ctx.loaders.byId(Household).loadMany(ids);
    const { catalogue: inForce } = await catalogueFor(ctx, day);
    const tierOf = new Map(
      [...inForce.tiers]
        .sort((a, b) => b.minScore - a.minScore)
        .map((t, i) => [t.id, { id: t.id, label: t.label, level: tierLevel(i) }]),
    );
    const edges = entries.map((e, i) => ({
      cursor: sealCursor(CURSOR_SCOPE, [e.rank, ids[i]]),
      rank: e.rank,
      score: e.score,
      tier: tierOf.get(e.tierId)!,
      node: households[i] as Household,
    }));
    return {
      asOf: day,
      catalogue: ranking.catalogue,
      edges,
      pageInfo: {
        hasNextPage: start + entries.length < householdIds.length,
        hasPreviousPage: Boolean(page.after),
        startCursor: edges[0]?.cursor ?? null,
        endCursor: edges[edges.length - 1]?.cursor ?? null,
      },
      totalCount: householdIds.length,
    };
  }
}
