import { startTestHub, ADMIN, type As, type TestHub } from '../support/hub';
import { Builders } from '../support/builders';
import { argumentWalk, walkQuery } from '../support/walk-query';
import { toGlobalId } from '../../src/graph/relay/global-id';
import { Purpose, Role } from '../../src/auth/roles';
import { grantFor, purposesOf } from '../../src/auth/policy';
import { audienceSchema } from '../../src/auth/audience-schema';
import { DataCategory as C } from '../../src/auth/field-categories';
import { createSchema } from '../../src/server/schema';
import { CasePurpose } from '../../src/modules/providers/providers.enums';
import { AppointmentKind } from '../../src/modules/appointments/appointments.enums';
import { WITHHELD_LOCATION } from '../../src/modules/appointments/appointment-rendering';

/**
 * Non-interference, the way information-flow properties are tested: two worlds that differ only in data
 * an audience may not read must look byte-identical to it. For every audience, every change below whose
 * category its grant does not hold is applied to people it can see; its walks of its whole schema
 * (generated from that schema, so new fields are covered: every field, and every list under every filter
 * field and sort key) must answer exactly as before, cursors included. Every change is also seen by the administrator: the walk does reach what changed.
 *
 * What an audience may read is not held constant by hiding, but declassified on purpose (README,
 * "What each audience can and cannot infer"): the tier's level, the appropriate flat size, the queue order
 * and the matching of housing audiences. The changes keep those equal (the household stays in tier A,
 * the disability degree stays above the threshold), as two worlds that an audience must not tell apart.
 */

const TODAY = '2026-11-25';
const DEPTH = 5;

let hub: TestHub;
const ids = {} as Record<string, number>;
let caritas: string;
let siteName: string;

