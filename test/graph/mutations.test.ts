import { startTestHub, type TestHub } from '../support/hub';
import { Builders } from '../support/builders';
import { toGlobalId } from '../../src/graph/relay/global-id';
import type { Area } from '../../src/modules/demography/area.entity';

const TODAY = '2026-11-25';
let hub: TestHub;
let build: Builders;
let district: Area;
let districtId: string;
let cityId: string;

const REGISTER = `mutation($input: RegisterArrivalInput!) { registerArrival(input: $input) {
  household { id reference size communalSince members { relation givenName languages { language level } legalStatuses { kind paragraph } } } } }`;
const PLACE = `mutation($input: PlaceHouseholdInput!) { placeHousehold(input: $input) {
  household { communalSince daysInCommunalAccommodation } stays { startsOn bed { label unit { name site { name } } } } } }`;
const OCCUPANCY = `query($id: ID!) { node(id: $id) { ... on Site { occupancy { beds blocked occupied free } } } }`;

function member(relation: string, overrides: Record<string, unknown> = {}) {
  return {
    relation,
    givenName: 'Amal',
    familyName: 'Haddad',
    birthDate: '1990-02-03',
    sex: 'FEMALE',
    countryOfOrigin: 'SY',
    ableToWork: true,
    legalStatus: {
      kind: 'ASYLUM_PROCEDURE',
      paragraph: '§ 55 AsylG',
      validFrom: '2026-10-01',
      issuingAuthority: 'BAMF',
    },
    languages: [{ language: 'ar', level: 'NATIVE' }],
    ...overrides,
  };
}

async function countRows(table: string): Promise<number> {
  const [row] = await hub.orm.em.getConnection().execute(`select count(*)::int as n from ${table}`);
  return row.n;
}

async function household(size: number): Promise<string> {
  const { household } = await build.household(size);
  return toGlobalId('Household', household.id);
}

async function site(beds: number, blocked = 0): Promise<string> {
  const { site } = await build.site(district, beds, { blocked });
  return toGlobalId('Site', site.id);
}

beforeAll(async () => {
  hub = await startTestHub({ today: TODAY });
  build = new Builders(hub.orm);
  const city = await build.area('Osnabrück');
  district = await build.area('Schinkel', city);
  districtId = toGlobalId('Area', district.id);
  cityId = toGlobalId('Area', city.id);
});
afterAll(() => hub.close());

