import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';

/** Failed authentications an IP address may make per minute before it is turned away for the rest of it. */
export const FAILED_AUTHENTICATIONS_PER_MINUTE = 20;

/**
 * Slows down guessing of tokens and API keys: counts failed authentications per IP address (only
 * failures, so many honest users behind one address are not throttled) and refuses that address once
 * the count is reached, until the minute is over.
 */
export class FailedAuthenticationLimit {
  private readonly failures = new RateLimiterMemory({
    keyPrefix: 'lotse:failed-auth',
    points: FAILED_AUTHENTICATIONS_PER_MINUTE,
    duration: 60,
  });

  /** Seconds to wait when the address is blocked, else 0. */
  async blockedFor(ip: string): Promise<number> {
    const state = await this.failures.get(ip);
    return state && state.remainingPoints <= 0 ? Math.max(1, Math.ceil(state.msBeforeNext / 1000)) : 0;
  }

  async recordFailure(ip: string): Promise<void> {
    await this.failures.consume(ip).catch((rejection: unknown) => {
      if (!(rejection instanceof RateLimiterRes)) throw rejection;
    });
  }
}
