import { StandardRetryStrategy } from "@smithy/util-retry";

/**
 * The longest wait between two tries of one request. The AWS SDK's standard mode grows its wait
 * (full jitter: a random share of base × 2^attempt, base 1 s after a throttle) up to 20 s
 * (@smithy/core 3.41.1, src/submodules/retry/util-retry: `Retry.throttlingDelay()`,
 * `MAXIMUM_RETRY_DELAY`, `DefaultRetryBackoffStrategy`). A fleet
 * of stacks deploying at once shares one account's Cognito quota (15 requests per second per
 * category, tools/cognitoQuotas.ts), and a token that falls due while every waiting client is deep
 * in a 20 s backoff is lost. Capping the wait keeps enough tries arriving to use the quota, while
 * the jitter still spreads them: 100 tenant stacks through the quota proxy at a twentieth of
 * Cognito's rates took 1.23x the quota floor with the cap, against 1.63x and one failed tenant with
 * the SDK's 20 s (and 8 attempts then), under the proxy's earlier quota model (2026-12-06); under
 * the current one, at a fortieth, 1.16x of the floor of the calls the fleet needs, no tenant
 * failed and 6 of 100 needed a second run (`npm run bench -- --fleet`, bench/results/fleet.md).
 */
export const MAX_BACKOFF_MS = 5_000;

/**
 * Full jitter ("Exponential Backoff And Jitter", AWS Architecture Blog, 2015,
 * https://aws.amazon.com/blogs/architecture/exponential-backoff-and-jitter/): a uniformly random
 * wait between 0 and min(cap, base × 2^attempt). The SDK sets the base per error: 1 s after a
 * throttle, 50 ms after a transient error.
 */
export class CappedFullJitterBackoff {
  private delayBaseMs = 50;

  constructor(
    readonly maxBackoffMs: number = MAX_BACKOFF_MS,
    private readonly random: () => number = Math.random,
  ) {}

  setDelayBase(delayBaseMs: number): void {
    this.delayBaseMs = delayBaseMs;
  }

  computeNextBackoffDelay(retryAttempt: number): number {
    return Math.floor(this.random() * Math.min(this.maxBackoffMs, this.delayBaseMs * 2 ** retryAttempt));
  }
}

/** The SDK's standard retry strategy (retry quota, error classes, Retry-After) with the capped backoff. */
export function standardRetryStrategy(
  maxAttempts: number,
  backoff = new CappedFullJitterBackoff(),
): StandardRetryStrategy {
  return new StandardRetryStrategy({ maxAttempts, backoff });
}
