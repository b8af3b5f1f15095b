import { startTestHub, type TestHub } from '../support/hub';
import { Builders, type PlanningHouseholdSpec } from '../support/builders';
import { toGlobalId } from '../../src/graph/relay/global-id';
import { rankHouseholds, type HouseholdSnapshot } from '../../src/domain';
import { MemberRelation, NeedCategory, OccupationKind, Sex } from '../../src/modules/people/people.enums';

/** Priority through the graph: the queue, one household's explained priority, pagination. */
const TODAY = '2026-11-25';
const head = (birthDate: string, extra: Partial<PlanningHouseholdSpec['members'][number]> = {}) => ({
  relation: MemberRelation.HEAD,
  birthDate,
  ...extra,
});

const SPECS: Record<string, PlanningHouseholdSpec> = {
  family: {
    communalSince: '2025-06-01',
    members: [
      head('1985-01-01'),
      { relation: MemberRelation.PARTNER, birthDate: '1987-01-01', sex: Sex.FEMALE },
      { relation: MemberRelation.CHILD, birthDate: '2016-03-01' },
    ],
  },
  singleWoman: { communalSince: '2024-01-10', members: [head('1995-05-05', { sex: Sex.FEMALE })] },
  mentalHealth: { communalSince: '2025-09-01', members: [head('1980-02-02', { needs: [NeedCategory.MENTAL_HEALTH] })] },
  longStay: { communalSince: '2022-01-01', members: [head('1970-03-03')] },
  shortStay: { communalSince: '2026-10-01', members: [head('1990-04-04')] },
  youth: {
    communalSince: '2026-02-01',
    members: [
      head('2004-06-06', { occupations: [{ kind: OccupationKind.VOCATIONAL_PREPARATION, startsOn: '2026-01-01' }] }),
    ],
  },
  laterArrival: { arrivedOn: '2025-12-01', communalSince: '2026-01-01', members: [head('1990-07-07')] },
  earlierArrival: { arrivedOn: '2025-11-01', communalSince: '2026-01-01', members: [head('1990-07-07')] },
  privatelyHoused: { communalSince: null, members: [head('1990-08-08')] },
};

/** The same households as the domain sees them, written by hand: the graph must rank them identically. */
function expectedSnapshot(id: string, spec: PlanningHouseholdSpec): HouseholdSnapshot {
  return {
    id,
    arrivalInCity: spec.arrivedOn ?? '2023-05-01',
    ...(spec.communalSince ? { communalAccommodationSince: spec.communalSince } : {}),
    members: spec.members.map((m, i) => ({
      relation: m.relation as HouseholdSnapshot['members'][number]['relation'],
      person: {
        id: `p${i}`,
        birthDate: m.birthDate,
        sex: (m.sex ?? 'MALE') as 'MALE' | 'FEMALE',
        ...(m.needs?.includes(NeedCategory.MENTAL_HEALTH) ? { mentalHealthBurden: true } : {}),
        ...(m.occupations?.some((o) => o.kind === OccupationKind.VOCATIONAL_PREPARATION)
          ? { education: { vocationalPreparation: true } }
          : {}),
      },
    })),
  };
}

const QUEUE = `query($first: Int, $after: String, $asOf: LocalDate) {
  priorityQueue(first: $first, after: $after, asOf: $asOf) {
    asOf totalCount catalogue { id version }
    pageInfo { hasNextPage endCursor }
    edges { rank score tier { id label } node { id reference } }
  } }`;

let hub: TestHub;
const ids: Record<string, string> = {};

beforeAll(async () => {
  hub = await startTestHub({ today: TODAY });
  const build = new Builders(hub.orm);
  for (const [name, spec] of Object.entries(SPECS)) {
    const { household } = await build.planningHousehold(spec);
    ids[name] = toGlobalId('Household', household.id);
  }
});
afterAll(() => hub.close());

test('the queue holds the households in communal accommodation in the order the domain ranks them', async () => {
  const { priorityQueue } = await hub.data(QUEUE, { first: 50 });
  const inQueue = Object.entries(SPECS).filter(([, s]) => s.communalSince);
  const expected = rankHouseholds(
    inQueue.map(([name, spec]) => expectedSnapshot(ids[name], spec)),
    TODAY,
  );
  expect(priorityQueue.totalCount).toBe(inQueue.length);
  expect(priorityQueue.asOf).toBe(TODAY);
  expect(priorityQueue.catalogue).toEqual({ id: 'osnabrueck', version: '2013.1' });
  expect(priorityQueue.edges.map((e: any) => e.node.id)).toEqual(expected.entries.map((e) => e.householdId));
  expect(priorityQueue.edges.map((e: any) => [e.rank, e.score, e.tier.id])).toEqual(
    expected.entries.map((e) => [e.rank, e.score, e.tierId]),
  );
  expect(priorityQueue.edges.map((e: any) => e.node.id)).not.toContain(ids.privatelyHoused);
});

