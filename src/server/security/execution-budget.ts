import type { ApolloServerPlugin } from '@apollo/server';
import {
  OperationTypeNode,
  defaultFieldResolver,
  getNamedType,
  getNullableType,
  isLeafType,
  isListType,
  isObjectType,
  type GraphQLResolveInfo,
  type GraphQLSchema,
} from 'graphql';
import { refusal, SecurityErrorCode } from './error-codes';
import type { SecuritySettings } from './settings';

/** What the budget reads from the GraphQL context: the switch that stops the request's SQL (loaders). */
export interface AbortableContext {
  /** Aborted when the budget runs out; the request's loaders send no statement after that. */
  execution?: AbortController;
}

export type BudgetSettings = Pick<SecuritySettings, 'maxResolvedObjects' | 'maxResponseBytes' | 'executionTimeoutMs'>;
type Limit = 'objects' | 'bytes' | 'time';

/**
 * The budget of one running query: objects resolved, approximate bytes of the answer (JSON of the
 * leaf values and their keys) and a wall-clock deadline. Counting happens as fields resolve, so the
 * operation stops when a limit is reached, not after its whole answer sits in memory.
 */
class ExecutionBudget {
  objects = 0;
  bytes = 0;
  exceeded: { limit: Limit; max: number } | undefined;
  private readonly deadline: number;
  private readonly timer: NodeJS.Timeout;

  constructor(
    private readonly settings: BudgetSettings,
    private readonly controller: AbortController,
  ) {
    this.deadline = Date.now() + settings.executionTimeoutMs;
    // Fires even while every resolver waits on SQL; the per-field check covers busy stretches.
    this.timer = setTimeout(() => this.exceed('time', settings.executionTimeoutMs), settings.executionTimeoutMs);
    this.timer.unref();
  }

  /** Before a field resolves: past the deadline, the operation is stopped (stopWhenAborted fails the field). */
  check(): void {
    if (!this.exceeded && Date.now() > this.deadline) this.exceed('time', this.settings.executionTimeoutMs);
  }

  /** After a field resolved: count the objects it yielded, or the bytes of its value. */
  count(info: GraphQLResolveInfo, result: unknown): void {
    if (this.exceeded || result == null) return;
    const objects = isLeafType(getNamedType(info.returnType)) ? 0 : Array.isArray(result) ? result.length : 1;
    // `"key":value,` for a leaf, `"key":{…},` for objects (their braces and commas)
    this.bytes += info.fieldName.length + 4 + (objects ? 3 * objects : jsonLength(result));
    this.objects += objects;
    if (this.bytes > this.settings.maxResponseBytes) this.exceed('bytes', this.settings.maxResponseBytes);
    else if (this.objects > this.settings.maxResolvedObjects) this.exceed('objects', this.settings.maxResolvedObjects);
  }

  stop(): void {
    clearTimeout(this.timer);
  }

  private exceed(limit: Limit, max: number): void {
    if (this.exceeded) return;
    this.exceeded = { limit, max };
    this.controller.abort(budgetError(limit, max));
  }
}

function jsonLength(value: unknown): number {
  if (typeof value === 'number' || typeof value === 'boolean') return String(value).length;
  if (typeof value === 'string') return Buffer.byteLength(value) + 2;
  return JSON.stringify(value)?.length ?? 4;
}

const WHAT: Record<Limit, string> = {
  objects: 'objects resolved',
  bytes: 'bytes of response',
  time: 'milliseconds of execution',
};

function budgetError(limit: Limit, max: number) {
  return refusal(
    SecurityErrorCode.QUERY_BUDGET_EXCEEDED,
    `The operation was stopped: it exceeded its budget of ${max.toLocaleString('en-US')} ${WHAT[limit]}. Ask for smaller pages (first) or fewer nested lists.`,
    400,
    { limit, max },
  );
}

/**
 * Makes every field of the schema stop at once, without running its resolver, when its request's
 * execution was aborted (the budget ran out; the answer is replaced by the budget error anyway): a list
 * is empty, so no item of it is visited; any other field fails. The failure is a rejected promise, not
 * a throw: graphql-js abandons the pending sibling promises of a field that throws synchronously, and
 * an abandoned rejection would be an unhandled one.
 */
export function stopWhenAborted(schema: GraphQLSchema): void {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const resolve = field.resolve ?? defaultFieldResolver;
      const stopped = isListType(getNullableType(field.type))
        ? () => []
        : (reason: unknown) => Promise.reject(reason instanceof Error ? reason : new Error(String(reason)));
      field.resolve = (source, args, context: AbortableContext | undefined, info) => {
        const signal = context?.execution?.signal;
        return signal?.aborted ? stopped(signal.reason) : resolve(source, args, context, info);
      };
    }
  }
}

/**
 * Enforces the execution budget on every query while it runs (README "Query limits"): when a limit is
 * reached, the request's AbortController stops its loaders' SQL, every further field fails at once
 * (stopWhenAborted), and
 * the answer is replaced by one QUERY_BUDGET_EXCEEDED error without data. Mutations are not cut short:
 * their answer is small and stopping one halfway would report failure for a committed change.
 */
export function executionBudgetPlugin<TContext extends AbortableContext>(
  settings: BudgetSettings,
): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart({ contextValue }) {
      let budget: ExecutionBudget | undefined;
      return {
        async executionDidStart({ operation }) {
          if (operation.operation !== OperationTypeNode.QUERY) return;
          const controller = contextValue.execution ?? new AbortController();
          const running = new ExecutionBudget(settings, controller);
          budget = running;
          return {
            willResolveField({ info }) {
              running.check();
              return (error, result) => {
                if (!error) running.count(info, result);
              };
            },
            async executionDidEnd() {
              running.stop();
            },
          };
        },
        async willSendResponse({ response }) {
          budget?.stop();
          const exceeded = budget?.exceeded;
          if (!exceeded || response.body.kind !== 'single') return;
          const error = budgetError(exceeded.limit, exceeded.max);
          response.body.singleResult = {
            errors: [
              {
                message: error.message,
                extensions: { code: error.extensions.code, limit: exceeded.limit, max: exceeded.max },
              },
            ],
          };
          response.http.status = 400;
        },
      };
    },
  };
}
