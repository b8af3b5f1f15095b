import { MikroORM } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import { entities } from './entities';
import { migrationsList } from './migrations';
import { sqlStatementCounter } from './sql-statement-counter';
import { AuditChangeSubscriber } from '../modules/audit/audit-change-subscriber';

export type Orm = MikroORM;

export interface OrmOptions {
  /** Connections in the pool. */
  poolSize?: number;
  debug?: boolean;
}

/** Connects MikroORM to the database at `url`; the schema comes from migrations, never from sync. */
export async function connectOrm(url: string, options: OrmOptions = {}): Promise<Orm> {
  const orm = await MikroORM.init({
    clientUrl: url,
    entities,
    extensions: [Migrator],
    subscribers: [new AuditChangeSubscriber()],
    migrations: { migrationsList, transactional: true, allOrNothing: true, snapshot: false, silent: true },
    pool: { min: 0, max: options.poolSize ?? 10 },
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
  orm.em.getConnection().getKnex().on('query', () => sqlStatementCounter.increment());
  return orm;
}

/** Applies all pending migrations; returns the names of those it applied. */
export async function migrate(orm: Orm): Promise<string[]> {
  const applied = await orm.getMigrator().up();
  return applied.map((m) => m.name);
}