interface Change {
  what: string;
  /** The data it changes; audiences granted it may see the difference. */
  category: C;
  apply: string;
  revert: string;
}
let changes: Change[];

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
  const build = new Builders(hub.orm);
  const district = await build.area('Schinkel', await build.area('Osnabrück'));
  const [a, b, psz] = [
    await build.provider('Caritas'),
    await build.provider('Diakonie'),
    await build.provider('Psychosoziales Zentrum'),
  ];
  caritas = toGlobalId('Provider', a.id);
  const { site, beds } = await build.site(district, 8);
  siteName = site.name;
  await build.offer(district, { livingSpaceSqm: 70, rooms: 3, grossColdRentCents: 50000 });

  // H1: a family with a school-age child (tier A), seen by Caritas for both purposes, accompanied by a volunteer.
  const h1 = await build.household(3, { communalSince: '2025-01-01' });
  for (const [i, person] of h1.people.entries()) {
    await build.stay(person, beds[i], '2025-01-01');
    await build.consent(person, a, [CasePurpose.SOCIAL_WORK]);
  }
  await build.mandate(a, h1.household, { purpose: CasePurpose.SOCIAL_WORK });
  await build.mandate(a, h1.household, { purpose: CasePurpose.HOUSING_SEARCH, legalBasis: '§ 69 Abs. 1 Nr. 1 SGB X' });
  const diakonieConsent = await build.consent(h1.people[0], b, [CasePurpose.SOCIAL_WORK]);
  await build.volunteerAssignment(await build.volunteer(['ar']), h1.household);
  const counselling = await build.appointment(h1.household, AppointmentKind.COUNSELLING);
  await build.appointment(h1.household, AppointmentKind.AUTHORITY_VISIT);
  // H2: a single man (tier C), seen by Caritas.
  const h2 = await build.household(1, { communalSince: '2025-06-01' });
  await build.stay(h2.people[0], beds[3], '2025-06-01');
  await build.mandate(a, h2.household);
  await build.consent(h2.people[0], a);
  Object.assign(ids, {
    h1: h1.household.id,
    h2: h2.household.id,
    head: h1.people[0].id,
    partner: h1.people[1].id,
    b: b.id,
    psz: psz.id,
    diakonieConsent: diakonieConsent.id,
    counselling: counselling.id,
    site: site.id,
  });
  await sql(`update person set disability_degree = 60 where id = ${ids.partner}`);
  const full = await createSchema();
  for (const as of audiences) {
    const schema = audienceSchema(full, grantFor(as.role, as.purpose!)!);
    walks.set(key(as), [walkQuery(schema, DEPTH), argumentWalk(schema)]);
  }

  changes = [
    // Special categories (GDPR Art. 9) of people every audience can see.
    need('a mental-health burden recorded, then removed', 'MENTAL_HEALTH'),
    need('a conflict that moving cannot solve', 'CONFLICT'),
    need('a pregnancy', 'PREGNANCY'),
    change(
      'the disability degree (above the threshold either way)',
      C.SPECIAL_CATEGORY,
      `update person set disability_degree = 90 where id = ${ids.partner}`,
      `update person set disability_degree = 60 where id = ${ids.partner}`,
    ),
    change(
      'religion, ethnicity and asylum reasons',
      C.SPECIAL_CATEGORY,
      `update person set religion = 'other', ethnicity = 'other', asylum_reasons = 'other' where id = ${ids.head}`,
      `update person set religion = 'test-religion', ethnicity = null, asylum_reasons = 'test-reasons' where id = ${ids.head}`,
    ),
    change(
      'health counselling by a psychosocial centre',
      C.SPECIAL_CATEGORY,
      `insert into case_assignment (provider_id, household_id, purpose, mandate_from, mandate_until) values (${ids.psz}, ${ids.h1}, 'HEALTH_COUNSELLING', '2026-01-01', '2027-12-31')`,
      `delete from case_assignment where provider_id = ${ids.psz}`,
    ),
    change(
      'a consent to health counselling only',
      C.SPECIAL_CATEGORY,
      `insert into consent (person_id, recipient_id, purposes, given_on) values (${ids.head}, ${ids.psz}, '{HEALTH_COUNSELLING}', '2026-01-01')`,
      `delete from consent where recipient_id = ${ids.psz}`,
    ),
    change(
      'health counselling added to a consent for social work',
      C.SPECIAL_CATEGORY,
      `update consent set purposes = '{SOCIAL_WORK,HEALTH_COUNSELLING}' where id = ${ids.diakonieConsent}`,
      `update consent set purposes = '{SOCIAL_WORK}' where id = ${ids.diakonieConsent}`,
    ),
    change(
      'a counselling appointment that is medical, at a GP practice',
      C.SPECIAL_CATEGORY,
      `update appointment set kind = 'MEDICAL', location = 'Hausarztpraxis Schinkel' where id = ${ids.counselling}`,
      `update appointment set kind = 'COUNSELLING', location = 'Rathaus' where id = ${ids.counselling}`,
    ),
    // The other categories, each hidden from some audience.
    change(
      'the benefit regime on record',
      C.LEGAL_STATUS,
      `update household set benefit_regime = 'SGB_II' where id = ${ids.h1}`,
      `update household set benefit_regime = 'ASYLBLG_BASIC' where id = ${ids.h1}`,
    ),
    change(
      'the issuing authority of a residence document',
      C.LEGAL_STATUS,
      `update legal_status set issuing_authority = 'Ausländerbehörde' where person_id = ${ids.head}`,
      `update legal_status set issuing_authority = 'BAMF' where person_id = ${ids.head}`,
    ),
    change(
      'the day the household entered communal accommodation',
      C.ACCOMMODATION_HISTORY,
      `update household set communal_since = '2024-02-01' where id = ${ids.h1}; update stay set starts_on = '2024-02-01' where person_id in (select id from person where household_id = ${ids.h1})`,
      `update household set communal_since = '2025-01-01' where id = ${ids.h1}; update stay set starts_on = '2025-01-01' where person_id in (select id from person where household_id = ${ids.h1})`,
    ),
    change(
      'an integration course',
      C.EDUCATION_AND_WORK,
      `insert into occupation (person_id, kind, description, starts_on) values (${ids.head}, 'INTEGRATION_COURSE', 'secret course', '2026-01-01')`,
      `delete from occupation where description = 'secret course'`,
    ),
    change(
      'a phone number',
      C.CONTACT,
      `update person set phone = '+49 541 0000' where id = ${ids.head}`,
      `update person set phone = null where id = ${ids.head}`,
    ),
    change(
      'a language',
      C.LANGUAGES,
      `insert into person_language (person_id, language, level) values (${ids.head}, 'fa', 'B1')`,
      `delete from person_language where language = 'fa'`,
    ),
    change(
      "another organisation's social-work mandate",
      C.CASES,
      `insert into case_assignment (provider_id, household_id, purpose, mandate_from, mandate_until) values (${ids.b}, ${ids.h1}, 'MIGRATION_COUNSELLING', '2026-01-01', '2027-12-31')`,
      `delete from case_assignment where purpose = 'MIGRATION_COUNSELLING'`,
    ),
    change(
      'a volunteer for another household',
      C.VOLUNTEERING,
      `insert into volunteer_assignment (volunteer_id, household_id, task, starts_on) select id, ${ids.h2}, 'secret task', '2026-01-01' from volunteer`,
      `delete from volunteer_assignment where task = 'secret task'`,
    ),
  ];
});
afterAll(() => hub.close());

