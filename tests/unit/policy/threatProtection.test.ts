import * as assert from "node:assert/strict";
import { compliantPool, KINDS, poolWith, TYPE } from "./fixtures";
import { check, NAMES } from "./harness";

const MODE = ["userPoolAddOns", "advancedSecurityMode"] as const;
const CUSTOM = ["userPoolAddOns", "advancedSecurityAdditionalFlows", "customAuthMode"] as const;
const TIER = ["userPoolTier"] as const;
const OMITTED_TIER_NOTE =
  '(threat protection needs the Plus plan: userPoolTier is not set, which gives a new pool "ESSENTIALS", so set ' +
  'userPoolTier: "PLUS" unless the pool already has it)';

describe("policy cognito-user-pool-threat-protection (Security Hub Cognito.1)", function () {
  const POLICY = NAMES.threatProtection;
  for (const kind of KINDS) {
    describe(`on ${TYPE[kind]}`, function () {
      const type = TYPE[kind];

      it("passes threat protection ENFORCED on the Plus plan", async function () {
        assert.deepEqual(await check(POLICY, type, compliantPool(kind)), { violations: [] });
      });

      it("leaves custom authentication to its own policy (Cognito.4)", async function () {
        const props = poolWith(kind, [["userPoolAddOns", "advancedSecurityAdditionalFlows"], undefined]);
        assert.deepEqual(await check(POLICY, type, props), { violations: [] });
        assert.deepEqual(await check(POLICY, type, poolWith(kind, [CUSTOM, "AUDIT"])), { violations: [] });
      });

      it("fails AUDIT unless allowAudit (Security Hub's SecurityMode parameter) is configured", async function () {
        const props = poolWith(kind, [MODE, "AUDIT"]);
        assert.deepEqual((await check(POLICY, type, props)).violations, [
          `Cognito user pool 'pool' must have threat protection ENFORCED (got "AUDIT"); ` +
            `set userPoolAddOns.advancedSecurityMode: "ENFORCED".`,
        ]);
        assert.deepEqual(await check(POLICY, type, props, { config: { allowAudit: true } }), { violations: [] });
        assert.deepEqual(await check(POLICY, type, props, { guard: { threatProtection: { allowAudit: true } } }), {
          violations: [],
        });
      });

      it("takes the peers' SecurityMode semantics: the pool's mode must equal ENFORCED (default) or AUDIT", async function () {
        const audit = poolWith(kind, [MODE, "AUDIT"]);
        const enforced = compliantPool(kind);
        const auditOnly = { config: { securityMode: "AUDIT" } };
        assert.deepEqual(await check(POLICY, type, audit, auditOnly), { violations: [] });
        assert.deepEqual((await check(POLICY, type, enforced, auditOnly)).violations, [
          `Cognito user pool 'pool' must have threat protection AUDIT (got "ENFORCED"); ` +
            `set userPoolAddOns.advancedSecurityMode: "AUDIT".`,
        ]);
        const byGuard = { guard: { threatProtection: { securityMode: "AUDIT" as const } } };
        assert.equal((await check(POLICY, type, enforced, byGuard)).violations.length, 1);
        const strict = { config: { securityMode: "ENFORCED" } };
        assert.equal((await check(POLICY, type, audit, strict)).violations.length, 1);
      });

      it('passes any enabled mode with securityMode "AUDIT_OR_ENFORCED" (AWS Config without SecurityMode), not OFF', async function () {
        const anyEnabled = { config: { securityMode: "AUDIT_OR_ENFORCED" } };
        assert.deepEqual(await check(POLICY, type, poolWith(kind, [MODE, "AUDIT"]), anyEnabled), { violations: [] });
        assert.deepEqual(await check(POLICY, type, compliantPool(kind), anyEnabled), { violations: [] });
        assert.deepEqual((await check(POLICY, type, poolWith(kind, [MODE, "OFF"]), anyEnabled)).violations, [
          `Cognito user pool 'pool' must have threat protection ENFORCED or AUDIT (got "OFF"); ` +
            `set userPoolAddOns.advancedSecurityMode: "ENFORCED".`,
        ]);
      });

      it("keeps allowAudit as a deprecated alias that only widens the default ENFORCED", async function () {
        const audit = poolWith(kind, [MODE, "AUDIT"]);
        assert.deepEqual(await check(POLICY, type, audit, { config: { allowAudit: true } }), { violations: [] });
        const both = { config: { allowAudit: true, securityMode: "AUDIT" } };
        assert.equal((await check(POLICY, type, compliantPool(kind), both)).violations.length, 1);
      });

      it("refuses a securityMode the peers do not have, naming the values", async function () {
        await assert.rejects(
          check(POLICY, type, compliantPool(kind), { config: { securityMode: "OFF" } }),
          /securityMode must be one of "ENFORCED", "AUDIT", "AUDIT_OR_ENFORCED"; got "OFF"/,
        );
      });

      it("fails OFF and an omitted mode", async function () {
        assert.deepEqual((await check(POLICY, type, poolWith(kind, [MODE, "OFF"]))).violations, [
          `Cognito user pool 'pool' must have threat protection ENFORCED (got "OFF"); ` +
            `set userPoolAddOns.advancedSecurityMode: "ENFORCED".`,
        ]);
        const omitted = await check(POLICY, type, poolWith(kind, [["userPoolAddOns"], undefined]), {
          config: { allowAudit: true },
        });
        assert.deepEqual(omitted.violations, [
          `Cognito user pool 'pool' must have threat protection ENFORCED or AUDIT (not set, so Cognito's default "OFF" ` +
            `applies); set userPoolAddOns.advancedSecurityMode: "ENFORCED".`,
        ]);
      });

      it("names the Plus plan in the fix when threat protection is off on a declared lower tier", async function () {
        const props = poolWith(kind, [["userPoolAddOns"], undefined], [TIER, "ESSENTIALS"]);
        assert.deepEqual((await check(POLICY, type, props)).violations, [
          `Cognito user pool 'pool' must have threat protection ENFORCED (not set, so Cognito's default "OFF" applies); ` +
            `set userPoolAddOns.advancedSecurityMode: "ENFORCED" and userPoolTier: "PLUS" (threat protection needs the Plus plan).`,
        ]);
      });

      it("with the tier left out, says a new pool needs PLUS without assuming the pool is new", async function () {
        const props = poolWith(kind, [["userPoolAddOns"], undefined], [TIER, undefined]);
        assert.deepEqual((await check(POLICY, type, props)).violations, [
          `Cognito user pool 'pool' must have threat protection ENFORCED (not set, so Cognito's default "OFF" applies); ` +
            `set userPoolAddOns.advancedSecurityMode: "ENFORCED" ${OMITTED_TIER_NOTE}.`,
        ]);
      });

      it("passes threat protection with the tier left out: an existing Plus pool deploys fine", async function () {
        assert.deepEqual(await check(POLICY, type, poolWith(kind, [TIER, undefined])), { violations: [] });
      });

      for (const tier of ["ESSENTIALS", "LITE"] as const) {
        it(`fails threat protection on a declared ${tier} tier, whatever the configuration`, async function () {
          const props = poolWith(kind, [TIER, tier], [MODE, "AUDIT"]);
          const { violations } = await check(POLICY, type, props, { config: { allowAudit: true } });
          assert.deepEqual(violations, [
            `Cognito user pool 'pool' asks for threat protection (userPoolAddOns.advancedSecurityMode: "AUDIT") on the ` +
              `${tier} feature plan (got "${tier}"), where Cognito rejects it with ` +
              `FeatureUnavailableInTierException; set userPoolTier: "PLUS".`,
          ]);
        });
      }
    });
  }
});

