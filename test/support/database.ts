import { createHash, randomBytes } from 'node:crypto';
import { hubModel } from '../../src/server/model';
import { Client } from 'pg';
import { connectOrm, migrate, type Orm, type PoolSettings } from '../../src/db/orm';
import { migrationsList } from '../../src/db/migrations';

/** Admin URL of the test server, provided by the global setup. */
export function adminUrl(): string {
  const url = process.env.LOTSE_TEST_DATABASE_URL;
  if (!url) throw new Error('LOTSE_TEST_DATABASE_URL is not set; run the tests through jest (global setup).');
  return url;
}

export function databaseUrl(name: string): string {
  const url = new URL(adminUrl());
  url.pathname = `/${name}`;
  return url.toString();
}

/** A template with all migrations applied, named after the migrations so a new migration makes a new one. */
const templateName = `lotse_template_${createHash('sha256')
  .update(migrationsList.map((m) => m.name).join(','))
  .digest('hex')
  .slice(0, 12)}`;

async function withAdmin<T>(work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: adminUrl() });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/**
 * Creates a fresh, migrated database for one test file (a copy of the template, made once per server)
 * and returns its name. Test files run in parallel, each on its own database.
 */
export async function createTestDatabase(): Promise<string> {
  const name = `lotse_test_${randomBytes(6).toString('hex')}`;
  await withAdmin(async (admin) => {
    // Serialises template creation and copying across parallel test files.
    await admin.query('select pg_advisory_lock(7410)');
    try {
      const exists = await admin.query('select 1 from pg_database where datname = $1', [templateName]);
      if (exists.rowCount === 0) {
        await admin.query(`create database ${templateName}`);
        const orm = await connectOrm(databaseUrl(templateName), hubModel, { poolSize: 1 });
        await migrate(orm);
        await orm.close();
      }
      await admin.query(`create database ${name} template ${templateName}`);
    } finally {
      await admin.query('select pg_advisory_unlock(7410)');
    }
  });
  return name;
}

export async function dropTestDatabase(name: string): Promise<void> {
  await withAdmin((admin) => admin.query(`drop database if exists ${name} with (force)`));
}

/** A migrated database and an ORM connected to it, dropped again by `close`. */
export async function openTestDatabase(
  pool?: Partial<PoolSettings>,
): Promise<{ name: string; url: string; orm: Orm; close(): Promise<void> }> {
  const name = await createTestDatabase();
  const url = databaseUrl(name);
  const orm = await connectOrm(url, hubModel, { pool });
  return {
    name,
    url,
    orm,
    close: async () => {
      await orm.close();
      await dropTestDatabase(name);
    },
  };
}
