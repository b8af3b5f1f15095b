import { buildSchema, getOperationAST, parse, type GraphQLSchema } from 'graphql';
import { estimateCost } from '../../src/server/security/query-cost';
import type { ListSize } from '../../src/server/security/list-sizes';

/** The cost estimate behind QUERY_TOO_COMPLEX and PAGE_SIZE_TOO_LARGE, on a small schema of the same shape. */

const schema: GraphQLSchema = buildSchema(`
  type Query {
    households(first: Int! = 20, after: String): HouseholdConnection!
    node(id: ID!): Node
    nodes(ids: [ID!]!): [Node]!
  }
  interface Node { id: ID! }
  type HouseholdConnection { totalCount: Int! edges: [HouseholdEdge!]! nodes: [Household!]! }
  type HouseholdEdge { cursor: String! node: Household! }
  type Household implements Node { id: ID! reference: String! members: [Person!]! }
  type Person implements Node { id: ID! givenName: String! household: Household! languages: [String!]! }
`);

function cost(query: string, variables?: Record<string, unknown>) {
  const document = parse(query);
  return estimateCost(schema, document, getOperationAST(document)!, variables, { assumedListSize: 10 });
}

test('every field counts 1; a scalar list counts 1', () => {
  expect(cost('{ node(id: "x") { id ... on Person { givenName languages } } }').cost).toBe(4);
});

test('a connection multiplies its edges and nodes by first, not its totalCount', () => {
  // households 1 + totalCount 1 + nodes (1 + 5 × (id 1 + reference 1))
  expect(cost('{ households(first: 5) { totalCount nodes { id reference } } }').cost).toBe(1 + 1 + 1 + 5 * 2);
});

test('first defaults to the argument default (20), or comes from a variable or its default', () => {
  expect(cost('{ households { nodes { id } } }').cost).toBe(1 + 1 + 20);
  expect(cost('query ($n: Int!) { households(first: $n) { nodes { id } } }', { n: 7 }).cost).toBe(1 + 1 + 7);
  expect(cost('query ($n: Int! = 3) { households(first: $n) { nodes { id } } }').cost).toBe(1 + 1 + 3);
  expect(cost('query ($n: Int! = 3) { households(first: $n) { nodes { id } } }').pages).toEqual([
    { path: 'households', first: 3 },
  ]);
});

test('nested lists multiply: first × assumed list size × …', () => {
  // households 1 + nodes (1 + 100 × members (1 + 10 × household (1 + members (1 + 10 × id 1))))
  const query = '{ households(first: 100) { nodes { members { household { members { id } } } } } }';
  expect(cost(query).cost).toBe(1 + 1 + 100 * (1 + 10 * (1 + 1 + 10 * 1)));
});

test('nodes(ids:) counts as many items as ids', () => {
  expect(cost('{ nodes(ids: ["a", "b", "c"]) { id } }').cost).toBe(1 + 3);
});

test('repeated fields are merged as in execution; aliases are not', () => {
  expect(cost('{ households { totalCount totalCount totalCount } }').cost).toBe(2);
  expect(cost('{ a: households { totalCount } b: households { totalCount } }').cost).toBe(4);
  expect(cost('{ households(first: 2) { nodes { id } nodes { reference } } }').cost).toBe(1 + 1 + 2 * 2);
});

test('@skip and @include are honoured', () => {
  expect(cost('{ households { totalCount nodes @skip(if: true) { id } } }').cost).toBe(2);
  expect(
    cost('query ($all: Boolean!) { households { totalCount nodes @include(if: $all) { id } } }', { all: false }).cost,
  ).toBe(2);
});

test('fragments are followed; pages are reported with their alias path', () => {
  const result = cost(`
    { big: households(first: 5000) { ...page } }
    fragment page on HouseholdConnection { nodes { id } }
  `);
  expect(result.cost).toBe(1 + 1 + 5000);
  expect(result.pages).toEqual([{ path: 'big', first: 5000 }]);
});

test('introspection costs nothing here (it is limited by depth)', () => {
  expect(cost('{ __schema { types { name fields { name } } } }').cost).toBe(0);
});

test('a fragment fan-out too large to walk is Infinity, not a hang', () => {
  const levels = 12;
  const fragments = Array.from(
    { length: levels },
    (_, i) =>
      `fragment F${i} on Person { household { members { ...F${i + 1} } } a${i}: household { members { ...F${i + 1} } } }`,
  ).join('\n');
  const query = `{ node(id: "x") { ...F0 } } ${fragments} fragment F${levels} on Person { id }`;
  const document = parse(query);
  const started = Date.now();
  const result = estimateCost(
    schema,
    document,
    getOperationAST(document)!,
    {},
    { assumedListSize: 10, maxVisits: 10_000 },
  );
  expect(result.cost).toBe(Infinity);
  expect(Date.now() - started).toBeLessThan(1000);
});

describe('declared list sizes (@listSize of the IBM cost specification)', () => {
  const sized = buildSchema(`
    type Query { run(limit: Int! = 5): Run! people: [Person!]! }
    type Run { chosen: [Person!]! rest: [Person!]! }
    type Person { id: ID! languages: [Language!]! }
    type Language { code: String! }
  `);
  const sizes: Record<string, ListSize> = {
    'Query.people': { assumedSize: 50 },
    'Person.languages': { assumedSize: 3 },
    'Query.run': { slicingArguments: ['limit'], sizedFields: ['chosen'] },
  };
  const costIn = (query: string) => {
    const document = parse(query);
    return estimateCost(
      sized,
      document,
      getOperationAST(document)!,
      {},
      {
        assumedListSize: 10,
        listSize: (type, field) => sizes[`${type}.${field}`],
      },
    ).cost;
  };

  test('a plain list counts its assumedSize instead of the default', () => {
    // people 1 + 50 × (id 1 + languages (1 + 3 × code 1))
    expect(costIn('{ people { id languages { code } } }')).toBe(1 + 50 * (1 + 1 + 3));
  });

  test('a slicing argument sizes the fields its declaration names; others keep the default', () => {
    expect(costIn('{ run(limit: 7) { chosen { id } rest { id } } }')).toBe(1 + (1 + 7) + (1 + 10));
    expect(costIn('{ run { chosen { id } } }')).toBe(1 + 1 + 5);
  });
});
