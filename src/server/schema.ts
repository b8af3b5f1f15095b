import { buildSchema } from 'type-graphql';
import type { GraphQLSchema } from 'graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { resolvers } from './resolvers';
import { inputHygiene } from './input-hygiene';
import { loadConfig } from '../config';
import { audienceSchema } from '../auth/audience-schema';
import { grantFor, purposesOf } from '../auth/policy';
import { Role } from '../auth/roles';
import { capListSizes } from './security/list-size-cap';
import { stopWhenAborted } from './security/execution-budget';

/** Builds the executable schema from the resolvers (code-first). Input is validated by class-validator. */
export async function createSchema(): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    resolvers,
    validate: { forbidUnknownValues: false },
    globalMiddlewares: [inputHygiene({ moveHorizonDays: loadConfig().MOVE_HORIZON_DAYS })],
    emitSchemaFile: false,
  });
  // type-graphql has no option for the root types' descriptions.
  schema.getQueryType()!.description =
    'Lotse: one graph over refugees and households, communal and private accommodation, providers, volunteers and the demographic profile.';
  schema.getMutationType()!.description = 'The workflows that change the graph; each mutation is one transaction.';
  capListSizes(schema);
  stopWhenAborted(schema);
  return schema;
}

/** The SDL frontend teams code against, in a stable order so diffs show real changes only. */
export function printSchemaSdl(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}

/** The SDL each audience (role × purpose) sees, by file name `<role>.<purpose>.graphql`. */
export function audienceSdls(full: GraphQLSchema): Map<string, string> {
  const files = new Map<string, string>();
  for (const role of Object.values(Role)) {
    for (const purpose of purposesOf(role)) {
      const name = `${role.toLowerCase()}.${purpose.toLowerCase()}.graphql`;
      files.set(name, printSchemaSdl(audienceSchema(full, grantFor(role, purpose)!)));
    }
  }
  return files;
}
