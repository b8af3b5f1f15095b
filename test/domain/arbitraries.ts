/** fast-check generators for households and offers. */
import fc from 'fast-check';
import {
  ApartmentOfferSnapshot,
  HouseholdMember,
  HouseholdSnapshot,
  LegalStatusRecord,
  PersonSnapshot,
  toIsoDate,
  toDay,
} from '../../src/domain';

const dayBetween = (from: string, to: string) => fc.integer({ min: toDay(from), max: toDay(to) }).map(toIsoDate);

const statusArb: fc.Arbitrary<LegalStatusRecord[]> = fc.constantFrom<LegalStatusRecord[]>(
  [{ kind: 'NIEDERLASSUNGSERLAUBNIS', validFrom: '2019-01-01', issuingAuthority: 'ABH' }],
  [
    {
      kind: 'AUFENTHALTSERLAUBNIS',
      paragraph: '25(2)',
      validFrom: '2024-01-01',
      validUntil: '2027-01-01',
      issuingAuthority: 'ABH',
    },
  ],
  [{ kind: 'AUFENTHALTSGESTATTUNG', validFrom: '2023-06-01', issuingAuthority: 'BAMF' }],
  [{ kind: 'DULDUNG', validFrom: '2023-06-01', issuingAuthority: 'ABH' }],
);

export const personArb = (id: string, adult: boolean): fc.Arbitrary<PersonSnapshot> =>
  fc
    .record({
      birthDate: adult ? dayBetween('1960-01-01', '2005-01-01') : dayBetween('2007-01-01', '2024-12-31'),
      sex: fc.constantFrom('FEMALE' as const, 'MALE' as const),
      statusHistory: statusArb,
      recognition: fc.boolean(),
      needsStepFreeAccess: fc.boolean(),
      mentalHealthBurden: fc.boolean(),
      attendsSchool: fc.boolean(),
      vocationalPreparation: fc.boolean(),
    })
    .map((r) => ({
      id,
      birthDate: r.birthDate,
      sex: r.sex,
      arrivalInGermany: '2023-06-01',
      statusHistory: r.statusHistory,
      recognitionDate: r.recognition && r.statusHistory[0].kind === 'AUFENTHALTSERLAUBNIS' ? '2023-12-15' : undefined,
      needsStepFreeAccess: r.needsStepFreeAccess,
      mentalHealthBurden: r.mentalHealthBurden,
      education: { attendsSchool: r.attendsSchool, vocationalPreparation: r.vocationalPreparation },
    }));

export const householdArb = (id: string): fc.Arbitrary<HouseholdSnapshot> =>
  fc
    .record({
      partner: fc.boolean(),
      children: fc.integer({ min: 0, max: 4 }),
      seed: fc.integer(),
      arrival: dayBetween('2022-01-01', '2025-03-01'),
      guSince: fc.option(dayBetween('2022-01-01', '2025-03-01'), { nil: undefined }),
      conflict: fc.boolean(),
      income: fc.option(fc.integer({ min: 0, max: 60_000 }), { nil: undefined }),
    })
    .chain((r) =>
      fc
        .tuple(
          personArb(`${id}-h`, true),
          r.partner ? personArb(`${id}-p`, true).map((p) => [p]) : fc.constant([] as PersonSnapshot[]),
          fc.array(personArb(`${id}-c`, false), { minLength: r.children, maxLength: r.children }),
        )
        .map(([head, partner, children]): HouseholdSnapshot => {
          const members: HouseholdMember[] = [{ relation: 'HEAD', person: head }];
          partner.forEach((p) => members.push({ relation: 'PARTNER', person: p }));
          children.forEach((c, k) => members.push({ relation: 'CHILD', person: { ...c, id: `${c.id}${k}` } }));
          return {
            id,
            members,
            arrivalInCity: r.arrival,
            communalAccommodationSince: r.guSince,
            unresolvableGuConflict: r.conflict,
            annualIncomeAfterDeductionsEur: r.income,
          };
        }),
    );

export const householdsArb = (min: number, max: number) =>
  fc.integer({ min, max }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => householdArb(`h${i}`))));

export const offerArb = (id: string): fc.Arbitrary<ApartmentOfferSnapshot> =>
  fc
    .record({
      areaM2: fc.integer({ min: 25, max: 130 }),
      grossColdRentEur: fc.integer({ min: 350, max: 1500 }),
      wbsRequired: fc.boolean(),
      stepFree: fc.boolean(),
      municipality: fc.constantFrom('Osnabrück', 'Osnabrück', 'Osnabrück', 'Salzgitter'),
    })
    .map((r) => ({ id, land: 'NI', rooms: 3, availableFrom: '2025-05-01', ...r }));

export const offersArb = (min: number, max: number) =>
  fc.integer({ min, max }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => offerArb(`o${i}`))));
