import pino from 'pino';

export type Logger = pino.Logger;

/** Fields of a PostgreSQL error that name where it happened but hold no values. */
const SAFE_DATABASE_FIELDS = ['code', 'constraint', 'table', 'column', 'routine', 'severity'] as const;

/**
 * Errors as log fields. A database error's message, detail and query carry the failing SQL with its
 * values inlined (names, birth dates): only its kind, SQLSTATE, constraint and stack frames are kept.
 */
export function serializeError(error: unknown): unknown {
  if (!(error instanceof Error)) return pino.stdSerializers.err(error as Error);
  const e = error as Error & Record<string, unknown>;
  const fromDatabase =
    (typeof e.code === 'string' && /^[0-9A-Z]{5}$/.test(e.code)) || e.name.endsWith('Exception') || 'sqlMessage' in e;
  if (!fromDatabase) return pino.stdSerializers.err(error);
  const frames = (e.stack ?? '')
    .split('\n')
    .filter((line) => line.trim().startsWith('at '))
    .join('\n');
  const safe: Record<string, unknown> = { type: e.name, message: `${e.name} (SQL and values withheld)`, stack: frames };
  for (const field of SAFE_DATABASE_FIELDS) if (e[field] !== undefined) safe[field] = e[field];
  return safe;
}

/** Structured JSON logs; request bodies, secrets and SQL values are never logged. */
export function createLogger(level: string): Logger {
  return pino({
    level,
    base: { service: 'lotse' },
    redact: ['req.headers.authorization', 'req.headers.cookie'],
    serializers: { err: serializeError, error: serializeError },
  });
}
