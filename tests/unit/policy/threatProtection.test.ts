import * as assert from "node:assert/strict";
import { compliantPool, KINDS, poolWith, TYPE } from "./fixtures";
import { check, NAMES } from "./harness";

const POLICY = NAMES.threatProtection;
const MODE = ["userPoolAddOns", "advancedSecurityMode"] as const;
const CUSTOM = ["userPoolAddOns", "advancedSecurityAdditionalFlows", "customAuthMode"] as const;
const TIER = ["userPoolTier"] as const;

describe("policy cognito-user-pool-threat-protection", function () {
  for (const kind of KINDS) {
    describe(`on ${TYPE[kind]}`, function () {
      const type = TYPE[kind];

      it("passes threat protection ENFORCED, for custom authentication too, on the Plus plan", async function () {
        assert.deepEqual(await check(POLICY, type, compliantPool(kind)), { violations: [] });
      });

      it("passes when custom authentication's mode is left out", async function () {
        const props = poolWith(kind, [["userPoolAddOns", "advancedSecurityAdditionalFlows"], undefined]);
        assert.deepEqual(await check(POLICY, type, props), { violations: [] });
      });

      it("fails AUDIT unless allowAudit is configured", async function () {
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

      it("names the Plus plan in the fix when threat protection is off below it", async function () {
        const { violations } = await check(
          POLICY,
          type,
          poolWith(kind, [["userPoolAddOns"], undefined], [TIER, undefined]),
        );
        assert.deepEqual(violations, [
          `Cognito user pool 'pool' must have threat protection ENFORCED (not set, so Cognito's default "OFF" applies); ` +
            `set userPoolAddOns.advancedSecurityMode: "ENFORCED" and userPoolTier: "PLUS" (threat protection needs the Plus plan).`,
        ]);
      });

      for (const [tier, how] of [
        ["ESSENTIALS", 'got "ESSENTIALS"'],
        ["LITE", 'got "LITE"'],
        [undefined, `not set, so Cognito's default "ESSENTIALS" applies`],
      ] as const) {
        it(`fails threat protection on tier ${tier ?? "(omitted)"}, whatever the configuration`, async function () {
          const props = poolWith(kind, [TIER, tier], [MODE, "AUDIT"]);
          const { violations } = await check(POLICY, type, props, { config: { allowAudit: true } });
          assert.deepEqual(violations, [
            `Cognito user pool 'pool' asks for threat protection (userPoolAddOns.advancedSecurityMode: "AUDIT") on the ` +
              `${tier ?? "ESSENTIALS"} feature plan (${how}), where Cognito rejects it with ` +
              `FeatureUnavailableInTierException; set userPoolTier: "PLUS".`,
          ]);
        });
      }

      it("fails custom authentication in AUDIT unless allowAudit is configured", async function () {
        const props = poolWith(kind, [CUSTOM, "AUDIT"]);
        assert.deepEqual((await check(POLICY, type, props)).violations, [
          `Cognito user pool 'pool' must have threat protection ENFORCED for custom authentication too (got "AUDIT"); ` +
            `set userPoolAddOns.advancedSecurityAdditionalFlows.customAuthMode: "ENFORCED".`,
        ]);
        assert.deepEqual(await check(POLICY, type, props, { config: { allowAudit: true } }), { violations: [] });
      });
    });
  }
});
