import express, { type ErrorRequestHandler, type NextFunction, type RequestHandler, type Response } from 'express';
import type { Server } from 'node:http';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import {
  ApolloServerPluginLandingPageDisabled,
  ApolloServerPluginUsageReportingDisabled,
} from '@apollo/server/plugin/disabled';
import type { GraphQLSchema } from 'graphql';
import type { Orm } from '../db/orm';
import { loadConfig } from '../config';
import { audienceSchema } from '../auth/audience-schema';
import { AccessError, authenticate } from '../auth/authenticate';
import type { AuthSettings } from '../auth/auth-settings';
import { grantFor } from '../auth/policy';
import { runAs } from '../auth/request-context';
import { FailedAuthenticationLimit } from '../auth/failed-authentication-limit';
import { createTokenVerifier, type TokenVerifier } from '../auth/tokens';
import type { Viewer } from '../auth/viewer';
import type { DemoCredential } from '../auth/demo-credentials';
import { auditReadsPlugin } from '../modules/audit/audit-read-plugin';
import type { Logger } from '../graph/logger';
import { createContext, type Context } from '../auth/context';
import { createErrorFormatter } from './format-error';
import { createSchema } from './schema';
import { ideRouter } from './ide';
import { observationPlugin, observe, type Observation } from './observability/observation';
import { createMetrics } from './observability/metrics';
import { requestLog } from './observability/request-log';
import { operationTypeExistsRule } from './operation-type-rule';
import { healthRouter } from './health';
import { UnavailableCode, unavailableCodeOf, unavailablePlugin, unavailableResponse } from './unavailable';
import { clientGoneSignal } from './client-gone';
import { idempotency } from './idempotency/idempotency-middleware';
import {
  createSecurity,
  securitySettings,
  type RequestWithViewer,
  type Security,
  type SecuritySettings,
} from './security';

export interface HubOptions {
  orm: Orm;
  logger: Logger;
  /** How bearer tokens are verified (src/auth/auth-settings.ts). */
  auth: AuthSettings;
  /** Fixes "today" for every request (tests, demos of a past date); the real date when absent. */
  today?: () => string;
  /** Query limits and rate limiting; from the environment (src/config.ts) unless overridden here. */
  security?: Partial<SecuritySettings>;
  /** Demo mode: ready-made headers per audience, offered in the IDE to browsers on this machine. */
  demoCredentials?: DemoCredential[];
}

export interface Hub {
  app: express.Express;
  /** The full schema (what an administrator sees); each audience gets a part of it. */
  schema: GraphQLSchema;
  /** Readiness fails from now on (graceful shutdown). */
  setDraining(): void;
  stop(): Promise<void>;
}

function sendUnavailable(res: Response, code: UnavailableCode): void {
  const { status, headers, body } = unavailableResponse(code);
  res.status(status).set(headers).json(body);
}

/** A database that cannot serve outside GraphQL execution (e.g. the idempotency lookup) is a 503 too. */
const unavailableErrors: ErrorRequestHandler = (error, _req, res, next) => {
  const code = unavailableCodeOf(error);
  if (code && !res.headersSent) return sendUnavailable(res, code);
  next(error);
};

/** Answers an authentication failure in the shape GraphQL clients expect. */
function sendAccessError(res: Response, error: AccessError): void {
  res.status(error.status).json({ errors: [{ message: error.message, extensions: error.extensions }] });
}

