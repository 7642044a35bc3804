/**
 * Acceptance: bringing existing pools under management, against the account and region of the AWS
 * chain. A pool made with the SDK gets a program from the package's `generate` command (region and
 * endpoint from the chain, no flags) that adopts it with `adoptUserPoolId`; another is imported
 * through the resource plugin with `pulumi import`. Neither creates a pool; both preview no changes.
 */
import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { CreateUserPoolCommand, type CognitoIdentityProviderClient } from "@aws-sdk/client-cognito-identity-provider";
import { packageCommand, packageTarball } from "../../tools/installedPackage";
import { pluginInstallArgs, sharedPluginTarball } from "../../tools/pluginPackage";
import { PulumiWorkspace } from "../../tools/pulumiCli";
import { chainClient, countPools, currentRun, describePool } from "../support/acceptance";

describe("acceptance: adoption (generate + adoptUserPoolId) and pulumi import through the plugin", function () {
  const run = currentRun();
  let client: CognitoIdentityProviderClient;
  let poolsBefore: number;
  const workspaces: PulumiWorkspace[] = [];
  const scratch: string[] = [];

  /** A pool made outside Pulumi, with this run's name prefix and tag. */
  async function existingPool(base: string): Promise<string> {
    const created = await client.send(
      new CreateUserPoolCommand({
        PoolName: run.poolName(base),
        UserPoolTags: run.tags(),
        Policies: { PasswordPolicy: { MinimumLength: 9 } },
        AutoVerifiedAttributes: ["email"],
      }),
    );
    return created.UserPool?.Id as string;
  }

  before(async function () {
    client = chainClient();
    poolsBefore = await countPools(client);
  });

  after(async function () {
    client?.destroy();
    for (const workspace of workspaces) workspace.remove();
    for (const dir of scratch) fs.rmSync(dir, { recursive: true, force: true });
  });

  it("adopts a pool with a generated program: same id, no new pool, no changes; then destroys it", async function () {
    const id = await existingPool("adopted");
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "acceptance-generated-"));
    scratch.push(dir);
    const generated = await packageCommand(
      ["generate", "--user-pool-id", id, "--out", path.join(dir, "index.ts"), "--package-spec", packageTarball()],
      process.env,
    );
    assert.equal(generated.code, 0, generated.stderr);
    assert.match(fs.readFileSync(path.join(dir, "index.ts"), "utf8"), new RegExp(`adoptUserPoolId: "${id}"`));

    const workspace = await PulumiWorkspace.create(dir, "acceptance", {});
    workspaces.push(workspace);
    const up = await workspace.up();
    assert.match(up.stdout, /Adopting Cognito user pool/);
    assert.equal((await workspace.outputs()).userPoolId, id);
    assert.equal(await countPools(client), poolsBefore + 1, "no pool was created");
    await workspace.preview(["--expect-no-changes"]);
    await workspace.destroy();
    assert.equal(await countPools(client), poolsBefore);
  });

  it("imports a pool through the plugin with `pulumi import`: same id, no new pool, no changes; then destroys it", async function () {
    const id = await existingPool("imported");
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "acceptance-import-"));
    scratch.push(dir);
    fs.writeFileSync(path.join(dir, "Pulumi.yaml"), "name: acceptance-import\nruntime: yaml\n");
    const workspace = await PulumiWorkspace.create(dir, "acceptance", {});
    workspaces.push(workspace);
    await workspace.run(pluginInstallArgs(await sharedPluginTarball()));
    // The code goes beside Pulumi.yaml first: see tests/e2e/pluginImport.test.ts for why. Not
    // protected (the CLI protects imports by default), so the scenario can destroy what it imported.
    await workspace.run([
      "import",
      "cognito-userpool:index:UserPool",
      "users",
      id,
      "--yes",
      "--protect=false",
      "--out",
      "imported.yaml",
    ]);
    fs.renameSync(path.join(workspace.projectDir, "imported.yaml"), path.join(workspace.projectDir, "Main.yaml"));
    assert.equal(await countPools(client), poolsBefore + 1, "no pool was created");
    assert.equal((await describePool(client, id)).Name, run.poolName("imported"));
    await workspace.preview(["--expect-no-changes"]);
    await workspace.destroy();
    assert.equal(await countPools(client), poolsBefore);
  });
});
