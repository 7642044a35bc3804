/**
 * The resource plugin's type (`cognito-userpool:index:UserPool`, from Pulumi YAML, other languages
 * and `pulumi import`) takes the dynamic resource's args, so every policy judges it exactly like
 * the dynamic type: same violations, same messages, same remediation.
 */
import * as assert from "node:assert/strict";
import { compliantPool, poolWith, poolWithoutFactors, TYPE } from "./fixtures";
import { check, fix, NAMES } from "./harness";

const PLUGIN_TYPE = "cognito-userpool:index:UserPool";

/** A dynamic pool's props as the plugin's resource has them: no serialised provider. */
function asPlugin(props: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(props).filter(([key]) => key !== "__provider"));
}

const POOLS: ReadonlyArray<readonly [string, Record<string, unknown>]> = [
  ["a compliant pool", compliantPool("dynamic")],
  ["a pool with protection INACTIVE", poolWith("dynamic", [["deletionProtection"], "INACTIVE"])],
  ["a pool with weak passwords", poolWith("dynamic", [["policies", "passwordPolicy", "minimumLength"], 6])],
  ["a pool without MFA factors", poolWithoutFactors("dynamic")],
  ["a pool with self sign-up", poolWith("dynamic", [["adminCreateUserConfig", "allowAdminCreateUserOnly"], false])],
  ["a pool without account recovery", poolWith("dynamic", [["accountRecoverySetting"], undefined])],
  ["a pool with case-sensitive usernames", poolWith("dynamic", [["usernameConfiguration"], undefined])],
  ["a pool with threat protection off", poolWith("dynamic", [["userPoolAddOns", "advancedSecurityMode"], "OFF"])],
  ["a pool without tags", poolWith("dynamic", [["userPoolTags"], undefined])],
];

describe(`policies on ${PLUGIN_TYPE} (the resource plugin)`, function () {
  for (const name of Object.values(NAMES)) {
    describe(name, function () {
      for (const [label, props] of POOLS) {
        it(`judges ${label} exactly as on the dynamic type`, async function () {
          const guard = { requiredTags: { requiredTags: ["owner", "env"] } };
          const dynamic = await check(name, TYPE.dynamic, props, { guard });
          const plugin = await check(name, PLUGIN_TYPE, asPlugin(props), { guard });
          assert.deepEqual(plugin, dynamic);
        });
      }
    });
  }

  it("reports violations on it (so the comparison above is not vacuous)", async function () {
    const { violations } = await check(NAMES.deletionProtection, PLUGIN_TYPE, asPlugin(POOLS[1][1]));
    assert.deepEqual(violations, [
      `Cognito user pool 'pool' must have deletion protection ACTIVE (got "INACTIVE"); set deletionProtection: "ACTIVE".`,
    ]);
  });

  it("remediates deletion protection on it", async function () {
    const result = await fix(NAMES.deletionProtection, PLUGIN_TYPE, asPlugin(POOLS[1][1]));
    assert.equal((result.props as Record<string, unknown> | undefined)?.deletionProtection, "ACTIVE");
  });
});
