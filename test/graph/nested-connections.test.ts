import { startTestHub, type TestHub, type As } from '../support/hub';
import { Builders } from '../support/builders';
import { toGlobalId } from '../../src/graph/relay/global-id';
import { Role, Purpose } from '../../src/auth/roles';

/**
 * Lists that grow with the city's data are connections nested in their parent: a page per parent, all
 * parents' pages in one statement (row_number() over (partition by parent)), `after` per parent.
 */

const CASES = /* GraphQL */ `
  query Cases($first: Int!, $cases: Int!, $after: String) {
    providers(first: $first) {
      nodes {
        name
        caseAssignments(first: $cases, after: $after) {
          totalCount
          pageInfo {
            hasNextPage
            hasPreviousPage
            endCursor
          }
          nodes {
            mandateFrom
            household {
              reference
            }
          }
        }
      }
    }
  }
`;

let hub: TestHub;
let providerIds: string[];

beforeAll(async () => {
  hub = await startTestHub({ today: '2026-11-25' });
  const build = new Builders(hub.orm);
  const district = await build.area('Schinkel');
  const providers = [];
  for (let p = 0; p < 12; p++) providers.push(await build.provider(`Provider ${String(p).padStart(2, '0')}`));
  providerIds = providers.map((p) => toGlobalId('Provider', p.id));
  // Provider p serves p + 1 households, mandates starting a month apart.
  for (const [p, provider] of providers.entries()) {
    for (let h = 0; h <= p; h++) {
      const { household } = await build.household(1);
      await build.caseAssignment(provider, household, `2026-${String((h % 12) + 1).padStart(2, '0')}-01`);
    }
  }
  const group = await build.volunteerGroup();
  for (let v = 0; v < 5; v++) await build.volunteer(['ar'], group);
  const { beds } = await build.site(district, 2, { operator: providers[0] });
  const { people } = await build.household(3);
  await build.stay(people[0], beds[0], '2025-01-01', '2025-02-01');
  await build.stay(people[1], beds[0], '2025-02-01', '2025-03-01');
  await build.stay(people[2], beds[0], '2025-03-01');
});
afterAll(() => hub.close());

test('each provider gets its own page of case assignments, newest mandate first, with its own totalCount', async () => {
  const { providers } = await hub.data(CASES, { first: 12, cases: 3 });
  const byName = providers.nodes.map((p: any) => [
    p.name,
    p.caseAssignments.totalCount,
    p.caseAssignments.nodes.length,
  ]);
  expect(byName.slice(0, 4)).toEqual([
    ['Provider 00', 1, 1],
    ['Provider 01', 2, 2],
    ['Provider 02', 3, 3],
    ['Provider 03', 4, 3],
  ]);
  const last = providers.nodes[11].caseAssignments;
  expect(last.pageInfo.hasNextPage).toBe(true);
  expect(last.nodes.map((n: any) => n.mandateFrom)).toEqual(['2026-12-01', '2026-11-01', '2026-10-01']);
  expect(providers.nodes[2].caseAssignments.pageInfo.hasNextPage).toBe(false);
});

test('after continues one parent page where it ended', async () => {
  const query = `query ($id: ID!, $after: String) { node(id: $id) { ... on Provider {
    caseAssignments(first: 5, after: $after) { pageInfo { hasNextPage endCursor } nodes { mandateFrom } } } } }`;
  const seen: string[] = [];
  let after: string | null = null;
  for (let guard = 0; guard < 5; guard++) {
    const { node }: any = await hub.data(query, { id: providerIds[11], after });
    seen.push(...node.caseAssignments.nodes.map((n: any) => n.mandateFrom));
    if (!node.caseAssignments.pageInfo.hasNextPage) break;
    after = node.caseAssignments.pageInfo.endCursor;
  }
  expect(seen).toHaveLength(12);
  expect([...seen].sort().reverse()).toEqual(seen);
});

test('nested pages cost the same statements for 2 and 12 parents (no N+1)', async () => {
  const two = await hub.request(CASES, { first: 2, cases: 5 });
  const twelve = await hub.request(CASES, { first: 12, cases: 5 });
  expect(twelve.errors).toBeUndefined();
  expect(twelve.statements).toBe(two.statements);
  // the providers' page, their case-assignment pages, those pages' counts, the households
  expect(twelve.statements).toBeLessThanOrEqual(4);
});

test('row filters narrow nested pages and counts: provider staff see only their own organisation’s mandates', async () => {
  const staff: As = { role: Role.PROVIDER_STAFF, org: providerIds[3], purpose: Purpose.SOCIAL_COUNSELLING };
  const { providers } = await hub.data(CASES, { first: 12, cases: 10 }, staff);
  const counts = providers.nodes.map((p: any) => p.caseAssignments.totalCount);
  expect(counts).toEqual([0, 0, 0, 4, 0, 0, 0, 0, 0, 0, 0, 0]);
});

test('a group’s members, a bed’s stays and an operator’s sites are pages too', async () => {
  const { volunteerGroups, providers } = await hub.data(`{
    volunteerGroups(first: 1) { nodes { members(first: 2) { totalCount pageInfo { hasNextPage } nodes { familyName } } } }
    providers(first: 1) { nodes { operatedSites(first: 5) { nodes { units { beds { stays(first: 2) { totalCount nodes { startsOn } } } } } } } }
  }`);
  expect(volunteerGroups.nodes[0].members.totalCount).toBe(5);
  expect(volunteerGroups.nodes[0].members.nodes).toHaveLength(2);
  expect(volunteerGroups.nodes[0].members.pageInfo.hasNextPage).toBe(true);
  const beds = providers.nodes[0].operatedSites.nodes[0].units.flatMap((u: any) => u.beds);
  expect(beds[0].stays).toEqual({ totalCount: 3, nodes: [{ startsOn: '2025-01-01' }, { startsOn: '2025-02-01' }] });
});
