import { MikroORM } from '@mikro-orm/postgresql';
import type { EntityClass, EventSubscriber } from '@mikro-orm/core';
import { Migrator } from '@mikro-orm/migrations';
import { migrationsList } from './migrations';
import { sqlStatementCounter } from './sql-statement-counter';
import { loadConfig, type Config } from '../config';

export type Orm = MikroORM;

/** What the ORM maps and who listens to its flushes: given by the composition root (src/server/model.ts). */
export interface OrmModel {
  entities: EntityClass<object>[];
  /** Fresh subscribers for each ORM (the audit of changes, idempotency keys). */
  subscribers: () => EventSubscriber[];
}

export type PoolSettings = Pick<
  Config,
  | 'DB_POOL_SIZE'
  | 'DB_ACQUIRE_TIMEOUT_MS'
  | 'DB_STATEMENT_TIMEOUT_MS'
  | 'DB_LOCK_TIMEOUT_MS'
  | 'DB_IDLE_IN_TRANSACTION_TIMEOUT_MS'
>;

export interface OrmOptions {
  /** Connections in the pool (overrides DB_POOL_SIZE). */
  poolSize?: number;
  /** Pool size and timeouts; from the environment (src/config.ts) unless given. */
  pool?: Partial<PoolSettings>;
  debug?: boolean;
}

/**
 * Pool and session settings: the timeouts are sent as startup parameters of every connection, so
 * PostgreSQL itself ends a statement, a lock wait or an abandoned transaction that runs too long.
 */
function poolOptions(options: OrmOptions) {
  const settings = { ...loadConfig(), ...options.pool };
  const size = options.poolSize ?? settings.DB_POOL_SIZE;
  return {
    pool: { min: 0, max: size, acquireTimeoutMillis: settings.DB_ACQUIRE_TIMEOUT_MS },
    driverOptions: {
      acquireConnectionTimeout: settings.DB_ACQUIRE_TIMEOUT_MS,
      connection: {
        application_name: 'lotse',
        statement_timeout: settings.DB_STATEMENT_TIMEOUT_MS,
        lock_timeout: settings.DB_LOCK_TIMEOUT_MS,
        idle_in_transaction_session_timeout: settings.DB_IDLE_IN_TRANSACTION_TIMEOUT_MS,
      },
    },
  };
}

/** Connects MikroORM to the database at `url`; the schema comes from migrations, never from sync. */
export async function connectOrm(url: string, model: OrmModel, options: OrmOptions = {}): Promise<Orm> {
  const orm = await MikroORM.init({
    clientUrl: url,
    entities: model.entities,
    extensions: [Migrator],
    subscribers: model.subscribers(),
    migrations: { migrationsList, transactional: true, allOrNothing: true, snapshot: false, silent: true },
    ...poolOptions(options),
    debug: options.debug ?? false,
    // Entities are explicit; a model that does not validate should fail at start-up, not at first use.
    validate: true,
    strict: true,
    forceUtcTimezone: true,
    allowGlobalContext: false,
    // Each entity carries its own row filter (src/auth/row-visibility.ts); joining referenced entities
    // only to filter them again would cost a join per relation.
    autoJoinRefsForFilters: false,
  });
  orm.em
    .getConnection()
    .getKnex()
    .on('query', () => sqlStatementCounter.increment());
  return orm;
}

/** Applies all pending migrations; returns the names of those it applied. */
export async function migrate(orm: Orm): Promise<string[]> {
  const applied = await orm.getMigrator().up();
  return applied.map((m) => m.name);
}
