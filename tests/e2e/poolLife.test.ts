/**
 * A pool's second day, through the real pulumi CLI against moto: a change made outside Pulumi (the
 * test's own SDK client) survives an unrelated update, and settings removed from the program are
 * really removed from the pool (MFA included), with the preview saying what a removal does.
 */
import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import {
  DescribeUserPoolCommand,
  GetUserPoolMfaConfigCommand,
  UpdateUserPoolCommand,
  type CognitoIdentityProviderClient,
} from "@aws-sdk/client-cognito-identity-provider";
import { emulatorClient, emulatorEnvironment, startEmulator, type RunningEmulator } from "../../tools/emulators";
import { PulumiWorkspace, repoRoot } from "../../tools/pulumiCli";

/** A one-pool program with the given UserPool args (a TypeScript object literal). */
function program(args: string): string {
  return [
    'import { UserPool } from "pulumi-cognito-userpool";',
    `const pool = new UserPool("life", ${args});`,
    "export const userPoolId = pool.id;",
    "",
  ].join("\n");
}

describe("e2e: a pool's life (changes outside Pulumi, removed settings), through the pulumi CLI, against moto", function () {
  let moto: RunningEmulator;
  let client: CognitoIdentityProviderClient;
  let workspace: PulumiWorkspace;

  before(async function () {
    assert.ok(fs.existsSync(path.join(repoRoot, "dist", "sdk", "index.js")), "run `npm run build` first");
    moto = await startEmulator("moto");
    client = emulatorClient(moto);
    workspace = await PulumiWorkspace.forProgram(
      "pool-life",
      program('{ poolName: "life1" }'),
      "e2e",
      emulatorEnvironment(moto),
    );
  });

  after(async function () {
    client?.destroy();
    await moto?.stop();
    workspace?.remove();
  });

  async function live(id: string) {
    return (await client.send(new DescribeUserPoolCommand({ UserPoolId: id }))).UserPool;
  }

  it("deletion protection turned on outside Pulumi stays ACTIVE through an unrelated update", async function () {
    await workspace.up();
    const id = String((await workspace.outputs()).userPoolId);

    // Someone turns deletion protection on with their own client (aws cognito-idp update-user-pool).
    await client.send(new UpdateUserPoolCommand({ UserPoolId: id, DeletionProtection: "ACTIVE" }));
    assert.equal((await live(id))?.DeletionProtection, "ACTIVE");

    workspace.writeProgram(program('{ poolName: "life1", emailVerificationSubject: "Welcome to life1" }'));
    const preview = await workspace.preview();
    assert.match(preview.stdout, /\+ emailVerificationSubject/);
    assert.doesNotMatch(preview.stdout, /deletionProtection/, "an undeclared setting is not the program's business");
    await workspace.up();

    const after = await live(id);
    assert.equal(after?.DeletionProtection, "ACTIVE", "the protection set outside Pulumi was kept");
    assert.equal(after?.EmailVerificationSubject, "Welcome to life1");
    assert.equal(after?.VerificationMessageTemplate?.EmailSubject, "Welcome to life1", "the template follows");
    await workspace.preview(["--expect-no-changes"]);
  });

  it("removing MFA from the program turns it off: preview shows the reset, the pool has TOTP disabled and MFA OFF", async function () {
    const id = String((await workspace.outputs()).userPoolId);
    workspace.writeProgram(
      program(
        '{ poolName: "life1", emailVerificationSubject: "Welcome to life1", mfaConfiguration: "OPTIONAL", softwareTokenMfaConfiguration: { enabled: true } }',
      ),
    );
    await workspace.up();
    const on = await client.send(new GetUserPoolMfaConfigCommand({ UserPoolId: id }));
    assert.equal(on.MfaConfiguration, "OPTIONAL");
    assert.equal(on.SoftwareTokenMfaConfiguration?.Enabled, true);

    workspace.writeProgram(program('{ poolName: "life1", emailVerificationSubject: "Welcome to life1" }'));
    const preview = await workspace.preview();
    assert.match(preview.stdout, /- mfaConfiguration\s*: "OPTIONAL"/);
    assert.match(preview.stdout, /- softwareTokenMfaConfiguration/);
    const said = preview.stdout + preview.stderr;
    assert.match(
      said,
      /mfaConfiguration was removed from the program; `pulumi up` sets it back to Cognito's default \("OFF"\)/,
    );
    assert.match(said, /softwareTokenMfaConfiguration was removed from the program.*\{"Enabled":false\}/);
    await workspace.up();

    const off = await client.send(new GetUserPoolMfaConfigCommand({ UserPoolId: id }));
    assert.equal(off.MfaConfiguration, "OFF");
    assert.equal(off.SoftwareTokenMfaConfiguration?.Enabled, false);
    assert.equal((await live(id))?.DeletionProtection, "ACTIVE", "still protected");
    await workspace.preview(["--expect-no-changes"]);
  });

  it("removing deletionProtection from the program keeps the pool protected, and the preview says why", async function () {
    const id = String((await workspace.outputs()).userPoolId);
    workspace.writeProgram(
      program('{ poolName: "life1", emailVerificationSubject: "Welcome to life1", deletionProtection: "ACTIVE" }'),
    );
    await workspace.up();
    workspace.writeProgram(program('{ poolName: "life1", emailVerificationSubject: "Welcome to life1" }'));
    const preview = await workspace.preview();
    assert.match(
      preview.stdout + preview.stderr,
      /deletionProtection was removed from the program, but the pool keeps its current value: deletion protection is never lowered/,
    );
    await workspace.up();
    assert.equal((await live(id))?.DeletionProtection, "ACTIVE");

    // Cleaning up: the program says INACTIVE, then destroy.
    workspace.writeProgram(
      program('{ poolName: "life1", emailVerificationSubject: "Welcome to life1", deletionProtection: "INACTIVE" }'),
    );
    await workspace.up();
    assert.equal((await live(id))?.DeletionProtection, "INACTIVE");
    await workspace.destroy();
  });
});
