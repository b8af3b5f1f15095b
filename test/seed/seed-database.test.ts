/**
 * Seeding scale 1 into a fresh, migrated PostgreSQL database: the sizes the issue asks for, the
 * housing invariants, the demographic sources, COPY escaping, and the refusal to seed twice.
 */
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { DatabaseNotEmptyError, isDatabaseEmpty, seedDatabase, type SeedSummary } from '../../src/seed/load';
import { copyLines } from '../../src/seed/copy-format';
import { createMigratedDatabase, type ThrowawayDatabase } from './throwaway-database';

jest.setTimeout(180_000);

let db: ThrowawayDatabase;
let client: pg.Client;
let summary: SeedSummary;

async function count(sql: string): Promise<number> {
  const result = await client.query<{ n: string }>(sql);
  return Number(result.rows[0]!.n);
}

beforeAll(async () => {
  db = await createMigratedDatabase('lotse_seed_test');
  expect(await isDatabaseEmpty(db.url)).toBe(true);
  summary = await seedDatabase(db.url, { scale: 1, seed: 4711 });
  client = new pg.Client({ connectionString: db.url });
  await client.connect();
});

afterAll(async () => {
  await client?.end();
  await db?.drop();
});

describe('seedDatabase at scale 1', () => {
  it('reports what it wrote', async () => {
    expect(summary.counts.person).toBe(await count('select count(*) as n from person'));
    expect(summary.milliseconds).toBeGreaterThan(0);
    expect(await isDatabaseEmpty(db.url)).toBe(false);
  });

  it('has the sizes the issue asks for', async () => {
    const people = await count('select count(*) as n from person');
    expect(people).toBeGreaterThanOrEqual(3_600);
    expect(people).toBeLessThanOrEqual(4_400);
    expect(await count('select count(*) as n from household')).toBe(1_500);
    expect(await count('select count(*) as n from site')).toBe(12);
    const beds = await count('select count(*) as n from bed');
    expect(beds).toBeGreaterThanOrEqual(1_250);
    expect(beds).toBeLessThanOrEqual(1_350);
    expect(await count(`select count(*) as n from apartment_offer where status = 'OPEN'`)).toBe(150);
    expect(await count('select count(*) as n from volunteer')).toBe(600);
    expect(await count('select count(*) as n from provider')).toBe(15);
    expect(await count(`select count(*) as n from area where kind = 'DISTRICT'`)).toBe(23);
    expect(await count(`select count(*) as n from area where kind = 'CITY'`)).toBe(1);
  });

  it('houses about 70 % of people in an open tenancy and fills about 90 % of the beds', async () => {
    const people = await count('select count(*) as n from person');
    const inFlat = await count(
      'select count(*) as n from person p where exists (select 1 from tenancy t where t.household_id = p.household_id and t.ends_on is null)',
    );
    expect(inFlat / people).toBeGreaterThan(0.65);
    expect(inFlat / people).toBeLessThan(0.75);
    const inBed = await count('select count(*) as n from stay where ends_on is null');
    const beds = await count('select count(*) as n from bed');
    expect(inBed / beds).toBeGreaterThan(0.8);
    expect(inBed / beds).toBeLessThanOrEqual(1);
    // Everyone lives somewhere: in a flat or in a bed.
    expect(inFlat + inBed).toBe(people);
    expect(await count('select count(*) as n from bed where blocked_reason is not null')).toBeGreaterThan(0);
  });

  it('never gives a person an open stay while the household has an open tenancy', async () => {
    expect(
      await count(`
      select count(*) as n from stay s join person p on p.id = s.person_id
      where s.ends_on is null and exists (select 1 from tenancy t where t.household_id = p.household_id and t.ends_on is null)`),
    ).toBe(0);
  });

  it('puts open stays only in households with communal_since, and only there', async () => {
    expect(
      await count(`
      select count(*) as n from stay s join person p on p.id = s.person_id join household h on h.id = p.household_id
      where s.ends_on is null and h.communal_since is null`),
    ).toBe(0);
    expect(
      await count(`
      select count(*) as n from household h where h.communal_since is not null
      and exists (select 1 from tenancy t where t.household_id = h.id and t.ends_on is null)`),
    ).toBe(0);
    expect(await count('select count(*) as n from stay where ends_on is not null')).toBeGreaterThan(0);
  });

  it('lets tenancies run on TAKEN offers', async () => {
    expect(
      await count(
        `select count(*) as n from tenancy t join apartment_offer o on o.id = t.apartment_id where t.ends_on is null and o.status <> 'TAKEN'`,
      ),
    ).toBe(0);
  });

  it('marks every district figure synthetic and gives every city figure a source', async () => {
    expect(
      await count(
        `select count(*) as n from demographic_observation o join area a on a.id = o.area_id where a.kind = 'DISTRICT' and not o.synthetic`,
      ),
    ).toBe(0);
    expect(
      await count(
        `select count(distinct o.indicator) as n from demographic_observation o join area a on a.id = o.area_id where a.kind = 'DISTRICT'`,
      ),
    ).toBe(16);
    const city = await client.query<{ indicator: string; value: number; source: string; synthetic: boolean }>(
      `select o.indicator, o.value, o.source, o.synthetic from demographic_observation o join area a on a.id = o.area_id where a.kind = 'CITY' order by o.indicator`,
    );
    expect(city.rows.length).toBeGreaterThan(0);
    for (const row of city.rows) {
      expect(row.synthetic).toBe(false);
      expect(row.source.length).toBeGreaterThan(10);
    }
    expect(city.rows.find((r) => r.indicator === 'POPULATION')).toMatchObject({ value: 164_898 });
  });

  it('moves the id sequences past the generated ids', async () => {
    const max = await count('select max(id) as n from person');
    expect(await count(`select nextval(pg_get_serial_sequence('person', 'id')) as n`)).toBe(max + 1);
  });

  it('refuses to seed a database that holds data, and leaves it as it was', async () => {
    const before = await count('select count(*) as n from person');
    await expect(seedDatabase(db.url, { scale: 1 })).rejects.toBeInstanceOf(DatabaseNotEmptyError);
    expect(await count('select count(*) as n from person')).toBe(before);
  });

  it('round-trips special characters and arrays through COPY', async () => {
    await client.query('create temp table copy_check (id int, t text, a text[])');
    const rows = [
      { id: 1, t: 'tab\there\nnew line \\ back "quote"', a: ['a,b', 'NULL', '{x}', 'q"t', 'b\\s', ''] },
      { id: 2, t: null, a: [] },
    ];
    await pipeline(
      Readable.from([copyLines(rows, ['id', 't', 'a'])]),
      client.query(copyFrom('copy copy_check (id, t, a) from stdin')),
    );
    const back = await client.query('select id, t, a from copy_check order by id');
    expect(back.rows).toEqual(rows);
  });
});
