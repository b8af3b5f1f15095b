/**
 * Needs, vulnerabilities and their assessment (issue 9, item 3) are special-category data: partners,
 * volunteer coordinators, housing officers, caseworkers placing households and planners reach them by
 * no path — not in their schema (fields, types, mutations, inputs), not over HTTP, not through node(id:).
 */
import { getNamedType, isInputObjectType, isInterfaceType, isObjectType, type GraphQLSchema } from 'graphql';
import { createSchema } from '../../src/server/schema';
import { audienceSchema } from '../../src/auth/audience-schema';
import { grantFor } from '../../src/auth/policy';
import { Purpose, Role } from '../../src/auth/roles';
import { CasePurpose } from '../../src/modules/providers/providers.enums';
import { toGlobalId } from '../../src/graph/relay/global-id';
import { startTestHub, type As, type TestHub } from '../support/hub';
import { Builders } from '../support/builders';

const RESTRICTED: [Role, Purpose][] = [
  [Role.PROVIDER_STAFF, Purpose.SOCIAL_COUNSELLING],
  [Role.PROVIDER_STAFF, Purpose.HOUSING_PLACEMENT],
  [Role.VOLUNTEER_COORDINATOR, Purpose.VOLUNTEER_COORDINATION],
  [Role.HOUSING_OFFICER, Purpose.HOUSING_PLACEMENT],
  [Role.CASEWORKER, Purpose.HOUSING_PLACEMENT],
  [Role.PLANNER, Purpose.PLANNING],
];
const SPECIAL_TYPES = [
  'Need',
  'NeedsAssessment',
  'RecordNeedInput',
  'EndNeedInput',
  'AssessNeedsInput',
  'NeedPayload',
  'AssessNeedsPayload',
];
const SPECIAL_FIELDS = [
  'Person.needs',
  'Person.needsAssessment',
  'Person.needsAssessedOn',
  'Query.overdueNeedsAssessments',
  'Mutation.recordNeed',
  'Mutation.endNeed',
  'Mutation.assessNeeds',
];

/** Every type reachable from the roots through output fields, arguments and input fields. */
function reachable(schema: GraphQLSchema): Set<string> {
  const seen = new Set<string>();
  const visit = (name: string) => {
    if (seen.has(name)) return;
    seen.add(name);
    const type = schema.getType(name);
    if (type && (isObjectType(type) || isInterfaceType(type))) {
      for (const field of Object.values(type.getFields())) {
        visit(getNamedType(field.type).name);
        field.args.forEach((a) => visit(getNamedType(a.type).name));
      }
      if (isInterfaceType(type)) schema.getPossibleTypes(type).forEach((t) => visit(t.name));
    }
    if (type && isInputObjectType(type))
      for (const field of Object.values(type.getFields())) visit(getNamedType(field.type).name);
  };
  for (const root of [schema.getQueryType(), schema.getMutationType()]) if (root) visit(root.name);
  return seen;
}

function hasField(schema: GraphQLSchema, path: string): boolean {
  const [typeName, field] = path.split('.');
  const type = schema.getType(typeName);
  return Boolean(type && (isObjectType(type) || isInterfaceType(type)) && type.getFields()[field]);
}

describe('in the audience schemas', () => {
  let full: GraphQLSchema;
  beforeAll(async () => {
    full = await createSchema();
  });

  test.each(RESTRICTED)('%s (%s) reaches no need, assessment or their mutations', (role, purpose) => {
    const schema = audienceSchema(full, grantFor(role, purpose)!);
    const types = reachable(schema);
    expect(SPECIAL_TYPES.filter((t) => types.has(t))).toEqual([]);
    expect(SPECIAL_FIELDS.filter((f) => hasField(schema, f))).toEqual([]);
  });

  test('the case-management caseworker has them all', () => {
    const schema = audienceSchema(full, grantFor(Role.CASEWORKER, Purpose.CASE_MANAGEMENT)!);
    expect(SPECIAL_FIELDS.filter((f) => !hasField(schema, f))).toEqual([]);
  });
});

describe('over HTTP', () => {
  let hub: TestHub;
  const id: Record<string, string> = {};
  const audiences: Record<string, As> = {};

  beforeAll(async () => {
    hub = await startTestHub({ today: '2026-11-25' });
    const build = new Builders(hub.orm);
    const provider = await build.provider('Caritas');
    const { household, people } = await build.household(1, { arrivedOn: '2026-10-01' });
    // The partner holds a mandate and the person's consent, the volunteer coordinator accompanies the household.
    await build.caseAssignment(provider, household, '2026-01-01', '2027-12-31', CasePurpose.SOCIAL_WORK);
    await build.consent(people[0], provider);
    const { recordNeed } = await hub.data(
      `mutation($input: RecordNeedInput!) { recordNeed(input: $input) { need { id } } }`,
      { input: { personId: toGlobalId('Person', people[0].id), category: 'PTSD', details: 'diagnosed 2026' } },
      { role: Role.CASEWORKER, purpose: Purpose.CASE_MANAGEMENT },
    );
    Object.assign(id, { person: toGlobalId('Person', people[0].id), need: recordNeed.need.id });
    for (const [role, purpose] of RESTRICTED)
      audiences[`${role}/${purpose}`] = { role, purpose, org: toGlobalId('Provider', provider.id) };
  });
  afterAll(() => hub.close());

  test('the partner sees the person at all (so the refusals below are about the data, not the row)', async () => {
    const { node } = await hub.data(
      `query($id: ID!) { node(id: $id) { id } }`,
      { id: id.person },
      audiences['PROVIDER_STAFF/SOCIAL_COUNSELLING'],
    );
    expect(node).toEqual({ id: id.person });
  });

  test.each(RESTRICTED)('%s (%s) can neither read nor write them', async (role, purpose) => {
    const as = audiences[`${role}/${purpose}`];
    const attempts = [
      [`query($id: ID!) { node(id: $id) { ... on Person { needs { category details } } } }`, { id: id.person }],
      [`query($id: ID!) { node(id: $id) { ... on Person { needsAssessment { overdue } } } }`, { id: id.person }],
      [`query($id: ID!) { node(id: $id) { ... on Need { category details } } }`, { id: id.need }],
      [`{ overdueNeedsAssessments(first: 10) { nodes { id } } }`, {}],
      [
        `mutation($input: RecordNeedInput!) { recordNeed(input: $input) { need { id } } }`,
        { input: { personId: id.person, category: 'LGBTI' } },
      ],
      [
        `mutation($input: EndNeedInput!) { endNeed(input: $input) { need { id } } }`,
        { input: { needId: id.need, endsOn: '2026-12-01' } },
      ],
      [
        `mutation($input: AssessNeedsInput!) { assessNeeds(input: $input) { person { id } } }`,
        { input: { personId: id.person, assessedOn: '2026-11-20' } },
      ],
    ] as const;
    for (const [query, variables] of attempts) {
      const response = await hub.request(query, variables, as);
      expect(response.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(JSON.stringify(response)).not.toMatch(/PTSD|diagnosed/);
    }
    // Asking for the need by its ID reveals nothing, not even its existence.
    const node = await hub.request(`query($id: ID!) { node(id: $id) { id __typename } }`, { id: id.need }, as);
    expect(node.errors ?? null).toBeNull();
    expect(node.data.node).toBeNull();
    const [{ n }] = await hub.orm.em.getConnection().execute<{ n: number }[]>(`select count(*)::int as n from need`);
    expect(n).toBe(1);
  });
});
