import * as assert from "node:assert/strict";
import * as pulumi from "@pulumi/pulumi";
import { userPoolProviderShim } from "../../sdk/providerShim";

describe("the serialised provider (__provider)", function () {
  const marker = "SECRET-MARKER-3f9c2a";
  let text: string;

  before(async function () {
    const saved = { ...process.env };
    Object.assign(process.env, {
      AWS_SECRET_ACCESS_KEY: marker,
      AWS_ACCESS_KEY_ID: `AKIA${marker}`,
      AWS_SESSION_TOKEN: marker,
    });
    try {
      // The same call pulumi.dynamic.Resource makes for its __provider property.
      text = (await pulumi.runtime.serializeFunction(() => userPoolProviderShim, { allowSecrets: true })).text;
    } finally {
      process.env = saved;
    }
  });

  it("is under 4 KB", function () {
    assert.ok(text.length < 4096, `__provider is ${text.length} bytes`);
  });

  it("holds no credential, even when credentials are in the environment", function () {
    assert.equal(text.includes(marker), false);
  });

  it("loads the implementation by package name at call time instead of capturing it", function () {
    assert.match(text, /require\("pulumi-cognito-userpool\/provider"\)/);
    assert.doesNotMatch(text, /CognitoIdentityProviderClient|UpdateUserPoolCommand/);
  });

  it("offers every provider method", function () {
    for (const method of ["configure", "check", "diff", "create", "read", "update", "delete"]) {
      assert.equal(typeof (userPoolProviderShim as unknown as Record<string, unknown>)[method], "function", method);
    }
  });
});
