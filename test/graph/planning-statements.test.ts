import { startTestHub, type TestHub } from '../support/hub';
import { Builders } from '../support/builders';
import {
  LegalStatusKind,
  MemberRelation,
  NeedCategory,
  OccupationKind,
  Sex,
} from '../../src/modules/people/people.enums';

/** Priority, eligibility, regime and § 12a on a list cost the same SQL statements for 10, 100 and 1,000 households. */
const PLANNING_LIST = /* GraphQL */ `
  query PlanningList($first: Int!) {
    households(first: $first, orderBy: { field: REFERENCE }) {
      nodes {
        reference
        priority {
          score
          tier {
            id
          }
        }
        eligibility(asOf: "2026-06-01") {
          headRegime
          rentCeiling {
            maxGrossColdRent
          }
          appropriateSize {
            maxArea
          }
          wbs {
            outcome
            wbs {
              incomeLimit
            }
          }
          kaution {
            outcome
            form
          }
          umzugskosten {
            outcome
          }
          erstausstattung {
            outcome
          }
        }
        members {
          relation
          benefitRegime {
            regime
          }
          residenceObligation {
            applies
            until
            reasons {
              code
            }
          }
        }
      }
    }
  }
`;

const QUEUE = `query($first: Int!) { priorityQueue(first: $first) { totalCount edges { rank score node { reference } } } }`;

let hub: TestHub;

beforeAll(async () => {
  // A page of 1,000 households with every planning answer resolves more objects than the default
  // execution budget (20,000) allows: this test is about SQL statements, not limits.
  hub = await startTestHub({ today: '2026-11-25', security: { maxResolvedObjects: 100_000, maxCost: 10_000_000 } });
  const build = new Builders(hub.orm);
  await build.planningHouseholds(1000, {
    communalSince: '2025-03-01',
    members: [
      {
        relation: MemberRelation.HEAD,
        birthDate: '1988-01-01',
        statuses: [
          {
            kind: LegalStatusKind.ASYLUM_PROCEDURE,
            paragraph: '§ 55 Abs. 1 AsylG',
            validFrom: '2023-05-01',
            validUntil: '2024-04-30',
          },
          {
            kind: LegalStatusKind.RESIDENCE_PERMIT,
            paragraph: '§ 25 Abs. 2 S. 1 Alt. 1 AufenthG',
            validFrom: '2024-05-01',
            validUntil: '2027-04-30',
          },
        ],
        occupations: [{ kind: OccupationKind.JOB, hoursPerWeek: 20, monthlyIncomeCents: 150000 }],
      },
      { relation: MemberRelation.PARTNER, birthDate: '1990-01-01', sex: Sex.FEMALE, needs: [NeedCategory.PREGNANCY] },
      { relation: MemberRelation.CHILD, birthDate: '2015-01-01', occupations: [{ kind: OccupationKind.SCHOOL }] },
    ],
  });
}, 120_000);
afterAll(() => hub.close());

test('priority, eligibility, regime and § 12a on 10, 100 and 1,000 households cost the same statements', async () => {
  const counts: number[] = [];
  for (const first of [10, 100, 1000]) {
    const response = await hub.request(PLANNING_LIST, { first });
    expect(response.errors).toBeUndefined();
    expect(response.data.households.nodes).toHaveLength(first);
    counts.push(response.statements);
  }
  expect(counts[1]).toBe(counts[0]);
  expect(counts[2]).toBe(counts[0]);
  // households + members + household facts (3) + status histories + catalogues
  expect(counts[0]).toBeLessThanOrEqual(8);
});

test('the answers on the long list are the rules’ answers', async () => {
  const { households } = await hub.data(PLANNING_LIST, { first: 10 });
  const household = households.nodes[0];
  expect(household.priority.tier.id).toBe('A');
  expect(household.eligibility.headRegime).toBe('SGB_II');
  expect(household.eligibility.kaution).toEqual({ outcome: 'NEEDS_PRIOR_APPROVAL', form: 'LOAN' });
  expect(household.eligibility.rentCeiling.maxGrossColdRent).toBe(858);
  const byRelation = Object.fromEntries(household.members.map((m: any) => [m.relation, m]));
  expect(byRelation.HEAD.benefitRegime.regime).toBe('SGB_II');
  // § 12a would bind the head until 2027-04-30, but the 20 h/€1,500 job exempts him.
  expect(byRelation.HEAD.residenceObligation).toEqual({
    applies: false,
    until: '2027-04-30',
    reasons: [{ code: 'EXEMPT_EMPLOYMENT' }],
  });
  // The child still holds only an Aufenthaltsgestattung: AsylbLG, § 2 after 36 months of stay.
  expect(byRelation.CHILD.benefitRegime.regime).toBe('ASYLBLG_ANALOG');
});

test('the ranked queue costs the same statements for a page of 10 and of 1,000', async () => {
  const small = await hub.request(QUEUE, { first: 10 });
  const large = await hub.request(QUEUE, { first: 1000 });
  expect(large.errors).toBeUndefined();
  expect(large.data.priorityQueue.totalCount).toBe(1000);
  expect(large.data.priorityQueue.edges).toHaveLength(1000);
  expect(large.statements).toBe(small.statements);
});
