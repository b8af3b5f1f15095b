import fc from 'fast-check';
import { openTestDatabase } from '../support/database';
import { activeConsent, activeMandate, activeVolunteering } from '../../src/graph/time-bound-rules';

/** Each rule's TypeScript predicate and SQL condition agree on every day, as PostgreSQL evaluates it. */

let database: Awaited<ReturnType<typeof openTestDatabase>>;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(() => database.close());

const day = fc.integer({ min: 0, max: 40 }).map((n) => new Date(Date.UTC(2026, 0, 1 + n)).toISOString().slice(0, 10));
const optionalDay = fc.option(day, { nil: null });

async function sqlHolds(columns: Record<string, string | null>, condition: string, on: string): Promise<boolean> {
  const names = Object.keys(columns);
  const [row] = await database.orm.em
    .getConnection()
    .execute<{ holds: boolean }[]>(
      `select ${condition} as holds from (select ${names.map((n) => `?::date as ${n}`).join(', ')}) t, (select ?::date as today) v`,
      [...Object.values(columns), on],
    );
  return row.holds;
}

test('active mandate', async () => {
  await fc.assert(
    fc.asyncProperty(day, day, optionalDay, day, async (mandateFrom, mandateUntil, endedOn, on) => {
      const sql = await sqlHolds(
        { mandate_from: mandateFrom, mandate_until: mandateUntil, ended_on: endedOn },
        activeMandate.sql('t', 'v.today'),
        on,
      );
      expect(sql).toBe(activeMandate.holds({ mandateFrom, mandateUntil, endedOn }, on));
    }),
    { numRuns: 150 },
  );
});

test('active consent', async () => {
  await fc.assert(
    fc.asyncProperty(day, optionalDay, day, async (givenOn, revokedOn, on) => {
      const sql = await sqlHolds({ given_on: givenOn, revoked_on: revokedOn }, activeConsent.sql('t', 'v.today'), on);
      expect(sql).toBe(activeConsent.holds({ givenOn, revokedOn }, on));
    }),
    { numRuns: 150 },
  );
});

test('active volunteering', async () => {
  await fc.assert(
    fc.asyncProperty(day, optionalDay, day, async (startsOn, endsOn, on) => {
      const sql = await sqlHolds({ starts_on: startsOn, ends_on: endsOn }, activeVolunteering.sql('t', 'v.today'), on);
      expect(sql).toBe(activeVolunteering.holds({ startsOn, endsOn }, on));
    }),
    { numRuns: 150 },
  );
});

test('the boundaries as the README states them', () => {
  const mandate = { mandateFrom: '2026-01-01', mandateUntil: '2026-06-30', endedOn: '2026-03-15' };
  expect([
    activeMandate.holds(mandate, '2026-01-01'),
    activeMandate.holds(mandate, '2026-03-14'),
    activeMandate.holds(mandate, '2026-03-15'),
  ]).toEqual([true, true, false]);
  expect(activeMandate.holds({ ...mandate, endedOn: null }, '2026-06-30')).toBe(true);
  expect(activeConsent.holds({ givenOn: '2026-01-01', revokedOn: '2026-02-01' }, '2026-02-01')).toBe(false);
  expect(activeVolunteering.holds({ startsOn: '2026-01-01', endsOn: '2026-02-01' }, '2026-02-01')).toBe(true);
});
