import { z } from 'zod';

/** Every setting the hub reads from the environment, validated in one place with safe defaults. */
const configSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  /** Host and port the HTTP server listens on. */
  HOST: z.string().default('0.0.0.0'),
  PORT: z.coerce.number().int().min(1).max(65535).default(4000),
  /** A PostgreSQL connection string; when absent the embedded PostgreSQL is started. */
  DATABASE_URL: z.string().url().optional(),
  /** Where the embedded PostgreSQL keeps its data between restarts. */
  EMBEDDED_PG_DIR: z.string().default('.data/postgres'),
  EMBEDDED_PG_PORT: z.coerce.number().int().min(1).max(65535).default(54329),
  /** Seed the demo city when the database is empty (on by default for the demo start). */
  SEED_WHEN_EMPTY: z
    .enum(['true', 'false'])
    .default('true')
    .transform((v) => v === 'true'),
  SEED_SCALE: z.coerce.number().positive().max(1000).default(1),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Largest page a connection returns; `first:` above it is refused. */
  MAX_PAGE_SIZE: z.coerce.number().int().min(1).max(10000).default(1000),
});

export type Config = z.infer<typeof configSchema>;

/** Parses the environment; a wrong value stops the process with a message naming the variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = configSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`Invalid configuration: ${problems}`);
  }
  return parsed.data;
}

/** The names of all configuration variables (docker-compose.yml is checked against them). */
export const configVariableNames = Object.keys(configSchema.shape);
