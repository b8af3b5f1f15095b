import fc from 'fast-check';
import {
  assessPriority,
  assessVulnerability,
  CriteriaCatalogue,
  HouseholdSnapshot,
  OSNABRUECK_CATALOGUE,
  rankHouseholds,
  selectCatalogue,
  validateCatalogue,
} from '../../src/domain';
import { householdArb, householdsArb } from './arbitraries';
import { expectJsonSerialisable, household, member, person } from './fixtures';

const clone = (c: CriteriaCatalogue): CriteriaCatalogue => JSON.parse(JSON.stringify(c));

describe('catalogue validation', () => {
  test('the Osnabrück catalogue is valid (including strict ranks)', () => {
    expect(validateCatalogue(OSNABRUECK_CATALOGUE)).toEqual({
      valid: true,
      catalogue: OSNABRUECK_CATALOGUE,
      errors: [],
    });
  });

  const broken: [string, (c: any) => void, string, string][] = [
    ['negative weight', (c) => (c.criteria[0].weight = -5), 'criteria[0].weight', 'INVALID_WEIGHT'],
    ['fractional weight', (c) => (c.criteria[0].weight = 1.5), 'criteria[0].weight', 'INVALID_WEIGHT'],
    ['unknown fact', (c) => (c.criteria[1].fact = 'RELIGION'), 'criteria[1].fact', 'UNKNOWN_FACT'],
    ['duplicate criterion id', (c) => (c.criteria[2].id = c.criteria[0].id), 'criteria[2].id', 'DUPLICATE_ID'],
    ['missing source', (c) => (c.criteria[3].source = ' '), 'criteria[3].source', 'REQUIRED'],
    [
      'unknown parameter',
      (c) => (c.criteria[0].params = { minAge: 6, colour: 1 }),
      'criteria[0].params.colour',
      'UNKNOWN_PARAM',
    ],
    ['normDays 0', (c) => (c.criteria[5].params = { normDays: 0 }), 'criteria[5].params.normDays', 'INVALID_PARAM'],
    ['no tier with minScore 0', (c) => (c.tiers[2].minScore = 10), 'tiers', 'NO_BASE_TIER'],
    ['duplicate tier threshold', (c) => (c.tiers[1].minScore = 1000), 'tiers[1].minScore', 'DUPLICATE_THRESHOLD'],
    ['tie-breakers not total', (c) => (c.tieBreakers = ['ARRIVAL_IN_CITY_ASC']), 'tieBreakers', 'NOT_TOTAL'],
    [
      'unknown tie-breaker',
      (c) => (c.tieBreakers = ['AGE_DESC', 'HOUSEHOLD_ID_ASC']),
      'tieBreakers[0]',
      'UNKNOWN_TIE_BREAKER',
    ],
    ['bad effectiveFrom', (c) => (c.effectiveFrom = '2025-02-30'), 'effectiveFrom', 'INVALID_DATE'],
    ['effectiveUntil before effectiveFrom', (c) => (c.effectiveUntil = '2012-12-31'), 'effectiveUntil', 'BEFORE_START'],
    ['empty criteria', (c) => (c.criteria = []), 'criteria', 'REQUIRED'],
    ['strict ranks violated', (c) => (c.criteria[3].weight = 900), 'criteria[0].weight', 'RANK_NOT_DOMINANT'],
  ];
  test.each(broken.map(([n, m, p, c]) => [n, p, c, m] as const))(
    '%s → error at %s (%s)',
    (_name, path, code, mutate) => {
      const c = clone(OSNABRUECK_CATALOGUE);
      mutate(c);
      const v = validateCatalogue(c);
      expect(v.valid).toBe(false);
      expect(v.errors).toContainEqual(expect.objectContaining({ path, code }));
    },
  );

  test('non-objects are rejected with one clear error', () => {
    expect(validateCatalogue('x')).toEqual({
      valid: false,
      errors: [{ path: '', code: 'NOT_AN_OBJECT', message: expect.any(String) }],
    });
  });

  test('errors are collected, not only the first', () => {
    const c: any = clone(OSNABRUECK_CATALOGUE);
    c.id = '';
    c.criteria[0].weight = -1;
    c.tiers = [];
    expect(validateCatalogue(c).errors.map((e) => e.path)).toEqual(
      expect.arrayContaining(['id', 'criteria[0].weight', 'tiers']),
    );
  });
});

