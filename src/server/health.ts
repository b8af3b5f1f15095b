import { Router } from 'express';
import { Redis } from 'ioredis';
import type { Orm } from '../db/orm';

/** A check that does not answer within this time counts as failed. */
const CHECK_TIMEOUT_MS = 2000;

function withinTimeout<T>(check: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('timed out')), CHECK_TIMEOUT_MS);
  });
  return Promise.race([check, timeout]).finally(() => clearTimeout(timer));
}

async function outcome(check: () => Promise<unknown>): Promise<'ok' | 'unavailable'> {
  try {
    await withinTimeout(check());
    return 'ok';
  } catch {
    return 'unavailable';
  }
}

export interface Health {
  router: Router;
  /** While draining for shutdown, readiness fails so a load balancer stops sending requests. */
  setDraining(): void;
  close(): Promise<void>;
}

/**
 * `/health/live`: the process serves HTTP (restart it when this fails). `/health/ready`: it can serve
 * requests, i.e. the database answers and, when REDIS_URL is set, Redis too (send no traffic otherwise);
 * 503 with the failing checks. `/health` stays the liveness answer it always was.
 */
export function healthRouter(orm: Orm, redisUrl?: string): Health {
  const redis = redisUrl
    ? new Redis(redisUrl, { lazyConnect: true, enableOfflineQueue: false, maxRetriesPerRequest: 1 })
    : undefined;
  redis?.on('error', () => undefined); // reported through /health/ready, not as an unhandled event
  let draining = false;
  const router = Router();
  router.use((_req, res, next) => {
    if (draining) res.setHeader('Connection', 'close'); // keep-alive clients reconnect elsewhere
    next();
  });
  const live = (_req: unknown, res: { json(body: unknown): void }) => res.json({ status: 'ok' });
  router.get('/health', live);
  router.get('/health/live', live);
  router.get('/health/ready', async (_req, res) => {
    const checks: Record<string, string> = {
      database: await outcome(() => orm.em.getConnection().execute('select 1')),
    };
    if (redis) {
      checks.redis = await outcome(async () => {
        if (redis.status === 'wait' || redis.status === 'end') await redis.connect();
        return redis.ping();
      });
    }
    const ready = !draining && Object.values(checks).every((c) => c === 'ok');
    res.status(ready ? 200 : 503).json({ status: ready ? 'ok' : draining ? 'draining' : 'unavailable', checks });
  });
  return {
    router,
    setDraining: () => {
      draining = true;
    },
    close: async () => {
      redis?.disconnect();
    },
  };
}
