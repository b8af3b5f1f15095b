import { Arg, Ctx, ID, Info, Query, Resolver } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { getMetadataStorage } from 'type-graphql';
import type { Context } from '../../auth/context';
import { fromGlobalId } from '../../graph/relay/global-id';
import { NodeEntity } from '../../graph/relay/node';
import { entities } from '../entities';
import { ErrorCode, userError } from '../../graph/errors';

/** Entities that are graph types, by GraphQL type name (= class name). */
function graphEntitiesByName(): Map<string, typeof NodeEntity> {
  const objectTypes = new Set(getMetadataStorage().objectTypes.map((t) => t.target));
  return new Map(entities.filter((e) => objectTypes.has(e)).map((e) => [e.name, e as unknown as typeof NodeEntity]));
}

const MAX_NODES = 100;

@Resolver()
export class NodeResolver {
  private readonly byName = graphEntitiesByName();

  @Query(() => NodeEntity, {
    nullable: true,
    description: 'Fetches any object by its global ID; null when it does not exist.',
  })
  node(
    @Arg('id', () => ID, { description: 'A global ID.' }) id: string,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<NodeEntity | null> {
    return this.load(id, ctx, info);
  }

  @Query(() => [NodeEntity], {
    nullable: 'items',
    description: 'Fetches objects by global IDs, in the same order; null where one does not exist.',
  })
  nodes(
    @Arg('ids', () => [ID], { description: `Global IDs (at most ${MAX_NODES}).` }) ids: string[],
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<(NodeEntity | null)[]> {
    if (ids.length > MAX_NODES) {
      throw userError(ErrorCode.BAD_USER_INPUT, `At most ${MAX_NODES} IDs can be fetched at once.`, 'ids');
    }
    return Promise.all(ids.map((id) => this.load(id, ctx, info)));
  }

  /**
   * A type missing from the viewer's schema, a row outside the viewer's rows and a row that does not
   * exist all answer null alike: nothing tells them apart.
   */
  private async load(globalId: string, { loaders }: Context, info: GraphQLResolveInfo): Promise<NodeEntity | null> {
    const decoded = fromGlobalId(globalId);
    const entity = decoded && this.byName.get(decoded.typeName);
    if (!decoded || !entity || !info.schema.getType(decoded.typeName)) return null;
    return (await loaders.byId(entity as never).load(decoded.id)) ?? null;
  }
}
