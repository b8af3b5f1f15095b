import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { GraphQLObjectType, GraphQLInputObjectType, GraphQLInterfaceType, isIntrospectionType } from 'graphql';
import { readdir } from 'node:fs/promises';
import { audienceSdls, createSchema, printSchemaSdl } from '../../src/server/schema';

const SCHEMA_FILE = resolve(__dirname, '../../schema/schema.graphql');

test('schema/schema.graphql is the schema the server builds (run `npm run schema` after changing the graph)', async () => {
  const committed = await readFile(SCHEMA_FILE, 'utf8');
  expect(committed).toBe(printSchemaSdl(await createSchema()));
});

test('schema/audiences/ holds what each audience sees (run `npm run schema` after changing the graph or the policy)', async () => {
  const expected = audienceSdls(await createSchema());
  const directory = resolve(__dirname, '../../schema/audiences');
  expect((await readdir(directory)).sort()).toEqual([...expected.keys()].sort());
  for (const [file, sdl] of expected)
    expect([file, await readFile(resolve(directory, file), 'utf8')]).toEqual([file, sdl]);
});

test('every type, field and argument has a description', async () => {
  const schema = await createSchema();
  const missing: string[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (isIntrospectionType(type) || type.name.startsWith('__')) continue;
    if (!type.description && !['String', 'Int', 'Float', 'Boolean', 'ID'].includes(type.name)) missing.push(type.name);
    if (
      type instanceof GraphQLObjectType ||
      type instanceof GraphQLInterfaceType ||
      type instanceof GraphQLInputObjectType
    ) {
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
