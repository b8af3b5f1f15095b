import { z } from 'zod';

/** Every setting the hub reads from the environment, validated in one place with safe defaults. */
const configSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  /** Host and port the HTTP server listens on. */
  HOST: z.string().default('0.0.0.0'),
  PORT: z.coerce.number().int().min(1).max(65535).default(4000),
  /** On SIGTERM/SIGINT, how long in-flight requests may take to finish before their connections are cut. */
  SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().min(0).default(10000),
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
  // Database pool and timeouts (src/db/orm.ts): a held lock or a slow statement fails the one request,
  // never the hub. 0 switches a timeout off.
  /** Connections in the hub's pool. */
  DB_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  /** How long a request waits for a free pool connection before it is answered 503 OVERLOADED. */
  DB_ACQUIRE_TIMEOUT_MS: z.coerce.number().int().min(100).default(5000),
  /** Longest a single SQL statement may run (PostgreSQL statement_timeout). */
  DB_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(0).default(15000),
  /** Longest a statement waits for a row or table lock (lock_timeout). */
  DB_LOCK_TIMEOUT_MS: z.coerce.number().int().min(0).default(5000),
  /** A transaction left idle this long is ended by PostgreSQL (idle_in_transaction_session_timeout). */
  DB_IDLE_IN_TRANSACTION_TIMEOUT_MS: z.coerce.number().int().min(0).default(30000),
  /** How long start-up keeps trying to reach the database (with backoff) before it gives up. */
  DB_STARTUP_RETRY_SECONDS: z.coerce.number().min(0).max(3600).default(60),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Send usage reports to Apollo's cloud (with APOLLO_KEY and APOLLO_GRAPH_REF); off unless 'true'. */
  APOLLO_USAGE_REPORTING: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true'),
  /** OTLP endpoint (e.g. http://collector:4318): traces of HTTP, Express, GraphQL and pg are exported there; off when unset. */
  OTEL_EXPORTER_OTLP_ENDPOINT: z.string().url().optional(),
  /** Largest page a connection returns; `first:` above it is refused. */
  MAX_PAGE_SIZE: z.coerce.number().int().min(1).max(10000).default(1000),
  /** How many days ahead a placement, move or move-in may be booked. */
  MOVE_HORIZON_DAYS: z.coerce.number().int().min(1).max(3650).default(365),

  // Query limits and rate limiting (src/server/security/, README "Query limits").
  /** Deepest selection nesting an operation may have (fragments do not count as a level). */
  QUERY_MAX_DEPTH: z.coerce.number().int().min(1).max(100).default(12),
  /** Highest estimated cost of an operation; lists multiply their selection by `first` or their declared size. */
  QUERY_MAX_COST: z.coerce.number().int().min(1).default(2000000),
  /** Execution budget of a running query: most objects it may resolve, then it is stopped (QUERY_BUDGET_EXCEEDED). */
  QUERY_MAX_OBJECTS: z.coerce.number().int().min(1).default(20000),
  /** Execution budget: most bytes (approximate JSON) of a query's answer. */
  QUERY_MAX_RESPONSE_BYTES: z.coerce.number().int().min(1000).default(5000000),
  /** Execution budget: wall-clock milliseconds a query may run. */
  QUERY_TIMEOUT_MS: z.coerce.number().int().min(10).default(30000),
  /** Queries estimated above this cost are heavy: at most QUERY_HEAVY_CONCURRENCY of them run at once. */
  QUERY_HEAVY_COST: z.coerce.number().int().min(1).default(50000),
  QUERY_HEAVY_CONCURRENCY: z.coerce.number().int().min(1).default(2),
  /** Most aliases in one operation. */
  QUERY_MAX_ALIASES: z.coerce.number().int().min(0).max(10000).default(30),
  /** Most directives in one operation. */
  QUERY_MAX_DIRECTIVES: z.coerce.number().int().min(0).max(10000).default(50),
  /** Most lexical tokens in one document. */
  QUERY_MAX_TOKENS: z.coerce.number().int().min(100).max(100000).default(1000),
  /** Most characters in one document. */
  QUERY_MAX_CHARACTERS: z.coerce.number().int().min(1000).max(1000000).default(20000),
  /** Requests per minute per viewer (per IP address without one); 0 switches rate limiting off. */
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(0).default(600),
  /** Redis shared by all hub instances for rate limiting (e.g. redis://127.0.0.1:6379); memory when absent. */
  REDIS_URL: z.string().url().optional(),

  // Authentication (src/auth/, README "Who may see what"). Without a key source, development runs in
  // demo mode and prints a token per role; production refuses to start.
  /** JWKS endpoint of the identity provider that signs bearer tokens. */
  AUTH_JWKS_URL: z.string().url().optional(),
  /** PEM public key (SPKI) that verifies bearer tokens, when there is no JWKS. */
  AUTH_JWT_PUBLIC_KEY: z.string().optional(),
  AUTH_JWT_ALGORITHM: z.enum(['RS256', 'PS256', 'ES256', 'EdDSA']).default('RS256'),
  /** Shared HS256 secret (at least 32 characters), when there is neither JWKS nor public key. */
  AUTH_JWT_SECRET: z.string().min(32).optional(),
  /** A file holding that secret instead (a Docker secret; docker-compose.yml generates one). */
  AUTH_JWT_SECRET_FILE: z.string().optional(),
  /** Required `iss` and `aud` of bearer tokens. */
  AUTH_ISSUER: z.string().default('lotse'),
  AUTH_AUDIENCE: z.string().default('lotse'),
  /** Where demo mode keeps its generated signing secret. */
  DEMO_AUTH_SECRET_FILE: z.string().default('.data/demo-auth-secret'),
  /** Secret (32+ characters) that seals pagination cursors; required in production, shared by all hub instances. */
  CURSOR_SECRET: z.string().min(32).optional(),
  /** Earlier cursor secrets, comma-separated: cursors they sealed keep working after a rotation while listed here. */
  CURSOR_SECRET_PREVIOUS: z
    .string()
    .optional()
    .transform((v) =>
      v
        ? v
            .split(',')
            .map((s) => s.trim())
            .filter(Boolean)
        : [],
    )
    .pipe(z.array(z.string().min(32))),
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
