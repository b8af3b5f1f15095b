import type { ApolloServerPlugin } from '@apollo/server';
import { OperationTypeNode } from 'graphql';
import { estimateCost } from './query-cost';
import { listSizeOf } from './list-sizes';
import { HeavyOperationSlots } from './heavy-operations';
import { refusal, SecurityErrorCode } from './error-codes';
import type { SecuritySettings } from './settings';

/**
 * Refuses an operation before it runs when a `first:` asks for more than the largest page
 * (PAGE_SIZE_TOO_LARGE, naming the argument) or its estimated cost is above the budget
 * (QUERY_TOO_COMPLEX, naming cost and limit). Runs after validation, with the request's variables,
 * so `first: $n` counts with the value sent. A query estimated above `heavyCost` waits for one of
 * `heavySlots` slots before it runs (heavy-operations.ts).
 */
export function queryLimitsPlugin<TContext extends object>(
  settings: Pick<
    SecuritySettings,
    'maxCost' | 'maxPageSize' | 'assumedListSize' | 'heavyCost' | 'heavySlots' | 'executionTimeoutMs'
  >,
): ApolloServerPlugin<TContext> {
  const heavy = new HeavyOperationSlots(settings.heavySlots, settings.executionTimeoutMs);
  return {
    async requestDidStart() {
      let release: (() => void) | undefined;
      return {
        async willSendResponse() {
          release?.();
        },
        async didResolveOperation({ schema, document, operation, request }) {
          if (!operation) return;
          const { cost, pages } = estimateCost(schema, document, operation, request.variables, {
            assumedListSize: settings.assumedListSize,
            listSize: listSizeOf,
          });
          const tooLarge = pages.find((page) => page.first > settings.maxPageSize);
          if (tooLarge) {
            throw refusal(
              SecurityErrorCode.PAGE_SIZE_TOO_LARGE,
              `The argument "first" of ${tooLarge.path} is ${tooLarge.first}; at most ${settings.maxPageSize} items fit on a page. Use "after" to fetch further pages.`,
              400,
              { field: 'first', path: tooLarge.path, maxPageSize: settings.maxPageSize },
            );
          }
          if (cost > settings.maxCost) {
            const shown = Number.isFinite(cost) ? cost.toLocaleString('en-US') : 'too large to estimate';
            throw refusal(
              SecurityErrorCode.QUERY_TOO_COMPLEX,
              `The operation is too complex: its estimated cost is ${shown}, the limit is ${settings.maxCost.toLocaleString('en-US')}. Ask for smaller pages (first) or fewer nested lists.`,
              400,
              { cost: Number.isFinite(cost) ? cost : null, maxCost: settings.maxCost },
            );
          }
          if (cost > settings.heavyCost && operation.operation === OperationTypeNode.QUERY)
            release = await heavy.acquire();
        },
      };
    },
  };
}
