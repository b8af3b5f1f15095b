import { ReferenceKind } from '@mikro-orm/core';
import { startTestHub, type As, type TestHub } from '../support/hub';
import { Builders } from '../support/builders';
import { walkQuery } from '../support/walk-query';
import { fromGlobalId, toGlobalId } from '../../src/graph/relay/global-id';
import { Purpose, Role } from '../../src/auth/roles';
import { grantFor, purposesOf } from '../../src/auth/policy';
import { audienceSchema } from '../../src/auth/audience-schema';
import { rowRules } from '../../src/auth/row-scope-rules';
import { createSchema } from '../../src/server/schema';
import { NeedCategory } from '../../src/modules/people/people.enums';
import { Occupation } from '../../src/modules/people/occupation.entity';
import { PersonLanguage } from '../../src/modules/people/person-language.entity';
import { VolunteerAssignment } from '../../src/modules/volunteers/volunteer-assignment.entity';
import { OccupationKind } from '../../src/modules/people/people.enums';

/**
 * Every entity has a row rule, and every row an audience receives — of any type, on any path — belongs
 * to a person or household that audience may see. The truth is computed here in SQL, independently of
 * the filters under test.
 */

const TODAY = '2026-11-25';

describe('every entity has a row rule', () => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await startTestHub();
  });
  afterAll(() => hub.close());

  test('the rules cover exactly the ORM entities, and none that points at a person or household is unscoped', () => {
    const metadata = Object.values(hub.orm.getMetadata().getAll()).filter((meta) => !meta.embeddable && !meta.virtual);
    expect(Object.keys(rowRules).sort()).toEqual(metadata.map((meta) => meta.className).sort());
    for (const meta of metadata) {
      const rule = rowRules[meta.className];
      const pointsAtPeople = Object.values(meta.properties).some(
        (p) => p.kind === ReferenceKind.MANY_TO_ONE && ['Person', 'Household'].includes(p.type),
      );
      if (pointsAtPeople || ['Person', 'Household'].includes(meta.className)) {
        expect({ entity: meta.className, scoped: !('unscoped' in rule) }).toEqual({
          entity: meta.className,
          scoped: true,
        });
      }
    }
  });

  test("each scoped rule's paths lead through the model to a person or a household", () => {
    const metadata = hub.orm.getMetadata();
    for (const [entity, rule] of Object.entries(rowRules)) {
      if ('unscoped' in rule) continue;
      const subject = rule.subject === 'person' ? 'Person' : 'Household';
      for (const path of rule.via) {
        let type = entity;
        for (const property of path.split('.')) {
          if (property === 'id') break;
          type = metadata.find(type)!.properties[property as never].type;
        }
        expect(`${entity}.${path} → ${type}`).toBe(`${entity}.${path} → ${subject}`);
      }
    }
  });
});

