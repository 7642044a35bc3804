import * as assert from "node:assert/strict";
import {
  CLIENT_PATH,
  CLIENT_TYPE,
  clientWith,
  compliantClient,
  compliantPool,
  dotted,
  PROVIDER_KINDS,
  TYPE,
} from "./fixtures";
import { check, NAMES, policyNamed } from "./harness";

const CLIENT_POLICIES = [
  NAMES.clientUserExistenceErrors,
  NAMES.clientTokenRevocation,
  NAMES.clientUserPasswordAuth,
  NAMES.clientImplicitGrant,
] as const;

describe("user pool client policies", function () {
  for (const kind of PROVIDER_KINDS) {
    const type = CLIENT_TYPE[kind];

    describe(`on ${type}`, function () {
      it("pass a client with SRP sign-in, the code grant, existence errors hidden and token revocation on", async function () {
        for (const policy of CLIENT_POLICIES) {
          assert.deepEqual(
            await check(policy, type, compliantClient(kind), { name: "web" }),
            { violations: [] },
            policy,
          );
        }
      });

      describe("cognito-user-pool-client-prevent-user-existence-errors (Prowler)", function () {
        const POLICY = NAMES.clientUserExistenceErrors;

        it("fails LEGACY", async function () {
          const props = clientWith(kind, [["preventUserExistenceErrors"], "LEGACY"]);
          assert.deepEqual((await check(POLICY, type, props, { name: "web" })).violations, [
            `Cognito user pool client 'web' must not reveal whether a user exists (got "LEGACY"); ` +
              `set preventUserExistenceErrors: "ENABLED".`,
          ]);
        });

        it("fails an omitted setting, which the API makes LEGACY", async function () {
          const props = clientWith(kind, [["preventUserExistenceErrors"], undefined]);
          assert.deepEqual((await check(POLICY, type, props, { name: "web" })).violations, [
            `Cognito user pool client 'web' must not reveal whether a user exists (not set, so Cognito's default ` +
              `"LEGACY" applies); set preventUserExistenceErrors: "ENABLED".`,
          ]);
        });

        it("is mandatory by default", function () {
          assert.equal(policyNamed(POLICY).enforcementLevel, "mandatory");
        });
      });

      describe("cognito-user-pool-client-token-revocation (Prowler)", function () {
        const POLICY = NAMES.clientTokenRevocation;

        it("fails token revocation turned off", async function () {
          const props = clientWith(kind, [["enableTokenRevocation"], false]);
          assert.deepEqual((await check(POLICY, type, props, { name: "web" })).violations, [
            `Cognito user pool client 'web' must keep token revocation enabled (got false); set enableTokenRevocation: true.`,
          ]);
        });

        it("passes it left out: the API turns it on for a new client", async function () {
          const props = clientWith(kind, [["enableTokenRevocation"], undefined]);
          assert.deepEqual(await check(POLICY, type, props), { violations: [] });
        });
      });

      describe("cognito-user-pool-client-no-user-password-auth (advisory)", function () {
        const POLICY = NAMES.clientUserPasswordAuth;

        it("fails ALLOW_USER_PASSWORD_AUTH and the legacy USER_PASSWORD_AUTH", async function () {
          const props = clientWith(kind, [
            ["explicitAuthFlows"],
            ["ALLOW_USER_SRP_AUTH", "ALLOW_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"],
          ]);
          assert.deepEqual((await check(POLICY, type, props, { name: "web" })).violations, [
            `Cognito user pool client 'web' should not send passwords to Cognito in plain (explicitAuthFlows includes ` +
              `"ALLOW_USER_PASSWORD_AUTH"); remove it and use "ALLOW_USER_SRP_AUTH".`,
          ]);
          const legacy = clientWith(kind, [["explicitAuthFlows"], ["USER_PASSWORD_AUTH"]]);
          assert.equal((await check(POLICY, type, legacy)).violations.length, 1);
        });

        it("passes the flows left out (the API's default is SRP, refresh token and custom auth)", async function () {
          assert.deepEqual(await check(POLICY, type, clientWith(kind, [["explicitAuthFlows"], undefined])), {
            violations: [],
          });
          const admin = clientWith(kind, [["explicitAuthFlows"], ["ALLOW_ADMIN_USER_PASSWORD_AUTH"]]);
          assert.deepEqual(await check(POLICY, type, admin), { violations: [] });
        });

        it("is advisory by default", function () {
          assert.equal(policyNamed(POLICY).enforcementLevel, "advisory");
        });
      });

      describe("cognito-user-pool-client-no-implicit-grant (advisory)", function () {
        const POLICY = NAMES.clientImplicitGrant;
        const flows = CLIENT_PATH.allowedOAuthFlows[kind];

        it("fails the implicit grant, naming the property as this type spells it", async function () {
          const props = clientWith(kind, [flows, ["code", "implicit"]]);
          assert.deepEqual((await check(POLICY, type, props, { name: "web" })).violations, [
            `Cognito user pool client 'web' should not allow the OAuth implicit grant (${dotted(flows)} includes ` +
              `"implicit"); use "code" (the authorization code grant, with PKCE) instead.`,
          ]);
        });

        it("passes the code and client-credentials grants, and no OAuth at all", async function () {
          assert.deepEqual(await check(POLICY, type, clientWith(kind, [flows, ["client_credentials"]])), {
            violations: [],
          });
          assert.deepEqual(await check(POLICY, type, clientWith(kind, [flows, undefined])), { violations: [] });
        });
      });

      it("do not apply to a user pool", async function () {
        for (const policy of CLIENT_POLICIES) {
          const result = await check(policy, TYPE[kind], compliantPool(kind));
          assert.deepEqual(result.violations, []);
          assert.match(result.notApplicable ?? "", /applies only to Cognito user pool clients/);
        }
      });
    });
  }
});
