import { Client } from 'pg';
import { hubModel } from '../../src/server/model';
import { startTestHub, type As, type TestHub } from '../support/hub';
import { Builders } from '../support/builders';
import { adminUrl, databaseUrl } from '../support/database';
import { toGlobalId } from '../../src/graph/relay/global-id';
import { Purpose, Role } from '../../src/auth/roles';
import { CasePurpose } from '../../src/modules/providers/providers.enums';
import {
  LegalStatusKind,
  MemberRelation,
  NeedCategory,
  OccupationKind,
  Sex,
} from '../../src/modules/people/people.enums';
import { connectOrm } from '../../src/db/orm';
import { migrationsList } from '../../src/db/migrations';
import { randomBytes } from 'node:crypto';

/**
 * The audit log holds no more than it must (issue 16): who, role, organisation, purpose, operation,
 * subjects, categories and which fields changed — never a special-category value or an income — and
 * every read that reveals a person's or household's existence.
 */

const TODAY = '2026-11-25';
const dpo: As = { role: Role.DATA_PROTECTION_OFFICER };
const AUDIT = `query($filter: AuditEventFilter) { auditEvents(first: 100, filter: $filter) { nodes {
  action role purpose operation entityType entityIds subjectIds categories details before after } } }`;
/** Values that are special-category data or income in the fixture: the log must hold none of them. */
const PROTECTED = [
  'test-diagnosis',
  'test-religion',
  'test-reasons',
  'PTSD',
  'MENTAL_HEALTH',
  'DISABLED',
  '"disabilityDegree":60',
  '187500',
  'SERIOUS_ILLNESS',
];

let hub: TestHub;
let build: Builders;
let caritas: As;
let personId: string;
let householdId: string;

beforeAll(async () => {
  hub = await startTestHub({ today: TODAY });
  build = new Builders(hub.orm);
  const provider = await build.provider('Caritas');
  caritas = {
    role: Role.PROVIDER_STAFF,
    org: toGlobalId('Provider', provider.id),
    purpose: Purpose.SOCIAL_COUNSELLING,
  };
  const { household, people } = await build.planningHousehold({
    arrivedOn: '2023-01-10',
    communalSince: '2024-06-01',
    members: [
      {
        relation: MemberRelation.HEAD,
        birthDate: '1990-01-01',
        sex: Sex.FEMALE,
        disabilityDegree: 60,
        needs: [NeedCategory.PTSD, NeedCategory.SERIOUS_ILLNESS],
        occupations: [{ kind: OccupationKind.JOB, hoursPerWeek: 30, monthlyIncomeCents: 187500 }],
        statuses: [
          {
            kind: LegalStatusKind.RESIDENCE_PERMIT,
            paragraph: '§ 25 Abs. 2 S. 1 Alt. 1 AufenthG',
            validFrom: '2024-05-15',
          },
        ],
      },
    ],
  });
  await build.need(people[0], NeedCategory.MENTAL_HEALTH, 'test-diagnosis');
  await build.mandate(provider, household, { purpose: CasePurpose.SOCIAL_WORK });
  await build.consent(people[0], provider);
  personId = toGlobalId('Person', people[0].id);
  householdId = toGlobalId('Household', household.id);
});
afterAll(() => hub.close());