describe('no row of any type outside the audience', () => {
  let hub: TestHub;
  let build: Builders;
  let caritasId: string;

  /** Whose row a global ID is: the person or household it belongs to, read straight from the tables. */
  const OWNER_SQL: Record<string, string> = {
    Household: 'select null::int as person, id as household from household where id = ?',
    Person: 'select id as person, household_id as household from person where id = ?',
    PersonLanguage: 'select person_id as person, null::int as household from person_language where id = ?',
    LegalStatus: 'select person_id as person, null::int as household from legal_status where id = ?',
    Occupation: 'select person_id as person, null::int as household from occupation where id = ?',
    Need: 'select person_id as person, null::int as household from need where id = ?',
    Stay: 'select person_id as person, null::int as household from stay where id = ?',
    Consent: 'select person_id as person, null::int as household from consent where id = ?',
    Tenancy: 'select null::int as person, household_id as household from tenancy where id = ?',
    Appointment: 'select null::int as person, household_id as household from appointment where id = ?',
    CaseAssignment: 'select null::int as person, household_id as household from case_assignment where id = ?',
    CaseworkerDecision: 'select null::int as person, household_id as household from caseworker_decision where id = ?',
    VolunteerAssignment: `select null::int as person, coalesce(va.household_id, a.household_id) as household
      from volunteer_assignment va left join appointment a on a.id = va.appointment_id where va.id = ?`,
  };

  /** What each audience may see in the fixture below: database IDs of households and persons. */
  const expected: Record<string, { households: number[]; persons: number[] }> = {};

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
    const district = await build.area('Schinkel', await build.area('Osnabrück'));
    const [caritas, diakonie] = [await build.provider('Caritas'), await build.provider('Diakonie')];
    caritasId = toGlobalId('Provider', caritas.id);
    const { beds } = await build.site(district, 10);
    const volunteer = await build.volunteer(['ar', 'de']);

    /** A household with one row of every person- and household-linked type for each member. */
    const householdWithEverything = async (bedIndex: number) => {
      const made = await build.household(2, { communalSince: '2025-01-01' });
      for (const [i, person] of made.people.entries()) {
        await build.stay(person, beds[bedIndex + i], '2025-01-01');
        await build.need(person, NeedCategory.MENTAL_HEALTH, 'test-diagnosis');
        build.em.create(PersonLanguage, { person, language: 'ar', level: 'NATIVE' } as never);
        build.em.create(Occupation, {
          person,
          kind: OccupationKind.JOB,
          description: 'Lager',
          startsOn: '2026-01-01',
          hoursPerWeek: 20,
        });
        await build.consent(person, caritas);
      }
      await build.em.flush();
      await build.tenancy(made.household, await build.offer(district), '2024-01-01');
      const appointment = await build.appointment(made.household);
      build.em.create(VolunteerAssignment, { volunteer, appointment, task: 'Dolmetschen', startsOn: '2026-01-01' });
      // An accompaniment that ended last year: the household is no longer accompanied through it.
      build.em.create(VolunteerAssignment, {
        volunteer,
        household: made.household,
        task: 'Begleitung',
        startsOn: '2024-01-01',
        endsOn: '2025-01-01',
      });
      await build.em.flush();
      await build.em.getConnection().execute(
        `insert into caseworker_decision (household_id, kind, action, proposed, decided, reason, rule_id, rule_version, decided_by,
           decided_by_role, decided_by_organisation, decided_at, as_of, input_snapshot)
         values (?, 'PRIORITY', 'CONFIRM', '{}', '{}', 'test', 'r', '1', 'cw', 'CASEWORKER', '', now(), ?, '{}')`,
        [made.household.id, TODAY],
      );
      return made;
    };

    // Caritas holds a social-work mandate for `mandated`; only its first member consented... to Caritas for
    // social work — the second member's consent is withdrawn below. Diakonie holds `other`.
    const mandated = await householdWithEverything(0);
    await build.mandate(caritas, mandated.household);
    await build.mandate(diakonie, mandated.household);
    await hub.orm.em
      .getConnection()
      .execute('update consent set revoked_on = ? where person_id = ?', ['2026-02-01', mandated.people[1].id]);
    const other = await householdWithEverything(2);
    await build.mandate(diakonie, other.household);
    // `accompanied` has a volunteer now; `other` only had one in the past.
    const accompanied = await householdWithEverything(4);
    await build.volunteerAssignment(volunteer, accompanied.household);

    const ids = (made: { household: { id: number }; people: { id: number }[] }) => ({
      households: [made.household.id],
      persons: made.people.map((p) => p.id),
    });
    expected[`${Role.PROVIDER_STAFF}/${Purpose.SOCIAL_COUNSELLING}`] = {
      households: [mandated.household.id],
      persons: [mandated.people[0].id],
    };
    expected[`${Role.PROVIDER_STAFF}/${Purpose.HOUSING_PLACEMENT}`] = { households: [], persons: [] };
    // Every household has an appointment a volunteer helps at: all three count as accompanied.
    const all = [mandated, other, accompanied].map(ids);
    expected[`${Role.VOLUNTEER_COORDINATOR}/${Purpose.VOLUNTEER_COORDINATION}`] = {
      households: all.flatMap((a) => a.households),
      persons: all.flatMap((a) => a.persons),
    };
    expected[`${Role.PLANNER}/${Purpose.PLANNING}`] = { households: [], persons: [] };
    expected[`${Role.DATA_PROTECTION_OFFICER}/${Purpose.DATA_PROTECTION_AUDIT}`] = { households: [], persons: [] };
  });
  afterAll(() => hub.close());

  /** Every global ID of a person- or household-linked type anywhere in a response. */
  function rowsIn(value: unknown, found = new Map<string, { typeName: string; id: number }>()) {
    if (typeof value === 'string') {
      const decoded = fromGlobalId(value);
      if (decoded && OWNER_SQL[decoded.typeName]) found.set(value, decoded);
    } else if (Array.isArray(value)) {
      value.forEach((v) => rowsIn(v, found));
    } else if (value && typeof value === 'object') {
      Object.values(value).forEach((v) => rowsIn(v, found));
    }
    return found;
  }

  const audiences = Object.keys({
    [`${Role.PROVIDER_STAFF}/${Purpose.SOCIAL_COUNSELLING}`]: 1,
    [`${Role.PROVIDER_STAFF}/${Purpose.HOUSING_PLACEMENT}`]: 1,
    [`${Role.VOLUNTEER_COORDINATOR}/${Purpose.VOLUNTEER_COORDINATION}`]: 1,
    [`${Role.PLANNER}/${Purpose.PLANNING}`]: 1,
    [`${Role.DATA_PROTECTION_OFFICER}/${Purpose.DATA_PROTECTION_AUDIT}`]: 1,
  });

  test.each(audiences)('%s receives, on every path to depth 5, only rows of people it may see', async (audience) => {
    const [role, purpose] = audience.split('/') as [Role, Purpose];
    expect(purposesOf(role)).toContain(purpose);
    const as: As = { role, purpose, org: role === Role.PROVIDER_STAFF ? caritasId : undefined };
    const response = await hub.request(
      walkQuery(audienceSchema(await createSchema(), grantFor(role, purpose)!), 5),
      {},
      as,
    );
    expect(response.errors).toBeUndefined();
    const outside: string[] = [];
    const types = new Set<string>();
    // The audit log names its subjects by ID: that is what the data-protection officer audits, not a row read.
    const { auditEvents: _subjectsOfTheAudit, ...rows } = response.data;
    for (const { typeName, id } of rowsIn(rows).values()) {
      types.add(typeName);
      const [owner] = await hub.orm.em
        .getConnection()
        .execute<{ person: number | null; household: number | null }[]>(OWNER_SQL[typeName], [id]);
      const visible =
        owner.person !== null
          ? expected[audience].persons.includes(owner.person)
          : expected[audience].households.includes(owner.household!);
      if (!visible) outside.push(`${typeName}:${id}`);
    }
    expect(outside).toEqual([]);
    // The walk does reach the rows it may see, so an empty `outside` means something.
    const reached: Record<string, string[]> = {
      [`${Role.PROVIDER_STAFF}/${Purpose.SOCIAL_COUNSELLING}`]: [
        'Household',
        'Person',
        'CaseAssignment',
        'Consent',
        'PersonLanguage',
      ],
      [`${Role.VOLUNTEER_COORDINATOR}/${Purpose.VOLUNTEER_COORDINATION}`]: [
        'Household',
        'Person',
        'VolunteerAssignment',
        'Appointment',
      ],
    };
    expect([...types].sort()).toEqual(expect.arrayContaining(reached[audience] ?? []));
  });
});

describe('a volunteer coordinator and an ended accompaniment', () => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await startTestHub({ today: TODAY });
  });
  afterAll(() => hub.close());

  test('an assignment of a household that is no longer accompanied is not visible, not even as a row without household', async () => {
    const build = new Builders(hub.orm);
    const volunteer = await build.volunteer(['ti']);
    const { household } = await build.household(1);
    build.em.create(VolunteerAssignment, {
      volunteer,
      household,
      task: 'Begleitung zum Termin',
      startsOn: '2024-01-01',
      endsOn: '2025-06-30',
    });
    await build.em.flush();
    const coordinator = { role: Role.VOLUNTEER_COORDINATOR };
    const { volunteers } = await hub.data(
      `{ volunteers(first: 10) { nodes { assignments { task household { id } } } } }`,
      {},
      coordinator,
    );
    expect(volunteers.nodes).toEqual([{ assignments: [] }]);
    const admin = await hub.data(`{ volunteers(first: 10) { nodes { assignments { task } } } }`);
    expect(admin.volunteers.nodes).toEqual([{ assignments: [{ task: 'Begleitung zum Termin' }] }]);
  });
});