describe("policy cognito-user-pool-custom-auth-threat-protection (Security Hub Cognito.4)", function () {
  const POLICY = NAMES.customAuthThreatProtection;
  for (const kind of KINDS) {
    describe(`on ${TYPE[kind]}`, function () {
      const type = TYPE[kind];

      it("passes custom authentication ENFORCED", async function () {
        assert.deepEqual(await check(POLICY, type, compliantPool(kind)), { violations: [] });
      });

      it("fails an omitted custom authentication mode, as the Config rule does", async function () {
        const props = poolWith(kind, [["userPoolAddOns", "advancedSecurityAdditionalFlows"], undefined]);
        assert.deepEqual((await check(POLICY, type, props)).violations, [
          `Cognito user pool 'pool' must have threat protection ENFORCED for custom authentication (not set, so ` +
            `custom authentication has no threat protection); set ` +
            `userPoolAddOns.advancedSecurityAdditionalFlows.customAuthMode: "ENFORCED".`,
        ]);
      });

      it("fails custom authentication ENFORCED while threat protection is off or left out, as Cognito.4 does", async function () {
        for (const standard of ["OFF", undefined]) {
          const props = poolWith(kind, [MODE, standard]);
          const how = standard === undefined ? `not set, so Cognito's default "OFF" applies` : `got "OFF"`;
          assert.deepEqual((await check(POLICY, type, props)).violations, [
            `Cognito user pool 'pool' must have threat protection on for custom authentication to be protected ` +
              `(userPoolAddOns.advancedSecurityMode ${how}); set userPoolAddOns.advancedSecurityMode: "ENFORCED".`,
          ]);
        }
      });

      it("passes custom authentication ENFORCED with standard threat protection in AUDIT (threat protection on)", async function () {
        assert.deepEqual(await check(POLICY, type, poolWith(kind, [MODE, "AUDIT"])), { violations: [] });
      });

      it("fails AUDIT even where the standard-authentication policy accepts AUDIT", async function () {
        const props = poolWith(kind, [CUSTOM, "AUDIT"]);
        const expected = [
          `Cognito user pool 'pool' must have threat protection ENFORCED for custom authentication (got "AUDIT"); ` +
            `set userPoolAddOns.advancedSecurityAdditionalFlows.customAuthMode: "ENFORCED".`,
        ];
        assert.deepEqual((await check(POLICY, type, props)).violations, expected);
        const lenient = { guard: { threatProtection: { allowAudit: true } }, config: { allowAudit: true } };
        assert.deepEqual((await check(POLICY, type, props, lenient)).violations, expected);
        assert.deepEqual(
          (await check(NAMES.threatProtection, type, poolWith(kind, [MODE, "AUDIT"]), lenient)).violations,
          [],
        );
      });

      it("names the Plus plan when custom authentication is protected on a declared lower tier", async function () {
        const props = poolWith(kind, [TIER, "ESSENTIALS"]);
        assert.deepEqual((await check(POLICY, type, props)).violations, [
          `Cognito user pool 'pool' asks for threat protection ` +
            `(userPoolAddOns.advancedSecurityAdditionalFlows.customAuthMode: "ENFORCED") on the ESSENTIALS feature plan ` +
            `(got "ESSENTIALS"), where Cognito rejects it with FeatureUnavailableInTierException; set userPoolTier: "PLUS".`,
        ]);
      });
    });
  }
});

describe("policy cognito-user-pool-plus-tier (cdk-nag AwsSolutions-COG8)", function () {
  const POLICY = NAMES.plusTier;
  for (const kind of KINDS) {
    describe(`on ${TYPE[kind]}`, function () {
      const type = TYPE[kind];

      it("passes the Plus plan", async function () {
        assert.deepEqual(await check(POLICY, type, compliantPool(kind)), { violations: [] });
      });

      it("fails a lower plan and an omitted tier, as cdk-nag does", async function () {
        assert.deepEqual((await check(POLICY, type, poolWith(kind, [TIER, "ESSENTIALS"]))).violations, [
          `Cognito user pool 'pool' must be on the Plus feature plan (got "ESSENTIALS"); set userPoolTier: "PLUS".`,
        ]);
        assert.deepEqual((await check(POLICY, type, poolWith(kind, [TIER, undefined]))).violations, [
          `Cognito user pool 'pool' must be on the Plus feature plan (not set: a new pool gets "ESSENTIALS", an ` +
            `existing one keeps its tier); set userPoolTier: "PLUS".`,
        ]);
      });
    });
  }
});
