/**
 * A uniquely named, migrated PostgreSQL database for one test file. The admin URL comes from the jest
 * global setup (LOTSE_TEST_DATABASE_URL) or falls back to the local PostgreSQL 15.
 */
import { randomBytes } from 'node:crypto';
import { hubModel } from '../../src/server/model';
import pg from 'pg';
import { connectOrm, migrate } from '../../src/db/orm';

export const ADMIN_URL = process.env.LOTSE_TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export interface ThrowawayDatabase {
  url: string;
  drop(): Promise<void>;
}

export async function createMigratedDatabase(prefix: string): Promise<ThrowawayDatabase> {
  const name = `${prefix}_${process.pid}_${randomBytes(4).toString('hex')}`;
  await withAdmin((admin) => admin.query(`CREATE DATABASE "${name}"`));
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  const orm = await connectOrm(url.toString(), hubModel);
  try {
    await migrate(orm);
  } finally {
    await orm.close();
  }
  return {
    url: url.toString(),
    drop: () =>
      withAdmin((admin) => admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)).then(() => undefined),
  };
}

async function withAdmin<T>(work: (admin: pg.Client) => Promise<T>): Promise<T> {
  const admin = new pg.Client({ connectionString: ADMIN_URL });
  await admin.connect();
  try {
    return await work(admin);
  } finally {
    await admin.end();
  }
}
