import { startTestHub, type TestHub } from '../support/hub';
import { Builders } from '../support/builders';
import { toGlobalId } from '../../src/graph/relay/global-id';
import { Role } from '../../src/auth/roles';
import { MemberRelation } from '../../src/modules/people/people.enums';
import type { Area } from '../../src/modules/demography/area.entity';
import { ASSIGN_VOLUNTEER, MOVE_IN, MOVE_TO_SITE, PLACE, REGISTER, arrival, tally } from './operations';

/**
 * Every statement of a request runs on its own connection or transaction: with a pool of 5, fifty
 * concurrent writes of each kind finish in seconds (a second connection per transaction would
 * exhaust the pool and stall every request until the acquire timeout).
 */
const TODAY = '2026-11-25';
const CONCURRENT = 50;
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

/** `n` one-person households, written with one flush. */
async function households(n: number): Promise<string[]> {
  const made = await build.planningHouseholds(n, {
    members: [{ relation: MemberRelation.HEAD, birthDate: '1990-01-01' }],
  });
  return made.map((h) => toGlobalId('Household', h.id));
}

async function siteWith(beds: number): Promise<{ id: number; globalId: string }> {
  const { site } = await build.site(district, beds);
  return { id: site.id, globalId: toGlobalId('Site', site.id) };
}

/** Sends all at once and returns the answers with the time the slowest took. */
async function allAtOnce(send: () => Promise<any>[]) {
  const started = Date.now();
  const responses = await Promise.all(send());
  return { responses, seconds: (Date.now() - started) / 1000 };
}

async function count(sql: string, params: unknown[] = []): Promise<number> {
  const [row] = await hub.orm.em.fork().execute(sql, params);
  return Number(row.n);
}

test('50 concurrent registerArrival calls on a pool of 5 all succeed, each with its own reference', async () => {
  const { responses, seconds } = await allAtOnce(() =>
    Array.from({ length: CONCURRENT }, () => hub.request(REGISTER, { input: arrival('2026-11-01') })),
  );
  expect(tally(responses)).toEqual({ ok: CONCURRENT });
  expect(new Set(responses.map((r) => r.data.registerArrival.household.reference)).size).toBe(CONCURRENT);
  expect(seconds).toBeLessThan(30);
});

test('50 concurrent placements, then 50 moves to another site, then 50 move-ins, all succeed on a pool of 5', async () => {
  const ids = await households(CONCURRENT);
  const first = (await siteWith(CONCURRENT + 10)).globalId;
  const second = (await siteWith(CONCURRENT + 10)).globalId;

  const placed = await allAtOnce(() =>
    ids.map((householdId) => hub.request(PLACE, { input: { householdId, siteId: first, startsOn: '2026-11-01' } })),
  );
  expect(tally(placed.responses)).toEqual({ ok: CONCURRENT });
  expect(placed.seconds).toBeLessThan(30);

  const moved = await allAtOnce(() =>
    ids.map((householdId) =>
      hub.request(MOVE_TO_SITE, { input: { householdId, siteId: second, movesOn: '2026-11-10' } }),
    ),
  );
  expect(tally(moved.responses)).toEqual({ ok: CONCURRENT });
  expect(moved.seconds).toBeLessThan(30);

  const offers: string[] = [];
  for (let i = 0; i < CONCURRENT; i++) offers.push(toGlobalId('ApartmentOffer', (await build.offer(district)).id));
  const movedIn = await allAtOnce(() =>
    ids.map((householdId, i) =>
      hub.request(MOVE_IN, { input: { householdId, apartmentOfferId: offers[i], movesInOn: '2026-11-20' } }),
    ),
  );
  expect(tally(movedIn.responses)).toEqual({ ok: CONCURRENT });
  expect(movedIn.seconds).toBeLessThan(30);
  // Every household ends in one flat and in no bed from the move-in on.
  expect(await count(`select count(*) as n from stay where ends_on is null or ends_on > '2026-11-20'`)).toBe(0);
  expect(await count(`select count(*) as n from tenancy where ends_on is null`)).toBe(CONCURRENT);
});

test('50 concurrent writes by a row-restricted viewer (visible rows read inside the transaction) succeed', async () => {
  const { household } = await build.household(2);
  const volunteer = await build.volunteer();
  await build.volunteerAssignment(volunteer, household);
  const appointment = toGlobalId('Appointment', (await build.appointment(household)).id);
  const coordinator = { role: Role.VOLUNTEER_COORDINATOR };
  const { responses, seconds } = await allAtOnce(() =>
    Array.from({ length: CONCURRENT }, (_, i) =>
      hub.request(
        ASSIGN_VOLUNTEER,
        {
          input: {
            volunteerId: toGlobalId('Volunteer', volunteer.id),
            appointmentId: appointment,
            task: `Begleitung ${i}`,
            startsOn: '2026-12-01',
          },
        },
        coordinator,
      ),
    ),
  );
  expect(tally(responses)).toEqual({ ok: CONCURRENT });
  expect(seconds).toBeLessThan(30);
});

test('200 concurrent placements into 50 free beds place exactly 50 and refuse 150 with NOT_ENOUGH_FREE_BEDS, in seconds', async () => {
  const ids = await households(200);
  const site = await siteWith(50);
  const { responses, seconds } = await allAtOnce(() =>
    ids.map((householdId) =>
      hub.request(PLACE, { input: { householdId, siteId: site.globalId, startsOn: '2026-11-01' } }),
    ),
  );
  expect(tally(responses)).toEqual({ ok: 50, NOT_ENOUGH_FREE_BEDS: 150 });
  expect(seconds).toBeLessThan(30);
  expect(
    await count(
      `select count(*) as n from stay s join bed b on b.id = s.bed_id join unit u on u.id = b.unit_id where u.site_id = ?`,
      [site.id],
    ),
  ).toBe(50);
});