function sql(statement: string) {
  return hub.orm.em.getConnection().execute(statement);
}
function change(what: string, category: C, apply: string, revert: string): Change {
  return { what, category, apply, revert };
}
function need(what: string, category: string): Change {
  return change(
    what,
    C.SPECIAL_CATEGORY,
    `insert into need (person_id, category, details, recorded_on) values (${ids.head}, '${category}', 'secret', '2026-01-01')`,
    `delete from need where details = 'secret'`,
  );
}

const audiences: As[] = Object.values(Role).flatMap((role) => purposesOf(role).map((purpose) => ({ role, purpose })));
const viewerOf = (as: As): As => (as.role === Role.PROVIDER_STAFF ? { ...as, org: caritas } : as);
const denied = (as: As, c: Change) => !grantFor(as.role, as.purpose!)!.read.includes(c.category);

/** Each audience's walks of its whole schema, generated once: every field, and every filter and order. */
const walks = new Map<string, string[]>();
const key = (as: As) => `${as.role}.${as.purpose}`;

async function walk(as: As): Promise<string> {
  // The walk's queries are independent reads: sent together, they keep both cores busy.
  const responses = await Promise.all(walks.get(key(as))!.map((query) => hub.request(query, {}, viewerOf(as))));
  for (const response of responses) expect(response.errors).toBeUndefined();
  return JSON.stringify(responses.map((response) => response.data));
}

// The administrator and the caseworker in case management read every category these changes touch.
const restricted = audiences.filter((a) => a.role !== Role.ADMINISTRATOR && a.purpose !== Purpose.CASE_MANAGEMENT);

test.each(restricted.map((a) => [a.role, a.purpose!, a] as const))(
  '%s acting for %s cannot tell apart worlds that differ in data it may not read',
  async (_role, _purpose, as) => {
    const hidden = changes.filter((c) => denied(as, c));
    expect(hidden.length).toBeGreaterThan(0);
    const before = await walk(as);
    // All hidden facts changed at once: one other world. Only if it shows, find which change tells.
    for (const c of hidden) await sql(c.apply);
    const changed = await walk(as);
    for (const c of [...hidden].reverse()) await sql(c.revert);
    const differences: string[] = [];
    if (changed !== before) {
      for (const c of hidden) {
        await sql(c.apply);
        if ((await walk(as)) !== before) differences.push(c.what);
        await sql(c.revert);
      }
    }
    expect([changed === before, differences]).toEqual([true, []]);
    expect(await walk(as)).toBe(before);
  },
);

test('every change is visible to an audience that may read it (the walk reaches it, nothing is cached)', async () => {
  const admin = { ...ADMIN, purpose: Purpose.ADMINISTRATION };
  const before = await walk(admin);
  const unseen: string[] = [];
  for (const c of changes) {
    await sql(c.apply);
    if ((await walk(admin)) === before) unseen.push(c.what);
    await sql(c.revert);
  }
  expect(unseen).toEqual([]);
  // And a change every audience may read reaches every audience's walk.
  for (const as of audiences) {
    const seen = await walk(as);
    await sql(`update site set name = 'Renamed' where id = ${ids.site}`);
    expect([as.role, as.purpose, (await walk(as)) !== seen]).toEqual([as.role, as.purpose, true]);
    await sql(`update site set name = '${siteName}' where id = ${ids.site}`);
  }
}, 240_000);

