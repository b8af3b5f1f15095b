import { startTestHub, type As, type TestHub } from '../support/hub';
import { Builders } from '../support/builders';
import { walkQuery } from '../support/walk-query';
import { toGlobalId } from '../../src/graph/relay/global-id';
import { Purpose, Role } from '../../src/auth/roles';
import { grantFor } from '../../src/auth/policy';
import { audienceSchema } from '../../src/auth/audience-schema';
import { createSchema } from '../../src/server/schema';
import { CasePurpose } from '../../src/modules/providers/providers.enums';
import { NeedCategory } from '../../src/modules/people/people.enums';

const TODAY = '2026-11-25';
/** Marker values of special-category data: no restricted audience may ever receive them. */
const SECRETS = ['test-religion', 'test-reasons', 'test-diagnosis'];

let hub: TestHub;
let build: Builders;
const id = {} as Record<string, string>;
let caritas: As;

const HOUSEHOLDS = `{ households(first: 50) { totalCount nodes { id size members { id givenName } caseAssignments { provider { name } } } } }`;
const NODE = `query($id: ID!) { node(id: $id) { id } }`;

beforeAll(async () => {
  hub = await startTestHub({
    today: TODAY,
    security: {
      maxDepth: 30,
      maxTokens: 100000,
      maxCharacters: 1000000,
      maxCost: 1e12,
      maxAliases: 1000,
      rateLimitPerMinute: 0,
    },
  });
  build = new Builders(hub.orm);
  const city = await build.area('Osnabrück');
  const district = await build.area('Schinkel', city);
  const [a, b] = [await build.provider('Caritas'), await build.provider('Diakonie')];
  id.caritas = toGlobalId('Provider', a.id);
  caritas = { role: Role.PROVIDER_STAFF, org: id.caritas, purpose: Purpose.SOCIAL_COUNSELLING };
  const { beds } = await build.site(district, 12);

  // H1: Caritas holds an active social-work mandate; p1 consented, p2 did not.
  const h1 = await build.household(2, { communalSince: '2025-01-01' });
  await build.stay(h1.people[0], beds[0], '2025-01-01');
  await build.need(h1.people[0], NeedCategory.MENTAL_HEALTH, 'test-diagnosis');
  await build.mandate(a, h1.household, { purpose: CasePurpose.SOCIAL_WORK });
  await build.mandate(b, h1.household, { purpose: CasePurpose.SOCIAL_WORK });
  id.consent = toGlobalId('Consent', (await build.consent(h1.people[0], a, [CasePurpose.SOCIAL_WORK])).id);
  // H2: Caritas's mandate expired last month. H3: only Diakonie. H4: housing mandate with a legal basis.
  const h2 = await build.household(1);
  await build.mandate(a, h2.household, { until: '2026-10-31' });
  await build.consent(h2.people[0], a);
  const h3 = await build.household(1);
  await build.mandate(b, h3.household);
  const h4 = await build.household(2);
  await build.mandate(a, h4.household, { purpose: CasePurpose.HOUSING_SEARCH, legalBasis: '§ 69 Abs. 1 Nr. 1 SGB X' });
  // H5: accompanied by a volunteer.
  const h5 = await build.household(3);
  await build.volunteerAssignment(await build.volunteer(['ar']), h5.household);

  Object.assign(id, {
    h1: toGlobalId('Household', h1.household.id),
    p1: toGlobalId('Person', h1.people[0].id),
    p2: toGlobalId('Person', h1.people[1].id),
    h2: toGlobalId('Household', h2.household.id),
    h3: toGlobalId('Household', h3.household.id),
    h4: toGlobalId('Household', h4.household.id),
    h5: toGlobalId('Household', h5.household.id),
    mandateH1: toGlobalId(
      'CaseAssignment',
      (
        await build.em
          .getConnection()
          .execute('select id from case_assignment where household_id = ? and provider_id = ?', [h1.household.id, a.id])
      )[0].id,
    ),
  });
});
afterAll(() => hub.close());

