/**
 * Through the resource plugin, an input that is another resource's output: unknown at preview (the
 * engine sends it to check as its unknown sentinel, as it does to the dynamic provider), known at
 * apply. A Pulumi YAML program against moto: the second pool's tag is the first pool's ARN.
 */
import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { DescribeUserPoolCommand, type CognitoIdentityProviderClient } from "@aws-sdk/client-cognito-identity-provider";
import { emulatorClient, emulatorEnvironment, startEmulator, type RunningEmulator } from "../../tools/emulators";
import { pluginInstallArgs, sharedPluginTarball } from "../../tools/pluginPackage";
import { PulumiWorkspace } from "../../tools/pulumiCli";

const PROGRAM = `name: wired-pools
runtime: yaml
resources:
  first:
    type: cognito-userpool:UserPool
    properties:
      poolName: first-pool
  second:
    type: cognito-userpool:UserPool
    properties:
      poolName: second-pool
      emailVerificationSubject: \${first.name}
      userPoolTags:
        source: \${first.arn}
outputs:
  firstArn: \${first.arn}
  secondId: \${second.id}
`;

describe("e2e: the resource plugin with inputs that are outputs of other resources (YAML, moto)", function () {
  let moto: RunningEmulator;
  let client: CognitoIdentityProviderClient;
  let workspace: PulumiWorkspace;
  let programDir: string;

  before(async function () {
    moto = await startEmulator("moto");
    client = emulatorClient(moto);
    programDir = fs.mkdtempSync(path.join(os.tmpdir(), "wired-yaml-"));
    fs.writeFileSync(path.join(programDir, "Pulumi.yaml"), PROGRAM);
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

  it("previews with the values unknown, then deploys them known, then shows no changes", async function () {
    const preview = await workspace.preview();
    assert.match(preview.stdout, /cognito-userpool:index:UserPool::second/);
    assert.match(preview.stdout, /source: \[unknown\]/, "the tag is unknown at preview, and check accepted it");
    assert.match(preview.stdout, /emailVerificationSubject: \[unknown\]/);
    await workspace.up();
    const outputs = await workspace.outputs();
    const second = await client.send(new DescribeUserPoolCommand({ UserPoolId: String(outputs.secondId) }));
    assert.equal(second.UserPool?.UserPoolTags?.source, outputs.firstArn);
    assert.equal(second.UserPool?.EmailVerificationSubject, "first-pool");
    await workspace.preview(["--expect-no-changes"]);
  });
});
