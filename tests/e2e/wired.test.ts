import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import { DescribeUserPoolCommand } from "@aws-sdk/client-cognito-identity-provider";
import { emulatorClient, emulatorEnvironment, startEmulator, type RunningEmulator } from "../../tools/emulators";
import { PulumiWorkspace } from "../../tools/pulumiCli";

const EXTERNAL_ID = "wired-external-id-5c7e21";

function stateText(workspace: PulumiWorkspace): string {
  const dir = path.join(workspace.dir, "state");
  return (fs.readdirSync(dir, { recursive: true }) as string[])
    .map((file) => path.join(dir, file))
    .filter((file) => fs.statSync(file).isFile())
    .map((file) => fs.readFileSync(file, "utf8"))
    .join("\n");
}

describe("e2e: examples/wired, a pool wired to outputs of other resources, through the pulumi CLI, against moto", function () {
  let moto: RunningEmulator;
  let workspace: PulumiWorkspace;

  before(async function () {
    moto = await startEmulator("moto");
    workspace = await PulumiWorkspace.create("wired", "e2e", emulatorEnvironment(moto));
  });

  after(async function () {
    await workspace?.destroy({ allowFailure: true });
    await moto?.stop();
    workspace?.remove();
  });

  it("first preview succeeds with the wired values unknown; up deploys them; the second preview has no changes", async function () {
    const preview = await workspace.preview();
    assert.match(preview.stdout, /\+ .*cognito:UserPool/);
    for (const wired of ["preSignUp", "kmsKeyId", "snsCallerArn", "sourceArn", "source", "autoVerifiedAttributes"]) {
      assert.match(preview.stdout, new RegExp(`${wired}\\s*: \\[unknown\\]`), `${wired} is shown as unknown`);
    }
    assert.match(preview.stdout, /externalId\s*: \[secret\]/);
    assert.equal(preview.stdout.includes(EXTERNAL_ID), false);
    assert.doesNotMatch(preview.stdout + preview.stderr, /must be an ARN|expected an array|has a problem/);

    const up = await workspace.up();
    assert.doesNotMatch(up.stdout, new RegExp(EXTERNAL_ID), "the secret is not printed");
    const outputs = await workspace.outputs();
    const client = emulatorClient(moto);
    const pool = (await client.send(new DescribeUserPoolCommand({ UserPoolId: String(outputs.userPoolId) }))).UserPool;
    client.destroy();
    assert.equal(pool?.LambdaConfig?.PreSignUp, outputs.preSignUpArn);
    assert.equal(
      pool?.LambdaConfig?.KMSKeyID,
      "arn:aws:kms:us-east-1:123456789012:key/a6c4f8e2-0c45-47db-925f-87854bc9e357",
    );
    assert.equal(
      pool?.SmsConfiguration?.SnsCallerArn,
      "arn:aws:iam:us-east-1:123456789012:role/service-role/CognitoSms",
    );
    assert.equal(pool?.SmsConfiguration?.ExternalId, EXTERNAL_ID, "the secret is validated and deployed");
    assert.equal(
      pool?.EmailConfiguration?.SourceArn,
      "arn:aws:ses:us-east-1:123456789012:identity/support@example.com",
    );
    assert.deepEqual(pool?.AutoVerifiedAttributes, ["email"]);

    await workspace.preview(["--expect-no-changes"]);
  });

  it("keeps the secret a secret: ciphertext in the state file, [secret] in the CLI output", async function () {
    const state = stateText(workspace);
    assert.equal(state.includes(EXTERNAL_ID), false, "no plaintext in the state");
    assert.match(state, /"ciphertext"/);
    const exported = await workspace.run(["stack", "export"]);
    assert.equal(exported.stdout.includes(EXTERNAL_ID), false);
    const preview = await workspace.preview(["--show-sames"]);
    assert.equal(preview.stdout.includes(EXTERNAL_ID), false);
  });
});
