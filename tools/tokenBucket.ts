/**
 * A token bucket: `ratePerSecond` tokens flow in continuously, at most `capacity` are kept, and a
 * request is admitted only when it can take a whole token. It never waits: the caller answers a
 * refused request at once, as a service's throttle does. The clock is injectable for tests.
 */
export class TokenBucket {
  private tokens: number;
  private updatedAt: number;

  constructor(
    readonly ratePerSecond: number,
    readonly capacity: number = ratePerSecond,
    private readonly now: () => number = () => performance.now(),
  ) {
    if (!(ratePerSecond > 0) || !(capacity >= 1)) {
      throw new Error(
        `a token bucket needs a rate above 0 and room for a whole token; got rate ${ratePerSecond}, capacity ${capacity}`,
      );
    }
    this.tokens = capacity;
    this.updatedAt = now();
  }

  /** Whether a whole token is there now; takes nothing (a request two buckets must both admit). */
  hasToken(): boolean {
    const now = this.now();
    this.tokens = Math.min(this.capacity, this.tokens + ((now - this.updatedAt) / 1000) * this.ratePerSecond);
    this.updatedAt = now;
    return this.tokens >= 1;
  }

  /** Takes one token if there is one; false when the bucket is empty (the request is throttled). */
  tryTake(): boolean {
    if (!this.hasToken()) return false;
    this.tokens -= 1;
    return true;
  }
}
