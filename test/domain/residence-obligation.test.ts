import {
  determineHouseholdResidenceObligations,
  determineResidenceObligation,
  HouseholdSnapshot,
  isDestinationAllowed,
  PersonSnapshot,
} from '../../src/domain';
import { expectJsonSerialisable, gestattung, household, member, permit, person } from './fixtures';

const refugee = (id: string, recognitionDate: string, extra: Partial<PersonSnapshot> = {}): PersonSnapshot =>
  person({
    id,
    arrivalInGermany: '2022-01-01',
    statusHistory: [gestattung('2022-01-01', '2023-05-31'), permit('25(2)', '2023-06-01', '2026-05-31')],
    recognitionDate,
    ...extra,
  });

describe('§ 12a AufenthG: applies and until when', () => {
  test.each([
    ['2024-01-01', true, 'OBLIGATION_APPLIES'],
    ['2026-05-09', true, 'OBLIGATION_APPLIES'], // last day: 3 years from recognition 2023-05-10
    ['2026-05-10', false, 'OBLIGATION_EXPIRED'],
  ])('recognised 2023-05-10, as of %s → applies %s', (asOf, applies, code) => {
    const d = determineResidenceObligation(refugee('r', '2023-05-10'), asOf);
    expect(d.applies).toBe(applies);
    expect(d.until).toBe('2026-05-09');
    expect(d.reasons.map((r) => r.code)).toContain(code);
    expectJsonSerialisable(d);
  });

  test.each([
    ['2015-12-31', false, 'GRANTED_BEFORE_2016'],
    ['2016-01-01', true, 'OBLIGATION_APPLIES'],
  ])('§ 12a (7): recognition on %s → applies %s', (recognition, applies, code) => {
    const p = person({ statusHistory: [permit('25(2)', recognition)], recognitionDate: recognition });
    const d = determineResidenceObligation(p, '2017-06-01');
    expect(d.applies).toBe(applies);
    expect(d.reasons.map((r) => r.code)).toContain(code);
  });

  test.each([
    ['22', true],
    ['23(1)', true],
    ['24', true],
    ['25(3)', true],
    ['25(5)', false],
    ['25b', false],
  ] as const)('first permit under § %s → in scope %s', (paragraph, applies) => {
    const d = determineResidenceObligation(person({ statusHistory: [permit(paragraph, '2024-01-01')] }), '2024-06-01');
    expect(d.applies).toBe(applies);
  });

  test('the first grant starts the period even after a renewal', () => {
    const p = person({
      statusHistory: [permit('24', '2022-04-01', '2024-03-04'), permit('24', '2024-03-05', '2026-03-04')],
    });
    expect(determineResidenceObligation(p, '2024-06-01').until).toBe('2025-03-31');
  });

  test('an asylum seeker is not in scope', () => {
    const d = determineResidenceObligation(person({ statusHistory: [gestattung('2024-01-01')] }), '2024-06-01');
    expect(d.applies).toBe(false);
    expect(d.reasons[0].code).toBe('NOT_IN_SCOPE');
  });
});

