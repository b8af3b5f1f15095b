import { startTestHub, type As, type TestHub } from '../support/hub';
import { Builders } from '../support/builders';
import { toGlobalId } from '../../src/graph/relay/global-id';
import { Purpose, Role } from '../../src/auth/roles';

const TODAY = '2026-11-25';
const CASEWORKER: As = { role: Role.CASEWORKER, purpose: Purpose.CASE_MANAGEMENT };
let hub: TestHub;
let build: Builders;

const RECORD_STATUS = `mutation($input: RecordLegalStatusInput!) { recordLegalStatus(input: $input) { legalStatus { id } } }`;
const RECORD = `mutation($input: RecordOccupationInput!) { recordOccupation(input: $input) {
  occupation { id kind description school grade hoursPerWeek monthlyIncome netMonthlyIncome startsOn endsOn } } }`;
const END = `mutation($input: EndOccupationInput!) { endOccupation(input: $input) { occupation { id endsOn } } }`;
const WBS = `query($id: ID!) { node(id: $id) { ... on Household { eligibility { wbs {
  outcome conditions reasons { code message } wbs { incomeLimit annualIncome } } } } } }`;
const OBLIGATION = `query($id: ID!) { node(id: $id) { ... on Person { residenceObligation {
  applies exemption { kind memberId relationToPerson legalBasis } } } } }`;

const JOB = {
  kind: 'JOB',
  description: 'Lagerhelfer, Spedition Muster',
  hoursPerWeek: 38,
  grossMonthlyIncome: 1500,
  netMonthlyIncome: 1150,
  startsOn: '2026-11-01',
};

async function single(): Promise<{ personId: string; householdId: string }> {
  const { household, people } = await build.household(1, { arrivedOn: '2025-06-01' });
  return { personId: toGlobalId('Person', people[0].id), householdId: toGlobalId('Household', household.id) };
}

async function counts(): Promise<{ occupations: number; audit: number }> {
  const [row] = await hub.orm.em
    .getConnection()
    .execute<{ occupations: number; audit: number }[]>(
      `select (select count(*)::int from occupation) as occupations, (select count(*)::int from audit_event where action <> 'READ') as audit`,
    );
  return row;
}

beforeAll(async () => {
  hub = await startTestHub({ today: TODAY });
  build = new Builders(hub.orm);
});
afterAll(() => hub.close());

test('income feeds the WBS test: proof asked only without income, then the income and the limit decide', async () => {
  const { personId, householdId } = await single();
  // A settlement permit: the stay is presumed, so only the income decides.
  const settlement = {
    kind: 'SETTLEMENT_PERMIT',
    paragraph: '§ 26 Abs. 3 AufenthG',
    validFrom: '2026-01-01',
    issuingAuthority: 'Ausländerbehörde Osnabrück',
  };
  await hub.data(RECORD_STATUS, { input: { personId, ...settlement } }, CASEWORKER);
  const wbs = async () => (await hub.data(WBS, { id: householdId })).node.eligibility.wbs;

  const without = await wbs();
  expect(without).toMatchObject({ outcome: 'ELIGIBLE', wbs: { incomeLimit: 21250, annualIncome: null } });
  expect(without.conditions.join(' ')).toMatch(/Proof that the annual household income/);

  const job = (await hub.data(RECORD, { input: { personId, ...JOB } }, CASEWORKER)).recordOccupation.occupation;
  expect(job).toMatchObject({
    kind: 'JOB',
    hoursPerWeek: 38,
    monthlyIncome: 1500,
    netMonthlyIncome: 1150,
    endsOn: null,
  });
  // €1,500 a month: €18,000 a year, €12,600 after the flat deductions, within the limit.
  const withJob = await wbs();
  expect(withJob).toMatchObject({ outcome: 'ELIGIBLE', wbs: { incomeLimit: 21250, annualIncome: 12600 } });
  expect(withJob.conditions.join(' ')).not.toMatch(/Proof that the annual household income/);
  expect(withJob.reasons).toContainEqual({
    code: 'WBS_INCOME_WITHIN_LIMIT',
    message: 'Annual income €12600 is within the limit of €21250.',
  });

  await hub.data(END, { input: { occupationId: job.id, endsOn: '2026-11-15' } }, CASEWORKER);
  await hub.data(
    RECORD,
    { input: { personId, ...JOB, grossMonthlyIncome: 2600, netMonthlyIncome: 1750, startsOn: '2026-11-16' } },
    CASEWORKER,
  );
  const better = await wbs();
  expect(better).toMatchObject({ outcome: 'NOT_ELIGIBLE', wbs: { annualIncome: 21840 } });
  expect(better.reasons).toContainEqual({
    code: 'WBS_INCOME_ABOVE_LIMIT',
    message: 'Annual income €21840 exceeds the limit of €21250.',
  });
});

