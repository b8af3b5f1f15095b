import { startTestHub, type TestHub } from '../support/hub';
import { Builders } from '../support/builders';
import { toGlobalId } from '../../src/graph/relay/global-id';
import { LegalStatusKind, MemberRelation, Sex } from '../../src/modules/people/people.enums';

/** Regime, § 12a, housing eligibility and matching through the graph, on both sides of the dates where the law changed. */
const TODAY = '2025-06-01';
const GESTATTUNG = LegalStatusKind.ASYLUM_PROCEDURE;

const REGIME = `query($id: ID!, $asOf: LocalDate) { node(id: $id) { ... on Person {
  benefitRegime(asOf: $asOf) { asOf regime scope asylbLgEndsOn transitionProtected
    waitingPeriod { ruleVersion months completeFrom fulfilled } rules { ruleId version legalBasis } reasons { code } }
} } }`;
const OBLIGATION = `query($id: ID!, $asOf: LocalDate) { node(id: $id) { ... on Person {
  residenceObligation(asOf: $asOf) { applies land startedOn until placeAllocation moveBans { municipality } reasons { code } }
} } }`;
const ELIGIBILITY = `query($id: ID!, $asOf: LocalDate) { node(id: $id) { ... on Household {
  eligibility(asOf: $asOf) {
    asOf headRegime persons
    wbs { outcome form legalBasis responsibleAuthority { code name } conditions wbs { incomeLimit validUntil validIn } rules { ruleId version } reasons { code } }
    kaution { outcome form legalBasis responsibleAuthority { code } conditions repayment { shareOfStandardRate } rules { ruleId version } }
    umzugskosten { outcome form legalBasis }
    erstausstattung { outcome form legalBasis }
    rentCeiling { maxGrossColdRent referenceArea fromTable rule { ruleId version } }
    appropriateSize { maxArea }
  } } } }`;

let hub: TestHub;
const person: Record<string, string> = {};
const household: Record<string, string> = {};
const offer: Record<string, string> = {};

beforeAll(async () => {
  hub = await startTestHub({ today: TODAY });
  const build = new Builders(hub.orm);
  const add = async (
    name: string,
    arrivedOn: string,
    statuses?: { kind: LegalStatusKind; paragraph: string; validFrom: string; validUntil?: string }[],
    extra: object = {},
  ) => {
    const made = await build.planningHousehold({
      arrivedOn,
      communalSince: null,
      members: [{ relation: MemberRelation.HEAD, birthDate: '1990-01-01', statuses }],
      ...extra,
    });
    person[name] = toGlobalId('Person', made.people[0].id);
    household[name] = toGlobalId('Household', made.household.id);
  };
  // 18 months of stay complete on 2024-01-01: § 2 benefits on 2024-02-26, kept by § 20 AsylbLG afterwards.
  await add('analogBeforeReform', '2022-07-01');
  // 18 months would complete on 2024-03-01, but from 2024-02-27 the period is 36 months: until 2025-09-01.
  await add('caughtByReform', '2022-09-01');
  // Recognised on 2024-05-15: AsylbLG to the end of May, SGB II from June; § 12a for three years.
  const recognised = [
    { kind: GESTATTUNG, paragraph: '§ 55 Abs. 1 AsylG', validFrom: '2023-01-10', validUntil: '2024-05-14' },
    {
      kind: LegalStatusKind.RESIDENCE_PERMIT,
      paragraph: '§ 25 Abs. 2 S. 1 Alt. 1 AufenthG',
      validFrom: '2024-05-15',
      validUntil: '2027-05-14',
    },
  ];
  await add('recognised', '2023-01-10', recognised, { communalSince: '2025-01-01' });
  const woman = await build.planningHousehold({
    arrivedOn: '2023-01-10',
    communalSince: '2024-06-01',
    members: [{ relation: MemberRelation.HEAD, birthDate: '1992-01-01', sex: Sex.FEMALE, statuses: recognised }],
  });
  household.singleWoman = toGlobalId('Household', woman.household.id);

  const city = await build.area('Osnabrück');
  const district = await build.area('Schinkel', city);
  offer.affordable = toGlobalId(
    'ApartmentOffer',
    (await build.offer(district, { livingSpaceSqm: 45, grossColdRentCents: 60000 })).id,
  );
  offer.tooExpensive = toGlobalId(
    'ApartmentOffer',
    (await build.offer(district, { livingSpaceSqm: 45, grossColdRentCents: 70000 })).id,
  );
});
afterAll(() => hub.close());

