/**
 * `pulumi import` through the resource plugin, against moto: a pool made directly with the AWS SDK
 * (the API reference's full example) with a user in it is imported into a Pulumi YAML project by
 * `pulumi import cognito-userpool:index:UserPool users <id>`: same id, no new pool, the user still
 * there, program code written, and the next preview shows no changes. (For the dynamic resource,
 * opts.import fails with the pinned CLI, pulumi#16175; tests/e2e/adopt.test.ts pins that.)
 */
import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import {
  AdminCreateUserCommand,
  AdminGetUserCommand,
  CognitoIdentityProviderClient,
  CreateUserPoolCommand,
  DescribeUserPoolCommand,
  ListUserPoolsCommand,
} from "@aws-sdk/client-cognito-identity-provider";
import { emulatorClient, emulatorEnvironment, startEmulator, type RunningEmulator } from "../../tools/emulators";
import { pluginInstallArgs, sharedPluginTarball } from "../../tools/pluginPackage";
import { PulumiWorkspace } from "../../tools/pulumiCli";
import { referenceCreateUserPoolRequest } from "../fixtures/referenceRequest";

const USERNAME = "alice";

describe("e2e: pulumi import of a live pool through the resource plugin, into a Pulumi YAML project, against moto", function () {
  let moto: RunningEmulator;
  let client: CognitoIdentityProviderClient;
  let workspace: PulumiWorkspace;
  let programDir: string;
  let id: string;
  let poolCount: number;

  const countPools = async (): Promise<number> =>
    (await client.send(new ListUserPoolsCommand({ MaxResults: 60 }))).UserPools?.length ?? 0;

  before(async function () {
    moto = await startEmulator("moto");
    client = emulatorClient(moto);
    const created = await client.send(new CreateUserPoolCommand(referenceCreateUserPoolRequest));
    id = created.UserPool?.Id as string;
    await client.send(new AdminCreateUserCommand({ UserPoolId: id, Username: USERNAME, MessageAction: "SUPPRESS" }));
    poolCount = await countPools();

    programDir = fs.mkdtempSync(path.join(os.tmpdir(), "import-yaml-"));
    fs.writeFileSync(
      path.join(programDir, "Pulumi.yaml"),
      "name: imported-pool\nruntime: yaml\ndescription: An existing Cognito user pool, imported.\n",
    );
    const tarball = await sharedPluginTarball();
    workspace = await PulumiWorkspace.create(programDir, "e2e", emulatorEnvironment(moto));
    await workspace.run(pluginInstallArgs(tarball));
  });

  after(async function () {
    client?.destroy();
    await moto?.stop();
    workspace?.remove();
    if (programDir) fs.rmSync(programDir, { recursive: true, force: true });
  });

  it("adopts the live pool (same id, no new pool, its user kept) and writes the program for it", async function () {
    // Not `--out Main.yaml`: the CLI creates the file empty before the YAML host reads the project,
    // which then fails on it ("failed to discover package requirements: EOF"). So the code goes
    // beside, and is moved into place as a user would.
    await workspace.run(["import", "cognito-userpool:index:UserPool", "users", id, "--yes", "--out", "imported.yaml"]);
    fs.renameSync(path.join(workspace.projectDir, "imported.yaml"), path.join(workspace.projectDir, "Main.yaml"));
    assert.equal(await countPools(), poolCount, "no pool was created");
    const user = await client.send(new AdminGetUserCommand({ UserPoolId: id, Username: USERNAME }));
    assert.equal(user.Username, USERNAME, "the user is still in the pool");

    const resource = await workspace.resourceState(":index:UserPool");
    assert.equal(resource.outputs.poolName, "my-test-user-pool");
    assert.ok(!("__provider" in resource.inputs), "the plugin stores no __provider");

    const program = fs.readFileSync(path.join(workspace.projectDir, "Main.yaml"), "utf8");
    assert.match(program, /type: cognito-userpool:UserPool/);
    assert.match(program, /poolName: my-test-user-pool/);
    assert.match(program, /deletionProtection: ACTIVE/);
    assert.match(program, /aliasAttributes:/);
  });

  it("the next preview of the written program shows no changes", async function () {
    await workspace.preview(["--expect-no-changes"]);
    const live = (await client.send(new DescribeUserPoolCommand({ UserPoolId: id }))).UserPool;
    assert.equal(live?.Name, "my-test-user-pool");
    assert.equal(await countPools(), poolCount);
  });
});
