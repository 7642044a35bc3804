import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import {
  CognitoIdentityProviderClient,
  DescribeUserPoolCommand,
  ListUserPoolsCommand,
} from "@aws-sdk/client-cognito-identity-provider";
import { emulatorClient, emulatorEnvironment, startEmulator, type RunningEmulator } from "../../tools/emulators";
import { changeMinimumLengthOutsidePulumi } from "../../tools/outsidePulumi";
import { PulumiWorkspace } from "../../tools/pulumiCli";

const SECRET_MARKER = "e2e-secret-marker-7d41c9";

describe("e2e: examples/reference (the API reference's full example) through the pulumi CLI, against moto", function () {
  let moto: RunningEmulator;
  let workspace: PulumiWorkspace;
  let client: CognitoIdentityProviderClient;
  let id: string;

  before(async function () {
    moto = await startEmulator("moto");
    client = emulatorClient(moto);
    workspace = await PulumiWorkspace.create("reference", "e2e", {
      ...emulatorEnvironment(moto),
      AWS_SECRET_ACCESS_KEY: SECRET_MARKER,
    });
  });

  after(async function () {
    client?.destroy();
    await moto?.stop();
    workspace?.remove();
  });

  it("deploys the example unchanged, then previews no changes", async function () {
    await workspace.up();
    id = String((await workspace.outputs()).userPoolId);
    const live = (await client.send(new DescribeUserPoolCommand({ UserPoolId: id }))).UserPool;
    assert.equal(live?.Name, "my-test-user-pool");
    assert.equal(live?.DeletionProtection, "ACTIVE");
    assert.deepEqual(live?.AliasAttributes, ["email"]);
    await workspace.preview(["--expect-no-changes"]);
  });

  it("keeps credentials out of the state", async function () {
    const exported = await workspace.exportState();
    assert.equal(exported.includes(SECRET_MARKER), false);
    const stateFiles = fs.readdirSync(path.join(workspace.dir, "state"), { recursive: true }) as string[];
    for (const file of stateFiles) {
      const full = path.join(workspace.dir, "state", file);
      if (fs.statSync(full).isFile()) assert.equal(fs.readFileSync(full, "utf8").includes(SECRET_MARKER), false, file);
    }
    assert.doesNotMatch(exported, /127\.0\.0\.1|AWS_ENDPOINT_URL/, "no endpoint in state");
  });

  it("refuses at preview a change that would replace the protected pool, and creates nothing", async function () {
    const original = workspace.readProgram();
    workspace.writeProgram(
      original.replace(
        "usernameConfiguration: { caseSensitive: true }",
        "usernameConfiguration: { caseSensitive: false }",
      ),
    );
    const refused = await workspace.preview([], { allowFailure: true });
    assert.notEqual(refused.code, 0);
    assert.match(
      refused.stdout + refused.stderr,
      /would be replaced, because usernameConfiguration can only be set when a pool is created/,
    );
    assert.match(refused.stdout + refused.stderr, /deletionProtection: "INACTIVE"/);
    assert.equal(occurrences(refused.stdout + refused.stderr, /would be replaced, because usernameConfiguration/g), 1);
    assert.doesNotMatch(refused.stdout + refused.stderr, /UserPoolError: .*UserPoolError/);
    const pools = await client.send(new ListUserPoolsCommand({ MaxResults: 60 }));
    assert.equal(pools.UserPools?.filter((p) => p.Name === "my-test-user-pool").length, 1, "no second pool");
    workspace.writeProgram(original);
  });

  it("updates the password policy in place", async function () {
    workspace.writeProgram(workspace.readProgram().replace("minimumLength: 6,", "minimumLength: 10,"));
    const preview = await workspace.preview();
    assert.match(preview.stdout, /~ .*cognito:UserPool/);
    assert.doesNotMatch(preview.stdout, /\+-|replace/);
    await workspace.up();
    const outputs = await workspace.outputs();
    assert.equal(outputs.userPoolId, id, "same pool");
    assert.equal(outputs.minimumPasswordLength, 10);
    const live = (await client.send(new DescribeUserPoolCommand({ UserPoolId: id }))).UserPool;
    assert.equal(live?.Policies?.PasswordPolicy?.MinimumLength, 10);
    await workspace.preview(["--expect-no-changes"]);
  });

  it("reports an out-of-band change on refresh and undoes it on the next up", async function () {
    await changeMinimumLengthOutsidePulumi(client, id, 12);
    const refresh = await workspace.refresh();
    assert.match(refresh.stdout, /~ .*cognito:UserPool.*updated|1 updated/);
    const refreshed = await workspace.resourceState("cognito:UserPool");
    assert.equal(
      (refreshed.outputs.policies as { passwordPolicy: { minimumLength: number } }).passwordPolicy.minimumLength,
      12,
    );
    const preview = await workspace.preview();
    assert.match(preview.stdout, /minimumLength\s*:\s*12\s*=>\s*10/);
    await workspace.up();
    const live = (await client.send(new DescribeUserPoolCommand({ UserPoolId: id }))).UserPool;
    assert.equal(live?.Policies?.PasswordPolicy?.MinimumLength, 10);
    await workspace.preview(["--expect-no-changes"]);
  });

  it("refuses destroy while deletion protection is ACTIVE, then destroys after it is set INACTIVE with up", async function () {
    const refused = await workspace.destroy({ allowFailure: true });
    assert.notEqual(refused.code, 0);
    assert.match(refused.stdout + refused.stderr, /deletion protection ACTIVE/);
    assert.match(refused.stdout + refused.stderr, /deletionProtection: "INACTIVE"/);
    assert.equal(occurrences(refused.stdout + refused.stderr, /has deletion protection ACTIVE/g), 1);
    assert.doesNotMatch(refused.stdout + refused.stderr, /UserPoolError: .*UserPoolError/);
    const still = await client.send(new DescribeUserPoolCommand({ UserPoolId: id }));
    assert.equal(still.UserPool?.Id, id, "the pool is intact");
    assert.equal((await workspace.outputs()).userPoolId, id, "the state is intact");

    workspace.writeProgram(
      workspace.readProgram().replace('deletionProtection: "ACTIVE"', 'deletionProtection: "INACTIVE"'),
    );
    await workspace.up();
    await workspace.destroy();
    await assert.rejects(
      client.send(new DescribeUserPoolCommand({ UserPoolId: id })),
      (error: Error) => error.name === "ResourceNotFoundException",
    );
  });
});

/**
 * How often the provider's message is reported in the CLI's summary of diagnostics (the
 * non-interactive progress lines echo each diagnostic of a resource as it happens, by design).
 * It was three: the error, and the dynamic provider's log line `Name: message: Name: message`.
 */
function occurrences(text: string, pattern: RegExp): number {
  const start = text.indexOf("Diagnostics:");
  const summary = start === -1 ? text : text.slice(start);
  return summary.match(pattern)?.length ?? 0;
}