describe('catalogue selection by date', () => {
  const v1 = { ...clone(OSNABRUECK_CATALOGUE), version: '2013.1', effectiveFrom: '2013-01-01' };
  const v2 = { ...clone(OSNABRUECK_CATALOGUE), version: '2025.1', effectiveFrom: '2025-01-01' };
  const v2b = { ...clone(OSNABRUECK_CATALOGUE), version: '2025.10', effectiveFrom: '2025-01-01' };
  const ended = {
    ...clone(OSNABRUECK_CATALOGUE),
    id: 'pilot',
    version: '1',
    effectiveFrom: '2024-01-01',
    effectiveUntil: '2024-06-30',
  };
  test.each([
    ['2012-12-31', undefined],
    ['2013-01-01', '2013.1'],
    ['2024-12-31', '2013.1'],
    ['2025-01-01', '2025.10'],
  ])('as of %s → version %s', (asOf, version) => {
    expect(selectCatalogue([v2, v1, v2b], asOf)?.version).toBe(version);
  });
  test('effectiveUntil ends a catalogue; id filter', () => {
    expect(selectCatalogue([ended], '2024-06-30')?.id).toBe('pilot');
    expect(selectCatalogue([ended], '2024-07-01')).toBeUndefined();
    expect(selectCatalogue([ended, v1], '2024-03-01', 'osnabrueck')?.version).toBe('2013.1');
  });
});

describe('priority assessment (Osnabrück catalogue)', () => {
  const adult = (id: string, extra = {}) => person({ id, birthDate: '1985-01-01', ...extra });
  const withChild = (birthDate: string) =>
    household([
      member('HEAD', adult('a', { sex: 'MALE' })),
      member('PARTNER', adult('b')),
      member('CHILD', person({ id: 'c', birthDate })),
    ]);

  test.each([
    ['2025-03-31', 0, 'C'], // child born 2019-04-01 is 5
    ['2025-04-01', 1000, 'A'], // 6th birthday
    ['2037-03-31', 1000, 'A'], // still 17
    ['2037-04-01', 0, 'C'], // 18
  ])('school-age boundary: as of %s → score %i, tier %s', (asOf, score, tier) => {
    const a = assessPriority(withChild('2019-04-01'), asOf);
    expect(a.score).toBe(score);
    expect(a.tier.id).toBe(tier);
  });

  test.each(
    (
      [
        [
          'vocational preparation at 26',
          household([
            member('HEAD', adult('y', { birthDate: '1998-01-01', education: { vocationalPreparation: true } })),
          ]),
          1000,
          'A',
        ],
        [
          'vocational preparation at 27',
          household([
            member('HEAD', adult('y', { birthDate: '1997-12-31', education: { vocationalPreparation: true } })),
          ]),
          0,
          'C',
        ],
        ['unresolvable conflict', household([member('HEAD', adult('x'))], { unresolvableGuConflict: true }), 1000, 'A'],
        ['mental-health burden', household([member('HEAD', adult('x', { mentalHealthBurden: true }))]), 300, 'B'],
        [
          'recorded PTSD counts as mental-health burden',
          household([member('HEAD', adult('x', { vulnerabilities: ['PTSD'] }))]),
          300,
          'B',
        ],
        ['single woman', household([member('HEAD', adult('x', { sex: 'FEMALE' }))]), 300, 'B'],
        [
          'woman with partner is not single',
          household([member('HEAD', adult('x', { sex: 'FEMALE' })), member('PARTNER', adult('y', { sex: 'MALE' }))]),
          0,
          'C',
        ],
        [
          'single woman with mental-health burden',
          household([member('HEAD', adult('x', { sex: 'FEMALE', mentalHealthBurden: true }))]),
          600,
          'B',
        ],
        [
          'GU for 365 days',
          household([member('HEAD', adult('x'))], { communalAccommodationSince: '2024-01-01' }),
          100,
          'C',
        ],
        [
          'GU for 730 days (the norm)',
          household([member('HEAD', adult('x'))], { communalAccommodationSince: '2023-01-01' }),
          200,
          'C',
        ],
        [
          'GU for 731 days (overdue)',
          household([member('HEAD', adult('x'))], { communalAccommodationSince: '2022-12-31' }),
          250,
          'C',
        ],
      ] as [string, HouseholdSnapshot, number, string][]
    ).map(([n, h, s, t]) => [n, s, t, h] as const),
  )('%s → %i (%s)', (_name, score, tier, h) => {
    const a = assessPriority(h, '2024-12-31');
    expect(a.score).toBe(score);
    expect(a.tier.id).toBe(tier);
    expect(a.contributions.reduce((s, c) => s + c.points, 0)).toBe(score);
    expectJsonSerialisable(a);
  });

  test('each contribution names its fact and source; health details are withheld', () => {
    const a = assessPriority(
      household([member('HEAD', adult('x', { mentalHealthBurden: true, vulnerabilities: ['PTSD'] }))]),
      '2024-12-31',
    );
    const c = a.contributions.find((x) => x.criterionId === 'mental-health')!;
    expect(c).toMatchObject({ fulfilled: true, points: 300, weight: 300, rank: 2 });
    expect(c.source).toMatch(/Osnabrück/);
    expect(c.fact).not.toMatch(/PTSD/);
    expect(a.catalogue).toEqual({
      id: 'osnabrueck',
      version: '2013.1',
      effectiveFrom: '2013-01-01',
      source: OSNABRUECK_CATALOGUE.source,
    });
  });
});

