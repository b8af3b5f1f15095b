import { startTestHub, type As, type TestHub } from '../support/hub';
import { Builders } from '../support/builders';
import { toGlobalId } from '../../src/graph/relay/global-id';
import { Purpose, Role } from '../../src/auth/roles';

const TODAY = '2026-11-25';
const CASEWORKER: As = { role: Role.CASEWORKER, purpose: Purpose.CASE_MANAGEMENT };
let hub: TestHub;
let build: Builders;

const RECORD = `mutation($input: RecordLegalStatusInput!) { recordLegalStatus(input: $input) {
  legalStatus { id kind paragraph validFrom validUntil issuingAuthority decisionDate documentNumber recordedBy recordedAt supersededAt } } }`;
const CORRECT = `mutation($input: CorrectLegalStatusInput!) { correctLegalStatus(input: $input) {
  legalStatus { id validUntil decisionDate correctionReason recordedBy corrects { id } supersededAt } superseded { id supersededAt } } }`;
const END = `mutation($input: EndLegalStatusInput!) { endLegalStatus(input: $input) { legalStatus { id validUntil } } }`;
const HISTORY = `query($id: ID!) { node(id: $id) { ... on Person {
  legalStatuses { id kind validFrom validUntil decisionDate supersededAt correctionReason corrects { id } } } } }`;
const RULES = `query($id: ID!, $asOf: LocalDate) { node(id: $id) { ... on Person {
  benefitRegime(asOf: $asOf) { regime scope asylbLgEndsOn }
  residenceObligation(asOf: $asOf) { applies startedOn until }
  household { benefitRegime eligibility(asOf: $asOf) { headRegime } } } } }`;
const SGB_II_HOUSEHOLDS = `{ households(first: 100, filter: { benefitRegimes: [SGB_II] }) { nodes { id } } }`;

const PERMIT = {
  kind: 'RESIDENCE_PERMIT',
  paragraph: '§ 25 Abs. 2 AufenthG',
  validFrom: '2026-11-20',
  validUntil: '2029-11-19',
  issuingAuthority: 'Ausländerbehörde Osnabrück',
  decisionDate: '2026-10-15',
  documentNumber: 'Y1234567',
};

async function single(): Promise<{ personId: string; householdId: string; gestattungId: string }> {
  const { household, people } = await build.household(1, { arrivedOn: '2025-06-01' });
  const [status] = await build.em
    .getConnection()
    .execute(`select id from legal_status where person_id = ?`, [people[0].id]);
  return {
    personId: toGlobalId('Person', people[0].id),
    householdId: toGlobalId('Household', household.id),
    gestattungId: toGlobalId('LegalStatus', status.id),
  };
}

async function counts(): Promise<{ statuses: number; audit: number; regimes: string }> {
  const [row] = await hub.orm.em.getConnection().execute<{ statuses: number; audit: number; regimes: string }[]>(
    `select (select count(*)::int from legal_status) as statuses, (select count(*)::int from audit_event where action <> 'READ') as audit,
       (select string_agg(benefit_regime, ',' order by id) from household) as regimes`,
  );
  return row;
}

beforeAll(async () => {
  hub = await startTestHub({ today: TODAY });
  build = new Builders(hub.orm);
});
afterAll(() => hub.close());

