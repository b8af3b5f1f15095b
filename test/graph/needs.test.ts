import { startTestHub, type As, type TestHub } from '../support/hub';
import { Builders } from '../support/builders';
import { toGlobalId } from '../../src/graph/relay/global-id';
import { Purpose, Role } from '../../src/auth/roles';

const TODAY = '2026-11-25';
const CASEWORKER: As = { role: Role.CASEWORKER, purpose: Purpose.CASE_MANAGEMENT };
let hub: TestHub;
let build: Builders;

const RECORD = `mutation($input: RecordNeedInput!) { recordNeed(input: $input) { need { id category details recordedOn endsOn } } }`;
const END = `mutation($input: EndNeedInput!) { endNeed(input: $input) { need { id endsOn } } }`;
const ASSESS = `mutation($input: AssessNeedsInput!) { assessNeeds(input: $input) { person { needsAssessment { dueOn assessedOn overdue } } } }`;
const PERSON = `query($id: ID!) { node(id: $id) { ... on Person { needs { category details endsOn } needsAssessment { dueOn assessedOn overdue }
  household { priority { score tier { id } } } } } }`;

async function person(arrivedOn = '2026-10-01'): Promise<string> {
  const { people } = await build.household(1, { arrivedOn, communalSince: arrivedOn });
  return toGlobalId('Person', people[0].id);
}

async function counts(): Promise<{ needs: number; audit: number; assessed: number }> {
  const [row] = await hub.orm.em.getConnection().execute<{ needs: number; audit: number; assessed: number }[]>(
    `select (select count(*)::int from need) as needs, (select count(*)::int from audit_event where action <> 'READ') as audit,
       (select count(*)::int from person where needs_assessed_on is not null) as assessed`,
  );
  return row;
}

beforeAll(async () => {
  hub = await startTestHub({ today: TODAY });
  build = new Builders(hub.orm);
});
afterAll(() => hub.close());

test('records a need, audited without its details, and ends it', async () => {
  const personId = await person();
  const { recordNeed } = await hub.data(
    RECORD,
    { input: { personId, category: 'PREGNANCY', details: 'due in March' } },
    CASEWORKER,
  );
  expect(recordNeed.need).toMatchObject({
    category: 'PREGNANCY',
    details: 'due in March',
    recordedOn: TODAY,
    endsOn: null,
  });

  const [entry] = await hub.orm.em
    .getConnection()
    .execute(
      `select purpose, categories, subject_ids, after from audit_event where entity_type = 'Need' and action = 'CREATE' and entity_ids = ?::text[]`,
      [`{${recordNeed.need.id}}`],
    );
  expect(entry).toMatchObject({
    purpose: 'CASE_MANAGEMENT',
    categories: ['SPECIAL_CATEGORY'],
    subject_ids: [personId],
  });
  expect(entry.after).toMatchObject({ details: '[redacted]', category: '[redacted]' });
  expect(JSON.stringify(entry)).not.toContain('March');

  await hub.data(END, { input: { needId: recordNeed.need.id, endsOn: '2027-03-20' } }, CASEWORKER);
  expect((await hub.data(PERSON, { id: personId })).node.needs).toEqual([
    { category: 'PREGNANCY', details: 'due in March', endsOn: '2027-03-20' },
  ]);
});

test('a conflict that another GU cannot solve carries no detail, and raises the priority', async () => {
  const personId = await person();
  const before = (await hub.data(PERSON, { id: personId })).node.household.priority;
  const refused = await hub.request(
    RECORD,
    { input: { personId, category: 'CONFLICT', details: 'fight with neighbour X' } },
    CASEWORKER,
  );
  expect(refused.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.details' });

  await hub.data(RECORD, { input: { personId, category: 'CONFLICT' } }, CASEWORKER);
  const after = (await hub.data(PERSON, { id: personId })).node;
  expect(after.needs).toEqual([{ category: 'CONFLICT', details: null, endsOn: null }]);
  expect(after.household.priority.score).toBeGreaterThan(before.score);
});

test.each([
  ['a future day', { category: 'PTSD', recordedOn: '2026-11-26' }, 'BAD_USER_INPUT', 'input.recordedOn'],
  ['details on a conflict', { category: 'CONFLICT', details: 'x' }, 'BAD_USER_INPUT', 'input.details'],
  ['the same open need twice', { category: 'STEP_FREE_ACCESS' }, 'CONFLICT', 'input.category'],
])('refuses %s, naming the field, and writes nothing', async (_case, need, code, field) => {
  const personId = await person();
  await hub.data(RECORD, { input: { personId, category: 'STEP_FREE_ACCESS' } }, CASEWORKER);
  const before = await counts();
  const response = await hub.request(RECORD, { input: { personId, ...need } }, CASEWORKER);
  expect(response.errors?.[0].extensions).toMatchObject({ code, field });
  expect(await counts()).toEqual(before);
});

test('ending refuses a day not after the record and a second end', async () => {
  const personId = await person();
  const need = (
    await hub.data(RECORD, { input: { personId, category: 'SERIOUS_ILLNESS', recordedOn: '2026-11-01' } }, CASEWORKER)
  ).recordNeed.need;
  const early = await hub.request(END, { input: { needId: need.id, endsOn: '2026-11-01' } }, CASEWORKER);
  expect(early.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.endsOn' });
  await hub.data(END, { input: { needId: need.id, endsOn: '2026-11-20' } }, CASEWORKER);
  const twice = await hub.request(END, { input: { needId: need.id, endsOn: '2026-11-21' } }, CASEWORKER);
  expect(twice.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', field: 'input.needId' });
});

test('the needs assessment is due 30 days after arrival, shown overdue until recorded', async () => {
  const overdueId = await person('2026-10-01');
  expect((await hub.data(PERSON, { id: overdueId })).node.needsAssessment).toEqual({
    dueOn: '2026-10-31',
    assessedOn: null,
    overdue: true,
  });
  const recentId = await person('2026-11-10');
  expect((await hub.data(PERSON, { id: recentId })).node.needsAssessment).toEqual({
    dueOn: '2026-12-10',
    assessedOn: null,
    overdue: false,
  });

  const overdue = async () =>
    (
      await hub.data(
        `{ overdueNeedsAssessments(first: 100) { nodes { id needsAssessment { overdue } } } }`,
        {},
        CASEWORKER,
      )
    ).overdueNeedsAssessments.nodes;
  expect(await overdue()).toContainEqual({ id: overdueId, needsAssessment: { overdue: true } });
  expect((await overdue()).map((p: { id: string }) => p.id)).not.toContain(recentId);

  const { assessNeeds } = await hub.data(
    ASSESS,
    { input: { personId: overdueId, assessedOn: '2026-11-20' } },
    CASEWORKER,
  );
  expect((await overdue()).map((p: { id: string }) => p.id)).not.toContain(overdueId);
  expect(assessNeeds.person.needsAssessment).toEqual({ dueOn: '2026-10-31', assessedOn: '2026-11-20', overdue: false });
  const [entry] = await hub.orm.em
    .getConnection()
    .execute(
      `select categories, after->>'needsAssessedOn' as value from audit_event where entity_type = 'Person' and action = 'UPDATE' order by id desc limit 1`,
    );
  expect(entry).toEqual({ categories: ['SPECIAL_CATEGORY'], value: '[redacted]' });

  for (const [assessedOn, field] of [
    ['2026-09-30', 'input.assessedOn'],
    ['2026-11-26', 'input.assessedOn'],
  ]) {
    const response = await hub.request(ASSESS, { input: { personId: recentId, assessedOn } }, CASEWORKER);
    expect(response.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
  }
});
