/**
 * Acceptance: the feature plans as AWS enforces them. Threat protection (advancedSecurityMode other
 * than OFF) needs the PLUS plan
 * (https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-sign-in-feature-plans.html):
 * on ESSENTIALS the provider refuses it at preview, so the request never reaches AWS; on PLUS the
 * pool is created with it. The PLUS pool has no users (PLUS is billed per monthly active user).
 */
import * as assert from "node:assert/strict";
import type { CognitoIdentityProviderClient } from "@aws-sdk/client-cognito-identity-provider";
import { PulumiWorkspace } from "../../tools/pulumiCli";
import { chainClient, countPools, currentRun, describePool } from "../support/acceptance";

describe("acceptance: ESSENTIALS and PLUS feature plans", function () {
  const run = currentRun();
  let client: CognitoIdentityProviderClient;
  let workspace: PulumiWorkspace;
  let poolsBefore: number;

  const program = (tier: string, protection = "INACTIVE"): string =>
    [
      'import { UserPool } from "pulumi-cognito-userpool";',
      'const pool = new UserPool("tiers", {',
      `  poolName: ${JSON.stringify(run.poolName("tiers"))},`,
      `  userPoolTags: ${JSON.stringify(run.tags())},`,
      `  userPoolTier: "${tier}",`,
      '  userPoolAddOns: { advancedSecurityMode: "ENFORCED" },',
      `  deletionProtection: "${protection}",`,
      "});",
      "export const userPoolId = pool.id;",
      "",
    ].join("\n");

  before(async function () {
    client = chainClient();
    poolsBefore = await countPools(client);
    workspace = await PulumiWorkspace.forProgram("acceptance-tiers", program("ESSENTIALS"), "acceptance", {});
  });

  after(async function () {
    client?.destroy();
    workspace?.remove();
  });

  it("refuses threat protection on ESSENTIALS at preview, and up creates nothing", async function () {
    const preview = await workspace.preview([], { allowFailure: true });
    assert.notEqual(preview.code, 0);
    assert.match(preview.stdout + preview.stderr, /advancedSecurityMode/);
    assert.match(preview.stdout + preview.stderr, /PLUS/);
    const up = await workspace.up({ allowFailure: true });
    assert.notEqual(up.code, 0);
    assert.equal(await countPools(client), poolsBefore, "nothing reached AWS");
  });

  it("creates a PLUS pool with threat protection ENFORCED (no users), then destroys it", async function () {
    workspace.writeProgram(program("PLUS"));
    await workspace.up();
    const live = await describePool(client, String((await workspace.outputs()).userPoolId));
    assert.equal(live.UserPoolTier, "PLUS");
    assert.equal(live.UserPoolAddOns?.AdvancedSecurityMode, "ENFORCED");
    assert.equal(live.EstimatedNumberOfUsers ?? 0, 0);
    await workspace.preview(["--expect-no-changes"]);
    await workspace.destroy();
    assert.equal(await countPools(client), poolsBefore);
  });
});