test("the data-protection officer's view of a caseworker's priority decision carries no special-category value", async () => {
  const caseworker: As = { role: Role.CASEWORKER, purpose: Purpose.CASE_MANAGEMENT };
  const decided = await hub.data(
    `mutation($input: DecidePriorityInput!) { decidePriority(input: $input) { decision { inputSnapshot } } }`,
    { input: { householdId, action: 'CONFIRM' } },
    caseworker,
  );
  // The caseworker's own answer has the snapshot with the vulnerabilities: it is the audit that must not.
  expect(JSON.stringify(decided)).toContain('PTSD');

  const { auditEvents } = await hub.data(AUDIT, {}, dpo);
  const text = JSON.stringify(auditEvents);
  for (const value of PROTECTED) expect(text).not.toContain(value);
  const decision = auditEvents.nodes.find((e: any) => e.entityType === 'CaseworkerDecision' && e.action === 'CREATE');
  expect(decision).toMatchObject({
    role: 'CASEWORKER',
    purpose: 'CASE_MANAGEMENT',
    subjectIds: [householdId],
    categories: ['PRIORITY_REASONS'],
  });
  expect(decision.details).toEqual(expect.arrayContaining(['inputSnapshot', 'household']));
  expect(decision.after).toMatchObject({
    inputSnapshot: '[redacted]',
    reason: '[redacted]',
    household: expect.any(Number),
  });
});

test('a change of health data names its person and category, so the officer can answer who changed it', async () => {
  const { auditEvents } = await hub.data(AUDIT, { filter: { subjectId: personId, category: 'SPECIAL_CATEGORY' } }, dpo);
  const types = auditEvents.nodes.map((e: any) => `${e.action} ${e.entityType}`);
  // The person (disability degree, religion, asylum reasons) and each of the three needs.
  expect(types.sort()).toEqual(['CREATE Need', 'CREATE Need', 'CREATE Need', 'CREATE Person']);
  const need = auditEvents.nodes.find((e: any) => e.entityType === 'Need');
  expect(need.after).toMatchObject({ category: '[redacted]', recordedOn: '[redacted]', person: expect.any(Number) });
  const person = auditEvents.nodes.find((e: any) => e.entityType === 'Person');
  expect(person.after).toMatchObject({ disabilityDegree: '[redacted]', givenName: expect.any(String) });
  expect(person.categories).toEqual(expect.arrayContaining(['COMPOSITION', 'SPECIAL_CATEGORY']));
});

test('income is not copied into the log either', async () => {
  const { auditEvents } = await hub.data(
    AUDIT,
    { filter: { subjectId: personId, category: 'EDUCATION_AND_WORK' } },
    dpo,
  );
  const occupation = auditEvents.nodes.find((e: any) => e.entityType === 'Occupation');
  expect(occupation.after).toMatchObject({ monthlyIncomeCents: '[redacted]', hoursPerWeek: 30 });
});

describe('reads that only reveal existence', () => {
  const readsOf = async (subjectId: string) =>
    (await hub.data(AUDIT, { filter: { actions: ['READ'], subjectId } }, dpo)).auditEvents.nodes;

  test('node(id:) { __typename } on a visible person is audited as EXISTENCE', async () => {
    const before = (await readsOf(personId)).length;
    const { node } = await hub.data(
      `query Exists($id: ID!) { node(id: $id) { __typename } }`,
      { id: personId },
      caritas,
    );
    expect(node).toEqual({ __typename: 'Person' });
    const reads = await readsOf(personId);
    expect(reads).toHaveLength(before + 1);
    expect(reads[0]).toMatchObject({
      operation: 'Exists',
      entityType: 'Person',
      subjectIds: [personId],
      categories: ['EXISTENCE'],
    });
  });

  test('a list of households read for their IDs only is audited too, one entry for them all', async () => {
    await hub.data(`query Ids { households(first: 5) { nodes { id } } }`, {}, caritas);
    const [read] = await readsOf(householdId);
    expect(read).toMatchObject({
      operation: 'Ids',
      entityType: 'Household',
      entityIds: [householdId],
      categories: ['EXISTENCE'],
    });
  });

  test('a subject whose data was read is listed with those categories, not as EXISTENCE', async () => {
    await hub.data(`query Names { households(first: 5) { nodes { members { givenName } } } }`, {}, caritas);
    const reads = (await readsOf(personId)).filter((e: any) => e.operation === 'Names');
    expect(reads).toEqual([expect.objectContaining({ categories: ['COMPOSITION'] })]);
    // Its household's `members` is the household's composition.
    expect((await readsOf(householdId)).find((e: any) => e.operation === 'Names')).toMatchObject({
      categories: ['COMPOSITION'],
    });
  });

  test('a totalCount alone names nobody and leaves no entry', async () => {
    const before = (await hub.data(AUDIT, { filter: { actions: ['READ'] } }, dpo)).auditEvents.nodes.length;
    await hub.data(`{ households { totalCount } }`, {}, caritas);
    expect((await hub.data(AUDIT, { filter: { actions: ['READ'] } }, dpo)).auditEvents.nodes.length).toBe(before);
  });
});

