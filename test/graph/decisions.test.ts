import { startTestHub, type TestHub } from '../support/hub';
import { Builders } from '../support/builders';
import { toGlobalId } from '../../src/graph/relay/global-id';
import { LegalStatusKind, MemberRelation, Sex } from '../../src/modules/people/people.enums';

/** Caseworker decisions (GDPR Art. 22): confirm or override, recorded with who, when, rule version and input snapshot. */
const TODAY = '2025-06-01';
const DECIDE_PRIORITY = `mutation($input: DecidePriorityInput!) { decidePriority(input: $input) { decision {
  id kind action proposedScore proposedTier decidedScore decidedTier reason ruleId ruleVersion decidedBy decidedByRole decidedAt asOf inputSnapshot
} } }`;
const DECIDE_MATCH = `mutation($input: DecideMatchInput!) { decideMatch(input: $input) {
  decision { kind action reason ruleId proposedApartmentOffer { id } decidedApartmentOffer { id } }
  decidedFeasibility { feasible failed { check } }
} }`;
const DECISIONS = `query($id: ID!) { node(id: $id) { ... on Household { priority { score tier { id } } decisions { kind action decidedBy reason household { id } } } } }`;

let hub: TestHub;
let householdId: string;
let affordable: string;
let tooExpensive: string;

async function countDecisions(): Promise<number> {
  const [row] = await hub.orm.em.getConnection().execute('select count(*)::int as n from caseworker_decision');
  return row.n;
}

beforeAll(async () => {
  hub = await startTestHub({ today: TODAY });
  const build = new Builders(hub.orm);
  const { household } = await build.planningHousehold({
    arrivedOn: '2023-01-10',
    communalSince: '2024-06-01',
    members: [
      {
        relation: MemberRelation.HEAD,
        birthDate: '1992-01-01',
        sex: Sex.FEMALE,
        statuses: [
          {
            kind: LegalStatusKind.RESIDENCE_PERMIT,
            paragraph: '§ 25 Abs. 2 S. 1 Alt. 1 AufenthG',
            validFrom: '2024-05-15',
            validUntil: '2027-05-14',
          },
        ],
      },
    ],
  });
  householdId = toGlobalId('Household', household.id);
  const district = await build.area('Schinkel', await build.area('Osnabrück'));
  affordable = toGlobalId(
    'ApartmentOffer',
    (await build.offer(district, { livingSpaceSqm: 45, grossColdRentCents: 60000 })).id,
  );
  tooExpensive = toGlobalId(
    'ApartmentOffer',
    (await build.offer(district, { livingSpaceSqm: 45, grossColdRentCents: 70000 })).id,
  );
});
afterAll(() => hub.close());

