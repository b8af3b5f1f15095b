import { Kind, parse, validate, type DocumentNode, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import { createSchema } from '../../src/server/schema';
import { loadExampleOperations, type ExampleOperation } from '../../src/server/ide/example-operations';
import { welcomeSource } from '../../src/server/ide/welcome';
import { startTestHub, type TestHub } from '../support/hub';

/**
 * The example operations in schema/operations are documentation that must keep working: a schema change
 * that breaks one fails here. Each is validated against the built schema and run against the real server.
 */

const examples = loadExampleOperations();
const exampleFiles = examples.map((e) => [e.file, e] as const);

/** Variables per file for the run on the empty database; the rest use their defaults. */
const runVariables: Record<string, Record<string, unknown>> = {
  // A well-formed global ID of a household that does not exist.
  'caseworker-household-detail.graphql': { id: Buffer.from('Household:999999').toString('base64url') },
};

function operationsOf(document: DocumentNode): OperationDefinitionNode[] {
  return document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
}

let schema: GraphQLSchema;
beforeAll(async () => {
  schema = await createSchema();
});

test('the audiences have their examples', () => {
  expect(examples.map((e) => e.file)).toEqual([
    'caseworker-household-detail.graphql',
    'caseworker-priority-queue.graphql',
    'frontend-apartment-offers.graphql',
    'frontend-household-list.graphql',
    'planner-site-overview.graphql',
    'volunteer-coordinator-volunteers.graphql',
  ]);
});

describe.each(exampleFiles)('%s', (_file, example: ExampleOperation) => {
  test('has a header saying for whom and what', () => {
    expect(example.source).toMatch(/^# For: \S/);
    expect(example.source).toMatch(/^# What: \S/m);
    expect(example.audience).not.toBe('');
  });

  test('holds exactly one named operation that is valid against the schema', () => {
    const document = parse(example.source);
    const operations = operationsOf(document);
    expect(operations).toHaveLength(1);
    expect(operations[0].name?.value).toMatch(/^[A-Z]\w+$/);
    expect(validate(schema, document).map((e) => e.message)).toEqual([]);
  });

  test('its example variables, if any, are JSON for declared variables', () => {
    if (example.variables === undefined) return;
    const declared =
      operationsOf(parse(example.source))[0].variableDefinitions?.map((v) => v.variable.name.value) ?? [];
    const variables = JSON.parse(example.variables) as Record<string, unknown>;
    for (const name of Object.keys(variables)) expect(declared).toContain(name);
  });
});

test('operation names are unique across the files', () => {
  const names = examples.map((e) => operationsOf(parse(e.source))[0].name?.value);
  expect(new Set(names).size).toBe(names.length);
});

test('the query of the welcome tab is valid too', () => {
  expect(validate(schema, parse(welcomeSource(examples))).map((e) => e.message)).toEqual([]);
});

describe('run against the real server on an empty database', () => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await startTestHub({ today: '2026-11-25' });
  });
  afterAll(() => hub.close());

  for (const { file, source } of examples) {
    // A known bug in the server, not in the example, runs as test.failing: it turns red once the bug is fixed.
    test(`${file} returns no errors`, async () => {
      const response = await hub.request(source, runVariables[file]);
      expect(response.errors).toBeUndefined();
      expect(response.data).toBeDefined();
    });
  }

  test('the household detail of a household that does not exist is null', async () => {
    const example = examples.find((e) => e.file === 'caseworker-household-detail.graphql')!;
    const data = await hub.data(example.source, runVariables['caseworker-household-detail.graphql']);
    expect(data).toEqual({ node: null });
  });

  test('lists are empty but well-formed', async () => {
    const example = examples.find((e) => e.file === 'frontend-household-list.graphql')!;
    const data = await hub.data(example.source);
    expect(data.households).toMatchObject({ totalCount: 0, edges: [], pageInfo: { hasNextPage: false } });
  });

  test('the welcome query runs', async () => {
    const data = await hub.data(welcomeSource(examples));
    expect(data).toEqual({ areas: [] });
  });
});