test('a job of 20 h/week above the average need exempts from § 12a, named with its basis', async () => {
  const { personId } = await single();
  const recognition = {
    kind: 'RESIDENCE_PERMIT',
    paragraph: '§ 25 Abs. 2 AufenthG',
    validFrom: '2026-10-01',
    validUntil: '2029-09-30',
    issuingAuthority: 'Ausländerbehörde Osnabrück',
    decisionDate: '2026-09-15',
  };
  await hub.data(RECORD_STATUS, { input: { personId, ...recognition } }, CASEWORKER);
  expect((await hub.data(OBLIGATION, { id: personId })).node.residenceObligation).toEqual({
    applies: true,
    exemption: null,
  });

  await hub.data(
    RECORD,
    { input: { personId, ...JOB, hoursPerWeek: 20, grossMonthlyIncome: 1200, netMonthlyIncome: 950 } },
    CASEWORKER,
  );
  expect((await hub.data(OBLIGATION, { id: personId })).node.residenceObligation).toEqual({
    applies: false,
    exemption: {
      kind: 'EMPLOYMENT',
      memberId: personId,
      relationToPerson: 'SELF',
      legalBasis: '§ 12a Abs. 1 S. 2 AufenthG',
    },
  });
});

test('school attendance with school and grade; the audit of a job holds no income', async () => {
  const { personId } = await single();
  const school = (
    await hub.data(
      RECORD,
      {
        input: {
          personId,
          kind: 'SCHOOL',
          description: 'Sprachlernklasse',
          school: 'IGS Osnabrück',
          grade: 7,
          startsOn: '2026-08-01',
        },
      },
      CASEWORKER,
    )
  ).recordOccupation.occupation;
  expect(school).toMatchObject({ school: 'IGS Osnabrück', grade: 7, monthlyIncome: null });

  const job = (await hub.data(RECORD, { input: { personId, ...JOB } }, CASEWORKER)).recordOccupation.occupation;
  const [entry] = await hub.orm.em
    .getConnection()
    .execute(
      `select after, categories from audit_event where entity_type = 'Occupation' and action = 'CREATE' and entity_ids = ?::text[]`,
      [`{${job.id}}`],
    );
  expect(entry.categories).toEqual(['EDUCATION_AND_WORK']);
  expect(entry.after).toMatchObject({
    monthlyIncomeCents: '[redacted]',
    netMonthlyIncomeCents: '[redacted]',
    hoursPerWeek: 38,
  });
});

test.each([
  ['a job without hours', { ...JOB, hoursPerWeek: null }, 'input.hoursPerWeek'],
  ['a job without income', { ...JOB, grossMonthlyIncome: null, netMonthlyIncome: null }, 'input.grossMonthlyIncome'],
  ['net above gross', { ...JOB, netMonthlyIncome: 1600 }, 'input.netMonthlyIncome'],
  ['an end before the start', { ...JOB, endsOn: '2026-10-01' }, 'input.endsOn'],
  [
    'school attendance without a school',
    { kind: 'SCHOOL', description: 'Grundschule', startsOn: '2026-08-01' },
    'input.school',
  ],
  ['a grade on a job', { ...JOB, grade: 7 }, 'input.grade'],
  [
    'income from study',
    { kind: 'STUDY', description: 'Informatik', grossMonthlyIncome: 500, startsOn: '2026-10-01' },
    'input.grossMonthlyIncome',
  ],
])('refuses %s, naming the field, and writes nothing', async (_case, occupation, field) => {
  const { personId } = await single();
  const before = await counts();
  const response = await hub.request(RECORD, { input: { personId, ...occupation } }, CASEWORKER);
  expect(response.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
  expect(await counts()).toEqual(before);
});

test('ending refuses a day before the start and unknown occupations', async () => {
  const { personId } = await single();
  const job = (await hub.data(RECORD, { input: { personId, ...JOB } }, CASEWORKER)).recordOccupation.occupation;
  const early = await hub.request(END, { input: { occupationId: job.id, endsOn: '2026-10-31' } }, CASEWORKER);
  expect(early.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.endsOn' });
  const missing = await hub.request(
    END,
    { input: { occupationId: toGlobalId('Occupation', 999999), endsOn: '2026-12-31' } },
    CASEWORKER,
  );
  expect(missing.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', field: 'input.occupationId' });
});

test.each([
  [Role.HOUSING_OFFICER, Purpose.HOUSING_PLACEMENT],
  [Role.CASEWORKER, Purpose.HOUSING_PLACEMENT],
  [Role.PROVIDER_STAFF, Purpose.HOUSING_PLACEMENT],
  [Role.VOLUNTEER_COORDINATOR, Purpose.VOLUNTEER_COORDINATION],
])('%s (%s) may not record occupations', async (role, purpose) => {
  const { personId } = await single();
  const response = await hub.request(
    RECORD,
    { input: { personId, ...JOB } },
    { role, purpose, org: toGlobalId('Provider', 1) },
  );
  expect(response.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
});
