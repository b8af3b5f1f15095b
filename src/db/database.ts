import { Client } from 'pg';
import retry from 'async-retry';
import type { Config } from '../config';
import { startEmbeddedPostgres, type EmbeddedDatabase } from './embedded-postgres';
import { connectOrm, type Orm, type OrmModel } from './orm';

export interface Database {
  orm: Orm;
  /** Where the hub's data lives, without the password, for log lines. */
  description: string;
  close(): Promise<void>;
}

const EMBEDDED_DATABASE = 'lotse';

/** The URL with its password masked, so it can be logged. */
export function redactUrl(url: string): string {
  const parsed = new URL(url);
  if (parsed.password) parsed.password = '***';
  return parsed.toString();
}

async function ensureDatabaseExists(adminUrl: string, name: string): Promise<void> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const exists = await client.query('select 1 from pg_database where datname = $1', [name]);
    if (exists.rowCount === 0) await client.query(`create database ${name}`);
  } finally {
    await client.end();
  }
}

/** Fails early with a message that names the server when PostgreSQL cannot be reached. */
async function assertReachable(url: string): Promise<void> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`Cannot reach the database at ${redactUrl(url)}: ${reason}`);
  } finally {
    await client.end().catch(() => undefined);
  }
}

/**
 * Tries to reach the database with exponential backoff (0.25 s doubling up to 5 s) for up to
 * `seconds`: a hub started together with its database (docker compose) waits for it instead of exiting.
 */
async function waitUntilReachable(
  url: string,
  seconds: number,
  onRetry?: (error: Error, attempt: number) => void,
): Promise<void> {
  const deadline = Date.now() + seconds * 1000;
  await retry(
    async (bail) => {
      try {
        await assertReachable(url);
      } catch (error) {
        if (Date.now() < deadline) throw error; // try again after the backoff
        bail(error as Error); // gives up (throwing after bail would schedule another attempt)
      }
    },
    {
      retries: 1000,
      minTimeout: 250,
      maxTimeout: 5000,
      factor: 2,
      randomize: false,
      onRetry: (error, attempt) => onRetry?.(error as Error, attempt),
    },
  );
}

/**
 * Opens the database the config names: DATABASE_URL when set, else the embedded PostgreSQL whose data
 * lives in EMBEDDED_PG_DIR and survives restarts.
 */
export async function openDatabase(
  config: Config,
  /** The entities and change subscribers (the composition root's; db/ knows no module). */
  model: OrmModel,
  options: {
    poolSize?: number;
    /** Told of each failed attempt while the database is awaited. */ onRetry?: (error: Error, attempt: number) => void;
  } = {},
): Promise<Database> {
  let embedded: EmbeddedDatabase | undefined;
  let url = config.DATABASE_URL;
  if (!url) {
    embedded = await startEmbeddedPostgres(config.EMBEDDED_PG_DIR, config.EMBEDDED_PG_PORT);
    await ensureDatabaseExists(embedded.url, EMBEDDED_DATABASE);
    const parsed = new URL(embedded.url);
    parsed.pathname = `/${EMBEDDED_DATABASE}`;
    url = parsed.toString();
  }
  try {
    await waitUntilReachable(url, config.DB_STARTUP_RETRY_SECONDS, options.onRetry);
  } catch (error) {
    await embedded?.stop();
    throw error;
  }
  const orm = await connectOrm(url, model, { poolSize: options.poolSize, pool: config });
  return {
    orm,
    description: embedded ? `embedded PostgreSQL in ${config.EMBEDDED_PG_DIR} (${redactUrl(url)})` : redactUrl(url),
    async close() {
      await orm.close();
      await embedded?.stop();
    },
  };
}
