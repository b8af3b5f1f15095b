import { startTestHub, type TestHub } from '../support/hub';
import { codes, message, postJson } from './http';

/** NODE_ENV=production: no introspection, no "Did you mean …?"; and limits follow the configuration. */

describe('in production', () => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await startTestHub({ security: { production: true } });
  });
  afterAll(() => hub.close());

  test('introspection is refused', async () => {
    const response = await postJson(hub, { query: '{ __schema { types { name } } }' });
    expect(response.status).toBe(400);
    expect(codes(response)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    expect(message(response)).toMatch(/introspection is not allowed/);
  });

  test('__type is refused too, __typename is not', async () => {
    expect(codes(await postJson(hub, { query: '{ __type(name: "Household") { name } }' }))).toEqual([
      'GRAPHQL_VALIDATION_FAILED',
    ]);
    expect((await postJson(hub, { query: '{ __typename }' })).body).toEqual({ data: { __typename: 'Query' } });
  });

  test('a misspelt field gets no suggestion', async () => {
    const response = await postJson(hub, { query: '{ househods { totalCount } }' });
    expect(response.status).toBe(400);
    expect(response.body.errors).toEqual([
      expect.objectContaining({
        message: 'Cannot query field "househods" on type "Query".',
        extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
      }),
    ]);
  });

  test('misspelt arguments, types and enum values (literal or variable) get no suggestion', async () => {
    const responses = await Promise.all([
      postJson(hub, { query: '{ households(frist: 1) { totalCount } }' }),
      postJson(hub, { query: 'query ($f: HouseholdFiltr) { households(filter: $f) { totalCount } }' }),
      postJson(hub, { query: '{ households(orderBy: { field: REFERENC, direction: ASC }) { totalCount } }' }),
      postJson(hub, {
        query: 'query ($o: HouseholdOrder) { households(orderBy: $o) { totalCount } }',
        variables: { o: { field: 'REFERENC', direction: 'ASC' } },
      }),
    ]);
    for (const response of responses) {
      expect(response.body.errors.length).toBeGreaterThan(0);
      expect(response.text).not.toMatch(/Did you mean/);
    }
    expect(message(responses[2])).toBe('Value "REFERENC" does not exist in "HouseholdSortField" enum.');
  });
});

describe('in development', () => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await startTestHub();
  });
  afterAll(() => hub.close());

  test('suggestions help', async () => {
    const response = await postJson(hub, { query: '{ househods { totalCount } }' });
    expect(message(response)).toBe('Cannot query field "househods" on type "Query". Did you mean "households"?');
  });
});

describe('configured limits', () => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await startTestHub({ security: { maxPageSize: 50, maxDepth: 4, maxCost: 100, maxAliases: 2 } });
  });
  afterAll(() => hub.close());

  test('MAX_PAGE_SIZE below the built-in maximum is effective', async () => {
    const response = await postJson(hub, { query: '{ households(first: 51) { totalCount } }' });
    expect(response.status).toBe(400);
    expect(codes(response)).toEqual(['PAGE_SIZE_TOO_LARGE']);
    expect(message(response)).toMatch(/"first" of households is 51; at most 50 items/);
    expect((await postJson(hub, { query: '{ households(first: 50) { totalCount } }' })).body.errors).toBeUndefined();
  });

  test('depth, cost and aliases follow the settings', async () => {
    expect(message(await postJson(hub, { query: '{ households { nodes { members { household { id } } } } }' }))).toBe(
      'Query depth limit of 4 exceeded, found 5.',
    );
    expect(codes(await postJson(hub, { query: '{ households(first: 40) { nodes { id reference size } } }' }))).toEqual([
      'QUERY_TOO_COMPLEX',
    ]);
    expect(message(await postJson(hub, { query: '{ a: __typename b: __typename c: __typename }' }))).toBe(
      'Aliases limit of 2 exceeded, found 3.',
    );
  });
});
