import * as assert from "node:assert/strict";
import {
  compliantIdentityPool,
  compliantPool,
  IDENTITY_POOL_TYPE,
  identityPoolWith,
  PROVIDER_KINDS,
  TYPE,
} from "./fixtures";
import { check, NAMES, policyNamed } from "./harness";

describe("identity pool policies", function () {
  for (const kind of PROVIDER_KINDS) {
    const type = IDENTITY_POOL_TYPE[kind];

    describe(`on ${type}`, function () {
      describe("cognito-identity-pool-no-guest-access (Security Hub Cognito.2, Config, Prowler, cdk-nag COG7)", function () {
        const POLICY = NAMES.identityPoolGuestAccess;

        it("passes an identity pool without guest access, and is mandatory by default", async function () {
          assert.deepEqual(await check(POLICY, type, compliantIdentityPool(kind)), { violations: [] });
          assert.equal(policyNamed(POLICY).enforcementLevel, "mandatory");
        });

        it("fails unauthenticated identities", async function () {
          const props = identityPoolWith(kind, [["allowUnauthenticatedIdentities"], true]);
          assert.deepEqual((await check(POLICY, type, props, { name: "ids" })).violations, [
            `Cognito identity pool 'ids' must not allow unauthenticated (guest) identities (got true; the default is ` +
              `false); set allowUnauthenticatedIdentities: false.`,
          ]);
        });
      });

      describe("cognito-identity-pool-no-classic-flow (advisory)", function () {
        const POLICY = NAMES.identityPoolClassicFlow;

        it("passes the classic flow off or left out", async function () {
          assert.deepEqual(await check(POLICY, type, compliantIdentityPool(kind)), { violations: [] });
          const omitted = identityPoolWith(kind, [["allowClassicFlow"], undefined]);
          assert.deepEqual(await check(POLICY, type, omitted), { violations: [] });
        });

        it("fails the basic (classic) flow", async function () {
          const props = identityPoolWith(kind, [["allowClassicFlow"], true]);
          assert.deepEqual((await check(POLICY, type, props, { name: "ids" })).violations, [
            `Cognito identity pool 'ids' should not enable the basic (classic) authentication flow (got true); ` +
              `set allowClassicFlow: false.`,
          ]);
        });
      });

      it("do not apply to a user pool", async function () {
        for (const policy of [NAMES.identityPoolGuestAccess, NAMES.identityPoolClassicFlow]) {
          const result = await check(policy, TYPE[kind], compliantPool(kind));
          assert.match(result.notApplicable ?? "", /applies only to Cognito identity pools/);
        }
      });
    });
  }
});