function authenticator(verifier: TokenVerifier, orm: Orm, logger: Logger): RequestHandler {
  const failures = new FailedAuthenticationLimit();
  return async (req: RequestWithViewer, res: Response, next: NextFunction) => {
    const ip = req.ip ?? req.socket.remoteAddress ?? 'unknown';
    const retryAfterSeconds = await failures.blockedFor(ip);
    if (retryAfterSeconds > 0) {
      res
        .status(429)
        .set('Retry-After', String(retryAfterSeconds))
        .json({
          errors: [
            {
              message: 'Too many failed authentications from this address.',
              extensions: { code: 'RATE_LIMITED', retryAfterSeconds },
            },
          ],
        });
      return;
    }
    try {
      req.viewer = await authenticate(
        { authorization: req.get('authorization'), purpose: req.get('x-lotse-purpose') },
        verifier,
        orm.em,
      );
      // Everything downstream of this request (the audit of changes) knows who acts.
      runAs(req.viewer, next);
    } catch (error) {
      if (error instanceof AccessError) {
        if (error.status === 401) await failures.recordFailure(ip);
        return sendAccessError(res, error);
      }
      const unavailable = unavailableCodeOf(error);
      if (unavailable) return sendUnavailable(res, unavailable);
      logger.error({ err: error }, 'authentication failed unexpectedly');
      res
        .status(500)
        .json({ errors: [{ message: 'Internal server error.', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
    }
  };
}

/**
 * One Apollo server per audience (role × purpose), each with the schema that audience may see, made on
 * first use. A field outside the audience's grant does not exist for it.
 */
function audienceRouter(
  full: GraphQLSchema,
  orm: Orm,
  logger: Logger,
  security: Security<Context>,
  today?: () => string,
) {
  const handlers = new Map<string, Promise<{ apollo: ApolloServer<Context>; handler: RequestHandler }>>();
  const formatError = createErrorFormatter(logger);
  // Usage reporting to Apollo's cloud only when asked for (APOLLO_KEY alone would switch it on).
  const usageReporting = loadConfig().APOLLO_USAGE_REPORTING;

  const handlerFor = (viewer: Viewer) => {
    const key = `${viewer.role}/${viewer.purpose}`;
    let entry = handlers.get(key);
    if (!entry) {
      const grant = grantFor(viewer.role, viewer.purpose)!;
      entry = (async () => {
        const apollo = new ApolloServer<Context>({
          schema: audienceSchema(full, grant),
          formatError,
          includeStacktraceInErrorResponses: false,
          ...security.apollo,
          validationRules: [operationTypeExistsRule, ...security.apollo.validationRules],
          // The process handles SIGINT/SIGTERM once, for all audiences (src/server/shutdown.ts).
          stopOnTerminationSignals: false,
          plugins: [
            ApolloServerPluginLandingPageDisabled(),
            ...(usageReporting ? [] : [ApolloServerPluginUsageReportingDisabled()]),
            observationPlugin<Context>(key),
            unavailablePlugin<Context>(),
            auditReadsPlugin(logger),
            ...security.apollo.plugins,
          ],
        });
        await apollo.start();
        const handler = expressMiddleware(apollo, {
          context: async ({ req, res }) => {
            const context = createContext(
              orm.em,
              (req as RequestWithViewer).viewer!,
              grant,
              today?.(),
              clientGoneSignal(res),
            );
            observe(context, (res.locals.observation as Observation | undefined) ?? {});
            return context;
          },
        });
        return { apollo, handler };
      })();
      handlers.set(key, entry);
    }
    return entry;
  };

  const route: RequestHandler = async (req: RequestWithViewer, res, next) => {
    const { handler } = await handlerFor(req.viewer!);
    return handler(req, res, next);
  };
  const stop = async () => {
    for (const entry of handlers.values()) await (await entry).apollo.stop();
  };
  return { route, stop };
}

/** Builds the HTTP app: the IDE for browsers and the GraphQL endpoint at /graphql. */
export async function createHub({
  orm,
  logger,
  auth,
  today,
  security: overrides,
  demoCredentials,
}: HubOptions): Promise<Hub> {
  const schema = await createSchema();
  const verifier = await createTokenVerifier(auth.keySource, auth.issuer, auth.audience);
  // Hostile queries: limits, CSRF, trusted operations, rate limiting (src/server/security/).
  const security = await createSecurity<Context>({ ...securitySettings(loadConfig()), ...overrides }, logger);
  const audiences = audienceRouter(schema, orm, logger, security, today);

  const app = express();
  app.disable('x-powered-by');
  const metrics = createMetrics(orm);
  app.use(requestLog(logger, metrics.record));
  app.get('/metrics', metrics.endpoint);
  const health = healthRouter(orm, loadConfig().REDIS_URL);
  app.use(health.router);
  app.use('/graphql', ideRouter({ demoCredentials }));
  app.use(
    '/graphql',
    authenticator(verifier, orm, logger),
    ...security.beforeBody,
    express.json({ limit: '1mb' }),
    ...security.afterBody,
    idempotency(orm, logger),
    audiences.route,
  );
  app.use('/graphql', unavailableErrors, security.errors);
  return {
    app,
    schema,
    setDraining: () => health.setDraining(),
    stop: async () => {
      await audiences.stop();
      await security.close();
      await health.close();
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