test('the migration redacts what earlier versions copied into the log, and names the subjects of old reads', async () => {
  const name = `lotse_test_audit_${randomBytes(4).toString('hex')}`;
  const admin = new Client({ connectionString: adminUrl() });
  await admin.connect();
  await admin.query(`create database ${name}`);
  const orm = await connectOrm(databaseUrl(name), hubModel, { poolSize: 1 });
  try {
    const migrator = orm.getMigrator();
    const minimalAudit = migrationsList.findIndex((m) => m.name === 'Migration20261202000000MinimalAudit');
    await migrator.up({ to: migrationsList[minimalAudit - 1].name });
    const connection = orm.em.getConnection();
    const old = (entityType: string, action: string, entityIds: string[], details: string[], after: object | null) =>
      connection.execute(
        `insert into audit_event (action, actor, role, purpose, entity_type, entity_ids, details, after)
         values (?, 'cw', 'CASEWORKER', 'CASE_MANAGEMENT', ?, ?::text[], ?::text[], ?)`,
        // Array literals: knex would spread a JS array into several parameters.
        [
          action,
          entityType,
          `{${entityIds.join(',')}}`,
          `{${details.join(',')}}`,
          after === null ? null : JSON.stringify(after),
        ],
      );
    await old('CaseworkerDecision', 'CREATE', ['Q2FzZXdvcmtlckRlY2lzaW9uOjE'], ['inputSnapshot'], {
      id: 1,
      household: 7,
      inputSnapshot: { needs: ['PTSD'] },
    });
    await old('Person', 'UPDATE', [personId], ['disabilityDegree'], {
      id: 1,
      givenName: 'Amal',
      disabilityDegree: 60,
      religion: 'test-religion',
    });
    await old('Occupation', 'CREATE', ['T2NjdXBhdGlvbjox'], ['monthlyIncomeCents'], {
      id: 1,
      person: 1,
      monthlyIncomeCents: 187500,
      hoursPerWeek: 30,
    });
    await old('Need', 'CREATE', ['TmVlZDox'], ['category'], {
      id: 1,
      person: 1,
      category: 'PTSD',
      details: 'test-diagnosis',
    });
    await old('Person', 'READ', [personId], ['COMPOSITION', 'SPECIAL_CATEGORY'], null);
    await migrator.up();

    const rows = await connection.execute(
      `select entity_type, action, subject_ids, categories, after from audit_event order by id`,
    );
    expect(JSON.stringify(rows)).not.toMatch(/PTSD|test-diagnosis|test-religion|187500|:60/);
    expect(rows.map((r: any) => r.after)).toEqual([
      { id: 1, household: 7, inputSnapshot: '[redacted]' },
      { id: 1, givenName: 'Amal', disabilityDegree: '[redacted]', religion: '[redacted]' },
      { id: 1, person: 1, monthlyIncomeCents: '[redacted]', hoursPerWeek: 30 },
      { id: 1, person: 1, category: '[redacted]', details: '[redacted]' },
      null,
    ]);
    expect(rows[4]).toMatchObject({ subject_ids: [personId], categories: ['COMPOSITION', 'SPECIAL_CATEGORY'] });
    // And the log is append-only again afterwards.
    await expect(connection.execute(`delete from audit_event`)).rejects.toThrow(/append-only/);
  } finally {
    await orm.close();
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.end();
  }
});
