import type { Config } from '../../config';
import { MAX_PAGE_SIZE } from '../../graph/relay/connection';

/** Every limit the hub enforces on incoming operations, resolved from the configuration. */
export interface SecuritySettings {
  /** NODE_ENV=production: no introspection, no "Did you mean …" suggestions. */
  production: boolean;
  maxDepth: number;
  /** Depth allowed below `__schema`/`__type`; the standard introspection query (GraphiQL's) needs 15. */
  maxIntrospectionDepth: number;
  maxAliases: number;
  maxDirectives: number;
  maxTokens: number;
  maxCharacters: number;
  maxCost: number;
  /** Largest `first:`; the configured MAX_PAGE_SIZE, never above what connections accept at all. */
  maxPageSize: number;
  /** Items assumed for a list field that has no `first:` argument (members, stays, …). */
  assumedListSize: number;
  /** Execution budget of a running query (execution-budget.ts). */
  maxResolvedObjects: number;
  maxResponseBytes: number;
  executionTimeoutMs: number;
  /** Queries estimated above `heavyCost` run at most `heavySlots` at a time (heavy-operations.ts). */
  heavyCost: number;
  heavySlots: number;
  /** Requests per minute per viewer; 0 = no rate limiting. */
  rateLimitPerMinute: number;
  /** Redis for the rate limiter; memory when absent. */
  redisUrl?: string;
  /** Prefix of the rate limiter's Redis keys (tests use one per test). */
  rateLimitKeyPrefix: string;
}

export const INTROSPECTION_MAX_DEPTH = 15;
export const ASSUMED_LIST_SIZE = 10;

export function securitySettings(config: Config): SecuritySettings {
  return {
    production: config.NODE_ENV === 'production',
    maxDepth: config.QUERY_MAX_DEPTH,
    maxIntrospectionDepth: INTROSPECTION_MAX_DEPTH,
    maxAliases: config.QUERY_MAX_ALIASES,
    maxDirectives: config.QUERY_MAX_DIRECTIVES,
    maxTokens: config.QUERY_MAX_TOKENS,
    maxCharacters: config.QUERY_MAX_CHARACTERS,
    maxCost: config.QUERY_MAX_COST,
    maxPageSize: Math.min(config.MAX_PAGE_SIZE, MAX_PAGE_SIZE),
    assumedListSize: ASSUMED_LIST_SIZE,
    maxResolvedObjects: config.QUERY_MAX_OBJECTS,
    maxResponseBytes: config.QUERY_MAX_RESPONSE_BYTES,
    executionTimeoutMs: config.QUERY_TIMEOUT_MS,
    heavyCost: config.QUERY_HEAVY_COST,
    heavySlots: config.QUERY_HEAVY_CONCURRENCY,
    rateLimitPerMinute: config.RATE_LIMIT_PER_MINUTE,
    redisUrl: config.REDIS_URL,
    rateLimitKeyPrefix: 'lotse:rate-limit',
  };
}
