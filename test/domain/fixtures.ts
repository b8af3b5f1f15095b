/** Builders for snapshots used across the domain tests. */
import {
  ApartmentOfferSnapshot,
  HouseholdMember,
  HouseholdSnapshot,
  LegalStatusRecord,
  PersonSnapshot,
} from '../../src/domain';

export const BAMF = 'BAMF';
export const ABH = 'Ausländerbehörde Stadt Osnabrück';

export function gestattung(validFrom: string, validUntil?: string): LegalStatusRecord {
  return { kind: 'AUFENTHALTSGESTATTUNG', validFrom, validUntil, issuingAuthority: BAMF };
}

export function permit(
  paragraph: LegalStatusRecord['paragraph'],
  validFrom: string,
  validUntil?: string,
  extra: Partial<LegalStatusRecord> = {},
): LegalStatusRecord {
  return { kind: 'AUFENTHALTSERLAUBNIS', paragraph, validFrom, validUntil, issuingAuthority: ABH, ...extra };
}

export function niederlassung(validFrom: string): LegalStatusRecord {
  return { kind: 'NIEDERLASSUNGSERLAUBNIS', validFrom, issuingAuthority: ABH };
}

export function person(overrides: Partial<PersonSnapshot> = {}): PersonSnapshot {
  return { id: 'p1', birthDate: '1990-01-01', ...overrides };
}

/** A person recognised as a refugee, with an open-ended § 25 (2) permit (SGB II). */
export function recognisedAdult(id: string, overrides: Partial<PersonSnapshot> = {}): PersonSnapshot {
  return {
    id,
    birthDate: '1990-01-01',
    arrivalInGermany: '2022-01-10',
    statusHistory: [gestattung('2022-01-10', '2022-12-31'), permit('25(2)', '2023-01-01', '2026-12-31')],
    recognitionDate: '2022-12-15',
    ...overrides,
  };
}

export function member(relation: HouseholdMember['relation'], p: PersonSnapshot): HouseholdMember {
  return { relation, person: p };
}

export function household(members: HouseholdMember[], overrides: Partial<HouseholdSnapshot> = {}): HouseholdSnapshot {
  return { id: 'h1', members, arrivalInCity: '2023-01-01', ...overrides };
}

/** A household of `size` recognised persons: head, partner (if size ≥ 2), then children. */
export function familyOf(size: number, id = 'h1', overrides: Partial<HouseholdSnapshot> = {}): HouseholdSnapshot {
  const members: HouseholdMember[] = [member('HEAD', recognisedAdult(`${id}-a`))];
  if (size >= 2) members.push(member('PARTNER', recognisedAdult(`${id}-b`, { birthDate: '1991-05-05' })));
  for (let k = 2; k < size; k++)
    members.push(member('CHILD', recognisedAdult(`${id}-c${k}`, { birthDate: `20${10 + k}-03-03` })));
  return household(members, { id, ...overrides });
}

export function offer(overrides: Partial<ApartmentOfferSnapshot> = {}): ApartmentOfferSnapshot {
  return {
    id: 'o1',
    municipality: 'Osnabrück',
    land: 'NI',
    areaM2: 48,
    rooms: 2,
    grossColdRentEur: 600,
    wbsRequired: false,
    stepFree: false,
    availableFrom: '2025-05-01',
    ...overrides,
  };
}

/** Round trip through JSON must not change a result. */
export function expectJsonSerialisable(value: unknown): void {
  expect(JSON.parse(JSON.stringify(value))).toEqual(value);
}
