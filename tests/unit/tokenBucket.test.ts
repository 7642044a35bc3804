import * as assert from "node:assert/strict";
import { TokenBucket } from "../../tools/tokenBucket";

describe("tools/tokenBucket: the rate limiter of the quota proxy", function () {
  it("admits a full bucket's burst at once, then nothing until tokens flow back in", function () {
    let now = 0;
    const bucket = new TokenBucket(15, 15, () => now);
    const admitted = Array.from({ length: 20 }, () => bucket.tryTake()).filter(Boolean).length;
    assert.equal(admitted, 15);
    now += 1000 / 15 - 1;
    assert.equal(bucket.tryTake(), false, "less than a token has flowed in");
    now += 1;
    assert.equal(bucket.tryTake(), true, "one token after 1/15 s");
    assert.equal(bucket.tryTake(), false);
  });

  it("admits the rate over a long run, whatever the demand, and keeps no more than its capacity", function () {
    let now = 0;
    const bucket = new TokenBucket(1.5, 1.5, () => now);
    let admitted = 0;
    // 100 requests a second for 60 s.
    for (let step = 0; step < 6000; step++) {
      if (bucket.tryTake()) admitted += 1;
      now += 10;
    }
    // The initial burst (1 whole token of 1.5) plus 1.5 per second.
    assert.ok(admitted >= 90 && admitted <= 91, `admitted ${admitted}`);
    now += 3_600_000;
    assert.equal([bucket.tryTake(), bucket.tryTake()].filter(Boolean).length, 1, "an hour idle still holds 1.5 tokens");
  });

  it("refuses a rate of zero or a capacity below one token", function () {
    assert.throws(() => new TokenBucket(0), /rate above 0/);
    assert.throws(() => new TokenBucket(0.5, 0.5), /whole token/);
  });
});