test('no audience without special categories reads a message, label or kind that names one', async () => {
  await sql(
    `update appointment set kind = 'MEDICAL', location = 'Hausarztpraxis Schinkel' where id = ${ids.counselling}`,
  );
  const revealing = [
    'disability',
    'mental-health',
    'Mental-health',
    'HEALTH_COUNSELLING',
    '"MEDICAL"',
    '"COUNSELLING"',
    'Hausarztpraxis',
    'secret',
    '(score',
  ];
  for (const as of restricted) {
    const text = await walk(as);
    expect([key(as), revealing.filter((word) => text.includes(word))]).toEqual([key(as), []]);
  }
  // The flat size a partner needs for the search still counts the extra space, worded neutrally.
  const officer = await walk({ role: Role.HOUSING_OFFICER, purpose: Purpose.HOUSING_PLACEMENT });
  expect(officer).toContain('Household at priority position 1 is part of the assignment');
  const partner = await walk({ role: Role.PROVIDER_STAFF, purpose: Purpose.HOUSING_PLACEMENT });
  expect(partner).toContain('additional space need +10 m²');
  expect(partner).toContain('"level":"A"');
  const caseManagement = await walk({ role: Role.CASEWORKER, purpose: Purpose.CASE_MANAGEMENT });
  for (const word of ['disability degree ≥ 50 +10 m²', 'Hausarztpraxis', '"MEDICAL"'])
    expect(caseManagement).toContain(word);
  await sql(`update appointment set kind = 'COUNSELLING', location = 'Rathaus' where id = ${ids.counselling}`);
});

describe('arguments outside the grant are refused like unknown fields, and neutral values work as arguments', () => {
  const partner = () => ({ role: Role.PROVIDER_STAFF, purpose: Purpose.SOCIAL_COUNSELLING, org: caritas });
  const coordinator = { role: Role.VOLUNTEER_COORDINATOR, purpose: Purpose.VOLUNTEER_COORDINATION };

  test.each([
    ['a filter by benefit regime', '{ households(filter: { benefitRegimes: [SGB_II] }) { totalCount } }'],
    [
      'a filter by time in communal accommodation',
      '{ households(filter: { minDaysInCommunalAccommodation: 300 }) { totalCount } }',
    ],
    [
      'an order by the day of entering communal accommodation',
      '{ households(orderBy: { field: COMMUNAL_SINCE }) { totalCount } }',
    ],
  ])('a partner sending %s fails validation', async (_what, query) => {
    const response = await hub.request(query, {}, partner());
    expect(response.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(response.data).toBeUndefined();
  });

  test('a partner still filters and sorts by what it may read', async () => {
    const { households } = await hub.data(
      '{ households(filter: { arrivedFrom: "2023-01-01" }, orderBy: { field: ARRIVED_ON, direction: DESC }) { totalCount } }',
      {},
      partner(),
    );
    expect(households.totalCount).toBe(2);
  });

  test('the volunteer coordinator cannot ask for medical appointments, but finds accompaniments', async () => {
    const medical = await hub.request('{ appointments(filter: { kinds: [MEDICAL] }) { totalCount } }', {}, coordinator);
    expect(medical.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const { appointments } = await hub.data(
      '{ appointments(filter: { kinds: [ACCOMPANIMENT] }) { nodes { kind location interpreterLanguage startsAt } } }',
      {},
      coordinator,
    );
    expect(appointments.nodes).toEqual([
      {
        kind: 'ACCOMPANIMENT',
        location: WITHHELD_LOCATION,
        interpreterLanguage: 'ar',
        startsAt: '2026-12-01T09:00:00.000Z',
      },
    ]);
  });

  test('ACCOMPANIMENT cannot be recorded: it is a rendering, not a kind', async () => {
    const response = await hub.request(
      'mutation($input: RecordAppointmentInput!) { recordAppointment(input: $input) { appointment { id } } }',
      {
        input: {
          householdId: toGlobalId('Household', ids.h1),
          kind: 'ACCOMPANIMENT',
          startsAt: '2026-12-02T09:00:00Z',
          location: 'x',
        },
      },
      coordinator,
    );
    expect(response.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.kind' });
    expect(await sql(`select count(*)::int as n from appointment`)).toEqual([{ n: 2 }]);
  });
});
