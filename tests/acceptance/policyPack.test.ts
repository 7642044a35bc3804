/**
 * Acceptance: CognitoGuard (--policy-pack) on a compliant stack (examples/hardened) and a
 * non-compliant one (examples/unsafe), previewed against the account and region of the AWS chain.
 * Previews create nothing; the pool count says so.
 */
import * as assert from "node:assert/strict";
import * as path from "node:path";
import type { CognitoIdentityProviderClient } from "@aws-sdk/client-cognito-identity-provider";
import { PulumiWorkspace, repoRoot } from "../../tools/pulumiCli";
import { chainClient, countPools } from "../support/acceptance";

const pack = path.join(repoRoot, "policy-packs", "cognito-guard");

describe("acceptance: CognitoGuard on a compliant and a non-compliant stack", function () {
  let client: CognitoIdentityProviderClient;
  let poolsBefore: number;
  const workspaces: PulumiWorkspace[] = [];

  before(async function () {
    client = chainClient();
    poolsBefore = await countPools(client);
  });

  after(async function () {
    client?.destroy();
    for (const workspace of workspaces) workspace.remove();
  });

  async function preview(example: string) {
    const workspace = await PulumiWorkspace.create(example, "acceptance", {});
    workspaces.push(workspace);
    return workspace.preview(["--policy-pack", pack], { allowFailure: true });
  }

  it("fails the non-compliant stack's preview, naming each mandatory violation", async function () {
    const result = await preview("unsafe");
    assert.notEqual(result.code, 0);
    assert.match(result.stdout + result.stderr, /mandatory/);
    assert.match(result.stdout + result.stderr, /cognito-user-pool-deletion-protection/);
    assert.match(result.stdout + result.stderr, /cognito-user-pool-password-policy/);
  });

  it("passes the compliant stack's preview", async function () {
    const result = await preview("hardened");
    assert.equal(result.code, 0, result.stdout + result.stderr);
    assert.doesNotMatch(result.stdout, /mandatory|advisory/);
    assert.equal(await countPools(client), poolsBefore, "previews create nothing");
  });
});
