/**
 * Raw SQL for the planning snapshots: flat rows, no entity hydration. Statements use `?` bindings
 * (knex style); the graph runs them through MikroORM's connection (so the SQL statement counter sees
 * them), the benchmark through a bare `pg` client.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Client, Pool } from 'pg';

export type SqlRow = Record<string, unknown>;
export type SqlRunner = (sql: string, params: readonly unknown[]) => Promise<SqlRow[]>;

export function ormRunner(em: EntityManager): SqlRunner {
  return (sql, params) => em.execute(sql, [...params]) as Promise<SqlRow[]>;
}

/** With a Pool, the statements a load issues together run on separate connections, in parallel. */
export function pgRunner(db: Client | Pool): SqlRunner {
  return async (sql, params) => {
    let n = 0;
    const text = sql.replace(/\?/g, () => `$${++n}`);
    return (await db.query<SqlRow>(text, [...params])).rows;
  };
}

/** An int[] literal for `= any(?::int[])`: one bind parameter however many ids (knex would expand an array). */
export function intArrayLiteral(ids: readonly number[]): string {
  return `{${ids.join(',')}}`;
}
