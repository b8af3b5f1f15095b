import type { ApolloServerPlugin } from '@apollo/server';
import { refusal, SecurityErrorCode } from './error-codes';
import { trustedOperations, type TrustedOperations } from './trusted-operations';
import { viewerOf, type ViewerContext } from './viewer';

/**
 * Partner API keys run registered operations only.
 * - A request carrying `extensions.persistedQuery.sha256Hash` of a registered operation and no `query`
 *   gets that operation's text (for every viewer: registered operations are public documents), before
 *   Apollo's persisted-query cache is asked.
 * - When the context's viewer is an API key, any other document is refused with OPERATION_NOT_TRUSTED
 *   (HTTP 403) before it runs. Users and anonymous viewers are not restricted here.
 */
export function trustedOperationsPlugin<TContext extends object>(
  registry: TrustedOperations = trustedOperations(),
): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart({ request }) {
      const hash = (request.extensions?.persistedQuery as { sha256Hash?: unknown } | undefined)?.sha256Hash;
      if (request.query === undefined && typeof hash === 'string') {
        const document = registry.documentFor(hash);
        if (document !== undefined) request.query = document;
      }
      return {
        async didResolveOperation({ contextValue, source }) {
          if (viewerOf(contextValue as ViewerContext).kind !== 'apiKey') return;
          if (!registry.has(source)) {
            throw refusal(
              SecurityErrorCode.OPERATION_NOT_TRUSTED,
              'API keys may run registered operations only; this operation is not registered.',
              403,
            );
          }
        },
      };
    },
  };
}
