import { startTestHub, type As, type TestHub } from '../support/hub';
import { Builders } from '../support/builders';
import { toGlobalId } from '../../src/graph/relay/global-id';
import { Purpose, Role } from '../../src/auth/roles';
import { CasePurpose } from '../../src/modules/providers/providers.enums';

let hub: TestHub;
let build: Builders;
const dpo: As = { role: Role.DATA_PROTECTION_OFFICER };
const AUDIT = `query($filter: AuditEventFilter) { auditEvents(first: 50, filter: $filter) { totalCount nodes {
  action actor role purpose operation entityType entityIds details before after } } }`;
let caritas: As;
let householdId: string;
let personId: string;
let siteId: string;

beforeAll(async () => {
  hub = await startTestHub({ today: '2026-11-25' });
  build = new Builders(hub.orm);
  const district = await build.area('Schinkel', await build.area('Osnabrück'));
  siteId = toGlobalId('Site', (await build.site(district, 4)).site.id);
  const provider = await build.provider('Caritas');
  caritas = {
    role: Role.PROVIDER_STAFF,
    org: toGlobalId('Provider', provider.id),
    purpose: Purpose.SOCIAL_COUNSELLING,
  };
  const { household, people } = await build.household(1);
  await build.mandate(provider, household, { purpose: CasePurpose.SOCIAL_WORK });
  await build.consent(people[0], provider);
  householdId = toGlobalId('Household', household.id);
  personId = toGlobalId('Person', people[0].id);
});
afterAll(() => hub.close());

test('every read of personal data by a partner is in the audit log: persons, categories, purpose, operation, actor', async () => {
  await hub.data(
    `query PartnerView { households(first: 5) { nodes { reference members { givenName phone languages { language } } } } }`,
    {},
    caritas,
  );
  const { auditEvents } = await hub.data(AUDIT, { filter: { actions: ['READ'], actor: 'test-provider_staff' } }, dpo);
  const byType = Object.fromEntries(auditEvents.nodes.map((e: any) => [e.entityType, e]));
  expect(byType.Person).toMatchObject({
    action: 'READ',
    role: 'PROVIDER_STAFF',
    purpose: 'SOCIAL_COUNSELLING',
    operation: 'PartnerView',
    entityIds: [personId],
    details: ['COMPOSITION', 'CONTACT', 'LANGUAGES'],
  });
  expect(byType.Household).toMatchObject({ entityIds: [householdId], details: ['COMPOSITION'] });
});

test('a read of non-personal data leaves no entry', async () => {
  const before = (await hub.data(AUDIT, {}, dpo)).auditEvents.totalCount;
  await hub.data(`{ sites(first: 5) { nodes { name occupancy { free } } } }`, {}, { role: Role.PLANNER });
  // The DPO's own query reads no personal data either: the count moves only by what others did.
  expect((await hub.data(AUDIT, {}, dpo)).auditEvents.totalCount).toBe(before);
});

test('a change is audited with before and after, in the same transaction; a refused change leaves no entry', async () => {
  const PLACE = `mutation($input: PlaceHouseholdInput!) { placeHousehold(input: $input) { stays { id } } }`;
  const caseworker: As = { role: Role.CASEWORKER };
  await hub.data(PLACE, { input: { householdId, siteId, startsOn: '2026-11-20' } }, caseworker);
  const { auditEvents } = await hub.data(AUDIT, { filter: { actor: 'test-caseworker' } }, dpo);
  const changes = auditEvents.nodes.filter((e: any) => e.action !== 'READ');
  expect(changes.map((e: any) => `${e.action} ${e.entityType}`).sort()).toEqual(['CREATE Stay', 'UPDATE Household']);
  const household = changes.find((e: any) => e.entityType === 'Household');
  expect(household.before.communalSince).toBeNull();
  expect(household.after.communalSince).toBe('2026-11-20');
  expect(household.purpose).toBe('CASE_MANAGEMENT');

  const CHANGES = { filter: { actions: ['CREATE', 'UPDATE', 'DELETE'] } };
  const changesBefore = (await hub.data(AUDIT, CHANGES, dpo)).auditEvents.totalCount;
  const refused = await hub.request(PLACE, { input: { householdId, siteId, startsOn: '2026-11-21' } }, caseworker);
  expect(refused.errors?.[0].extensions?.code).toBe('CONFLICT');
  expect((await hub.data(AUDIT, CHANGES, dpo)).auditEvents.totalCount).toBe(changesBefore);
});

test('a mutation that fails after writing rolls its audit entries back with its changes', async () => {
  const district = await build.area('Hafen', await build.area('Stadt'));
  const fullSiteId = toGlobalId('Site', (await build.site(district, 1, { blocked: 1 })).site.id);
  const CHANGES = { filter: { actions: ['CREATE', 'UPDATE', 'DELETE'] } };
  const before = (await hub.data(AUDIT, CHANGES, dpo)).auditEvents.totalCount;
  // The move first ends the current stay (a flush, audited), then finds no free bed and fails.
  const response = await hub.request(
    `mutation($input: MoveHouseholdToSiteInput!) { moveHouseholdToSite(input: $input) { stays { id } } }`,
    { input: { householdId, siteId: fullSiteId, movesOn: '2026-11-24' } },
    { role: Role.CASEWORKER },
  );
  expect(response.errors?.[0].extensions?.code).toBe('NOT_ENOUGH_FREE_BEDS');
  expect((await hub.data(AUDIT, CHANGES, dpo)).auditEvents.totalCount).toBe(before);
  const [{ open }] = await hub.orm.em
    .getConnection()
    .execute(`select count(*)::int as open from stay where ends_on is null`);
  expect(open).toBe(1);
});

test('the audit log is append-only in the database itself', async () => {
  const connection = hub.orm.em.getConnection();
  await expect(connection.execute(`update audit_event set actor = 'someone else'`)).rejects.toThrow(/append-only/);
  await expect(connection.execute(`delete from audit_event`)).rejects.toThrow(/append-only/);
});

test('nobody but the data-protection officer can read the log', async () => {
  for (const role of [Role.ADMINISTRATOR, Role.CASEWORKER, Role.PLANNER]) {
    const response = await hub.request(AUDIT, {}, { role });
    expect(response.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  }
});
