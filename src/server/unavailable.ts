import type { ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';

/** Retryable answers when the database cannot serve a request now (HTTP 503 with Retry-After). */
export enum UnavailableCode {
  /** The database cannot be reached or dropped the connection. */
  DATABASE_UNAVAILABLE = 'DATABASE_UNAVAILABLE',
  /** No pool connection became free in time, or a statement or lock wait ran out of time. */
  OVERLOADED = 'OVERLOADED',
}

export const RETRY_AFTER_SECONDS: Record<UnavailableCode, number> = {
  [UnavailableCode.DATABASE_UNAVAILABLE]: 5,
  [UnavailableCode.OVERLOADED]: 2,
};

export const unavailableMessages: Record<UnavailableCode, string> = {
  [UnavailableCode.DATABASE_UNAVAILABLE]: 'The database is unavailable; nothing was changed. Retry later.',
  [UnavailableCode.OVERLOADED]: 'The hub is overloaded and could not answer in time; nothing was changed. Retry later.',
};

/** SQLSTATEs: connection exceptions (08…), operator intervention (57P01–57P03), too many connections. */
const UNAVAILABLE_STATES = /^(08...|57P0[1-3]|53300)$/;
/** Statement timeout / cancelled (57014), lock timeout (55P03). */
const OVERLOADED_STATES = /^(57014|55P03)$/;
const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ENOTFOUND',
  'EHOSTUNREACH',
  'ETIMEDOUT',
  'EPIPE',
  'EAI_AGAIN',
]);
// knex's "Transaction query already complete": the connection under an open transaction was lost.
const UNAVAILABLE_MESSAGES =
  /Connection terminated|not queryable|connection error|timeout expired|Connection ended|Transaction query already complete/i;

/** Whether an error (from the ORM, knex's pool or pg) means the database cannot serve now, and how. */
export function unavailableCodeOf(error: unknown): UnavailableCode | undefined {
  // pg sometimes rejects with a plain object ({ code: 'ECONNREFUSED' }), which graphql-js wraps as `thrownValue`.
  type ErrorLike = {
    name?: unknown;
    code?: unknown;
    message?: unknown;
    cause?: unknown;
    originalError?: unknown;
    thrownValue?: unknown;
  };
  for (
    let e = error as ErrorLike | undefined, depth = 0;
    e && typeof e === 'object' && depth < 5;
    e = (e.cause ?? e.originalError ?? e.thrownValue) as ErrorLike | undefined, depth++
  ) {
    const message = typeof e.message === 'string' ? e.message : '';
    // knex's pool timeout; MikroORM rewraps it as a plain DriverException with the same message.
    if (e.name === 'KnexTimeoutError' || /Timeout acquiring a connection/.test(message))
      return UnavailableCode.OVERLOADED;
    const code = typeof e.code === 'string' ? e.code : undefined;
    if (code && OVERLOADED_STATES.test(code)) return UnavailableCode.OVERLOADED;
    if (code && (UNAVAILABLE_STATES.test(code) || NETWORK_CODES.has(code))) return UnavailableCode.DATABASE_UNAVAILABLE;
    if (e.name === 'ConnectionException') return UnavailableCode.DATABASE_UNAVAILABLE;
    if (UNAVAILABLE_MESSAGES.test(message)) return UnavailableCode.DATABASE_UNAVAILABLE;
  }
  return undefined;
}

/** The JSON body and headers of a 503 outside GraphQL execution (authentication, idempotency lookup). */
export function unavailableResponse(code: UnavailableCode) {
  const retryAfterSeconds = RETRY_AFTER_SECONDS[code];
  return {
    status: 503,
    headers: { 'Retry-After': String(retryAfterSeconds) },
    body: { errors: [{ message: unavailableMessages[code], extensions: { code, retryAfterSeconds } }] },
  };
}

/** Answers an operation that failed because the database could not serve it with 503 and Retry-After. */
export function unavailablePlugin<T extends object>(): ApolloServerPlugin<T> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ errors, response }) {
          const codes = (errors ?? [])
            .map((e) => unavailableCodeOf(unwrapResolverError(e)))
            .filter(Boolean) as UnavailableCode[];
          if (codes.length === 0) return;
          const code = codes.includes(UnavailableCode.DATABASE_UNAVAILABLE)
            ? UnavailableCode.DATABASE_UNAVAILABLE
            : UnavailableCode.OVERLOADED;
          response.http.status = 503;
          response.http.headers.set('retry-after', String(RETRY_AFTER_SECONDS[code]));
        },
      };
    },
  };
}
