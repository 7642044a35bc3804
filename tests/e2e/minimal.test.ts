import * as assert from "node:assert/strict";
import { DescribeUserPoolCommand } from "@aws-sdk/client-cognito-identity-provider";
import { emulatorClient, emulatorEnvironment, startEmulator, type RunningEmulator } from "../../tools/emulators";
import { PulumiWorkspace } from "../../tools/pulumiCli";

describe("e2e: examples/minimal through the pulumi CLI, against moto", function () {
  let moto: RunningEmulator;
  let workspace: PulumiWorkspace;

  before(async function () {
    moto = await startEmulator("moto");
    workspace = await PulumiWorkspace.create("minimal", "e2e", emulatorEnvironment(moto));
  });

  after(async function () {
    await moto?.stop();
    workspace?.remove();
  });

  it("up creates the pool, preview shows no changes, destroy deletes it", async function () {
    const up = await workspace.up();
    assert.match(up.stdout, /pulumi-nodejs:dynamic\/cognito:UserPool|cognito:UserPool/);
    const outputs = await workspace.outputs();
    const id = String(outputs.userPoolId);
    assert.match(id, /^us-east-1_/);
    assert.match(String(outputs.userPoolArn), new RegExp(`^arn:aws:cognito-idp:us-east-1:\\d{12}:userpool/${id}$`));

    const client = emulatorClient(moto);
    const described = await client.send(new DescribeUserPoolCommand({ UserPoolId: id }));
    assert.equal(described.UserPool?.Name, "minimal-pool");

    await workspace.preview(["--expect-no-changes"]);

    await workspace.destroy();
    await assert.rejects(
      client.send(new DescribeUserPoolCommand({ UserPoolId: id })),
      (error: Error) => error.name === "ResourceNotFoundException",
    );
    client.destroy();
  });
});