describe('recordLegalStatus', () => {
  test('a recognition switches regime, § 12a, eligibility and the stored regime on the right days', async () => {
    const { personId, householdId } = await single();
    expect((await hub.data(SGB_II_HOUSEHOLDS)).households.nodes).not.toContainEqual({ id: householdId });

    const response = await hub.request(RECORD, { input: { personId, ...PERMIT } }, CASEWORKER);
    // Lock, reads, the insert, the regime's four loads, the household update, audit entries, the transaction.
    expect(response.statements).toBeLessThanOrEqual(14);
    const { recordLegalStatus } = response.data;
    expect(recordLegalStatus.legalStatus).toMatchObject({
      ...PERMIT,
      recordedBy: 'test-caseworker',
      supersededAt: null,
    });
    expect(recordLegalStatus.legalStatus.recordedAt).toEqual(expect.any(String));

    const before = (await hub.data(RULES, { id: personId, asOf: '2026-10-14' })).node;
    expect(before.benefitRegime.scope).toBe('ASYLBLG');
    expect(before.residenceObligation.applies).toBe(false);
    // § 1 Abs. 3 AsylbLG: the AsylbLG runs to the end of the month of the recognition.
    const monthOfRecognition = (await hub.data(RULES, { id: personId, asOf: '2026-10-20' })).node;
    expect(monthOfRecognition.benefitRegime).toMatchObject({ scope: 'ASYLBLG', asylbLgEndsOn: '2026-10-31' });
    expect(monthOfRecognition.residenceObligation).toEqual({
      applies: true,
      startedOn: '2026-10-15',
      until: '2029-10-14',
    });
    const after = (await hub.data(RULES, { id: personId, asOf: '2026-11-01' })).node;
    expect(after.benefitRegime).toMatchObject({ regime: 'SGB_II', scope: 'SGB' });
    expect(after.household.eligibility.headRegime).toBe('SGB_II');
    // The stored regime (filters, statistics) followed in the same transaction.
    expect(after.household.benefitRegime).toBe('SGB_II');
    expect((await hub.data(SGB_II_HOUSEHOLDS)).households.nodes).toContainEqual({ id: householdId });

    const [audit] = await hub.orm.em
      .getConnection()
      .execute(
        `select actor, purpose, categories from audit_event where entity_type = 'LegalStatus' and action = 'CREATE' and entity_ids = ?::text[]`,
        [`{${recordLegalStatus.legalStatus.id}}`],
      );
    expect(audit).toEqual({ actor: 'test-caseworker', purpose: 'CASE_MANAGEMENT', categories: ['LEGAL_STATUS'] });
  });

  test.each([
    ['the end before the start', { validUntil: '2026-11-01' }, 'BAD_USER_INPUT', 'input.validUntil'],
    [
      'a recognition date in the future',
      { decisionDate: '2026-12-01', validFrom: '2026-12-02' },
      'BAD_USER_INPUT',
      'input.decisionDate',
    ],
    [
      'a permit after recognition valid before the recognition',
      { decisionDate: '2026-11-21' },
      'BAD_USER_INPUT',
      'input.decisionDate',
    ],
    [
      'a second permit for an overlapping period',
      { validFrom: '2029-01-01', validUntil: null },
      'CONFLICT',
      'input.validFrom',
    ],
    // class-validator paths are named without the argument today (src/server/format-error.ts).
    [
      'an empty issuing authority',
      { issuingAuthority: '' },
      'BAD_USER_INPUT',
      expect.stringMatching(/^(input\.)?issuingAuthority$/),
    ],
  ])('refuses %s, naming the field, and writes nothing', async (_case, change, code, field) => {
    const { personId } = await single();
    await hub.data(RECORD, { input: { personId, ...PERMIT } }, CASEWORKER);
    const before = await counts();
    const response = await hub.request(RECORD, { input: { personId, ...PERMIT, ...change } }, CASEWORKER);
    expect(response.errors?.[0].extensions).toMatchObject({ code, field });
    expect(await counts()).toEqual(before);
  });

  test('refuses an unknown person and an ID of another type', async () => {
    const missing = await hub.request(
      RECORD,
      { input: { personId: toGlobalId('Person', 999999), ...PERMIT } },
      CASEWORKER,
    );
    expect(missing.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', field: 'input.personId' });
    const wrongType = await hub.request(
      RECORD,
      { input: { personId: toGlobalId('Household', 1), ...PERMIT } },
      CASEWORKER,
    );
    expect(wrongType.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.personId' });
  });

  test.each([
    [Role.HOUSING_OFFICER, Purpose.HOUSING_PLACEMENT],
    [Role.CASEWORKER, Purpose.HOUSING_PLACEMENT],
    [Role.PROVIDER_STAFF, Purpose.SOCIAL_COUNSELLING],
    [Role.PLANNER, Purpose.PLANNING],
  ])('%s (%s) may not record a legal status', async (role, purpose) => {
    const { personId } = await single();
    const response = await hub.request(
      RECORD,
      { input: { personId, ...PERMIT } },
      { role, purpose, org: toGlobalId('Provider', 1) },
    );
    expect(response.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});

describe('correctLegalStatus', () => {
  test('keeps the old row, marked superseded, and the rules read only the correction', async () => {
    const { personId } = await single();
    const recorded = (await hub.data(RECORD, { input: { personId, ...PERMIT } }, CASEWORKER)).recordLegalStatus
      .legalStatus;
    const { correctLegalStatus } = await hub.data(
      CORRECT,
      {
        input: {
          legalStatusId: recorded.id,
          ...PERMIT,
          decisionDate: '2026-09-10',
          reason: 'BAMF decision date misread',
        },
      },
      CASEWORKER,
    );
    expect(correctLegalStatus.legalStatus).toMatchObject({
      decisionDate: '2026-09-10',
      correctionReason: 'BAMF decision date misread',
      recordedBy: 'test-caseworker',
      corrects: { id: recorded.id },
      supersededAt: null,
    });
    expect(correctLegalStatus.superseded).toEqual({ id: recorded.id, supersededAt: expect.any(String) });

    const history = (await hub.data(HISTORY, { id: personId })).node.legalStatuses;
    expect(history.map((s: { id: string }) => s.id)).toEqual([
      expect.any(String),
      recorded.id,
      correctLegalStatus.legalStatus.id,
    ]);
    expect(history[1]).toMatchObject({ decisionDate: '2026-10-15', supersededAt: expect.any(String) });
    const rules = (await hub.data(RULES, { id: personId, asOf: '2026-09-20' })).node;
    expect(rules.residenceObligation).toEqual({ applies: true, startedOn: '2026-09-10', until: '2029-09-09' });

    const audit = await hub.orm.em.getConnection().execute(
      `select action, before->>'supersededAt' as was, after->>'supersededAt' as now from audit_event
       where entity_type = 'LegalStatus' and action = 'UPDATE' and entity_ids = ?::text[]`,
      [`{${recorded.id}}`],
    );
    expect(audit).toEqual([{ action: 'UPDATE', was: null, now: expect.any(String) }]);

    const again = await hub.request(
      CORRECT,
      { input: { legalStatusId: recorded.id, ...PERMIT, reason: 'second try' } },
      CASEWORKER,
    );
    expect(again.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', field: 'input.legalStatusId' });
  });

  test('two concurrent corrections of the same row: exactly one wins', async () => {
    const { personId } = await single();
    const recorded = (await hub.data(RECORD, { input: { personId, ...PERMIT } }, CASEWORKER)).recordLegalStatus
      .legalStatus;
    const correct = (validUntil: string) =>
      hub.request(
        CORRECT,
        { input: { legalStatusId: recorded.id, ...PERMIT, validUntil, reason: `end is ${validUntil}` } },
        CASEWORKER,
      );
    // Another transaction holds the household's row while the three arrive.
    const holder = hub.orm.em.fork();
    await holder.begin();
    await holder.execute(
      'select id from household where id = (select household_id from person where id = ?) for update',
      [Number(Buffer.from(personId, 'base64url').toString().split(':')[1])],
    );
    let settled = 0;
    const pending = Promise.all(
      [correct('2029-11-18'), correct('2029-11-17'), correct('2029-11-16')].map((p) => p.finally(() => settled++)),
    );
    await new Promise((resolve) => setTimeout(resolve, 500));
    // Each correction takes the household's lock before it reads anything, so none got past it.
    expect(settled).toBe(0);
    await holder.commit();
    const results = await pending;
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    expect(results.filter((r) => r.errors?.[0].extensions?.code === 'CONFLICT')).toHaveLength(2);
    const current = (await hub.data(HISTORY, { id: personId })).node.legalStatuses.filter(
      (s: { kind: string; supersededAt: string | null }) => s.kind === 'RESIDENCE_PERMIT' && s.supersededAt === null,
    );
    expect(current).toHaveLength(1);
  });

  test('a correction may not overlap another document of the same kind', async () => {
    const { personId, gestattungId } = await single();
    await hub.data(
      RECORD,
      {
        input: {
          personId,
          kind: 'ASYLUM_PROCEDURE',
          paragraph: '§ 55 AsylG',
          validFrom: '2020-01-01',
          validUntil: '2020-12-31',
          issuingAuthority: 'BAMF',
        },
      },
      CASEWORKER,
    );
    const response = await hub.request(
      CORRECT,
      {
        input: {
          legalStatusId: gestattungId,
          kind: 'ASYLUM_PROCEDURE',
          paragraph: '§ 55 AsylG',
          validFrom: '2020-06-01',
          issuingAuthority: 'BAMF',
          reason: 'start misread',
        },
      },
      CASEWORKER,
    );
    expect(response.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', field: 'input.validFrom' });
  });
});

describe('endLegalStatus', () => {
  test('sets the last valid day; the regime follows', async () => {
    const { personId, gestattungId } = await single();
    const { endLegalStatus } = await hub.data(
      END,
      { input: { legalStatusId: gestattungId, endsOn: '2026-11-10' } },
      CASEWORKER,
    );
    expect(endLegalStatus.legalStatus).toEqual({ id: gestattungId, validUntil: '2026-11-10' });
    const rules = (await hub.data(RULES, { id: personId, asOf: '2026-11-20' })).node;
    expect(rules.benefitRegime.regime).toBeNull();
  });

  test.each([
    ['before the document starts', '2025-01-01'],
    ['after its recorded end', '2027-01-01'],
  ])('refuses an end %s', async (_case, endsOn) => {
    const { gestattungId } = await single();
    await hub.data(END, { input: { legalStatusId: gestattungId, endsOn: '2026-12-31' } }, CASEWORKER);
    const before = await counts();
    const response = await hub.request(END, { input: { legalStatusId: gestattungId, endsOn } }, CASEWORKER);
    expect(response.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.endsOn' });
    expect(await counts()).toEqual(before);
  });
});
