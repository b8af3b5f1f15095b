import { startTestHub, type TestHub } from '../support/hub';
import { Builders } from '../support/builders';
import { toGlobalId } from '../../src/graph/relay/global-id';
import { MemberRelation } from '../../src/modules/people/people.enums';
import type { Area } from '../../src/modules/demography/area.entity';
import type { Household } from '../../src/modules/people/household.entity';
import { Person } from '../../src/modules/people/person.entity';
import { MOVE_IN, MOVE_TO_SITE, PLACE } from './operations';

/**
 * A household is never in a communal bed and a private flat on the same day, however its accommodation
 * mutations interleave (every one locks the household row first: src/modules/people/household-lock.ts).
 */
const TODAY = '2026-11-25';
const PAIRS = 40;
let hub: TestHub;
let build: Builders;
let district: Area;

beforeAll(async () => {
  // Generous waits: these tests check outcomes under contention; timeouts.test.ts checks the timeouts.
  const pool = { DB_POOL_SIZE: 5, DB_ACQUIRE_TIMEOUT_MS: 60000, DB_LOCK_TIMEOUT_MS: 60000 };
  hub = await startTestHub({ today: TODAY, security: { rateLimitPerMinute: 0 }, pool });
  build = new Builders(hub.orm);
  district = await build.area('Schinkel', await build.area('Osnabrück'));
});
afterAll(() => hub.close());

/** Households (of these IDs) with a stay and a tenancy covering a common day. */
async function inBedAndFlat(households: Household[]): Promise<number> {
  const [row] = await hub.orm.em.fork().execute(
    `select count(distinct t.household_id)::int as n from tenancy t
     join person p on p.household_id = t.household_id join stay s on s.person_id = p.id
     where t.household_id = any(?::int[])
       and daterange(s.starts_on, s.ends_on, '[)') && daterange(t.moved_in_on, t.ends_on, '[)')`,
    [`{${households.map((h) => h.id).join(',')}}`],
  );
  return row.n;
}

async function offers(n: number): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < n; i++) ids.push(toGlobalId('ApartmentOffer', (await build.offer(district)).id));
  return ids;
}

const ONE_PERSON = { members: [{ relation: MemberRelation.HEAD, birthDate: '1990-01-01' }] };

test('placeHousehold racing moveIntoApartment for the same household never leaves it in a bed and a flat', async () => {
  const households = await build.planningHouseholds(PAIRS, ONE_PERSON);
  const siteId = toGlobalId('Site', (await build.site(district, PAIRS)).site.id);
  const flats = await offers(PAIRS);
  const answers = await Promise.all(
    households.flatMap((h, i) => {
      const householdId = toGlobalId('Household', h.id);
      return [
        hub.request(PLACE, { input: { householdId, siteId, startsOn: '2026-11-01' } }),
        hub.request(MOVE_IN, { input: { householdId, apartmentOfferId: flats[i], movesInOn: '2026-11-20' } }),
      ];
    }),
  );
  // Each pair either ran place then move-in (both succeed, the stay ends at the move-in) or move-in then
  // place (the placement is refused as CONFLICT); nothing else.
  const codes = answers.filter((a) => a.errors).map((a) => a.errors![0].extensions?.code);
  expect(codes.every((code) => code === 'CONFLICT')).toBe(true);
  expect(await inBedAndFlat(households)).toBe(0);
});

test('moveHouseholdToSite racing moveIntoApartment never leaves the household in a bed and a flat', async () => {
  const households = await build.planningHouseholds(PAIRS, ONE_PERSON);
  const from = await build.site(district, PAIRS);
  for (const [i, h] of households.entries()) {
    const [person] = await build.em.find(Person, { household: h });
    await build.stay(person, from.beds[i], '2026-10-01');
  }
  const to = toGlobalId('Site', (await build.site(district, PAIRS)).site.id);
  const flats = await offers(PAIRS);
  const answers = await Promise.all(
    households.flatMap((h, i) => {
      const householdId = toGlobalId('Household', h.id);
      return [
        hub.request(MOVE_TO_SITE, { input: { householdId, siteId: to, movesOn: '2026-11-10' } }),
        hub.request(MOVE_IN, { input: { householdId, apartmentOfferId: flats[i], movesInOn: '2026-11-20' } }),
      ];
    }),
  );
  const unexpected = answers.filter((a) => a.errors && a.errors[0].extensions?.code !== 'CONFLICT');
  expect(unexpected).toEqual([]);
  expect(await inBedAndFlat(households)).toBe(0);
});

test('a move to another site before a booked move-in is refused: the new beds would overlap the flat', async () => {
  const [h] = await build.planningHouseholds(1, ONE_PERSON);
  const from = await build.site(district, 2);
  const [person] = await build.em.find(Person, { household: h });
  await build.stay(person, from.beds[0], '2026-10-01');
  const householdId = toGlobalId('Household', h.id);
  const [flat] = await offers(1);
  expect(
    (await hub.request(MOVE_IN, { input: { householdId, apartmentOfferId: flat, movesInOn: '2026-11-20' } })).errors,
  ).toBeUndefined();
  const to = toGlobalId('Site', (await build.site(district, 2)).site.id);
  const moved = await hub.request(MOVE_TO_SITE, { input: { householdId, siteId: to, movesOn: '2026-11-10' } });
  expect(moved.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', field: 'input.householdId' });
  expect(await inBedAndFlat([h])).toBe(0);
});
