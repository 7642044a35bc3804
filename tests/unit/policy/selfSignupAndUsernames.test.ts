import * as assert from "node:assert/strict";
import { compliantPool, KINDS, poolWith, TYPE, type Kind } from "./fixtures";
import { check, NAMES } from "./harness";

describe("policy cognito-user-pool-self-signup", function () {
  const POLICY = NAMES.selfSignup;
  const PATH = ["adminCreateUserConfig", "allowAdminCreateUserOnly"] as const;

  for (const kind of KINDS) {
    describe(`on ${TYPE[kind]}`, function () {
      it("passes a pool where only administrators create users", async function () {
        assert.deepEqual(await check(POLICY, TYPE[kind], compliantPool(kind)), { violations: [] });
      });

      it("fails self sign-up allowed", async function () {
        assert.deepEqual((await check(POLICY, TYPE[kind], poolWith(kind, [PATH, false]))).violations, [
          `Cognito user pool 'pool' must let only administrators create users, so that nobody can sign themselves up ` +
            `(got false); ` +
            `set adminCreateUserConfig.allowAdminCreateUserOnly: true.`,
        ]);
      });

      it("fails an omitted setting, judged by Cognito's default false", async function () {
        const { violations } = await check(POLICY, TYPE[kind], poolWith(kind, [["adminCreateUserConfig"], undefined]));
        assert.deepEqual(violations, [
          `Cognito user pool 'pool' must let only administrators create users, so that nobody can sign themselves up ` +
            `(not set, so Cognito's default false applies); set adminCreateUserConfig.allowAdminCreateUserOnly: true.`,
        ]);
      });
    });
  }
});

describe("policy cognito-user-pool-case-insensitive-usernames", function () {
  const POLICY = NAMES.caseInsensitiveUsernames;
  const PATH = ["usernameConfiguration", "caseSensitive"] as const;
  // What a change does to an existing pool differs per type: this project's UserPool and
  // @pulumi/aws (ForceNew) replace the pool; aws-native has no create-only property for it, so its
  // update fails.
  const FIXED: Record<Kind, string> = {
    dynamic:
      "It is fixed at creation: changing it on an existing pool replaces the pool (refused at preview while " +
      "deletion protection is ACTIVE), and the new pool has none of the old pool's users.",
    aws:
      "It is fixed at creation: changing it on an existing pool replaces the pool, and the new pool has none of " +
      "the old pool's users.",
    awsNative:
      "It is fixed at creation: aws-native does not replace a pool for it, so changing it on an existing pool " +
      "fails the update; set it when the pool is created.",
  };

  for (const kind of KINDS) {
    const fixed = FIXED[kind];
    describe(`on ${TYPE[kind]}`, function () {
      it("passes case-insensitive usernames", async function () {
        assert.deepEqual(await check(POLICY, TYPE[kind], compliantPool(kind)), { violations: [] });
      });

      it("fails case-sensitive usernames", async function () {
        assert.deepEqual((await check(POLICY, TYPE[kind], poolWith(kind, [PATH, true]))).violations, [
          `Cognito user pool 'pool' must have case-insensitive usernames (got true); set usernameConfiguration.caseSensitive: false. ${fixed}`,
        ]);
      });

      it("fails an omitted setting, which the API takes as case-sensitive", async function () {
        const { violations } = await check(POLICY, TYPE[kind], poolWith(kind, [["usernameConfiguration"], undefined]));
        assert.deepEqual(violations, [
          `Cognito user pool 'pool' must have case-insensitive usernames (not set, which for a pool created through the ` +
            `API means case-sensitive); set usernameConfiguration.caseSensitive: false. ${fixed}`,
        ]);
      });
    });
  }
});
