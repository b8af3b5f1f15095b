import express from 'express';
import type { Server } from 'node:http';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { GraphQLSchema } from 'graphql';
import type { Orm } from '../db/orm';
import type { Logger } from './logger';
import { createContext, type Context } from './context';
import { createErrorFormatter } from './format-error';
import { createSchema } from './schema';
import { ideRouter } from './ide';
import { loadConfig } from '../config';
import { createSecurity, securitySettings, type SecuritySettings } from './security';

export interface HubOptions {
  orm: Orm;
  logger: Logger;
  /** Fixes "today" for every request (tests, demos of a past date); the real date when absent. */
  today?: () => string;
  /** Query limits and rate limiting; from the environment (src/config.ts) unless overridden here. */
  security?: Partial<SecuritySettings>;
}

export interface Hub {
  app: express.Express;
  apollo: ApolloServer<Context>;
  schema: GraphQLSchema;
  stop(): Promise<void>;
}

/** Builds the HTTP app: the IDE for browsers and the GraphQL endpoint at /graphql. */
export async function createHub({ orm, logger, today, security: overrides }: HubOptions): Promise<Hub> {
  const schema = await createSchema();
  // Hostile queries: limits, CSRF, trusted operations, rate limiting (src/server/security/).
  const security = await createSecurity<Context>({ ...securitySettings(loadConfig()), ...overrides }, logger);
  const apollo = new ApolloServer<Context>({
    schema,
    formatError: createErrorFormatter(logger),
    includeStacktraceInErrorResponses: false,
    ...security.apollo,
    plugins: [ApolloServerPluginLandingPageDisabled(), ...security.apollo.plugins],
  });
  await apollo.start();

  const app = express();
  app.disable('x-powered-by');
  app.get('/health', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.use('/graphql', ideRouter());
  app.use(
    '/graphql',
    ...security.beforeBody,
    express.json({ limit: '1mb' }),
    ...security.afterBody,
    expressMiddleware(apollo, {
      context: async () => createContext(orm.em, today?.()),
    }),
  );
  app.use('/graphql', security.errors);
  return {
    app,
    apollo,
    schema,
    stop: async () => {
      await apollo.stop();
      await security.close();
    },
  };
}

/** Listens on host:port; a taken port is reported in plain words. */
export function listen(app: express.Express, port: number, host: string): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = app.listen(port, host);
    server.once('listening', () => resolve(server));
    server.once('error', (error: NodeJS.ErrnoException) => {
      reject(
        error.code === 'EADDRINUSE'
          ? new Error(`Port ${port} is already in use; stop the other process or set PORT to a free port.`)
          : error,
      );
    });
  });
}
