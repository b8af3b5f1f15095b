import type { Response } from 'express';
import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';

/** Aborts when the client closes the connection before its answer is complete. */
export function clientGoneSignal(res: Response): AbortSignal {
  const controller = new AbortController();
  res.once('close', () => {
    if (!res.writableFinished) controller.abort();
  });
  return controller.signal;
}

/**
 * Stops resolving an operation whose client has gone: every field not yet started fails at once,
 * so no further SQL runs for an answer nobody will read (a statement already running is bounded by
 * DB_STATEMENT_TIMEOUT_MS).
 */
export function stopWhenClientGonePlugin<T extends { signal?: AbortSignal }>(): ApolloServerPlugin<T> {
  return {
    async requestDidStart({ contextValue }) {
      return {
        async executionDidStart() {
          return {
            willResolveField() {
              if (contextValue.signal?.aborted) {
                throw new GraphQLError('The client closed the connection.', { extensions: { code: 'CLIENT_CLOSED_REQUEST' } });
              }
            },
          };
        },
      };
    },
  };
}