describe('vulnerable groups (EU 2013/33 → 2024/1346 from 2026-06-12)', () => {
  test.each([
    ['PTSD', '2026-06-11', false, '2013/33'],
    ['PTSD', '2026-06-12', true, '2024/1346'],
    ['LGBTI', '2026-06-11', false, '2013/33'],
    ['LGBTI', '2026-06-12', true, '2024/1346'],
    ['PREGNANT', '2026-06-11', true, '2013/33'],
  ] as const)('%s on %s → vulnerable %s (%s)', (kind, asOf, vulnerable, version) => {
    const v = assessVulnerability(household([member('HEAD', person({ vulnerabilities: [kind] }))]), asOf);
    expect(v.anyVulnerable).toBe(vulnerable);
    expect(v.listVersion).toBe(version);
  });

  test('assessment deadline 30 days only under the recast', () => {
    const h = household([member('HEAD', person())]);
    expect(assessVulnerability(h, '2026-06-11').assessmentWithinDays).toBeNull();
    expect(assessVulnerability(h, '2026-06-12').assessmentWithinDays).toBe(30);
  });

  test('minors, elderly and single parents are derived from the data', () => {
    const h = household([
      member('HEAD', person({ id: 'm', birthDate: '1950-01-01' })),
      member('CHILD', person({ id: 'c', birthDate: '2015-01-01' })),
    ]);
    const v = assessVulnerability(h, '2025-01-01');
    expect(v.persons).toEqual([
      { personId: 'm', groups: ['ELDERLY', 'SINGLE_PARENT_WITH_MINOR_CHILD'] },
      { personId: 'c', groups: ['MINOR'] },
    ]);
  });
});

