import { buildSchema } from 'type-graphql';
import type { GraphQLSchema } from 'graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { resolvers } from './resolvers';

/** Builds the executable schema from the resolvers (code-first). Input is validated by class-validator. */
export async function createSchema(): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    resolvers,
    validate: { forbidUnknownValues: false },
    emitSchemaFile: false,
  });
  // type-graphql has no option for the root types' descriptions.
  schema.getQueryType()!.description =
    'Lotse: one graph over refugees and households, communal and private accommodation, providers, volunteers and the demographic profile.';
  schema.getMutationType()!.description = 'The workflows that change the graph; each mutation is one transaction.';
  return schema;
}

/** The SDL frontend teams code against, in a stable order so diffs show real changes only. */
export function printSchemaSdl(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
