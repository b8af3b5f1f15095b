import { randomBytes } from 'node:crypto';
import type { Request } from 'express';
import { Redis } from 'ioredis';
import { rateLimitKey } from '../../src/server/security/viewer';
import { startTestHub, type TestHub } from '../support/hub';
import { postJson, type RawResponse } from './http';

/**
 * Per-viewer rate limiting (per IP address while there is no authentication) through the real server,
 * counted in memory and, when REDIS_URL is set, in Redis shared by all hub instances.
 * Redis: LOTSE_TEST_REDIS_URL or redis://127.0.0.1:6379 (CI has one).
 */

const redisUrl = process.env.LOTSE_TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const query = { query: '{ __typename }' };

async function sendMany(hub: TestHub, n: number): Promise<RawResponse[]> {
  const responses: RawResponse[] = [];
  for (let i = 0; i < n; i++) responses.push(await postJson(hub, query));
  return responses;
}

function expectRateLimited(response: RawResponse, perMinute: number): void {
  expect(response.status).toBe(429);
  const retryAfter = Number(response.headers.get('retry-after'));
  expect(retryAfter).toBeGreaterThanOrEqual(1);
  expect(retryAfter).toBeLessThanOrEqual(60);
  expect(response.body).toEqual({
    errors: [
      {
        message: `Too many requests: at most ${perMinute} per minute. Try again in ${retryAfter} seconds.`,
        extensions: { code: 'RATE_LIMITED', retryAfterSeconds: retryAfter },
      },
    ],
  });
}

describe('in memory', () => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await startTestHub({ security: { rateLimitPerMinute: 5, redisUrl: undefined } });
  });
  afterAll(() => hub.close());

  test('the sixth request in a minute gets 429 with Retry-After and a GraphQL-shaped error', async () => {
    const responses = await sendMany(hub, 6);
    expect(responses.slice(0, 5).map((r) => r.status)).toEqual([200, 200, 200, 200, 200]);
    expectRateLimited(responses[5], 5);
  });

  test('the IDE page and /health are not counted', async () => {
    const page = await fetch(hub.url, { headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    expect((await fetch(hub.url.replace('/graphql', '/health'))).status).toBe(200);
  });
});

describe('switched off', () => {
  test('RATE_LIMIT_PER_MINUTE=0 counts nothing', async () => {
    const hub = await startTestHub({ security: { rateLimitPerMinute: 0 } });
    try {
      const responses = await sendMany(hub, 20);
      expect(new Set(responses.map((r) => r.status))).toEqual(new Set([200]));
    } finally {
      await hub.close();
    }
  });
});

describe('in Redis', () => {
  const prefix = `lotse-test:${randomBytes(6).toString('hex')}`;
  let redis: Redis;
  let first: TestHub;
  let second: TestHub;
  beforeAll(async () => {
    redis = new Redis(redisUrl, { maxRetriesPerRequest: 1 });
    const security = { rateLimitPerMinute: 6, redisUrl, rateLimitKeyPrefix: prefix };
    [first, second] = await Promise.all([startTestHub({ security }), startTestHub({ security })]);
  });
  afterAll(async () => {
    await Promise.all([first?.close(), second?.close()]);
    const keys = await redis.keys(`${prefix}*`);
    if (keys.length) await redis.del(...keys);
    await redis.quit();
  });

  test('two hub instances share the counter of a viewer', async () => {
    const fromFirst = await sendMany(first, 4);
    const fromSecond = await sendMany(second, 3);
    expect([...fromFirst, ...fromSecond].map((r) => r.status)).toEqual([200, 200, 200, 200, 200, 200, 429]);
    expectRateLimited(fromSecond[2], 6);
  });

  test('the counter lives in Redis under the prefix, keyed by the authenticated viewer, expiring within the minute', async () => {
    const keys = await redis.keys(`${prefix}*`);
    expect(keys).toHaveLength(1);
    expect(keys[0]).toMatch(new RegExp(`^${prefix}:user:test-administrator$`));
    expect(Number(await redis.get(keys[0]))).toBeGreaterThanOrEqual(7);
    const ttl = await redis.pttl(keys[0]);
    expect(ttl).toBeGreaterThan(0);
    expect(ttl).toBeLessThanOrEqual(60_000);
  });
});

describe('Redis unreachable', () => {
  test('the hub starts and counts in memory', async () => {
    const hub = await startTestHub({
      security: { rateLimitPerMinute: 2, redisUrl: 'redis://127.0.0.1:1', rateLimitKeyPrefix: 'unreachable' },
    });
    try {
      const responses = await sendMany(hub, 3);
      expect(responses.map((r) => r.status)).toEqual([200, 200, 429]);
    } finally {
      await hub.close();
    }
  }, 20_000);
});

describe('the bucket of a request', () => {
  const request = (viewer?: unknown) => ({ ip: '203.0.113.7', socket: {}, viewer }) as unknown as Request;

  test('is the viewer once authentication set one, the IP address otherwise', () => {
    expect(rateLimitKey(request())).toBe('ip:203.0.113.7');
    expect(rateLimitKey(request({ kind: 'user', id: 'u-42' }))).toBe('user:u-42');
    expect(rateLimitKey(request({ kind: 'apiKey', id: 'partner-1' }))).toBe('apiKey:partner-1');
  });
});
