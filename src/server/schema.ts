import { buildSchema } from 'type-graphql';
import type { GraphQLSchema } from 'graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { resolvers } from './resolvers';

/** Builds the executable schema from the resolvers (code-first). Input is validated by class-validator. */
export function createSchema(): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers,
    validate: { forbidUnknownValues: false },
    emitSchemaFile: false,
  });
}

/** The SDL frontend teams code against, in a stable order so diffs show real changes only. */
export function printSchemaSdl(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
