import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import { DescribeUserPoolCommand, ListUserPoolsCommand } from "@aws-sdk/client-cognito-identity-provider";
import { emulatorClient, emulatorEnvironment, startEmulator, type RunningEmulator } from "../../tools/emulators";
import { PulumiWorkspace, repoRoot } from "../../tools/pulumiCli";

const pack = path.join(repoRoot, "policy-packs", "cognito-guard");

describe("e2e: the CognitoGuard policy pack through the pulumi CLI (--policy-pack), against moto", function () {
  let moto: RunningEmulator;
  const workspaces: PulumiWorkspace[] = [];

  before(async function () {
    moto = await startEmulator("moto");
  });

  after(async function () {
    await moto?.stop();
    for (const workspace of workspaces) workspace.remove();
  });

  async function workspace(example: string): Promise<PulumiWorkspace> {
    const created = await PulumiWorkspace.create(example, "policy", emulatorEnvironment(moto));
    workspaces.push(created);
    return created;
  }

  function writeConfig(workspace: PulumiWorkspace, config: Record<string, unknown>): string {
    const file = path.join(workspace.dir, "policy-config.json");
    fs.writeFileSync(file, JSON.stringify(config));
    return file;
  }

  it("fails the preview of a pool that breaks mandatory policies, naming each violation", async function () {
    const unsafe = await workspace("unsafe");
    const result = await unsafe.preview(["--policy-pack", pack], { allowFailure: true });
    const output = result.stdout + result.stderr;
    assert.notEqual(result.code, 0);
    assert.match(output, /cognito-user-pool-deletion-protection/);
    assert.match(output, /set deletionProtection: "ACTIVE"/);
    assert.match(output, /cognito-user-pool-password-policy/);
    assert.match(output, /policies\.passwordPolicy\.requireSymbols/);
    assert.match(output, /mandatory/);
  });

  it("passes the preview of a compliant pool", async function () {
    const hardened = await workspace("hardened");
    const result = await hardened.preview(["--policy-pack", pack]);
    assert.doesNotMatch(result.stdout, /mandatory/);
    assert.doesNotMatch(result.stdout, /advisory/);
  });

  it("lets a --policy-pack-config file change the outcome", async function () {
    const unsafe = await workspace("unsafe");
    const config = writeConfig(unsafe, {
      "cognito-user-pool-deletion-protection": "advisory",
      "cognito-user-pool-password-policy": "advisory",
    });
    const result = await unsafe.preview(["--policy-pack", pack, "--policy-pack-config", config]);
    assert.match(result.stdout, /advisory/);
    assert.match(result.stdout, /cognito-user-pool-deletion-protection/);
    assert.doesNotMatch(result.stdout, /mandatory/);
  });

  it("with deletion protection at remediate, up deploys a pool with protection ACTIVE", async function () {
    const unsafe = await workspace("unsafe");
    const config = writeConfig(unsafe, {
      "cognito-user-pool-deletion-protection": "remediate",
      "cognito-user-pool-password-policy": "advisory",
    });
    await unsafe.run(["up", "--yes", "--skip-preview", "--policy-pack", pack, "--policy-pack-config", config]);
    const id = String((await unsafe.outputs()).userPoolId);
    const client = emulatorClient(moto);
    try {
      const live = await client.send(new DescribeUserPoolCommand({ UserPoolId: id }));
      assert.equal(live.UserPool?.DeletionProtection, "ACTIVE");
      const pools = await client.send(new ListUserPoolsCommand({ MaxResults: 60 }));
      assert.equal(pools.UserPools?.filter((p) => p.Name === "unsafe-pool").length, 1);
    } finally {
      client.destroy();
    }
  });
});
