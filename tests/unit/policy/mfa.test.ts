import * as assert from "node:assert/strict";
import fc from "fast-check";
import { checkMfa } from "../../../provider/validation/mfa";
import {
  compliantPool,
  KINDS,
  poolWith,
  poolWithFactor,
  poolWithoutFactors,
  DEVELOPER_EMAIL,
  SMS_CONFIGURATION,
  TYPE,
  withPath,
  type Factor,
} from "./fixtures";
import { check, NAMES } from "./harness";

const POLICY = NAMES.mfa;
const FACTORS: readonly Factor[] = ["totp", "sms", "email"];

describe("policy cognito-user-pool-mfa", function () {
  for (const kind of KINDS) {
    const factorSettings = {
      awsNative:
        'enabledMfas: ["SOFTWARE_TOKEN_MFA"] (authenticator apps), "SMS_MFA" with smsConfiguration (SMS codes) or ' +
        '"EMAIL_OTP" (email codes)',
      dynamic:
        "softwareTokenMfaConfiguration: { enabled: true } (authenticator apps), smsConfiguration (SMS codes) " +
        "or emailMfaConfiguration (email codes)",
      aws:
        "softwareTokenMfaConfiguration: { enabled: true } (authenticator apps), smsConfiguration (SMS codes) " +
        "or emailMfaConfiguration (email codes)",
    }[kind];

    describe(`on ${TYPE[kind]}`, function () {
      it("passes MFA ON with an authenticator app", async function () {
        assert.deepEqual(await check(POLICY, TYPE[kind], compliantPool(kind)), { violations: [] });
      });

      for (const factor of FACTORS) {
        it(`passes MFA ON with ${factor} as the only factor`, async function () {
          assert.deepEqual(await check(POLICY, TYPE[kind], poolWithFactor(kind, factor)), { violations: [] });
        });
      }

      it("fails MFA OFF", async function () {
        const { violations } = await check(POLICY, TYPE[kind], poolWith(kind, [["mfaConfiguration"], "OFF"]));
        assert.deepEqual(violations, [
          `Cognito user pool 'pool' must require MFA for every user (got "OFF"); set mfaConfiguration: "ON".`,
        ]);
      });

      it("fails an omitted mode, judged by Cognito's default OFF, and says how to add a factor when none is set", async function () {
        const props = withPath(poolWithoutFactors(kind), ["mfaConfiguration"], undefined);
        const { violations } = await check(POLICY, TYPE[kind], props);
        assert.deepEqual(violations, [
          `Cognito user pool 'pool' must require MFA for every user (not set, so Cognito's default "OFF" applies); ` +
            `set mfaConfiguration: "ON", with at least one factor: ${factorSettings}.`,
        ]);
      });

      it("fails MFA ON without any factor", async function () {
        const { violations } = await check(POLICY, TYPE[kind], poolWithoutFactors(kind));
        assert.deepEqual(violations, [
          `Cognito user pool 'pool' must configure at least one MFA factor for mfaConfiguration "ON" (none is set); ` +
            `set ${factorSettings}.`,
        ]);
      });

      it("fails OPTIONAL unless allowOptional is configured", async function () {
        const props = poolWith(kind, [["mfaConfiguration"], "OPTIONAL"]);
        const { violations } = await check(POLICY, TYPE[kind], props);
        assert.deepEqual(violations, [
          `Cognito user pool 'pool' must require MFA for every user (got "OPTIONAL"); set mfaConfiguration: "ON" ` +
            `(or configure this policy with allowOptional: true to accept OPTIONAL).`,
        ]);
        assert.deepEqual(await check(POLICY, TYPE[kind], props, { config: { allowOptional: true } }), {
          violations: [],
        });
        assert.deepEqual(await check(POLICY, TYPE[kind], props, { guard: { mfa: { allowOptional: true } } }), {
          violations: [],
        });
      });

      it("with allowOptional, still fails OFF and OPTIONAL without a factor", async function () {
        const off = await check(POLICY, TYPE[kind], poolWith(kind, [["mfaConfiguration"], "OFF"]), {
          config: { allowOptional: true },
        });
        assert.deepEqual(off.violations, [
          `Cognito user pool 'pool' must require MFA for every user (got "OFF"); set mfaConfiguration: "ON" (or "OPTIONAL").`,
        ]);
        const optional = withPath(poolWithoutFactors(kind), ["mfaConfiguration"], "OPTIONAL");
        const { violations } = await check(POLICY, TYPE[kind], optional, { config: { allowOptional: true } });
        assert.equal(violations.length, 1);
        assert.match(violations[0], /at least one MFA factor for mfaConfiguration "OPTIONAL"/);
      });
    });
  }

  for (const kind of KINDS) {
    describe(`scope on ${TYPE[kind]}: AWS Config's rule checks password-only pools`, function () {
      const signIn = kind === "aws" ? ["signInPolicy"] : ["policies", "signInPolicy"];
      const factorsPath = [...signIn, "allowedFirstAuthFactors"];

      for (const passwordless of ["EMAIL_OTP", "SMS_OTP", "WEB_AUTHN"]) {
        it(`does not apply to a pool that allows ${passwordless} as a first factor`, async function () {
          const props = withPath(poolWith(kind, [["mfaConfiguration"], "OFF"]), factorsPath, [
            "PASSWORD",
            passwordless,
          ]);
          const result = await check(POLICY, TYPE[kind], props);
          assert.deepEqual(result.violations, []);
          assert.equal(
            result.notApplicable,
            `Cognito user pool 'pool' allows passwordless sign-in ("${passwordless}" in ${factorsPath.join(".")}), ` +
              `outside the scope of AWS Config cognito-user-pool-mfa-enabled (password-only pools); configure ` +
              `checkPasswordlessPools: true to check it too`,
          );
        });
      }

      it("checks a pool whose declared sign-in policy is password-only", async function () {
        const props = withPath(poolWith(kind, [["mfaConfiguration"], "OFF"]), factorsPath, ["PASSWORD"]);
        assert.equal((await check(POLICY, TYPE[kind], props)).violations.length, 1);
      });

      it("checks passwordless pools too with checkPasswordlessPools (Prowler's and cdk-nag's scope)", async function () {
        const props = withPath(poolWith(kind, [["mfaConfiguration"], "OFF"]), factorsPath, ["EMAIL_OTP"]);
        const result = await check(POLICY, TYPE[kind], props, { guard: { mfa: { checkPasswordlessPools: true } } });
        assert.equal(result.violations.length, 1);
        assert.equal(result.notApplicable, undefined);
      });
    });
  }

  describe("passkeys (WebAuthn MULTI_FACTOR_WITH_USER_VERIFICATION) are no MFA factor of their own", function () {
    // API_WebAuthnMfaSettingsType: passkey MFA applies only when the passkey is the first factor,
    // and users still need SMS, TOTP or email MFA; the provider refuses these args at preview.
    for (const kind of ["dynamic", "awsNative"] as const) {
      const path =
        kind === "dynamic" ? ["webAuthnConfiguration", "factorConfiguration"] : ["webAuthnFactorConfiguration"];
      for (const mode of ["ON", "OPTIONAL"] as const) {
        it(`fail MFA ${mode} whose only factor is passkeys on ${TYPE[kind]}`, async function () {
          const props = withPath(
            withPath(poolWithoutFactors(kind), path, "MULTI_FACTOR_WITH_USER_VERIFICATION"),
            ["mfaConfiguration"],
            mode,
          );
          const { violations } = await check(POLICY, TYPE[kind], props, { guard: { mfa: { allowOptional: true } } });
          assert.equal(violations.length, 1);
          assert.match(violations[0], /only passkeys are set, which apply only as a first factor/);
        });
      }
      it(`pass passkeys beside a real factor on ${TYPE[kind]}`, async function () {
        const props = withPath(poolWithFactor(kind, "totp"), path, "MULTI_FACTOR_WITH_USER_VERIFICATION");
        assert.deepEqual(await check(POLICY, TYPE[kind], props), { violations: [] });
      });
    }
  });

  describe("email codes need the pool's own SES identity (emailSendingAccount DEVELOPER)", function () {
    for (const kind of KINDS) {
      it(`do not count without it on ${TYPE[kind]}, and the message says so`, async function () {
        for (const account of [undefined, "COGNITO_DEFAULT"]) {
          const props = withPath(
            poolWithFactor(kind, "email"),
            ["emailConfiguration"],
            account && { emailSendingAccount: account },
          );
          const { violations } = await check(POLICY, TYPE[kind], props);
          assert.equal(violations.length, 1, violations.join("\n"));
          assert.match(
            violations[0],
            /email codes are asked for, but Cognito sends them only with emailConfiguration\.emailSendingAccount "DEVELOPER"/,
          );
        }
      });
    }
  });

  it("never passes MFA settings of this project's UserPool that its provider refuses at preview", async function () {
    const options = { guard: { mfa: { allowOptional: true, checkPasswordlessPools: true } } };
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          mode: fc.constantFrom("ON", "OPTIONAL", "OFF", undefined),
          sms: fc.boolean(),
          totp: fc.constantFrom(true, false, undefined),
          email: fc.boolean(),
          account: fc.constantFrom("DEVELOPER", "COGNITO_DEFAULT", undefined),
          passkey: fc.constantFrom("MULTI_FACTOR_WITH_USER_VERIFICATION", "SINGLE_FACTOR", undefined),
        }),
        async ({ mode, sms, totp, email, account, passkey }) => {
          let props = withPath(poolWithoutFactors("dynamic"), ["mfaConfiguration"], mode);
          if (sms) props = withPath(props, ["smsConfiguration"], SMS_CONFIGURATION);
          if (totp !== undefined) props = withPath(props, ["softwareTokenMfaConfiguration"], { enabled: totp });
          if (email) props = withPath(props, ["emailMfaConfiguration"], { message: "Code {####}" });
          if (account !== undefined)
            props = withPath(props, ["emailConfiguration"], { ...DEVELOPER_EMAIL, emailSendingAccount: account });
          if (passkey !== undefined)
            props = withPath(props, ["webAuthnConfiguration"], { factorConfiguration: passkey });
          const refused = checkMfa(props);
          if (refused.length === 0) return;
          const { violations } = await check(POLICY, TYPE.dynamic, props, options);
          assert.ok(violations.length > 0, `the provider refuses ${JSON.stringify(refused)} but the policy passes`);
        },
      ),
      { numRuns: 300 },
    );
  });

  describe("factors of @pulumi/aws-native, listed in enabledMfas", function () {
    const type = TYPE.awsNative;

    it("counts an SMS configuration as SMS MFA when enabledMfas is left out (as CreateUserPool does)", async function () {
      const props = withPath(poolWithoutFactors("awsNative"), ["smsConfiguration"], SMS_CONFIGURATION);
      assert.deepEqual(await check(POLICY, type, props), { violations: [] });
    });

    it("does not count SMS_MFA without an SMS configuration, nor an SMS configuration enabledMfas leaves out", async function () {
      const listed = withPath(poolWithoutFactors("awsNative"), ["enabledMfas"], ["SMS_MFA"]);
      assert.equal((await check(POLICY, type, listed)).violations.length, 1);
      const unlisted = withPath(poolWithFactor("awsNative", "sms"), ["enabledMfas"], []);
      assert.equal((await check(POLICY, type, unlisted)).violations.length, 1);
    });
  });

  describe("factors of @pulumi/aws and the dynamic UserPool", function () {
    it("does not count an authenticator app that is not enabled", async function () {
      for (const kind of ["dynamic", "aws"] as const) {
        const props = withPath(poolWithoutFactors(kind), ["softwareTokenMfaConfiguration"], { enabled: false });
        assert.equal((await check(POLICY, TYPE[kind], props)).violations.length, 1, kind);
      }
    });
  });
});
