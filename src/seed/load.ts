/**
 * Loads the demo city into an empty, migrated database: every table with COPY … FROM STDIN inside one
 * transaction, then the id sequences are moved past the generated ids.
 */
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { copyLines } from './copy-format';
import { generateDemoCity, type GenerateOptions } from './generate';
import { COLUMNS, SEED_TABLES, type SeedTable, type TableBatch } from './tables';

export interface SeedOptions {
  scale?: number;
  seed?: number;
  referenceDate?: string;
}

export interface SeedSummary {
  scale: number;
  seed: number | undefined;
  referenceDate: string | undefined;
  /** Rows written per table. */
  counts: Record<SeedTable, number>;
  /** Time spent generating and copying each table's rows (shows where a large seed spends its time). */
  millisecondsPerTable: Record<SeedTable, number>;
  milliseconds: number;
}

export class DatabaseNotEmptyError extends Error {
  constructor(readonly tablesWithRows: readonly string[]) {
    super(
      `Refusing to seed: the database already holds data (tables with rows: ${tablesWithRows.join(', ')}). Seed only an empty, migrated database.`,
    );
    this.name = 'DatabaseNotEmptyError';
  }
}

type Target = pg.ClientBase | string;

/** True when none of the tables the seed writes holds a row (the schema must exist). */
export async function isDatabaseEmpty(target: Target): Promise<boolean> {
  return withClient(target, async (client) => (await tablesWithRows(client)).length === 0);
}

export async function seedDatabase(target: Target, options: SeedOptions = {}): Promise<SeedSummary> {
  const started = performance.now();
  const generateOptions: GenerateOptions = {
    scale: options.scale ?? 1,
    seed: options.seed,
    referenceDate: options.referenceDate,
  };
  const counts = Object.fromEntries(SEED_TABLES.map((t) => [t, 0])) as Record<SeedTable, number>;
  const millisecondsPerTable = { ...counts };
  await withClient(target, async (client) => {
    await client.query('BEGIN');
    try {
      // Nobody may write to these tables until we commit, so the emptiness check stays true.
      await client.query(`LOCK TABLE ${SEED_TABLES.map(quoteIdent).join(', ')} IN EXCLUSIVE MODE`);
      const filled = await tablesWithRows(client);
      if (filled.length > 0) throw new DatabaseNotEmptyError(filled);
      await client.query('SET LOCAL synchronous_commit = off');
      let clock = performance.now();
      for (const batch of generateDemoCity(generateOptions)) {
        await copyBatch(client, batch);
        counts[batch.table] += batch.rows.length;
        const now = performance.now();
        millisecondsPerTable[batch.table] += now - clock;
        clock = now;
      }
      for (const table of SEED_TABLES) millisecondsPerTable[table] = Math.round(millisecondsPerTable[table]);
      for (const table of SEED_TABLES) await resetSequence(client, table);
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    }
  });
  return {
    scale: generateOptions.scale!,
    seed: options.seed,
    referenceDate: options.referenceDate,
    counts,
    millisecondsPerTable,
    milliseconds: Math.round(performance.now() - started),
  };
}

/** Rows are encoded in slices, so a large batch never becomes one huge string. */
const LINES_PER_CHUNK = 5_000;

async function copyBatch(client: pg.ClientBase, batch: TableBatch): Promise<void> {
  if (batch.rows.length === 0) return;
  const columns: readonly string[] = COLUMNS[batch.table];
  const rows: readonly object[] = batch.rows;
  function* chunks(): Generator<string> {
    for (let i = 0; i < rows.length; i += LINES_PER_CHUNK) yield copyLines(rows.slice(i, i + LINES_PER_CHUNK), columns);
  }
  const sql = `COPY ${quoteIdent(batch.table)} (${columns.map(quoteIdent).join(', ')}) FROM STDIN`;
  await pipeline(Readable.from(chunks()), client.query(copyFrom(sql)));
}

async function resetSequence(client: pg.ClientBase, table: SeedTable): Promise<void> {
  const t = quoteIdent(table);
  // With no rows the sequence restarts at 1; otherwise the next id is max(id) + 1.
  await client.query(
    `SELECT setval(pg_get_serial_sequence($1, 'id'), coalesce(max(id), 1), max(id) IS NOT NULL) FROM ${t}`,
    [t],
  );
}

async function tablesWithRows(client: pg.ClientBase): Promise<string[]> {
  const checks = SEED_TABLES.map(
    (t) => `SELECT ${literal(t)} AS name WHERE EXISTS (SELECT 1 FROM ${quoteIdent(t)})`,
  ).join(' UNION ALL ');
  const result = await client.query<{ name: string }>(checks);
  return result.rows.map((r) => r.name);
}

async function withClient<T>(target: Target, work: (client: pg.ClientBase) => Promise<T>): Promise<T> {
  if (typeof target !== 'string') return work(target);
  const client = new pg.Client({ connectionString: target });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

function literal(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}
