import * as assert from "node:assert/strict";
import { AdaptiveRetryStrategy, StandardRetryStrategy } from "@smithy/util-retry";
import { createCognitoClient } from "../../provider/client";
import { connectionSettingsFrom } from "../../provider/config";
import { CappedFullJitterBackoff, MAX_BACKOFF_MS } from "../../provider/retry";

const settingsOf = (values: Record<string, string>) =>
  connectionSettingsFrom({ get: (key: string) => ({ "cognito:region": "us-east-1", ...values })[key] });

describe("retries", function () {
  it("waits a random share of base × 2^attempt, never more than the cap", function () {
    const highest = new CappedFullJitterBackoff(MAX_BACKOFF_MS, () => 0.999999);
    highest.setDelayBase(1000); // the SDK's base after a throttle
    assert.deepEqual(
      [0, 1, 2, 3, 4, 10].map((attempt) => highest.computeNextBackoffDelay(attempt)),
      [999, 1999, 3999, 4999, 4999, 4999],
    );
    highest.setDelayBase(50); // after a transient error
    assert.deepEqual(
      [0, 3, 6, 7].map((attempt) => highest.computeNextBackoffDelay(attempt)),
      [49, 399, 3199, 4999],
    );
    const lowest = new CappedFullJitterBackoff(MAX_BACKOFF_MS, () => 0);
    lowest.setDelayBase(1000);
    assert.equal(lowest.computeNextBackoffDelay(5), 0);
  });

  it("gives the client the capped standard strategy by default, with 26 attempts", async function () {
    const client = createCognitoClient(settingsOf({}));
    const strategy = await client.config.retryStrategy();
    assert.ok(strategy instanceof StandardRetryStrategy);
    assert.equal(await strategy.maxAttempts(), 26);
    assert.ok(strategy["retryBackoffStrategy"] instanceof CappedFullJitterBackoff);
    client.destroy();
  });

  it("keeps the SDK's own strategy for adaptive, with the configured attempts", async function () {
    const client = createCognitoClient(settingsOf({ "cognito:retryMode": "adaptive", "cognito:maxAttempts": "4" }));
    const strategy = await client.config.retryStrategy();
    assert.ok(strategy instanceof AdaptiveRetryStrategy);
    assert.equal(await client.config.maxAttempts(), 4);
    client.destroy();
  });
});
