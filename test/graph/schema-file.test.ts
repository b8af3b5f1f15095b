import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { GraphQLObjectType, GraphQLInputObjectType, GraphQLInterfaceType, isIntrospectionType } from 'graphql';
import { createSchema, printSchemaSdl } from '../../src/server/schema';

const SCHEMA_FILE = resolve(__dirname, '../../schema/schema.graphql');

test('schema/schema.graphql is the schema the server builds (run `npm run schema` after changing the graph)', async () => {
  const committed = await readFile(SCHEMA_FILE, 'utf8');
  expect(committed).toBe(printSchemaSdl(await createSchema()));
});

test('every type, field and argument has a description', async () => {
  const schema = await createSchema();
  const missing: string[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (isIntrospectionType(type) || type.name.startsWith('__')) continue;
    if (!type.description && !['String', 'Int', 'Float', 'Boolean', 'ID'].includes(type.name)) missing.push(type.name);
    if (type instanceof GraphQLObjectType || type instanceof GraphQLInterfaceType || type instanceof GraphQLInputObjectType) {
      for (const field of Object.values(type.getFields())) {
        if (!field.description) missing.push(`${type.name}.${field.name}`);
        for (const arg of 'args' in field ? field.args : []) {
          if (!arg.description) missing.push(`${type.name}.${field.name}(${arg.name})`);
        }
      }
    }
  }
  expect(missing).toEqual([]);
});
