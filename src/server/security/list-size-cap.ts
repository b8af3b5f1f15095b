import { defaultFieldResolver, GraphQLError, isObjectType, responsePathAsArray, type GraphQLSchema } from 'graphql';
import { SecurityErrorCode } from './error-codes';
import { listSizeOf } from './list-sizes';

/**
 * Caps every plain list at its declared size (list-sizes.ts), so that no list is longer than the cost
 * estimate assumed: a longer one answers LIST_TOO_LONG for that field (null, with the error at its path)
 * instead of its items. Wraps only the declared fields' resolvers; every other field runs as built.
 */
export function capListSizes(schema: GraphQLSchema): void {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const maxItems = listSizeOf(type.name, field.name)?.assumedSize;
      if (maxItems === undefined) continue;
      const resolve = field.resolve ?? defaultFieldResolver;
      field.resolve = async (source, args, context, info) => {
        const result: unknown = await resolve(source, args, context, info);
        if (Array.isArray(result) && result.length > maxItems) {
          const path = responsePathAsArray(info.path).join('.');
          throw new GraphQLError(
            `${type.name}.${field.name} holds ${result.length} items, more than the ${maxItems} it is declared to hold at most.`,
            { extensions: { code: SecurityErrorCode.LIST_TOO_LONG, path, maxItems } },
          );
        }
        return result;
      };
    }
  }
}
