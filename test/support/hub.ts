import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createHub, listen } from '../../src/server/app';
import { createLogger } from '../../src/server/logger';
import { sqlStatementCounter } from '../../src/db/sql-statement-counter';
import { openTestDatabase } from './database';
import type { Orm } from '../../src/db/orm';
import type { SecuritySettings } from '../../src/server/security';

export interface GraphQLResponse<T = any> {
  data?: T;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, any> }[];
}

export interface TestHub {
  url: string;
  orm: Orm;
  /** Posts an operation to the real HTTP server; returns the parsed response and the SQL statements it cost. */
  request<T = any>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T> & { statements: number }>;
  /** Like request, but fails the test on any GraphQL error and returns data. */
  data<T = any>(query: string, variables?: Record<string, unknown>): Promise<T>;
  close(): Promise<void>;
}

/** The real server (Express + Apollo) on a random port, over a fresh migrated database. */
export async function startTestHub(
  options: { today?: string; /** Overrides of the query limits and rate limiting. */ security?: Partial<SecuritySettings> } = {},
): Promise<TestHub> {
  const database = await openTestDatabase();
  const hub = await createHub({
    orm: database.orm,
    logger: createLogger('silent'),
    today: options.today ? () => options.today! : undefined,
    security: options.security,
  });
  const server: Server = await listen(hub.app, 0, '127.0.0.1');
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;

  const request: TestHub['request'] = async (query, variables) => {
    const before = sqlStatementCounter.total;
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as GraphQLResponse;
    return { ...body, statements: sqlStatementCounter.total - before };
  };

  return {
    url,
    orm: database.orm,
    request,
    async data(query, variables) {
      const response = await request(query, variables);
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
