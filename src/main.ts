import 'reflect-metadata';
// First: the tracing instrumentations patch http, express, graphql and pg as they load.
import { tracing } from './server/observability/tracing';
import { parseArgs } from 'node:util';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { loadConfig, type Config } from './config';
import { openDatabase, type Database } from './db/database';
import { migrate } from './db/orm';
import { createHub, listen } from './server/app';
import { hubModel } from './server/model';
import { createLogger, type Logger } from './graph/logger';
import { stopGracefullyOnSignals } from './server/shutdown';
import { audienceSdls, createSchema, printSchemaSdl } from './server/schema';
import { isDatabaseEmpty, seedDatabase } from './seed/load';
import { authSettings, cursorSecrets } from './auth/auth-settings';
import { configureCursorSecrets } from './graph/relay/cursor';
import { hasActiveDemoKeys } from './auth/api-keys';
import { issueDemoCredentials, type DemoCredential } from './auth/demo-credentials';
import { todayUtc } from './graph/periods';
import { applyRetention } from './modules/retention/retention.service';

const USAGE = `Usage: node dist/src/main.js <command> [options]

Commands:
  serve                 migrate, seed the demo city when the database is empty, serve the graph
  migrate               apply pending migrations
  seed [--scale N]      seed the demo city into an empty database (N = 1: ~4,000 people)
  reset [--scale N]     drop everything, migrate and seed again (refused in production)
  retention [--dry-run] [--as-of YYYY-MM-DD]
                        delete or pseudonymise records whose retention period ran out, and log it
  schema                write the SDL to schema/schema.graphql and each audience's to schema/audiences/

Without DATABASE_URL the embedded PostgreSQL in EMBEDDED_PG_DIR is used.`;

export const SCHEMA_FILE = resolve(__dirname, '../../schema/schema.graphql');
export const AUDIENCE_SCHEMA_DIR = resolve(__dirname, '../../schema/audiences');

async function withDatabase<T>(config: Config, work: (db: Database) => Promise<T>): Promise<T> {
  const db = await openDatabase(config, hubModel);
  try {
    return await work(db);
  } finally {
    await db.close();
  }
}

async function seedIfEmpty(db: Database, scale: number, logger: Logger): Promise<void> {
  const url = db.orm.config.getClientUrl();
  if (!(await isDatabaseEmpty(url))) return;
  logger.info({ scale }, 'database is empty: seeding the demo city');
  const summary = await seedDatabase(url, { scale });
  logger.info({ summary }, 'demo city seeded');
}

async function serve(config: Config, logger: Logger): Promise<void> {
  const db = await openDatabase(config, hubModel, {
    onRetry: (error, attempt) =>
      logger.warn({ attempt, reason: error.message }, 'the database is not reachable yet; retrying'),
  });
  logger.info({ database: db.description }, 'database opened');
  const applied = await migrate(db.orm);
  if (applied.length) logger.info({ applied }, 'migrations applied');
  if (config.SEED_WHEN_EMPTY) await seedIfEmpty(db, config.SEED_SCALE, logger);
  const auth = authSettings(config);
  configureCursorSecrets(cursorSecrets(config, auth.keySource));
  if (config.NODE_ENV === 'production' && (await hasActiveDemoKeys(db.orm.em.fork()))) {
    await db.close();
    throw new Error('Refusing to start in production while demo API keys are active; revoke them first.');
  }
  const demoCredentials = await issueDemoCredentials(db.orm.em.fork(), auth, todayUtc());
  const hub = await createHub({ orm: db.orm, logger, auth, demoCredentials });
  const server = await listen(hub.app, config.PORT, config.HOST).catch(async (error) => {
    await db.close();
    throw error;
  });
  const shownHost = config.HOST === '0.0.0.0' ? 'localhost' : config.HOST;
  logger.info(`Lotse serves the graph and its IDE at http://${shownHost}:${config.PORT}/graphql`);
  if (demoCredentials.length) printDemoCredentials(demoCredentials);
  const afterHub = {
    setDraining: () => undefined,
    stop: async () => {
      await db.close();
      await tracing?.shutdown(); // flushes the last spans
    },
  };
  stopGracefullyOnSignals(server, [hub, afterHub], logger, config.SHUTDOWN_TIMEOUT_MS);
}

/** Demo mode: one ready-made set of headers per audience, to paste into the IDE's headers editor. */
function printDemoCredentials(credentials: DemoCredential[]): void {
  console.log('\nDemo mode: paste one of these into the IDE\'s "Headers" tab to act as that audience.');
  console.log('(Tokens are signed with the demo secret in DEMO_AUTH_SECRET_FILE; production refuses them.)\n');
  for (const { role, headers } of credentials) {
    const kind = headers.Authorization.startsWith('ApiKey') ? ' (API key of a partner system)' : '';
    console.log(`${role}${kind}:\n${JSON.stringify(headers)}\n`);
  }
}

async function reset(config: Config, scale: number, logger: Logger): Promise<void> {
  if (config.NODE_ENV === 'production') throw new Error('reset is refused in production.');
  await withDatabase(config, async (db) => {
    await db.orm.em.getConnection().execute('drop schema public cascade; create schema public;');
    await migrate(db.orm);
    const summary = await seedDatabase(db.orm.config.getClientUrl(), { scale });
    logger.info({ summary }, 'database reset and seeded');
  });
}

export async function main(argv: string[]): Promise<void> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      scale: { type: 'string' },
      'dry-run': { type: 'boolean' },
      'as-of': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const [command] = positionals;
  if (values.help || !command) {
    console.log(USAGE);
    return;
  }
  const config = loadConfig();
  const logger = createLogger(config.LOG_LEVEL);
  const scale = values.scale === undefined ? config.SEED_SCALE : Number(values.scale);
  if (!(scale > 0 && scale <= 1000)) throw new Error('--scale must be a number above 0 and at most 1000.');

  switch (command) {
    case 'serve':
      return serve(config, logger);
    case 'migrate':
      return withDatabase(config, async (db) => logger.info({ applied: await migrate(db.orm) }, 'migrations applied'));
    case 'seed':
      return withDatabase(config, async (db) => {
        await migrate(db.orm);
        const summary = await seedDatabase(db.orm.config.getClientUrl(), { scale });
        logger.info({ summary }, 'demo city seeded');
      });
    case 'reset':
      return reset(config, scale, logger);
    case 'retention':
      return withDatabase(config, async (db) => {
        const asOf = values['as-of'] ?? todayUtc();
        if (!/^\d{4}-\d{2}-\d{2}$/.test(asOf)) throw new Error('--as-of must be a date YYYY-MM-DD.');
        const outcomes = await applyRetention(db.orm.em.fork(), { asOf, dryRun: values['dry-run'] });
        logger.info({ asOf, dryRun: Boolean(values['dry-run']), outcomes }, 'retention applied');
      });
    case 'schema': {
      const full = await createSchema();
      await writeFile(SCHEMA_FILE, printSchemaSdl(full));
      await rm(AUDIENCE_SCHEMA_DIR, { recursive: true, force: true });
      await mkdir(AUDIENCE_SCHEMA_DIR, { recursive: true });
      for (const [file, sdl] of audienceSdls(full)) await writeFile(resolve(AUDIENCE_SCHEMA_DIR, file), sdl);
      logger.info({ file: SCHEMA_FILE, audiences: AUDIENCE_SCHEMA_DIR }, 'schema written');
      return;
    }
    default:
      throw new Error(`Unknown command "${command}".\n\n${USAGE}`);
  }
}

if (require.main === module) {
  main(process.argv.slice(2)).catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