describe('registerArrival', () => {
  test('registers a household with members, documents and languages', async () => {
    const { registerArrival } = await hub.data(REGISTER, {
      input: {
        arrivedOn: '2026-11-01',
        benefitRegime: 'ASYLBLG_BASIC',
        members: [member('HEAD'), member('CHILD', { birthDate: '2015-05-05' })],
      },
    });
    expect(registerArrival.household.reference).toMatch(/^HH-\d{6}$/);
    expect(registerArrival.household.size).toBe(2);
    expect(registerArrival.household.communalSince).toBeNull();
    expect(registerArrival.household.members[0].legalStatuses).toEqual([
      { kind: 'ASYLUM_PROCEDURE', paragraph: '§ 55 AsylG' },
    ]);
    expect(registerArrival.household.members[1].languages).toEqual([{ language: 'ar', level: 'NATIVE' }]);
  });

  test.each([
    ['no head', { members: [member('CHILD')] }, 'input.members'],
    ['two heads', { members: [member('HEAD'), member('HEAD')] }, 'input.members'],
    ['arrival in the future', { arrivedOn: '2026-12-01' }, 'input.arrivedOn'],
    [
      'a malformed country code',
      { members: [member('HEAD', { countryOfOrigin: 'Syria' })] },
      'members.0.countryOfOrigin',
    ],
    ['an empty given name', { members: [member('HEAD', { givenName: '' })] }, 'members.0.givenName'],
    ['no members', { members: [] }, 'members'],
    [
      'a document ending before it starts',
      { members: [member('HEAD', { legalStatus: { ...member('HEAD').legalStatus, validUntil: '2020-01-01' } })] },
      'input.members.0.legalStatus.validUntil',
    ],
  ])('refuses %s with BAD_USER_INPUT naming the field, and writes nothing', async (_case, override, field) => {
    const before = await countRows('person');
    const response = await hub.request(REGISTER, {
      input: { arrivedOn: '2026-11-01', benefitRegime: 'ASYLBLG_BASIC', members: [member('HEAD')], ...override },
    });
    expect(response.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(response.errors?.[0].extensions?.field).toContain(field);
    expect(await countRows('person')).toBe(before);
  });
});

describe('placeHousehold', () => {
  test('places each member in a free bed of one unit and records the start of communal accommodation', async () => {
    const siteId = await site(8, 2);
    const { placeHousehold } = await hub.data(PLACE, {
      input: { householdId: await household(3), siteId, startsOn: '2026-11-20' },
    });
    expect(placeHousehold.stays).toHaveLength(3);
    expect(new Set(placeHousehold.stays.map((s: any) => s.bed.unit.name)).size).toBe(1);
    expect(placeHousehold.household).toEqual({ communalSince: '2026-11-20', daysInCommunalAccommodation: 5 });
    const { node } = await hub.data(OCCUPANCY, { id: siteId });
    expect(node.occupancy).toEqual({ beds: 8, blocked: 2, occupied: 3, free: 3 });
  });

  test('refuses a household larger than the free beds (blocked beds do not count), writing nothing', async () => {
    const siteId = await site(4, 1);
    const before = await countRows('stay');
    const response = await hub.request(PLACE, {
      input: { householdId: await household(4), siteId, startsOn: '2026-11-20' },
    });
    expect(response.errors?.[0].extensions).toEqual({ code: 'NOT_ENOUGH_FREE_BEDS', field: 'input.siteId' });
    expect(await countRows('stay')).toBe(before);
  });

  test('refuses a household that already has beds from that day', async () => {
    const siteId = await site(8);
    const householdId = await household(1);
    await hub.data(PLACE, { input: { householdId, siteId, startsOn: '2026-11-20' } });
    const again = await hub.request(PLACE, { input: { householdId, siteId, startsOn: '2026-11-22' } });
    expect(again.errors?.[0].extensions).toEqual({ code: 'CONFLICT', field: 'input.householdId' });
  });

  test.each([
    ['a malformed household ID', { householdId: 'not-an-id' }, 'BAD_USER_INPUT', 'input.householdId'],
    ['a site ID of another type', { siteId: toGlobalId('Household', 1) }, 'BAD_USER_INPUT', 'input.siteId'],
    ['a site that does not exist', { siteId: toGlobalId('Site', 999999) }, 'NOT_FOUND', 'input.siteId'],
  ])('refuses %s', async (_case, override, code, field) => {
    const input = { householdId: await household(1), siteId: await site(2), startsOn: '2026-11-20', ...override };
    const response = await hub.request(PLACE, { input });
    expect(response.errors?.[0].extensions).toEqual({ code, field });
  });

  test('concurrent placements never double-book a bed', async () => {
    const siteId = await site(10);
    const households = await Promise.all(Array.from({ length: 8 }, () => household(2)));
    const results = await Promise.all(
      households.map((householdId) => hub.request(PLACE, { input: { householdId, siteId, startsOn: '2026-11-21' } })),
    );
    const placed = results.filter((r) => !r.errors);
    const refused = results.filter((r) => r.errors);
    expect(placed).toHaveLength(5);
    for (const r of refused)
      expect(['NOT_ENOUGH_FREE_BEDS', 'BED_ALREADY_OCCUPIED']).toContain(r.errors![0].extensions!.code);
    const [overlaps] = await hub.orm.em.getConnection().execute(`select count(*)::int as n from stay a join stay b
      on a.bed_id = b.bed_id and a.id < b.id and daterange(a.starts_on, a.ends_on) && daterange(b.starts_on, b.ends_on)`);
    expect(overlaps.n).toBe(0);
  });

  test('the database itself refuses two overlapping stays in one bed', async () => {
    const { beds } = await build.site(district, 1);
    const { people } = await build.household(2);
    const insert = (personId: number, startsOn: string) =>
      hub.orm.em
        .getConnection()
        .execute(`insert into stay (person_id, bed_id, starts_on) values (?, ?, ?)`, [personId, beds[0].id, startsOn]);
    await insert(people[0].id, '2026-01-01');
    await expect(insert(people[1].id, '2026-06-01')).rejects.toMatchObject({ code: '23P01' });
  });
});

describe('moveHouseholdToSite and moveIntoApartment', () => {
  const MOVE = `mutation($input: MoveHouseholdToSiteInput!) { moveHouseholdToSite(input: $input) { stays { bed { unit { site { id } } } } } }`;
  const OFFER = `mutation($input: RecordApartmentOfferInput!) { recordApartmentOffer(input: $input) { apartmentOffer { id status grossColdRent district { name } } } }`;
  const MOVE_IN = `mutation($input: MoveIntoApartmentInput!) { moveIntoApartment(input: $input) {
    tenancy { movedInOn apartment { status } } household { communalSince currentTenancy { movedInOn } currentStays { id }
      members { stays { startsOn endsOn } } } } }`;
  const offerInput = (overrides = {}) => ({
    landlordName: 'Frau Meyer',
    address: 'Lotter Str. 5',
    districtId,
    livingSpaceSqm: 62.5,
    rooms: 3,
    grossColdRent: 700.5,
    wbsRequired: false,
    stepFree: true,
    availableFrom: '2026-12-01',
    ...overrides,
  });

  test('a household moves between sites, then into a flat: stays end, beds free up, the offer is taken', async () => {
    const [first, second] = [await site(4), await site(4)];
    const householdId = await household(2);
    await hub.data(PLACE, { input: { householdId, siteId: first, startsOn: '2026-10-01' } });
    const moved = await hub.data(MOVE, { input: { householdId, siteId: second, movesOn: '2026-11-01' } });
    expect(moved.moveHouseholdToSite.stays.map((s: any) => s.bed.unit.site.id)).toEqual([second, second]);
    expect((await hub.data(OCCUPANCY, { id: first })).node.occupancy.occupied).toBe(0);

    const { recordApartmentOffer } = await hub.data(OFFER, { input: offerInput() });
    expect(recordApartmentOffer.apartmentOffer).toMatchObject({
      status: 'OPEN',
      grossColdRent: 700.5,
      district: { name: 'Schinkel' },
    });
    const offerId = recordApartmentOffer.apartmentOffer.id;

    const early = await hub.request(MOVE_IN, {
      input: { householdId, apartmentOfferId: offerId, movesInOn: '2026-11-20' },
    });
    expect(early.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.movesInOn' });

    const { moveIntoApartment } = await hub.data(MOVE_IN, {
      input: { householdId, apartmentOfferId: offerId, movesInOn: '2026-12-01' },
    });
    expect(moveIntoApartment.tenancy).toEqual({ movedInOn: '2026-12-01', apartment: { status: 'TAKEN' } });
    expect(moveIntoApartment.household.communalSince).toBeNull();
    expect(moveIntoApartment.household.members[0].stays).toEqual([
      { startsOn: '2026-10-01', endsOn: '2026-11-01' },
      { startsOn: '2026-11-01', endsOn: '2026-12-01' },
    ]);

    const twice = await hub.request(MOVE_IN, {
      input: { householdId: await household(1), apartmentOfferId: offerId, movesInOn: '2026-12-02' },
    });
    expect(twice.errors?.[0].extensions).toEqual({ code: 'CONFLICT', field: 'input.apartmentOfferId' });
  });

  test.each([
    ['the whole city as district', () => ({ districtId: cityId }), 'input.districtId'],
    ['a negative rent', () => ({ grossColdRent: -5 }), 'grossColdRent'],
    ['zero rooms', () => ({ rooms: 0 }), 'rooms'],
  ])('an offer with %s is refused', async (_case, override, field) => {
    const response = await hub.request(OFFER, { input: offerInput(override()) });
    expect(response.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(response.errors?.[0].extensions?.field).toContain(field);
  });
});

describe('cases, volunteers and appointments', () => {
  test('a provider case, a volunteer and an appointment with interpreter are recorded', async () => {
    const householdId = await household(2);
    const providerId = toGlobalId('Provider', (await build.provider()).id);
    const volunteerId = toGlobalId('Volunteer', (await build.volunteer(['ar'])).id);
    const assigned = await hub.data(
      `mutation($input: AssignProviderCaseInput!) { assignProviderCase(input: $input) { caseAssignment { active purpose household { id } provider { id } } } }`,
      {
        input: {
          providerId,
          householdId,
          purpose: 'HOUSING_SEARCH',
          mandateFrom: '2026-11-01',
          mandateUntil: '2027-10-31',
        },
      },
    );
    expect(assigned.assignProviderCase.caseAssignment).toEqual({
      active: true,
      purpose: 'HOUSING_SEARCH',
      household: { id: householdId },
      provider: { id: providerId },
    });

    const appointment = await hub.data(
      `mutation($input: RecordAppointmentInput!) { recordAppointment(input: $input) { appointment { id kind interpreterLanguage } } }`,
      {
        input: {
          householdId,
          kind: 'AUTHORITY_VISIT',
          startsAt: '2026-12-03T09:30:00Z',
          location: 'Ausländerbehörde',
          interpreterLanguage: 'ar',
        },
      },
    );
    const appointmentId = appointment.recordAppointment.appointment.id;
    const volunteer = await hub.data(
      `mutation($input: AssignVolunteerInput!) { assignVolunteer(input: $input) { volunteerAssignment { task appointment { kind household { id } } } } }`,
      { input: { volunteerId, appointmentId, task: 'Dolmetschen', startsOn: '2026-12-03' } },
    );
    expect(volunteer.assignVolunteer.volunteerAssignment).toEqual({
      task: 'Dolmetschen',
      appointment: { kind: 'AUTHORITY_VISIT', household: { id: householdId } },
    });
  });

  test.each([
    [
      'a mandate ending before it starts',
      'assignProviderCase',
      'AssignProviderCaseInput',
      (h: string, p: string) => ({
        providerId: p,
        householdId: h,
        purpose: 'SOCIAL_WORK',
        mandateFrom: '2026-11-01',
        mandateUntil: '2026-10-01',
      }),
      'input.mandateUntil',
    ],
    [
      'a mandate of five years',
      'assignProviderCase',
      'AssignProviderCaseInput',
      (h: string, p: string) => ({
        providerId: p,
        householdId: h,
        purpose: 'SOCIAL_WORK',
        mandateFrom: '2026-11-01',
        mandateUntil: '2031-11-01',
      }),
      'input.mandateUntil',
    ],
    [
      'a volunteer for nobody',
      'assignVolunteer',
      'AssignVolunteerInput',
      (_h: string, _p: string, v: string) => ({ volunteerId: v, task: 'x', startsOn: '2026-12-01' }),
      'input.householdId',
    ],
    [
      'a flat viewing without a flat',
      'recordAppointment',
      'RecordAppointmentInput',
      (h: string) => ({ householdId: h, kind: 'FLAT_VIEWING', startsAt: '2026-12-03T09:30:00Z', location: 'x' }),
      'input.apartmentOfferId',
    ],
  ])('refuses %s', async (_case, mutation, inputType, input, field) => {
    const ids = [
      await household(1),
      toGlobalId('Provider', (await build.provider()).id),
      toGlobalId('Volunteer', (await build.volunteer()).id),
    ] as const;
    const response = await hub.request(
      `mutation($input: ${inputType}!) { ${mutation}(input: $input) { __typename } }`,
      { input: input(...ids) },
    );
    expect(response.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field });
  });
});