describe('decidePriority', () => {
  test('a confirmation keeps the recomputed proposal and records who, when, catalogue version and snapshot', async () => {
    const { priority } = (await hub.data(DECISIONS, { id: householdId })).node;
    const { decision } = (await hub.data(DECIDE_PRIORITY, { input: { householdId, action: 'CONFIRM' } }))
      .decidePriority;
    expect(decision).toMatchObject({
      kind: 'PRIORITY',
      action: 'CONFIRM',
      proposedScore: priority.score,
      proposedTier: priority.tier.id,
      decidedScore: priority.score,
      decidedTier: priority.tier.id,
      reason: null,
      ruleId: 'osnabrueck',
      ruleVersion: '2013.1',
      decidedBy: 'test-administrator',
      decidedByRole: 'ADMINISTRATOR',
      asOf: TODAY,
    });
    expect(Date.now() - Date.parse(decision.decidedAt)).toBeLessThan(60_000);
    expect(decision.inputSnapshot.household.id).toBe(householdId);
    expect(decision.inputSnapshot.assessment.score).toBe(priority.score);
  });

  test('an override without a reason is refused, naming the field, and nothing is written', async () => {
    const before = await countDecisions();
    const response = await hub.request(DECIDE_PRIORITY, {
      input: { householdId, action: 'OVERRIDE', decidedScore: 1500 },
    });
    expect(response.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.reason' });
    const blank = await hub.request(DECIDE_PRIORITY, {
      input: { householdId, action: 'OVERRIDE', decidedScore: 1500, reason: '   ' },
    });
    expect(blank.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.reason' });
    expect(await countDecisions()).toBe(before);
  });

  test('an override with a reason stores the decided score; the tier follows the catalogue unless given', async () => {
    const { decision } = (
      await hub.data(DECIDE_PRIORITY, {
        input: {
          householdId,
          action: 'OVERRIDE',
          decidedScore: 1500,
          reason: 'Acute threat in the GU, reported by the police.',
        },
      })
    ).decidePriority;
    expect(decision).toMatchObject({
      action: 'OVERRIDE',
      decidedScore: 1500,
      decidedTier: 'A',
      reason: 'Acute threat in the GU, reported by the police.',
    });
  });

  test('an unknown tier or a missing score is BAD_USER_INPUT', async () => {
    const tier = await hub.request(DECIDE_PRIORITY, {
      input: { householdId, action: 'OVERRIDE', decidedScore: 10, decidedTier: 'Z', reason: 'x' },
    });
    expect(tier.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.decidedTier' });
    const score = await hub.request(DECIDE_PRIORITY, { input: { householdId, action: 'OVERRIDE', reason: 'x' } });
    expect(score.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.decidedScore' });
  });

  test('the database itself refuses an override without a reason', async () => {
    const [{ id }] = await hub.orm.em.getConnection().execute('select id from household limit 1');
    await expect(
      hub.orm.em.getConnection().execute(
        `insert into caseworker_decision (household_id, kind, action, proposed, decided, reason, rule_id, rule_version, decided_by, decided_by_role, decided_by_organisation, decided_at, as_of, input_snapshot)
         values (?, 'PRIORITY', 'OVERRIDE', '{}', '{}', null, 'x', '1', 'a', 'b', 'c', now(), '2025-01-01', '{}')`,
        [id],
      ),
    ).rejects.toThrow(/caseworker_decision_override_reason/);
  });
});

describe('decideMatch', () => {
  test('a feasible proposal can be confirmed', async () => {
    const { decideMatch } = await hub.data(DECIDE_MATCH, {
      input: { householdId, proposedApartmentOfferId: affordable, action: 'CONFIRM' },
    });
    expect(decideMatch.decision).toMatchObject({
      kind: 'MATCH',
      action: 'CONFIRM',
      ruleId: 'matching/osnabrueck',
      proposedApartmentOffer: { id: affordable },
      decidedApartmentOffer: { id: affordable },
    });
    expect(decideMatch.decidedFeasibility).toEqual({ feasible: true, failed: [] });
  });

  test('a pair that fails a check cannot be confirmed, only overridden with a reason', async () => {
    const refused = await hub.request(DECIDE_MATCH, {
      input: { householdId, proposedApartmentOfferId: tooExpensive, action: 'CONFIRM' },
    });
    expect(refused.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.proposedApartmentOfferId',
    });
    expect(refused.errors?.[0].message).toMatch(/RENT/);
    const { decideMatch } = await hub.data(DECIDE_MATCH, {
      input: {
        householdId,
        proposedApartmentOfferId: affordable,
        action: 'OVERRIDE',
        decidedApartmentOfferId: tooExpensive,
        reason: 'Landlord lowers the rent by contract.',
      },
    });
    expect(decideMatch.decision).toMatchObject({ action: 'OVERRIDE', decidedApartmentOffer: { id: tooExpensive } });
    expect(decideMatch.decidedFeasibility.failed).toEqual([{ check: 'RENT' }]);
  });

  test('"no flat in this round" is an override to null, with a reason', async () => {
    const missing = await hub.request(DECIDE_MATCH, {
      input: { householdId, proposedApartmentOfferId: affordable, action: 'OVERRIDE', reason: 'x' },
    });
    expect(missing.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.decidedApartmentOfferId',
    });
    const noReason = await hub.request(DECIDE_MATCH, {
      input: { householdId, proposedApartmentOfferId: affordable, action: 'OVERRIDE', decidedApartmentOfferId: null },
    });
    expect(noReason.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.reason' });
    const { decideMatch } = await hub.data(DECIDE_MATCH, {
      input: {
        householdId,
        proposedApartmentOfferId: affordable,
        action: 'OVERRIDE',
        decidedApartmentOfferId: null,
        reason: 'The household is in hospital.',
      },
    });
    expect(decideMatch.decision).toMatchObject({ decidedApartmentOffer: null });
    expect(decideMatch.decidedFeasibility).toBeNull();
  });
});

test('every decision is readable on the household, newest first', async () => {
  const { decisions } = (await hub.data(DECISIONS, { id: householdId })).node;
  expect(decisions.length).toBe(await countDecisions());
  expect(decisions[0]).toMatchObject({
    kind: 'MATCH',
    action: 'OVERRIDE',
    reason: 'The household is in hospital.',
    household: { id: householdId },
  });
  expect(decisions.map((d: any) => d.kind)).toContain('PRIORITY');
});