describe('ranking', () => {
  const adult = (id: string, extra = {}) => person({ id, birthDate: '1985-01-01', ...extra });
  const h = (id: string, arrivalInCity: string, extra: Partial<HouseholdSnapshot> = {}) =>
    household([member('HEAD', adult(`${id}-p`))], { id, arrivalInCity, ...extra });

  test('score first, then earlier arrival, then household id', () => {
    const queue = [
      h('b', '2023-01-01'),
      h('a', '2023-01-01'),
      h('c', '2022-01-01'),
      h('d', '2024-01-01', { unresolvableGuConflict: true }),
    ];
    const r = rankHouseholds(queue, '2025-01-01', { withCriteria: true });
    expect(r.entries.map((e) => e.householdId)).toEqual(['d', 'c', 'a', 'b']);
    expect(r.entries.map((e) => e.rank)).toEqual([1, 2, 3, 4]);
    expect(r.entries[0]).toMatchObject({ score: 1000, tierId: 'A', criteriaMet: ['unresolvable-conflict'] });
    expect(r.entries[1].criteriaMet).toEqual([]);
    expectJsonSerialisable(r);
  });

  test('GU_SINCE_ASC can come before arrival', () => {
    const c: CriteriaCatalogue = {
      ...clone(OSNABRUECK_CATALOGUE),
      criteria: clone(OSNABRUECK_CATALOGUE).criteria.slice(0, 5),
      tieBreakers: ['GU_SINCE_ASC', 'ARRIVAL_IN_CITY_ASC', 'HOUSEHOLD_ID_ASC'],
    };
    const queue = [
      h('x', '2022-01-01', { communalAccommodationSince: '2024-05-01' }),
      h('y', '2023-01-01', { communalAccommodationSince: '2023-05-01' }),
      h('z', '2021-01-01'),
    ];
    expect(rankHouseholds(queue, '2025-01-01', { catalogue: c }).entries.map((e) => e.householdId)).toEqual([
      'y',
      'x',
      'z',
    ]);
  });

  test('an invalid catalogue is refused', () => {
    const c: any = clone(OSNABRUECK_CATALOGUE);
    c.criteria[0].weight = -1;
    expect(() => rankHouseholds([], '2025-01-01', { catalogue: c })).toThrow(/weight/);
  });

  test('property: ranking is deterministic, independent of input order, and agrees with assessPriority', () => {
    fc.assert(
      fc.property(householdsArb(1, 12), fc.integer(), (households, seed) => {
        const asOf = '2025-04-01';
        const shuffled = [...households].sort(
          (a, b) => ((a.id.charCodeAt(1) * 31 + seed) % 7) - ((b.id.charCodeAt(1) * 31 + seed) % 7),
        );
        const r1 = rankHouseholds(households, asOf);
        const r2 = rankHouseholds(shuffled, asOf);
        expect(r2.entries).toEqual(r1.entries);
        for (const e of r1.entries) {
          const a = assessPriority(
            households.find((x) => x.id === e.householdId)!,
            asOf,
          );
          expect(e.score).toBe(a.score);
          expect(e.tierId).toBe(a.tier.id);
        }
        for (let i = 1; i < r1.entries.length; i++)
          expect(r1.entries[i - 1].score).toBeGreaterThanOrEqual(r1.entries[i].score);
      }),
      { numRuns: 60 },
    );
  });
});

describe('property: fulfilling a further criterion never lowers the score or the tier', () => {
  const tierOrder = (id: string) => OSNABRUECK_CATALOGUE.tiers.find((t) => t.id === id)!.minScore;
  const additions: [string, (h: HouseholdSnapshot) => HouseholdSnapshot][] = [
    ['conflict', (h) => ({ ...h, unresolvableGuConflict: true })],
    [
      'mental health',
      (h) => ({
        ...h,
        members: h.members.map((m, i) => (i === 0 ? { ...m, person: { ...m.person, mentalHealthBurden: true } } : m)),
      }),
    ],
    [
      'school-attending child',
      (h) => ({
        ...h,
        members: [...h.members, { relation: 'CHILD', person: person({ id: 'extra-child', birthDate: '2016-01-01' }) }],
      }),
    ],
    [
      'vocational preparation',
      (h) => ({
        ...h,
        members: h.members.map((m, i) =>
          i === 0
            ? { ...m, person: { ...m.person, birthDate: '2003-01-01', education: { vocationalPreparation: true } } }
            : m,
        ),
      }),
    ],
    ['longer GU stay', (h) => ({ ...h, communalAccommodationSince: '2021-01-01' })],
  ];
  test.each(additions)('%s', (_name, add) => {
    fc.assert(
      fc.property(householdArb('h'), (h) => {
        const before = assessPriority(h, '2025-04-01');
        const after = assessPriority(add(h), '2025-04-01');
        expect(after.score).toBeGreaterThanOrEqual(before.score);
        expect(tierOrder(after.tier.id)).toBeGreaterThanOrEqual(tierOrder(before.tier.id));
      }),
      { numRuns: 80 },
    );
  });

  test('a fulfilled boolean criterion adds exactly its weight when it was not met before', () => {
    fc.assert(
      fc.property(householdArb('h'), (h) => {
        const base = { ...h, unresolvableGuConflict: false };
        expect(
          assessPriority({ ...base, unresolvableGuConflict: true }, '2025-04-01').score -
            assessPriority(base, '2025-04-01').score,
        ).toBe(1000);
      }),
      { numRuns: 50 },
    );
  });
});