const regime = async (name: string, asOf: string) =>
  (await hub.data(REGIME, { id: person[name], asOf })).node.benefitRegime;

describe('benefit regime, the same person on both sides of 2024-02-27', () => {
  test('§ 2 benefits received on 2024-02-26 are kept on 2024-02-27 (§ 20 AsylbLG)', async () => {
    const before = await regime('analogBeforeReform', '2024-02-26');
    const after = await regime('analogBeforeReform', '2024-02-27');
    expect(before).toMatchObject({
      regime: 'ASYLBLG_ANALOG',
      scope: 'ASYLBLG',
      transitionProtected: false,
      waitingPeriod: { months: 18, fulfilled: true },
    });
    expect(after).toMatchObject({
      regime: 'ASYLBLG_ANALOG',
      transitionProtected: true,
      waitingPeriod: { months: 36, fulfilled: false },
    });
    expect(after.reasons.map((r: any) => r.code)).toContain('TRANSITION_20_PROTECTED');
    expect(after.rules.map((r: any) => r.ruleId)).toEqual(expect.arrayContaining([expect.stringMatching(/20/)]));
  });

  test('without § 2 benefits on 2024-02-26 the 36 months apply, counted to the day', async () => {
    expect(await regime('caughtByReform', '2024-02-26')).toMatchObject({
      regime: 'ASYLBLG_BASIC',
      waitingPeriod: { months: 18, completeFrom: '2024-03-01' },
    });
    expect(await regime('caughtByReform', '2024-02-27')).toMatchObject({
      regime: 'ASYLBLG_BASIC',
      transitionProtected: false,
      waitingPeriod: { months: 36, completeFrom: '2025-09-01' },
    });
    expect((await regime('caughtByReform', '2025-08-31')).regime).toBe('ASYLBLG_BASIC');
    expect((await regime('caughtByReform', '2025-09-01')).regime).toBe('ASYLBLG_ANALOG');
  });

  test('recognition ends the AsylbLG at the end of the month (§ 1 Abs. 3 AsylbLG)', async () => {
    expect(await regime('recognised', '2024-05-20')).toMatchObject({
      regime: 'ASYLBLG_BASIC',
      scope: 'ASYLBLG',
      asylbLgEndsOn: '2024-05-31',
    });
    expect(await regime('recognised', '2024-06-01')).toMatchObject({
      regime: 'SGB_II',
      scope: 'SGB',
      asylbLgEndsOn: null,
      waitingPeriod: null,
    });
  });

  test('without asOf the request date is used', async () => {
    expect((await regime('recognised', undefined as never)).asOf).toBe(TODAY);
  });

  test('a malformed date is refused before any rule runs', async () => {
    const response = await hub.request(REGIME, { id: person.recognised, asOf: '2024-02-30' });
    expect(response.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});

test('the residence obligation (§ 12a AufenthG) runs three years from the permit, in Niedersachsen', async () => {
  const { residenceObligation } = (await hub.data(OBLIGATION, { id: person.recognised, asOf: '2024-06-01' })).node;
  expect(residenceObligation).toMatchObject({
    applies: true,
    land: 'NI',
    startedOn: '2024-05-15',
    until: '2027-05-14',
    placeAllocation: false,
  });
  expect(residenceObligation.moveBans.map((b: any) => b.municipality)).toEqual(expect.arrayContaining(['Salzgitter']));
  const gestattung = (await hub.data(OBLIGATION, { id: person.caughtByReform, asOf: '2024-06-01' })).node
    .residenceObligation;
  expect(gestattung.applies).toBe(false);
});

describe('housing eligibility of a recognised single person (SGB II)', () => {
  const eligibility = async (asOf: string) =>
    (await hub.data(ELIGIBILITY, { id: household.recognised, asOf })).node.eligibility;

  test('Kaution, Umzugskosten and Erstausstattung with form, legal basis, authority and conditions', async () => {
    const e = await eligibility('2025-06-01');
    expect(e).toMatchObject({ asOf: '2025-06-01', headRegime: 'SGB_II', persons: 1 });
    expect(e.kaution).toMatchObject({
      outcome: 'NEEDS_PRIOR_APPROVAL',
      form: 'LOAN',
      responsibleAuthority: { code: 'JOBCENTER_NEW_PLACE' },
    });
    expect(e.kaution.legalBasis).toMatch(/§ 22 Abs. 6 SGB II/);
    expect(e.kaution.conditions.join(' ')).toMatch(/Zusicherung/);
    expect(e.kaution.repayment.shareOfStandardRate).toBe(0.05);
    expect(e.kaution.rules[0].version).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(e.umzugskosten.form).toBe('GRANT');
    expect(e.erstausstattung).toMatchObject({ form: 'GRANT' });
    expect(e.erstausstattung.legalBasis).toMatch(/§ 24 Abs. 3/);
  });

  test('the WBS income limit changes on 2025-03-01', async () => {
    const before = await eligibility('2025-02-28');
    const after = await eligibility('2025-03-01');
    expect(before.wbs.wbs.incomeLimit).toBe(17000);
    expect(after.wbs.wbs.incomeLimit).toBe(21250);
    expect(after.wbs).toMatchObject({
      form: 'PERMIT',
      responsibleAuthority: { code: 'WBS_AUTHORITY' },
      wbs: { validIn: 'NI', validUntil: '2026-02-28' },
    });
    expect(after.wbs.conditions.join(' ')).toMatch(/Proof that the annual household income/);
  });

  test('rent ceiling and appropriate size for one person', async () => {
    const e = await eligibility('2025-06-01');
    expect(e.rentCeiling).toMatchObject({ maxGrossColdRent: 624, referenceArea: 50, fromTable: true });
    expect(e.appropriateSize.maxArea).toBe(50);
  });
});

describe('matching', () => {
  const MATCHING = `query { matchingProposals {
    asOf method totalPriorityServed matchedHouseholds feasiblePairs catalogue { id }
    proposals { household { id } apartmentOffer { id } priorityScore priorityPosition checks { check passed } reasons { code } }
    unmatched { household { id } reason feasibleOffers failedChecks { check offers } message }
    unusedOffers { id }
  } }`;

  test('the higher priority gets the only affordable flat; the other is told why', async () => {
    const { matchingProposals: m } = await hub.data(MATCHING);
    expect(m.asOf).toBe(TODAY);
    expect(m.method).toMatch(/Exact maximum-weight assignment/);
    expect(m.proposals).toHaveLength(1);
    expect(m.proposals[0]).toMatchObject({
      household: { id: household.singleWoman },
      apartmentOffer: { id: offer.affordable },
      priorityPosition: 1,
    });
    expect(m.proposals[0].checks.every((c: any) => c.passed)).toBe(true);
    expect(m.unmatched).toEqual([
      expect.objectContaining({ household: { id: household.recognised }, reason: 'OUTPRIORITISED', feasibleOffers: 1 }),
    ]);
    expect(m.unmatched[0].failedChecks).toContainEqual({ check: 'RENT', offers: 1 });
    expect(m.unusedOffers).toEqual([{ id: offer.tooExpensive }]);
  });

  test('why a household cannot have a given flat', async () => {
    const { matchingFeasibility } = await hub.data(
      `query($h: ID!, $o: ID!) { matchingFeasibility(householdId: $h, apartmentOfferId: $o) {
        householdId apartmentOfferId feasible failed { check message rules { ruleId version } } checks { check passed } } }`,
      { h: household.recognised, o: offer.tooExpensive },
    );
    expect(matchingFeasibility).toMatchObject({
      householdId: household.recognised,
      apartmentOfferId: offer.tooExpensive,
      feasible: false,
    });
    expect(matchingFeasibility.checks).toHaveLength(5);
    expect(matchingFeasibility.failed).toEqual([
      expect.objectContaining({ check: 'RENT', message: expect.stringMatching(/€700 > ceiling €624/) }),
    ]);
  });

  test('an ID of the wrong type is BAD_USER_INPUT naming the argument', async () => {
    const response = await hub.request(
      `query($h: ID!, $o: ID!) { matchingFeasibility(householdId: $h, apartmentOfferId: $o) { feasible } }`,
      {
        h: offer.affordable,
        o: offer.affordable,
      },
    );
    expect(response.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'householdId' });
  });
});
