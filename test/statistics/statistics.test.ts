import { startTestHub, type TestHub } from '../support/hub';
import { Builders } from '../support/builders';
import { Role } from '../../src/auth/roles';
import { BenefitRegime } from '../../src/modules/people/people.enums';

const STATS = `query($by: StatisticsDimension!) { householdStatistics(by: $by) { suppressionThreshold groups { key households persons suppressed } } }`;
const planner = { role: Role.PLANNER };
let hub: TestHub;

beforeAll(async () => {
  hub = await startTestHub({ today: '2026-11-25' });
  const build = new Builders(hub.orm);
  const city = await build.area('Osnabrück');
  const [schinkel, hafen] = [await build.area('Schinkel', city), await build.area('Hafen', city)];
  const { beds } = await build.site(schinkel, 40);
  // 12 households of 2 in a Schinkel site (reported), 3 households in flats in Hafen (suppressed).
  for (let i = 0; i < 12; i++) {
    const { people } = await build.household(2, { regime: BenefitRegime.SGB_II, communalSince: '2026-01-01' });
    for (const [k, person] of people.entries()) await build.stay(person, beds[i * 2 + k], '2026-01-01');
  }
  for (let i = 0; i < 3; i++) {
    const { household } = await build.household(1, { regime: BenefitRegime.ASYLBLG_BASIC });
    await build.tenancy(household, await build.offer(hafen, { status: 'TAKEN' as never }), '2026-02-01');
  }
});
afterAll(() => hub.close());

test('planners get counts by district, with groups under 11 households suppressed', async () => {
  const { householdStatistics } = await hub.data(STATS, { by: 'DISTRICT' }, planner);
  expect(householdStatistics).toEqual({
    suppressionThreshold: 11,
    groups: [
      { key: 'Hafen', households: null, persons: null, suppressed: true },
      { key: 'Schinkel', households: 12, persons: 24, suppressed: false },
    ],
  });
});

test('by benefit regime and by site', async () => {
  const byRegime = (await hub.data(STATS, { by: 'BENEFIT_REGIME' }, planner)).householdStatistics.groups;
  expect(byRegime).toEqual([
    { key: 'ASYLBLG_BASIC', households: null, persons: null, suppressed: true },
    { key: 'SGB_II', households: 12, persons: 24, suppressed: false },
  ]);
  const bySite = (await hub.data(STATS, { by: 'SITE' }, planner)).householdStatistics.groups;
  expect(bySite).toHaveLength(1);
  expect(bySite[0]).toMatchObject({ households: 12, persons: 24 });
});

test('volunteer coordinators and the data-protection officer get no statistics', async () => {
  for (const role of [Role.VOLUNTEER_COORDINATOR, Role.DATA_PROTECTION_OFFICER]) {
    expect((await hub.request(STATS, { by: 'DISTRICT' }, { role })).errors?.[0].extensions?.code).toBe(
      'GRAPHQL_VALIDATION_FAILED',
    );
  }
});
