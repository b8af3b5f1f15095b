import {
  BenefitPeriod,
  determineBenefitRegime,
  determineHouseholdRegimes,
  PersonSnapshot,
  RuleOptions,
} from '../../src/domain';
import { expectJsonSerialisable, gestattung, household, member, niederlassung, permit, person } from './fixtures';

const analogSince = (from: string, until?: string): BenefitPeriod => ({ regime: 'ASYLBLG_ANALOG', from, until });
const basicSince = (from: string, until?: string): BenefitPeriod => ({ regime: 'ASYLBLG_BASIC', from, until });
const UKRAINE_ON: RuleOptions = { enableRules: ['asylblg.1.24-return-2026'] };

interface Case {
  name: string;
  person: PersonSnapshot;
  asOf: string;
  regime: string;
  code?: string;
  options?: RuleOptions;
}

const asylumSeeker = (arrival: string, extra: Partial<PersonSnapshot> = {}) =>
  person({ arrivalInGermany: arrival, statusHistory: [gestattung(arrival)], ...extra });

const cases: Case[] = [
  // § 2 waiting period, 18 months (2019-08-21 .. 2024-02-26) vs 36 months (from 2024-02-27)
  {
    name: '18 months complete on 2024-02-26',
    person: asylumSeeker('2022-08-01'),
    asOf: '2024-02-26',
    regime: 'ASYLBLG_ANALOG',
    code: 'WAITING_PERIOD_COMPLETE',
  },
  {
    name: '36 months apply from 2024-02-27',
    person: asylumSeeker('2022-08-01'),
    asOf: '2024-02-27',
    regime: 'ASYLBLG_BASIC',
    code: 'WAITING_PERIOD_RUNNING',
  },
  {
    name: '§ 20: received § 2 benefits on 2024-02-26 keeps them',
    person: asylumSeeker('2022-08-01', {
      benefitHistory: [basicSince('2022-08-01', '2024-01-31'), analogSince('2024-02-01')],
    }),
    asOf: '2024-02-27',
    regime: 'ASYLBLG_ANALOG',
    code: 'TRANSITION_20_PROTECTED',
  },
  {
    name: '§ 20: § 2 receipt only from 2024-02-27 is not protected',
    person: asylumSeeker('2022-08-01', { benefitHistory: [analogSince('2024-02-27')] }),
    asOf: '2024-03-15',
    regime: 'ASYLBLG_BASIC',
  },
  {
    name: '§ 20: receipt that ended on 2024-02-25 is not protected',
    person: asylumSeeker('2022-08-01', { benefitHistory: [analogSince('2024-02-01', '2024-02-25')] }),
    asOf: '2024-02-27',
    regime: 'ASYLBLG_BASIC',
  },
  // 36 months to the day
  {
    name: '36 months: day before completion',
    person: asylumSeeker('2021-03-15'),
    asOf: '2024-03-14',
    regime: 'ASYLBLG_BASIC',
  },
  {
    name: '36 months: first day of entitlement',
    person: asylumSeeker('2021-03-15'),
    asOf: '2024-03-15',
    regime: 'ASYLBLG_ANALOG',
  },
  // 15 months (2015-03-01 .. 2019-08-20), with a missing corresponding day
  {
    name: '15 months: 2018-02-28 still running',
    person: asylumSeeker('2016-11-30'),
    asOf: '2018-02-28',
    regime: 'ASYLBLG_BASIC',
  },
  {
    name: '15 months: complete on 2018-03-01',
    person: asylumSeeker('2016-11-30'),
    asOf: '2018-03-01',
    regime: 'ASYLBLG_ANALOG',
  },
  // 2015-03-01: from 48 months of benefits to 15 months of stay
  {
    name: '48 benefit months not reached on 2015-02-28',
    person: asylumSeeker('2013-10-01', { benefitHistory: [basicSince('2013-10-01')] }),
    asOf: '2015-02-28',
    regime: 'ASYLBLG_BASIC',
  },
  {
    name: '15 months of stay reached on 2015-03-01',
    person: asylumSeeker('2013-10-01', { benefitHistory: [basicSince('2013-10-01')] }),
    asOf: '2015-03-01',
    regime: 'ASYLBLG_ANALOG',
  },
  // 2019-08-21: from 15 to 18 months
  {
    name: '15 months reached on 2019-08-20',
    person: asylumSeeker('2018-04-10'),
    asOf: '2019-08-20',
    regime: 'ASYLBLG_ANALOG',
  },
  {
    name: '18 months not yet on 2019-08-21',
    person: asylumSeeker('2018-04-10'),
    asOf: '2019-08-21',
    regime: 'ASYLBLG_BASIC',
  },
  // 48 months of § 3 benefits with a gap of 181 days (2010-01-01 .. 2010-06-30)
  {
    name: '48 benefit months + 181 gap days: not before 2012-06-30',
    person: asylumSeeker('2008-01-01', {
      benefitHistory: [basicSince('2008-01-01', '2009-12-31'), basicSince('2010-07-01')],
    }),
    asOf: '2012-06-29',
    regime: 'ASYLBLG_BASIC',
  },
  {
    name: '48 benefit months + 181 gap days: complete 2012-06-30',
    person: asylumSeeker('2008-01-01', {
      benefitHistory: [basicSince('2008-01-01', '2009-12-31'), basicSince('2010-07-01')],
    }),
    asOf: '2012-06-30',
    regime: 'ASYLBLG_ANALOG',
  },
  {
    name: 'abusive prolongation excludes § 2',
    person: asylumSeeker('2019-01-01', { staySelfProlongedAbusively: true }),
    asOf: '2024-06-01',
    regime: 'ASYLBLG_BASIC',
    code: 'ABUSIVE_PROLONGATION',
  },
  {
    name: 'before 2007-08-28 no waiting-period version is modelled',
    person: asylumSeeker('2005-01-01'),
    asOf: '2007-08-27',
    regime: 'UNDETERMINED',
    code: 'NO_WAITING_PERIOD_RULE',
  },
  // § 1 (3): AsylbLG ends at the end of the month of recognition
  {
    name: 'recognised 2024-05-15: AsylbLG until 2024-05-31',
    person: asylumSeeker('2024-01-10', { recognitionDate: '2024-05-15' }),
    asOf: '2024-05-31',
    regime: 'ASYLBLG_BASIC',
    code: 'ASYLBLG_UNTIL_END_OF_MONTH',
  },
  {
    name: 'recognised 2024-05-15: SGB II from 2024-06-01',
    person: asylumSeeker('2024-01-10', { recognitionDate: '2024-05-15' }),
    asOf: '2024-06-01',
    regime: 'SGB_II',
    code: 'RECOGNISED',
  },
  {
    name: 'before recognition: AsylbLG',
    person: asylumSeeker('2024-01-10', { recognitionDate: '2024-05-15' }),
    asOf: '2024-05-14',
    regime: 'ASYLBLG_BASIC',
    code: 'STATUS_ASYLBLG',
  },
  {
    name: 'permit from the 1st of a month: AsylbLG to that month end',
    person: person({
      arrivalInGermany: '2023-01-10',
      statusHistory: [gestattung('2023-01-10', '2024-05-31'), permit('25(2)', '2024-06-01')],
    }),
    asOf: '2024-06-30',
    regime: 'ASYLBLG_BASIC',
    code: 'ASYLBLG_UNTIL_END_OF_MONTH',
  },
  {
    name: 'permit from the 1st of a month: SGB from the next month',
    person: person({
      arrivalInGermany: '2023-01-10',
      statusHistory: [gestattung('2023-01-10', '2024-05-31'), permit('25(2)', '2024-06-01')],
    }),
    asOf: '2024-07-01',
    regime: 'SGB_II',
  },
  // § 24: switch on 2022-06-01 without month-end delay
  {
    name: '§ 24 on 2022-05-31: AsylbLG',
    person: person({ arrivalInGermany: '2022-03-10', statusHistory: [permit('24', '2022-03-15', '2024-03-04')] }),
    asOf: '2022-05-31',
    regime: 'ASYLBLG_BASIC',
    code: 'P24_BEFORE_SWITCH',
  },
  {
    name: '§ 24 on 2022-06-01: SGB II',
    person: person({ arrivalInGermany: '2022-03-10', statusHistory: [permit('24', '2022-03-15', '2024-03-04')] }),
    asOf: '2022-06-01',
    regime: 'SGB_II',
    code: 'P24_SINCE_SWITCH',
  },
  {
    name: '§ 24 on 2022-06-15: SGB II',
    person: person({ arrivalInGermany: '2022-03-10', statusHistory: [permit('24', '2022-03-15', '2024-03-04')] }),
    asOf: '2022-06-15',
    regime: 'SGB_II',
  },
  // Unverified Ukraine-2025 rule, off by default
  {
    name: 'Ukraine rule off: first § 24 permit 2025-05-01 stays SGB II',
    person: person({ arrivalInGermany: '2025-04-20', statusHistory: [permit('24', '2025-05-01', '2027-03-04')] }),
    asOf: '2026-07-01',
    regime: 'SGB_II',
  },
  {
    name: 'Ukraine rule on: back to AsylbLG from 2026-07-01',
    person: person({ arrivalInGermany: '2025-04-20', statusHistory: [permit('24', '2025-05-01', '2027-03-04')] }),
    asOf: '2026-07-01',
    regime: 'ASYLBLG_BASIC',
    code: 'P24_RETURN_2026',
    options: UKRAINE_ON,
  },
  {
    name: 'Ukraine rule on: not before 2026-07-01',
    person: person({ arrivalInGermany: '2025-04-20', statusHistory: [permit('24', '2025-05-01', '2027-03-04')] }),
    asOf: '2026-06-30',
    regime: 'SGB_II',
    options: UKRAINE_ON,
  },
  {
    name: 'Ukraine rule on: first permit on 2025-03-31 is not after the cut-off',
    person: person({ arrivalInGermany: '2025-03-20', statusHistory: [permit('24', '2025-03-31', '2027-03-04')] }),
    asOf: '2026-07-01',
    regime: 'SGB_II',
    options: UKRAINE_ON,
  },
  // Other statuses
  {
    name: 'Duldung: AsylbLG',
    person: person({
      arrivalInGermany: '2024-01-01',
      statusHistory: [{ kind: 'DULDUNG', validFrom: '2024-06-01', issuingAuthority: 'ABH' }],
    }),
    asOf: '2024-07-01',
    regime: 'ASYLBLG_BASIC',
  },
  {
    name: '§ 23 (1) because of war: AsylbLG',
    person: person({
      arrivalInGermany: '2024-01-01',
      statusHistory: [permit('23(1)', '2024-01-01', undefined, { grantedBecauseOfWar: true })],
    }),
    asOf: '2024-03-01',
    regime: 'ASYLBLG_BASIC',
    code: 'P23_1_WAR',
  },
  {
    name: '§ 23 (1) other ground: SGB',
    person: person({ arrivalInGermany: '2024-01-01', statusHistory: [permit('23(1)', '2024-01-01')] }),
    asOf: '2024-03-01',
    regime: 'SGB_II',
    code: 'P23_1_OTHER',
  },
  {
    name: '§ 25 (4) S. 1: AsylbLG',
    person: person({ arrivalInGermany: '2024-01-01', statusHistory: [permit('25(4)S1', '2024-01-01')] }),
    asOf: '2024-03-01',
    regime: 'ASYLBLG_BASIC',
  },
  // § 25 (5): AsylbLG for 18 months from the suspension, then to the end of that month
  {
    name: '§ 25 (5) before 18 months',
    person: person({
      arrivalInGermany: '2020-01-01',
      statusHistory: [permit('25(5)', '2023-02-01', undefined, { deportationSuspendedSince: '2023-01-10' })],
    }),
    asOf: '2024-07-09',
    regime: 'ASYLBLG_ANALOG',
    code: 'P25_5_UNDER_18_MONTHS',
  },
  {
    name: '§ 25 (5) 18 months complete mid-month: AsylbLG to month end',
    person: person({
      arrivalInGermany: '2020-01-01',
      statusHistory: [permit('25(5)', '2023-02-01', undefined, { deportationSuspendedSince: '2023-01-10' })],
    }),
    asOf: '2024-07-31',
    regime: 'ASYLBLG_ANALOG',
    code: 'ASYLBLG_UNTIL_END_OF_MONTH',
  },
  {
    name: '§ 25 (5) after the month end: SGB',
    person: person({
      arrivalInGermany: '2020-01-01',
      statusHistory: [permit('25(5)', '2023-02-01', undefined, { deportationSuspendedSince: '2023-01-10' })],
    }),
    asOf: '2024-08-01',
    regime: 'SGB_II',
    code: 'P25_5_AFTER_18_MONTHS',
  },
  // SGB II vs SGB XII
  {
    name: 'Niederlassungserlaubnis, able to work: SGB II',
    person: person({ statusHistory: [niederlassung('2020-01-01')], ableToWork: true }),
    asOf: '2024-01-01',
    regime: 'SGB_II',
    code: 'ABLE_TO_WORK',
  },
  {
    name: 'not able to work: SGB XII',
    person: person({ statusHistory: [niederlassung('2020-01-01')], ableToWork: false }),
    asOf: '2024-01-01',
    regime: 'SGB_XII',
    code: 'NOT_ABLE_TO_WORK',
  },
  {
    name: 'above the Regelaltersgrenze: SGB XII',
    person: person({ birthDate: '1955-01-01', statusHistory: [niederlassung('2020-01-01')] }),
    asOf: '2024-01-01',
    regime: 'SGB_XII',
    code: 'ABOVE_PENSION_AGE',
  },
  {
    name: 'born 1958: below 66 years, SGB II',
    person: person({ birthDate: '1958-06-01', statusHistory: [niederlassung('2020-01-01')] }),
    asOf: '2024-05-31',
    regime: 'SGB_II',
  },
  {
    name: 'child under 15 alone: SGB XII',
    person: person({ birthDate: '2015-01-01', statusHistory: [niederlassung('2020-01-01')] }),
    asOf: '2024-01-01',
    regime: 'SGB_XII',
    code: 'CHILD_WITHOUT_ABLE_TO_WORK_MEMBER',
  },
  // Undetermined
  {
    name: 'no status on the date',
    person: person({ statusHistory: [gestattung('2020-01-01', '2020-12-31')] }),
    asOf: '2024-01-01',
    regime: 'UNDETERMINED',
    code: 'NO_STATUS',
  },
  {
    name: 'unclassified paragraph',
    person: person({ statusHistory: [permit('OTHER', '2020-01-01')] }),
    asOf: '2024-01-01',
    regime: 'UNDETERMINED',
    code: 'STATUS_NOT_CLASSIFIED',
  },
];

