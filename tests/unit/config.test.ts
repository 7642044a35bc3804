import * as assert from "node:assert/strict";
import { connectionSettingsFrom, DEFAULT_MAX_ATTEMPTS } from "../../provider/config";

const configOf = (values: Record<string, string>) => ({ get: (key: string) => values[key] });

describe("provider configuration", function () {
  it("reads cognito:* keys, falling back to aws:region", function () {
    assert.deepEqual(
      connectionSettingsFrom(configOf({ "aws:region": "eu-west-1", "cognito:endpoint": "http://127.0.0.1:1" })),
      {
        region: "eu-west-1",
        endpoint: "http://127.0.0.1:1",
        profile: undefined,
        maxAttempts: DEFAULT_MAX_ATTEMPTS,
        retryMode: "standard",
      },
    );
    assert.equal(
      connectionSettingsFrom(configOf({ "aws:region": "eu-west-1", "cognito:region": "us-west-2" })).region,
      "us-west-2",
    );
  });

  it("leaves unset values to the AWS SDK's own chain", function () {
    const settings = connectionSettingsFrom(undefined);
    assert.equal(settings.region, undefined);
    assert.equal(settings.endpoint, undefined);
  });

  it("takes retry settings and rejects bad ones with the key named", function () {
    const settings = connectionSettingsFrom(configOf({ "cognito:maxAttempts": "3", "cognito:retryMode": "adaptive" }));
    assert.equal(settings.maxAttempts, 3);
    assert.equal(settings.retryMode, "adaptive");
    assert.throws(() => connectionSettingsFrom(configOf({ "cognito:maxAttempts": "zero" })), /cognito:maxAttempts/);
    assert.throws(() => connectionSettingsFrom(configOf({ "cognito:retryMode": "fast" })), /cognito:retryMode/);
  });
});