describe('§ 12a exemptions (person, partner, minor child)', () => {
  const asOf = '2024-06-01';
  const job = (hoursPerWeek: number, monthlyGrossIncomeEur: number, subjectToSocialInsurance?: boolean) => ({
    employment: { hoursPerWeek, monthlyGrossIncomeEur, subjectToSocialInsurance },
  });
  const family = (
    head: Partial<PersonSnapshot>,
    partner: Partial<PersonSnapshot> = {},
    child: Partial<PersonSnapshot> = {},
  ): HouseholdSnapshot =>
    household([
      member('HEAD', refugee('head', '2023-05-10', head)),
      member('PARTNER', refugee('partner', '2023-05-10', partner)),
      member('CHILD', refugee('child', '2023-05-10', { birthDate: '2008-01-01', ...child })),
    ]);

  test.each([
    ['own job 15 h at €1,048 (2024 threshold)', family(job(15, 1048)), 'EMPLOYMENT', 'SELF'],
    ['own job 14 h', family(job(14, 2000)), null, null],
    ['own job 20 h at €1,047', family(job(20, 1047)), null, null],
    ['own marginal job not subject to social insurance', family(job(20, 1500, false)), null, null],
    ["partner's job", family({}, job(30, 1800)), 'EMPLOYMENT', 'PARTNER'],
    ['own vocational training', family({ education: { vocationalTraining: true } }), 'VOCATIONAL_TRAINING', 'SELF'],
    ['own study', family({ education: { studying: true } }), 'STUDY', 'SELF'],
    [
      "minor child's vocational training",
      family({}, {}, { education: { vocationalTraining: true } }),
      'VOCATIONAL_TRAINING',
      'MINOR_CHILD',
    ],
    [
      "adult child's training does not count",
      family({}, {}, { birthDate: '2005-01-01', education: { vocationalTraining: true } }),
      null,
      null,
    ],
  ])('%s', (_name, h, kind, relation) => {
    const head = determineHouseholdResidenceObligations(h, asOf)[0];
    if (kind === null) {
      expect(head.applies).toBe(true);
      expect(head.exemption).toBeNull();
    } else {
      expect(head.applies).toBe(false);
      const code = kind === 'EMPLOYMENT' ? 'EXEMPT_EMPLOYMENT' : kind === 'STUDY' ? 'EXEMPT_STUDY' : 'EXEMPT_TRAINING';
      expect(head.reasons.map((r) => r.code)).toContain(code);
      expect(head.reasons.find((r) => r.code === code)?.message).toContain(
        relation === 'SELF' ? 'The person' : relation!.toLowerCase().replace('_', ' '),
      );
    }
  });

  test('the 2023 threshold differs from 2024 (dated data)', () => {
    const h = family(job(20, 1000));
    expect(determineHouseholdResidenceObligations(h, '2023-12-31')[0].applies).toBe(false); // 1,000 ≥ 949
    expect(determineHouseholdResidenceObligations(h, '2024-01-01')[0].applies).toBe(true); // 1,000 < 1,048
  });
});

describe('§ 12a destinations', () => {
  const d = determineResidenceObligation(refugee('r', '2023-05-10'), '2024-06-01');
  test.each([
    ['Osnabrück', 'NI', true, 'DESTINATION_ALLOWED'],
    ['Hannover', 'NI', true, 'DESTINATION_ALLOWED'],
    ['Salzgitter', 'NI', false, 'MOVE_BAN'],
    ['Delmenhorst', 'NI', false, 'MOVE_BAN'],
    ['Wilhelmshaven', 'NI', false, 'MOVE_BAN'],
    ['Bremen', 'HB', false, 'OUTSIDE_LAND'],
  ])('%s (%s) → allowed %s', (municipality, land, allowed, code) => {
    const check = isDestinationAllowed([d], { municipality, land });
    expect(check.allowed).toBe(allowed);
    expect(check.reasons.map((r) => r.code)).toContain(code);
  });

  test('Niedersachsen allocates no place and the move bans are marked unverified', () => {
    expect(d.placeAllocation).toBe(false);
    expect(d.moveBans.map((b) => b.municipality)).toEqual(['Salzgitter', 'Delmenhorst', 'Wilhelmshaven']);
    expect(d.moveBans.every((b) => b.verified === false)).toBe(true);
  });

  test('the move-ban list can be switched off', () => {
    const off = determineResidenceObligation(refugee('r', '2023-05-10'), '2024-06-01', {
      disableRules: ['aufenthg.12a.move-bans.ni'],
    });
    expect(isDestinationAllowed([off], { municipality: 'Salzgitter', land: 'NI' }).allowed).toBe(true);
  });

  test('after the obligation ends every destination is allowed', () => {
    const later = determineResidenceObligation(refugee('r', '2023-05-10'), '2026-05-10');
    expect(isDestinationAllowed([later], { municipality: 'Bremen', land: 'HB' }).allowed).toBe(true);
  });
});
