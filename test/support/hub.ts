import type { Server } from 'node:http';
import { hubModel } from '../../src/server/model';
import type { AddressInfo } from 'node:net';
import { createHub, listen } from '../../src/server/app';
import { createLogger } from '../../src/graph/logger';
import { sqlStatementCounter } from '../../src/db/sql-statement-counter';
import { openTestDatabase } from './database';
import { connectOrm } from '../../src/db/orm';
import type { Orm, PoolSettings } from '../../src/db/orm';
import type { SecuritySettings } from '../../src/server/security';
import type { AuthSettings } from '../../src/auth/auth-settings';
import { signToken } from '../../src/auth/tokens';
import { purposesOf } from '../../src/auth/policy';
import { Purpose, Role } from '../../src/auth/roles';

export interface GraphQLResponse<T = any> {
  data?: T;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, any> }[];
}

/** Who a test request acts as; an administrator for administration unless said otherwise. */
export interface As {
  role: Role;
  /** Global ID of the provider, for provider staff. */
  org?: string;
  purpose?: Purpose;
  /** Send this Authorization header instead of a signed token (API keys, broken tokens). */
  authorization?: string;
}

export const ADMIN: As = { role: Role.ADMINISTRATOR };

export const TEST_AUTH: AuthSettings = {
  keySource: { kind: 'secret', secret: 'test-secret-that-is-long-enough-for-hs256', demo: false },
  issuer: 'lotse-test',
  audience: 'lotse-test',
};

export interface TestHub {
  url: string;
  orm: Orm;
  /** The hub's own database (to seed the demo city into it). */
  databaseUrl: string;
  /** Headers of an authenticated JSON request as `as`. */
  headers(as?: As): Promise<Record<string, string>>;
  /** Posts an operation to the real HTTP server; returns the parsed response and the SQL statements it cost. */
  request<T = any>(
    query: string,
    variables?: Record<string, unknown>,
    as?: As,
  ): Promise<GraphQLResponse<T> & { statements: number; status: number }>;
  /** Like request, but fails the test on any GraphQL error and returns data. */
  data<T = any>(query: string, variables?: Record<string, unknown>, as?: As): Promise<T>;
  close(): Promise<void>;
}

/** The real server (Express + Apollo) on a random port, over a fresh migrated database. */
export async function startTestHub(
  options: {
    today?: string;
    /** Overrides of the query limits and rate limiting. */
    security?: Partial<SecuritySettings>;
    /** Serve this (another hub's) database instead of a fresh one; it is left in place on close. */
    databaseUrl?: string;
    /** Pool size and database timeouts. */
    pool?: Partial<PoolSettings>;
  } = {},
): Promise<TestHub> {
  const database = options.databaseUrl
    ? await borrowDatabase(options.databaseUrl)
    : await openTestDatabase(options.pool);
  const hub = await createHub({
    orm: database.orm,
    logger: createLogger((process.env.TEST_LOG_LEVEL as never) ?? 'silent'),
    auth: TEST_AUTH,
    today: options.today ? () => options.today! : undefined,
    security: options.security,
  });
  const server: Server = await listen(hub.app, 0, '127.0.0.1');
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  const secret = TEST_AUTH.keySource.kind === 'secret' ? TEST_AUTH.keySource.secret : '';

  const headers: TestHub['headers'] = async (as = ADMIN) => {
    const authorization =
      as.authorization ??
      `Bearer ${await signToken({ sub: `test-${as.role.toLowerCase()}`, role: as.role, org: as.org }, secret, TEST_AUTH.issuer, TEST_AUTH.audience)}`;
    return {
      'content-type': 'application/json',
      authorization,
      'x-lotse-purpose': as.purpose ?? purposesOf(as.role)[0],
    };
  };

  const request: TestHub['request'] = async (query, variables, as) => {
    const before = sqlStatementCounter.total;
    const response = await fetch(url, {
      method: 'POST',
      headers: await headers(as),
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as GraphQLResponse;
    return { ...body, status: response.status, statements: sqlStatementCounter.total - before };
  };

  return {
    url,
    orm: database.orm,
    databaseUrl: database.url,
    headers,
    request,
    async data(query, variables, as) {
      const response = await request(query, variables, as);
      if (response.errors) throw new Error(`GraphQL errors: ${JSON.stringify(response.errors, null, 2)}`);
      return response.data;
    },
    async close() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await hub.stop();
      await database.close();
    },
  };
}

async function borrowDatabase(url: string) {
  const orm = await connectOrm(url, hubModel);
  return { url, orm, close: () => orm.close() };
}

/**
 * The real server over an ORM the test opened itself (behind a proxy, with its own logger): the base URL,
 * an administrator's headers, and a stop that closes the server and the hub (not the ORM).
 */
export async function serveHub(
  orm: Orm,
  options: { logger?: Parameters<typeof createHub>[0]['logger']; sub?: string } = {},
): Promise<{
  hub: Awaited<ReturnType<typeof createHub>>;
  base: string;
  headers: Record<string, string>;
  stop: () => Promise<void>;
}> {
  const hub = await createHub({
    orm,
    logger: options.logger ?? createLogger('silent'),
    auth: TEST_AUTH,
    today: () => '2026-11-25',
    security: { rateLimitPerMinute: 0 },
  });
  const server: Server = await listen(hub.app, 0, '127.0.0.1');
  const secret = TEST_AUTH.keySource.kind === 'secret' ? TEST_AUTH.keySource.secret : '';
  const token = await signToken(
    { sub: options.sub ?? 'test-administrator', role: Role.ADMINISTRATOR },
    secret,
    TEST_AUTH.issuer,
    TEST_AUTH.audience,
  );
  return {
    hub,
    base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    headers: {
      'content-type': 'application/json',
      authorization: `Bearer ${token}`,
      'x-lotse-purpose': 'ADMINISTRATION',
    },
    stop: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await hub.stop();
    },
  };
}
