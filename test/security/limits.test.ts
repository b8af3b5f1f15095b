import { getIntrospectionQuery } from 'graphql';
import { loadExampleOperations } from '../../src/server/ide/example-operations';
import { startTestHub, type TestHub } from '../support/hub';
import { codes, message, postJson, times } from './http';

/**
 * Every hostile query named in issue 4, item 8, sent to the real HTTP server with the default limits:
 * each is refused before it runs, with a clear message and a stable `extensions.code`. Ordinary
 * operations, the example operations and GraphiQL's introspection query are not.
 */

let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub({ today: '2026-11-25' });
});
afterAll(() => hub.close());

const post = (query: string, variables?: Record<string, unknown>) => postJson(hub, { query, variables });

describe('alias overloading', () => {
  test('100 aliases of a connection are refused by the alias limit', async () => {
    const response = await post(`{ ${times(100, (i) => `h${i}: households { totalCount }`)} }`);
    expect(response.status).toBe(400);
    expect(codes(response)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    expect(message(response)).toBe('Aliases limit of 30 exceeded, found 100.');
    expect(response.body.errors[0].extensions.limit).toBe('aliases');
    expect(response.body.data).toBeUndefined();
  });

  test('500 aliases of __typename are refused (already by the token limit)', async () => {
    const response = await post(`{ ${times(500, (i) => `a${i}: __typename`)} }`);
    expect(response.status).toBe(400);
    expect(codes(response)).toEqual(['GRAPHQL_PARSE_FAILED']);
    expect(message(response)).toMatch(/more th.. 1000 tokens/);
  });

  test('100 aliases of __typename are refused by the alias limit', async () => {
    const response = await post(`{ ${times(100, (i) => `a${i}: __typename`)} }`);
    expect(response.status).toBe(400);
    expect(message(response)).toBe('Aliases limit of 30 exceeded, found 100.');
  });

  test('30 aliases are allowed', async () => {
    const response = await post(`{ ${times(30, (i) => `h${i}: households(first: 1) { totalCount }`)} }`);
    expect(response.body.errors).toBeUndefined();
    expect(Object.keys(response.body.data)).toHaveLength(30);
  });
});

describe('field duplication', () => {
  test('the same field 1000 times is refused by the token limit', async () => {
    const response = await post(`{ households { ${times(1000, () => 'totalCount')} } }`);
    expect(response.status).toBe(400);
    expect(codes(response)).toEqual(['GRAPHQL_PARSE_FAILED']);
    expect(message(response)).toMatch(/Document contains more th.. 1000 tokens/);
  });

  test('the same field 300 times is merged: one value, the SQL of a single selection', async () => {
    const once = await hub.request('{ households { totalCount } }');
    const many = await hub.request(`{ households { ${times(300, () => 'totalCount')} } }`);
    expect(many.errors).toBeUndefined();
    expect(many.data).toEqual({ households: { totalCount: 0 } });
    expect(many.statements).toBe(once.statements);
  });
});

describe('deep recursion', () => {
  test('household → members → household … 20 levels deep is refused by the depth limit', async () => {
    let selection = 'id';
    for (let level = 0; level < 9; level++) selection = `members { household { ${selection} } }`;
    const query = `{ households { nodes { ${selection} } } }`;
    const response = await post(query);
    expect(response.status).toBe(400);
    expect(codes(response)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    expect(message(response)).toBe('Query depth limit of 12 exceeded, found 21.');
    expect(response.body.errors[0].extensions.limit).toBe('depth');
  });

  test('12 levels are allowed, and fragments do not count as a level', async () => {
    const id = Buffer.from('Household:999999').toString('base64url');
    const response = await post(`{
      node(id: "${id}") { ... on Household { members { household { members { household { members {
        ... on Person { currentStay { bed { unit { site { district { name } } } } } }
      } } } } } } }
    }`);
    expect(response.body.errors).toBeUndefined();
    expect(response.body.data).toEqual({ node: null });
  });
});

describe('directive overloading', () => {
  test('@include(if: true) 100 times on one field is refused, and validation stops after 10 errors', async () => {
    const response = await post(`{ __typename ${times(100, () => '@include(if: true)')} }`);
    expect(response.status).toBe(400);
    expect(message(response)).toBe('Directives limit of 50 exceeded, found 100.');
    expect(response.body.errors[0].extensions).toEqual({ code: 'GRAPHQL_VALIDATION_FAILED', limit: 'directives' });
    expect(response.body.errors.length).toBeLessThanOrEqual(11);
  });
});

describe('circular introspection', () => {
  test('__schema → types → fields → type → fields … is refused', async () => {
    const response = await post(
      '{ __schema { types { fields { type { fields { type { fields { type { name } } } } } } } } }',
    );
    expect(response.status).toBe(400);
    expect(codes(response)).toContain('GRAPHQL_VALIDATION_FAILED');
    expect(message(response)).toBe('Maximum introspection depth exceeded');
  });

  test('__type with 20 nested ofType is refused by depth', async () => {
    const response = await post(`{ __type(name: "Household") { ${'ofType { '.repeat(20)}name${' }'.repeat(20)} } }`);
    expect(response.status).toBe(400);
    expect(response.body.errors.map((e: { message: string }) => e.message)).toContain(
      'Introspection depth limit of 15 exceeded, found 22.',
    );
  });

  test('__schema → types → 20 nested ofType is refused by the introspection depth limit', async () => {
    const response = await post(`{ __schema { types { ${'ofType { '.repeat(20)}name${' }'.repeat(20)} } } }`);
    expect(response.status).toBe(400);
    expect(message(response)).toBe('Introspection depth limit of 15 exceeded, found 23.');
    expect(response.body.errors[0].extensions.limit).toBe('introspectionDepth');
  });

  test("GraphiQL's full introspection query still works in development", async () => {
    const query = getIntrospectionQuery({
      descriptions: true,
      inputValueDeprecation: true,
      specifiedByUrl: true,
      directiveIsRepeatable: true,
      schemaDescription: true,
    });
    const response = await post(query);
    expect(response.body.errors).toBeUndefined();
    expect(response.body.data.__schema.queryType.name).toBe('Query');
  });
});

describe('huge first:', () => {
  test('first: 100000 is refused before execution, naming the argument and the limit', async () => {
    const response = await hub.request('{ households(first: 100000) { nodes { id } } }');
    expect(response.statements).toBe(0);
    expect(response.errors).toEqual([
      {
        message:
          'The argument "first" of households is 100000; at most 1000 items fit on a page. Use "after" to fetch further pages.',
        extensions: { code: 'PAGE_SIZE_TOO_LARGE', field: 'first', path: 'households', maxPageSize: 1000 },
      },
    ]);
  });

  test('a huge first: in a variable is refused too', async () => {
    const response = await post('query ($n: Int!) { big: sites(first: $n) { totalCount } }', { n: 5000 });
    expect(response.status).toBe(400);
    expect(codes(response)).toEqual(['PAGE_SIZE_TOO_LARGE']);
    expect(message(response)).toMatch(/"first" of big is 5000; at most 1000/);
  });

  test('first: 1000 on a flat selection is allowed', async () => {
    const response = await post('{ households(first: 1000) { nodes { id reference size } } }');
    expect(response.body.errors).toBeUndefined();
  });

  test('a nested first: that multiplies beyond the budget is refused with cost and limit', async () => {
    // 1000 sites × 200 units (declared) × 20 beds × 20 stays (the default page) × person × id
    const response = await hub.request(
      '{ sites(first: 1000) { nodes { units { beds { stays { nodes { person { id } } } } } } } }',
    );
    expect(response.statements).toBe(0);
    expect(response.errors).toHaveLength(1);
    expect(response.errors![0].extensions).toEqual({ code: 'QUERY_TOO_COMPLEX', cost: 168201002, maxCost: 2000000 });
    expect(response.errors![0].message).toBe(
      'The operation is too complex: its estimated cost is 168,201,002, the limit is 2,000,000. Ask for smaller pages (first) or fewer nested lists.',
    );
  });

  test('connections under aliases add up', async () => {
    // Each alone costs 662,002 (1000 households × 20 members × 30 statuses, the declared sizes): within the budget.
    const page = (alias: string) =>
      `${alias}: households(first: 1000) { nodes { id members { id givenName legalStatuses { kind } } } }`;
    expect((await post(`{ ${page('a')} }`)).body.errors).toBeUndefined();
    const response = await post(`{ ${['a', 'b', 'c', 'd'].map(page).join(' ')} }`);
    expect(response.status).toBe(400);
    expect(codes(response)).toEqual(['QUERY_TOO_COMPLEX']);
  });
});

describe('token and character limits', () => {
  test('a document of more than 1000 tokens is refused before parsing completes', async () => {
    const response = await post(`{ ${times(1200, () => '__typename')} }`);
    expect(response.status).toBe(400);
    expect(codes(response)).toEqual(['GRAPHQL_PARSE_FAILED']);
    expect(message(response)).toMatch(/^Syntax Error: Document contains more th.. 1000 tokens\. Parsing aborted\.$/);
  });

  test('a document of more than 20,000 characters is refused before parsing', async () => {
    const response = await post(`# ${'x'.repeat(25000)}\n{ __typename }`);
    expect(response.status).toBe(413);
    expect(response.body).toEqual({
      errors: [
        {
          message: 'The document has 25017 characters; at most 20000 are accepted.',
          extensions: { code: 'QUERY_TOO_LARGE', maxCharacters: 20000 },
        },
      ],
    });
  });
});

describe('ordinary operations pass every limit', () => {
  const examples = loadExampleOperations();
  const variables: Record<string, Record<string, unknown>> = {
    'caseworker-household-detail.graphql': { id: Buffer.from('Household:999999').toString('base64url') },
  };

  test.each(examples.map((e) => [e.file, e.source] as const))('%s', async (file, source) => {
    const response = await post(source, variables[file]);
    expect(response.status).toBe(200);
    expect(response.body.errors).toBeUndefined();
  });

  const paged = examples.filter((e) => /\$first\b/.test(e.source));
  test.each(paged.map((e) => [e.file, e.source] as const))(
    '%s is within the budget at the largest page',
    async (_file, source) => {
      const response = await post(source, { first: 1000 });
      expect(response.status).toBe(200);
      expect(response.body.errors).toBeUndefined();
    },
  );

  test('the paged examples are the five lists', () => {
    expect(paged).toHaveLength(5);
  });
});
