import * as assert from "node:assert/strict";
import { DescribeUserPoolCommand, ListUserPoolsCommand } from "@aws-sdk/client-cognito-identity-provider";
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

  it("one preview of a pool with three independent mistakes lists all three, each once, and creates nothing", async function () {
    // Built from JSON, as from a config file, so the program compiles: the mistakes reach the provider.
    const args = {
      poolName: "three-mistakes",
      policies: { passwordPolicy: { minLength: 4 } },
      mfaConfiguration: "SOMETIMES",
      deletionProtection: "YES",
    };
    workspace.writeProgram(
      [
        'import { UserPool } from "pulumi-cognito-userpool";',
        `new UserPool("mistakes", JSON.parse(${JSON.stringify(JSON.stringify(args))}));`,
        "",
      ].join("\n"),
    );
    const preview = await workspace.preview([], { allowFailure: true });
    assert.notEqual(preview.code, 0);
    const output = preview.stdout + preview.stderr;
    const expected: RegExp[] = [
      /policies\.passwordPolicy\.minLength[^\n]*did you mean minimumLength\?/,
      /mfaConfiguration[^\n]*must be one of "OFF", "ON" or "OPTIONAL"; got "SOMETIMES"/,
      /deletionProtection[^\n]*must be one of "ACTIVE" or "INACTIVE"; got "YES"/,
    ];
    for (const pattern of expected) {
      assert.equal(occurrences(output, pattern), 1, `${pattern} once in the diagnostics:\n${output}`);
    }
    const client = emulatorClient(moto);
    assert.deepEqual((await client.send(new ListUserPoolsCommand({ MaxResults: 60 }))).UserPools, []);
    client.destroy();
  });
});

/** Matches in the CLI's summary of diagnostics (progress lines echo each diagnostic as it happens). */
function occurrences(text: string, pattern: RegExp): number {
  const start = text.indexOf("Diagnostics:");
  const summary = start === -1 ? text : text.slice(start);
  return summary.match(new RegExp(pattern.source, "g"))?.length ?? 0;
}
