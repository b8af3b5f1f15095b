/** The generator alone: deterministic, seed-sensitive, independent of slicing, consistent in itself. */
import { createHash } from 'node:crypto';
import { generateDemoCity, generateDemoCityTables } from '../../src/seed/generate';
import { Random } from '../../src/seed/random';
import { SEED_TABLES } from '../../src/seed/tables';

function hashOf(options: Parameters<typeof generateDemoCity>[0]): string {
  const hash = createHash('sha256');
  const rowsPerTable = new Map<string, unknown[]>();
  // Hash per table so the slice size does not matter, only the rows.
  for (const batch of generateDemoCity(options)) {
    const list = rowsPerTable.get(batch.table) ?? [];
    list.push(...batch.rows);
    rowsPerTable.set(batch.table, list);
  }
  for (const table of SEED_TABLES) hash.update(table).update(JSON.stringify(rowsPerTable.get(table) ?? []));
  return hash.digest('hex');
}

describe('demo-city generator', () => {
  it('gives the same rows for the same seed, and different rows for another seed', () => {
    const first = hashOf({ seed: 7 });
    expect(hashOf({ seed: 7 })).toBe(first);
    expect(hashOf({ seed: 8 })).not.toBe(first);
  });

  it('does not depend on how many households go into one batch', () => {
    expect(hashOf({ seed: 3, householdsPerBatch: 97 })).toBe(hashOf({ seed: 3, householdsPerBatch: 5_000 }));
  });

  it('scales people, households, sites and beds linearly', () => {
    const one = generateDemoCityTables({ scale: 1 });
    const three = generateDemoCityTables({ scale: 3 });
    for (const table of ['household', 'site', 'bed', 'volunteer'] as const)
      expect(three[table].length).toBeCloseTo(3 * one[table].length, -2);
    expect(three.person.length / one.person.length).toBeGreaterThan(2.8);
    expect(three.person.length / one.person.length).toBeLessThan(3.2);
    expect(three.area.length).toBe(one.area.length);
  });

  it('keeps every reference inside the generated rows and every date range valid', () => {
    const t = generateDemoCityTables({ scale: 1 });
    const ids = (rows: readonly { id: number }[]) => new Set(rows.map((r) => r.id));
    const people = ids(t.person);
    const households = ids(t.household);
    const beds = ids(t.bed);
    const offers = ids(t.apartment_offer);
    expect(t.person.every((p) => households.has(p.household_id))).toBe(true);
    expect(
      t.stay.every(
        (s) => people.has(s.person_id) && beds.has(s.bed_id) && (s.ends_on === null || s.ends_on > s.starts_on),
      ),
    ).toBe(true);
    expect(t.tenancy.every((x) => households.has(x.household_id) && offers.has(x.apartment_id))).toBe(true);
    expect(t.legal_status.every((l) => l.valid_until === null || l.valid_until >= l.valid_from)).toBe(true);
    expect(t.person.every((p) => p.birth_date <= p.arrived_on)).toBe(true);
  });

  it('gives tenancies only on TAKEN (current) or WITHDRAWN (former) offers', () => {
    const t = generateDemoCityTables({ scale: 1 });
    const status = new Map(t.apartment_offer.map((o) => [o.id, o.status]));
    for (const tenancy of t.tenancy)
      expect(tenancy.ends_on === null ? 'TAKEN' : 'WITHDRAWN').toBe(status.get(tenancy.apartment_id));
  });

  it('uses a reproducible PRNG', () => {
    const a = new Random(42);
    const b = new Random(42);
    const draws = Array.from({ length: 5 }, () => a.nextUint32());
    expect(Array.from({ length: 5 }, () => b.nextUint32())).toEqual(draws);
    expect(new Random(43).nextUint32()).not.toBe(draws[0]);
    for (let i = 0; i < 1000; i++) {
      const n = a.int(3, 5);
      expect(n >= 3 && n <= 5).toBe(true);
    }
  });

  it('refuses invalid options', () => {
    expect(() => generateDemoCity({ scale: 0 }).next()).toThrow(/scale/);
    expect(() => generateDemoCity({ referenceDate: '2026-02-30' }).next()).toThrow(/date/);
  });
});
