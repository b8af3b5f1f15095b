import type { ApolloServerOptions, ApolloServerPlugin } from '@apollo/server';
import type { ErrorRequestHandler, RequestHandler } from 'express';
import type { ValidationRule } from 'graphql';
import type { Logger } from '../../graph/logger';
import { armorValidationRules } from './armor';
import { blockFieldSuggestionsPlugin } from './field-suggestions';
import { introspectionDepthRule } from './introspection-depth';
import { queryLimitsPlugin } from './query-limits-plugin';
import { executionBudgetPlugin, type AbortableContext } from './execution-budget';
import { createRateLimit } from './rate-limit';
import { graphqlHttpErrors, queryLengthLimit } from './request-guards';
import type { SecuritySettings } from './settings';
import { trustedOperationsPlugin } from './trusted-operations-plugin';

export { securitySettings, type SecuritySettings } from './settings';
export { SecurityErrorCode } from './error-codes';
export { isTrustedOperation, trustedOperations, TrustedOperations } from './trusted-operations';
export type { CallerIdentity, ViewerContext, RequestWithViewer } from './viewer';
export type { AbortableContext } from './execution-budget';

export const MAX_VALIDATION_ERRORS = 10;

/** Everything the hub needs to defend /graphql, split by where it plugs in. */
export interface Security<TContext extends AbortableContext> {
  /** Spread into the ApolloServer options (plugins to be appended to the hub's own). */
  apollo: Required<
    Pick<
      ApolloServerOptions<TContext>,
      'introspection' | 'csrfPrevention' | 'allowBatchedHttpRequests' | 'parseOptions' | 'validationOptions'
    >
  > & { validationRules: ValidationRule[]; plugins: ApolloServerPlugin<TContext>[] };
  /** Before the body parser: per-viewer rate limiting. */
  beforeBody: RequestHandler[];
  /** After the body parser, before Apollo: the document length limit. */
  afterBody: RequestHandler[];
  /** Error handler for /graphql (bad JSON, too large bodies) answering GraphQL-shaped JSON. */
  errors: ErrorRequestHandler;
  close(): Promise<void>;
}

export async function createSecurity<TContext extends AbortableContext>(
  settings: SecuritySettings,
  logger: Logger,
): Promise<Security<TContext>> {
  const rateLimit =
    settings.rateLimitPerMinute > 0
      ? await createRateLimit({
          perMinute: settings.rateLimitPerMinute,
          redisUrl: settings.redisUrl,
          keyPrefix: settings.rateLimitKeyPrefix,
          logger,
        })
      : undefined;
  return {
    apollo: {
      introspection: !settings.production,
      // Apollo's default, kept explicit: a request must be JSON or carry `apollo-require-preflight`.
      csrfPrevention: true,
      // Also Apollo's default: a JSON array of operations is refused (400, BAD_REQUEST).
      allowBatchedHttpRequests: false,
      parseOptions: { maxTokens: settings.maxTokens },
      // Stops validating after 10 errors (e.g. 100 repeated directives would report 99 duplicates).
      validationOptions: { maxErrors: MAX_VALIDATION_ERRORS },
      validationRules: [...armorValidationRules(settings), introspectionDepthRule(settings.maxIntrospectionDepth)],
      plugins: [
        trustedOperationsPlugin<TContext>(),
        queryLimitsPlugin<TContext>(settings),
        executionBudgetPlugin<TContext>(settings),
        ...(settings.production ? [blockFieldSuggestionsPlugin<TContext>()] : []),
      ],
    },
    beforeBody: rateLimit ? [rateLimit.middleware] : [],
    afterBody: [queryLengthLimit(settings.maxCharacters)],
    errors: graphqlHttpErrors(logger),
    close: async () => rateLimit?.close(),
  };
}
