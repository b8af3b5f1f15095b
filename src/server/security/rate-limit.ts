import { once } from 'node:events';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { Redis } from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import type { Logger } from '../../graph/logger';
import { errorBody, SecurityErrorCode } from './error-codes';
import { rateLimitKey, type RequestWithViewer } from './viewer';

export interface RateLimitOptions {
  /** Requests per minute per key. */
  perMinute: number;
  /** Shared counters in Redis when set; in this process's memory otherwise. */
  redisUrl?: string;
  keyPrefix: string;
  logger: Logger;
  /** The bucket of a request; its viewer, or its IP address when anonymous, by default. */
  keyOf?: (req: RequestWithViewer) => string;
}

export interface RateLimit {
  middleware: RequestHandler;
  /** 'redis' or 'memory': where the counters live. */
  store: 'redis' | 'memory';
  close(): Promise<void>;
}

const WINDOW_SECONDS = 60;

/** Connects to Redis; resolves false (and logs) when it is not reachable within the timeout. */
async function connected(client: Redis, logger: Logger, timeoutMs = 5000): Promise<boolean> {
  const timeout = new AbortController();
  const timer = setTimeout(() => timeout.abort(), timeoutMs);
  try {
    // Rejects on the first 'error' event (e.g. connection refused) or when the time is up.
    await once(client, 'ready', { signal: timeout.signal });
    return true;
  } catch (error) {
    logger.warn({ err: error }, 'Redis for rate limiting is not reachable; counting in memory until it is');
    return false;
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Per-viewer rate limiting in front of /graphql (rate-limiter-flexible). With Redis every hub instance
 * shares the counters; should Redis fail, counting continues in memory (the insurance limiter) rather
 * than refusing or waving through every request. Over the limit: HTTP 429, a Retry-After header and a
 * GraphQL-shaped body with code RATE_LIMITED and `retryAfterSeconds`.
 */
export async function createRateLimit(options: RateLimitOptions): Promise<RateLimit> {
  const { perMinute, keyPrefix, logger } = options;
  const memory = new RateLimiterMemory({ keyPrefix, points: perMinute, duration: WINDOW_SECONDS });
  let limiter: RateLimiterAbstract = memory;
  let client: Redis | undefined;
  if (options.redisUrl) {
    // No offline queue: while Redis is away, the limiter falls back to memory at once instead of waiting.
    // A short disconnectTimeout: a socket that never connected is not waited for (2 s) on shutdown.
    client = new Redis(options.redisUrl, {
      enableOfflineQueue: false,
      maxRetriesPerRequest: 1,
      disconnectTimeout: 200,
    });
    // Errors surface through the limiter (which falls back to memory); keep them out of the process.
    client.on('error', (error: Error) => logger.debug({ err: error }, 'Redis error in the rate limiter'));
    await connected(client, logger);
    limiter = new RateLimiterRedis({
      storeClient: client,
      keyPrefix,
      points: perMinute,
      duration: WINDOW_SECONDS,
      rejectIfRedisNotReady: true,
      insuranceLimiter: memory,
    });
  }
  const keyOf = options.keyOf ?? rateLimitKey;

  const middleware = async (req: Request, res: Response, next: NextFunction): Promise<void> => {
    try {
      await limiter.consume(keyOf(req as RequestWithViewer));
      next();
    } catch (rejection) {
      if (!(rejection instanceof RateLimiterRes)) {
        // The store failed and so did the insurance: let the request through rather than fail it.
        logger.error({ err: rejection }, 'rate limiter failed');
        next();
        return;
      }
      const retryAfterSeconds = Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
      res
        .status(429)
        .set('Retry-After', String(retryAfterSeconds))
        .json(
          errorBody(
            SecurityErrorCode.RATE_LIMITED,
            `Too many requests: at most ${perMinute} per minute. Try again in ${retryAfterSeconds} seconds.`,
            { retryAfterSeconds },
          ),
        );
    }
  };

  return {
    middleware: (req, res, next) => void middleware(req, res, next),
    store: client ? 'redis' : 'memory',
    async close() {
      if (!client || client.status === 'end') return;
      // quit() lets pending commands finish; a client still (re)connecting is just stopped.
      if (client.status === 'ready') await client.quit().catch(() => client!.disconnect());
      else client.disconnect();
    },
  };
}