describe('legal status → benefit regime', () => {
  test.each(cases)('$name ($asOf → $regime)', ({ person: p, asOf, regime, code, options }) => {
    const decision = determineBenefitRegime(p, asOf, options);
    expect(decision.regime).toBe(regime);
    if (code) expect(decision.reasons.map((r) => r.code)).toContain(code);
    expect(decision.rules.length).toBeGreaterThan(0);
    for (const r of decision.rules) {
      expect(r.legalBasis).not.toBe('');
      expect(r.source).not.toBe('');
    }
    expectJsonSerialisable(decision);
  });

  test('the month-end rule reports the last AsylbLG day', () => {
    const d = determineBenefitRegime(asylumSeeker('2024-01-10', { recognitionDate: '2024-05-15' }), '2024-05-20');
    expect(d.asylbLgEndsOn).toBe('2024-05-31');
    expect(d.rules.map((r) => r.ruleId)).toContain('asylblg.1.3-end-of-month');
  });

  test('the waiting-period version used is reported', () => {
    expect(determineBenefitRegime(asylumSeeker('2022-08-01'), '2024-02-26').waitingPeriod).toMatchObject({
      ruleVersion: '2019-08-21',
      months: 18,
      completeFrom: '2024-02-01',
    });
    expect(determineBenefitRegime(asylumSeeker('2022-08-01'), '2024-02-27').waitingPeriod).toMatchObject({
      ruleVersion: '2024-02-27',
      months: 36,
      completeFrom: '2025-08-01',
    });
  });

  test('the Ukraine rule is marked unverified when used', () => {
    const p = person({ arrivalInGermany: '2025-04-20', statusHistory: [permit('24', '2025-05-01', '2027-03-04')] });
    const rule = determineBenefitRegime(p, '2026-07-01', UKRAINE_ON).rules.find(
      (r) => r.ruleId === 'asylblg.1.24-return-2026',
    );
    expect(rule?.verified).toBe(false);
  });

  test('children under 15 get SGB II Sozialgeld in a household with an able-to-work member', () => {
    const h = household([
      member('HEAD', person({ id: 'a', statusHistory: [niederlassung('2020-01-01')] })),
      member('CHILD', person({ id: 'c', birthDate: '2015-01-01', statusHistory: [niederlassung('2020-01-01')] })),
    ]);
    const r = determineHouseholdRegimes(h, '2024-01-01');
    expect(r.members.map((m) => m.regime)).toEqual(['SGB_II', 'SGB_II']);
    expect(r.mixed).toBe(false);
  });

  test('mixed households are flagged', () => {
    const h = household([
      member('HEAD', person({ id: 'a', statusHistory: [niederlassung('2020-01-01')] })),
      member('PARTNER', asylumSeeker('2023-06-01', { id: 'b' })),
    ]);
    const r = determineHouseholdRegimes(h, '2024-01-01');
    expect(r.headRegime).toBe('SGB_II');
    expect(r.mixed).toBe(true);
  });
});