test('the primary criteria come first, and equal scores go by earlier arrival in the city', async () => {
  const { priorityQueue } = await hub.data(QUEUE, { first: 50 });
  const order = priorityQueue.edges.map((e: any) => Object.keys(ids).find((k) => ids[k] === e.node.id));
  expect(order.slice(0, 2).sort()).toEqual(['family', 'youth']);
  expect(priorityQueue.edges[0].tier).toEqual({ id: 'A', label: 'First: a primary Osnabrück criterion' });
  expect(order.indexOf('earlierArrival')).toBe(order.indexOf('laterArrival') - 1);
});

test('pages continue after the cursor', async () => {
  const all = (await hub.data(QUEUE, { first: 50 })).priorityQueue.edges.map((e: any) => e.node.id);
  const first = (await hub.data(QUEUE, { first: 3 })).priorityQueue;
  expect(first.pageInfo.hasNextPage).toBe(true);
  const second = (await hub.data(QUEUE, { first: 50, after: first.pageInfo.endCursor })).priorityQueue;
  expect([...first.edges, ...second.edges].map((e: any) => e.node.id)).toEqual(all);
  expect(second.edges[0].rank).toBe(4);
  expect(second.pageInfo.hasNextPage).toBe(false);
});

test('a malformed cursor is BAD_USER_INPUT naming `after`', async () => {
  const response = await hub.request(QUEUE, { first: 3, after: 'nonsense' });
  expect(response.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
});

test("a household's priority: score and tier, and apart from them the explanation with facts and sources", async () => {
  const { node } = await hub.data(
    `query($id: ID!) { node(id: $id) { ... on Household { priority {
      asOf score tier { id } catalogue { id version effectiveFrom }
      explanation { criteria { criterionId points fulfilled fact source } tieBreakers { key value } reasons { code message } }
    } } } }`,
    { id: ids.family },
  );
  const { priority } = node;
  expect(priority.asOf).toBe(TODAY);
  expect(priority.tier.id).toBe('A');
  const school = priority.explanation.criteria.find((c: any) => c.criterionId === 'school-age-children');
  expect(school).toMatchObject({ points: 1000, fulfilled: true });
  expect(school.fact).toMatch(/aged 10/);
  expect(school.source).toMatch(/Osnabrück/);
  const time = priority.explanation.criteria.find((c: any) => c.criterionId === 'time-in-gu');
  expect(time.fact).toMatch(/since 2025-06-01: 542 days of the 730-day norm/);
  expect(priority.score).toBe(priority.explanation.criteria.reduce((sum: number, c: any) => sum + c.points, 0));
  expect(priority.explanation.tieBreakers[0]).toEqual({ key: 'ARRIVAL_IN_CITY_ASC', value: '2023-05-01' });
});

test('the mental-health burden counts without revealing details', async () => {
  const { node } = await hub.data(
    `query($id: ID!) { node(id: $id) { ... on Household { priority { tier { id } explanation { criteria { criterionId fulfilled fact } } } } } }`,
    { id: ids.mentalHealth },
  );
  const mental = node.priority.explanation.criteria.find((c: any) => c.criterionId === 'mental-health');
  expect(mental.fulfilled).toBe(true);
  expect(mental.fact).not.toMatch(/test details/);
  expect(node.priority.tier.id).toBe('B');
});

test('asOf moves the clock: before the youth measure started it does not count', async () => {
  const query = `query($id: ID!, $asOf: LocalDate) { node(id: $id) { ... on Household { priority(asOf: $asOf) { asOf tier { id } } } } }`;
  expect((await hub.data(query, { id: ids.youth, asOf: '2025-12-31' })).node.priority).toEqual({
    asOf: '2025-12-31',
    tier: { id: 'C' },
  });
  expect((await hub.data(query, { id: ids.youth, asOf: '2026-01-01' })).node.priority.tier.id).toBe('A');
});
