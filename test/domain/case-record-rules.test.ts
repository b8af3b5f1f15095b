/** The rules reading the recorded education and work (issue 9, item 2): WBS income test and § 12a exemption. */
import { assessWbs, determineHouseholdResidenceObligations, HouseholdSnapshot, PersonSnapshot } from '../../src/domain';
import { gestattung, household, member, niederlassung, permit, person } from './fixtures';

describe('WBS income test from recorded earnings', () => {
  const single = (overrides: Partial<HouseholdSnapshot> = {}) =>
    household([member('HEAD', person({ statusHistory: [niederlassung('2020-01-01')] }))], overrides);

  test.each([
    // as of, household facts, outcome, income compared, limit, reason code
    ['2026-01-01', {}, 'ELIGIBLE', null, 21_250, null],
    ['2026-01-01', { annualGrossEarningsEur: 18_000 }, 'ELIGIBLE', 12_600, 21_250, 'WBS_INCOME_WITHIN_LIMIT'],
    ['2026-01-01', { annualGrossEarningsEur: 30_357 }, 'ELIGIBLE', 21_250, 21_250, 'WBS_INCOME_WITHIN_LIMIT'],
    ['2026-01-01', { annualGrossEarningsEur: 31_200 }, 'NOT_ELIGIBLE', 21_840, 21_250, 'WBS_INCOME_ABOVE_LIMIT'],
    ['2024-06-01', { annualGrossEarningsEur: 25_000 }, 'NOT_ELIGIBLE', 17_500, 17_000, 'WBS_INCOME_ABOVE_LIMIT'],
    // An income assessed by the authority wins over the estimate from earnings.
    [
      '2026-01-01',
      { annualGrossEarningsEur: 12_000, annualIncomeAfterDeductionsEur: 22_000 },
      'NOT_ELIGIBLE',
      22_000,
      21_250,
      'WBS_INCOME_ABOVE_LIMIT',
    ],
  ] as const)('as of %s with %j → %s (income %s, limit %s)', (asOf, facts, outcome, income, limit, code) => {
    const wbs = assessWbs(single(facts), asOf);
    expect(wbs.outcome).toBe(outcome);
    expect(wbs.wbs).toMatchObject({ incomeLimitEur: limit, annualIncomeEur: income });
    const proof = wbs.conditions.some((c) => c.startsWith('Proof that the annual household income'));
    // "Needs proof" only when no income is recorded.
    expect(proof).toBe(income === null);
    if (code) {
      const message = wbs.reasons.find((r) => r.code === code)?.message;
      expect(message).toContain(`€${income}`);
      expect(message).toContain(`€${limit}`);
    }
  });

  test('the deduction applied is named with its rule', () => {
    const wbs = assessWbs(single({ annualGrossEarningsEur: 18_000 }), '2026-01-01');
    expect(wbs.reasons.find((r) => r.code === 'WBS_INCOME_FROM_EARNINGS')?.message).toBe(
      'Recorded earnings €18000 per year less 30 % flat deductions: €12600.',
    );
    expect(wbs.rules.map((r) => r.ruleId)).toContain('wbs.income-deductions.ni');
  });
});

describe('§ 12a exemption is named with its legal basis', () => {
  const asOf = '2024-06-01';
  const refugee = (id: string, extra: Partial<PersonSnapshot> = {}): PersonSnapshot =>
    person({
      id,
      statusHistory: [gestattung('2022-01-01', '2023-05-31'), permit('25(2)', '2023-06-01', '2026-05-31')],
      recognitionDate: '2023-05-10',
      ...extra,
    });
  const family = (
    head: Partial<PersonSnapshot>,
    partner: Partial<PersonSnapshot> = {},
    child: Partial<PersonSnapshot> = {},
  ) =>
    household([
      member('HEAD', refugee('head', head)),
      member('PARTNER', refugee('partner', partner)),
      member('CHILD', refugee('child', { birthDate: '2008-01-01', ...child })),
    ]);
  const job = (hoursPerWeek: number, monthlyGrossIncomeEur: number) => ({
    employment: { hoursPerWeek, monthlyGrossIncomeEur },
  });

  test.each([
    [
      'own job 15 h at €1,048',
      family(job(15, 1048)),
      { kind: 'EMPLOYMENT', memberId: 'head', relationToPerson: 'SELF' },
    ],
    [
      "partner's training",
      family({}, { education: { vocationalTraining: true } }),
      { kind: 'VOCATIONAL_TRAINING', memberId: 'partner', relationToPerson: 'PARTNER' },
    ],
    [
      "minor child's study",
      family({}, {}, { education: { studying: true } }),
      { kind: 'STUDY', memberId: 'child', relationToPerson: 'MINOR_CHILD' },
    ],
    ['own job 14 h', family(job(14, 3000)), null],
    ['own job 30 h below the average need', family(job(30, 1000)), null],
    ['a vocational-preparation measure alone', family({ education: { vocationalPreparation: true } }), null],
  ])('%s', (_case, h, exemption) => {
    const head = determineHouseholdResidenceObligations(h, asOf)[0];
    expect(head.applies).toBe(exemption === null);
    expect(head.exemption).toEqual(exemption && { ...exemption, legalBasis: '§ 12a Abs. 1 S. 2 AufenthG' });
  });
});