describe('a partner organisation (provider staff)', () => {
  test('sees only households it holds an active mandate for, and only consenting members', async () => {
    const { households } = await hub.data(HOUSEHOLDS, {}, caritas);
    expect(households.totalCount).toBe(1);
    expect(households.nodes.map((h: any) => h.id)).toEqual([id.h1]);
    expect(households.nodes[0].size).toBe(2);
    expect(households.nodes[0].members.map((m: any) => m.id)).toEqual([id.p1]);
    // Another provider's assignment of the same household stays hidden.
    expect(households.nodes[0].caseAssignments).toEqual([{ provider: { name: 'Caritas' } }]);
  });

  test('a hidden row, a row of a hidden type and a row that does not exist all answer null alike', async () => {
    for (const target of [id.h2, id.h3, id.p2, toGlobalId('Household', 999999), toGlobalId('Need', 1)]) {
      const response = await hub.request(NODE, { id: target }, caritas);
      expect(response.errors).toBeUndefined();
      expect(response.data.node).toBeNull();
    }
    const { nodes } = await hub.data(
      `query($ids: [ID!]!) { nodes(ids: $ids) { id } }`,
      { ids: [id.h1, id.h2, id.h3] },
      caritas,
    );
    expect(nodes).toEqual([{ id: id.h1 }, null, null]);
  });

  test('cannot even ask for special-category fields', async () => {
    const response = await hub.request(
      `query($id: ID!) { node(id: $id) { ... on Person { religion } } }`,
      { id: id.p1 },
      caritas,
    );
    expect(response.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(JSON.stringify(response)).not.toContain('test-religion');
  });

  test('a legal transfer basis replaces consent, for the purpose of the mandate only', async () => {
    const housing = { ...caritas, purpose: Purpose.HOUSING_PLACEMENT };
    const { households } = await hub.data(HOUSEHOLDS, {}, housing);
    expect(households.nodes.map((h: any) => h.id)).toEqual([id.h4]);
    expect(households.nodes[0].members).toHaveLength(2);
  });
});

describe('access ends the moment consent is revoked or a mandate ends', () => {
  const caseworker: As = { role: Role.CASEWORKER };

  test('revoking the consent hides the person at once; ending the mandate hides the household', async () => {
    const before = await hub.data(`query($id: ID!) { node(id: $id) { id } }`, { id: id.p1 }, caritas);
    expect(before.node).toEqual({ id: id.p1 });

    await hub.data(
      `mutation($input: RevokeConsentInput!) { revokeConsent(input: $input) { consent { active } } }`,
      { input: { consentId: id.consent } },
      caseworker,
    );
    expect((await hub.data(NODE, { id: id.p1 }, caritas)).node).toBeNull();
    expect((await hub.data(HOUSEHOLDS, {}, caritas)).households.nodes[0].members).toEqual([]);

    await hub.data(
      `mutation($input: EndCaseAssignmentInput!) { endCaseAssignment(input: $input) { caseAssignment { active } } }`,
      { input: { caseAssignmentId: id.mandateH1 } },
      caseworker,
    );
    expect((await hub.data(HOUSEHOLDS, {}, caritas)).households).toMatchObject({ totalCount: 0, nodes: [] });
    expect((await hub.data(NODE, { id: id.h1 }, caritas)).node).toBeNull();
  });
});

describe('other audiences', () => {
  test('the volunteer coordinator sees the households volunteers accompany, with names and languages', async () => {
    const { households } = await hub.data(
      `{ households(first: 10) { nodes { id members { givenName languages { language } } } } }`,
      {},
      { role: Role.VOLUNTEER_COORDINATOR },
    );
    expect(households.nodes.map((h: any) => h.id)).toEqual([id.h5]);
  });

  test('the planner cannot ask for households at all, and a household ID answers null', async () => {
    const planner = { role: Role.PLANNER };
    expect((await hub.request(HOUSEHOLDS, {}, planner)).errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect((await hub.data(NODE, { id: id.h1 }, planner)).node).toBeNull();
    const { sites } = await hub.data(
      '{ sites(first: 5) { totalCount nodes { occupancy { beds occupied } } } }',
      {},
      planner,
    );
    expect(sites.nodes[0].occupancy).toEqual({ beds: 12, occupied: 1 });
  });

  test('the housing officer sees every household but no special category', async () => {
    const officer = { role: Role.HOUSING_OFFICER };
    expect((await hub.data('{ households(first: 10) { totalCount } }', {}, officer)).households.totalCount).toBe(5);
    expect(
      (await hub.request(`{ households(first: 1) { nodes { members { needs { category } } } } }`, {}, officer))
        .errors?.[0].extensions?.code,
    ).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});

describe('every edge as every audience', () => {
  // Provider staff act for Caritas, whose ID exists only once the data is built (see the test body).
  const audiences: As[] = [
    { role: Role.PROVIDER_STAFF, purpose: Purpose.SOCIAL_COUNSELLING },
    { role: Role.PROVIDER_STAFF, purpose: Purpose.HOUSING_PLACEMENT },
    { role: Role.VOLUNTEER_COORDINATOR },
    { role: Role.HOUSING_OFFICER },
    { role: Role.PLANNER },
    { role: Role.DATA_PROTECTION_OFFICER },
    { role: Role.CASEWORKER, purpose: Purpose.HOUSING_PLACEMENT },
  ];
  test.each(audiences.map((a) => [`${a.role} (${a.purpose ?? 'usual purpose'})`, a] as const))(
    'walking every field to depth 4 as %s returns no special-category data and no hidden household',
    async (_name, as) => {
      const viewer = as.role === Role.PROVIDER_STAFF ? { ...as, org: id.caritas } : as;
      const schema = audienceSchema(
        await createSchema(),
        grantFor(viewer.role, viewer.purpose ?? defaultPurpose(viewer.role))!,
      );
      const response = await hub.request(walkQuery(schema, 4), {}, viewer);
      expect(response.errors).toBeUndefined();
      const text = JSON.stringify(response.data);
      for (const secret of SECRETS) expect(text).not.toContain(secret);
      if (viewer.role === Role.PROVIDER_STAFF)
        for (const hidden of [id.h2, id.h3, id.p2]) expect(text).not.toContain(hidden);
    },
  );

  test('the caseworker in case management does see the special categories (the walk reaches them)', async () => {
    const schema = audienceSchema(await createSchema(), grantFor(Role.CASEWORKER, Purpose.CASE_MANAGEMENT)!);
    const response = await hub.request(walkQuery(schema, 4), {}, { role: Role.CASEWORKER });
    expect(response.errors).toBeUndefined();
    expect(JSON.stringify(response.data)).toContain('test-diagnosis');
  });
});

function defaultPurpose(role: Role): Purpose {
  return (
    {
      [Role.ADMINISTRATOR]: Purpose.ADMINISTRATION,
      [Role.CASEWORKER]: Purpose.CASE_MANAGEMENT,
      [Role.PROVIDER_STAFF]: Purpose.SOCIAL_COUNSELLING,
      [Role.VOLUNTEER_COORDINATOR]: Purpose.VOLUNTEER_COORDINATION,
      [Role.HOUSING_OFFICER]: Purpose.HOUSING_PLACEMENT,
      [Role.PLANNER]: Purpose.PLANNING,
      [Role.DATA_PROTECTION_OFFICER]: Purpose.DATA_PROTECTION_AUDIT,
    } as const
  )[role];
}
