/**
 * The resource plugin through the real pulumi CLI, against moto: the plugin installed as users
 * install it (`pulumi plugin install resource cognito-userpool <version> --file <tarball>`), its
 * schema from `pulumi package get-schema`, and examples/yaml-reference (the API reference's full
 * example as a Pulumi YAML program) deployed through it: no changes on the next preview, an
 * in-place change, a secret kept secret, and a destroy refused while deletion protection is ACTIVE.
 * The plugin reaches moto through stack config (cognito-userpool:endpoint/region), not the
 * environment, so Configure is exercised too.
 */
import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import {
  CognitoIdentityProviderClient,
  DescribeUserPoolCommand,
  ListUserPoolsCommand,
} from "@aws-sdk/client-cognito-identity-provider";
import {
  emulatorClient,
  emulatorEnvironment,
  emulatorRegion,
  startEmulator,
  type RunningEmulator,
} from "../../tools/emulators";
import { OWNER_TAG_KEY } from "../../provider/ownership";
import { pluginInstallArgs, sharedPluginTarball } from "../../tools/pluginPackage";
import { PulumiWorkspace, repoRoot } from "../../tools/pulumiCli";

describe("e2e: the resource plugin, installed from its tarball, running examples/yaml-reference (Pulumi YAML) against moto", function () {
  let moto: RunningEmulator;
  let client: CognitoIdentityProviderClient;
  let workspace: PulumiWorkspace;
  let id: string;

  const programFile = (): string => path.join(workspace.projectDir, "Pulumi.yaml");
  const editProgram = (from: string, to: string): void => {
    const text = fs.readFileSync(programFile(), "utf8");
    assert.ok(text.includes(from), `the program contains ${from}`);
    fs.writeFileSync(programFile(), text.replace(from, to));
  };
  const describePool = async () => (await client.send(new DescribeUserPoolCommand({ UserPoolId: id }))).UserPool;
  const poolCount = async () => (await client.send(new ListUserPoolsCommand({ MaxResults: 60 }))).UserPools?.length;

  before(async function () {
    moto = await startEmulator("moto");
    client = emulatorClient(moto);
    const tarball = await sharedPluginTarball();
    const { AWS_ENDPOINT_URL_COGNITO_IDENTITY_PROVIDER: endpoint, ...credentials } = emulatorEnvironment(moto);
    workspace = await PulumiWorkspace.create("yaml-reference", "e2e", { ...credentials, AWS_REGION: "eu-west-3" });
    await workspace.run(pluginInstallArgs(tarball));
    await workspace.setConfig("cognito-userpool:endpoint", endpoint);
    await workspace.setConfig("cognito-userpool:region", emulatorRegion);
  });

  after(async function () {
    client?.destroy();
    await moto?.stop();
    workspace?.remove();
  });

  it("`pulumi package get-schema cognito-userpool` returns the committed schema", async function () {
    const result = await workspace.run(["package", "get-schema", "cognito-userpool"]);
    const committed = JSON.parse(fs.readFileSync(path.join(repoRoot, "plugin", "schema.json"), "utf8")) as unknown;
    assert.deepEqual(JSON.parse(result.stdout), committed);
  });

  it("deploys the API reference's full example through the plugin, then previews no changes", async function () {
    const before = await poolCount();
    await workspace.up();
    id = String((await workspace.outputs()).userPoolId);
    assert.match(id, /^us-east-1_/, "the pool is in the region from cognito-userpool:region, not AWS_REGION");
    assert.equal(await poolCount(), (before ?? 0) + 1);
    const live = await describePool();
    assert.equal(live?.Name, "my-test-user-pool");
    assert.equal(live?.DeletionProtection, "ACTIVE");
    assert.deepEqual(live?.AliasAttributes, ["email"]);
    assert.equal(live?.Policies?.PasswordPolicy?.MinimumLength, 6);
    assert.equal(live?.SmsConfiguration?.ExternalId, "my-role-external-id");
    const state = JSON.parse(await workspace.exportState()) as { deployment: { resources: Array<{ urn: string }> } };
    const urn = state.deployment.resources.find((r) => r.urn.includes("::cognito-userpool:index:UserPool::"))?.urn;
    assert.ok(urn !== undefined);
    assert.equal(live?.UserPoolTags?.[OWNER_TAG_KEY], urn, "the pool names the resource that made it (for `orphans`)");
    assert.equal((await workspace.outputs()).minimumPasswordLength, 6);
    const preview = await workspace.preview(["--expect-no-changes"]);
    assert.doesNotMatch(preview.stdout, /[~+-]\s*cognito-userpool:index:UserPool/);
  });

  it("keeps the value marked secret (fn::secret) encrypted in the state and hidden in output", async function () {
    const state = (await workspace.run(["stack", "export"])).stdout;
    assert.doesNotMatch(state, /my-role-external-id/, "the secret is not in the state in plain text");
    const resource = await workspace.resourceState(":index:UserPool");
    const smsConfiguration = resource.outputs.smsConfiguration as Record<string, unknown>;
    assert.equal(smsConfiguration["4dabf18193072939515e22adb298388d"], "1b47061264138c4ac30d75fd1eb44270");
    const preview = await workspace.preview();
    assert.doesNotMatch(preview.stdout + preview.stderr, /my-role-external-id/);
  });

  it("applies a change in place: same pool, new setting, then no changes", async function () {
    editProgram("minimumLength: 6", "minimumLength: 10");
    const preview = await workspace.preview();
    assert.match(preview.stdout, /~ cognito-userpool:index:UserPool/);
    assert.doesNotMatch(preview.stdout, /\+-\s*cognito-userpool:index:UserPool/, "no replacement");
    await workspace.up();
    assert.equal(String((await workspace.outputs()).userPoolId), id, "same pool");
    assert.equal((await describePool())?.Policies?.PasswordPolicy?.MinimumLength, 10);
    await workspace.preview(["--expect-no-changes"]);
  });

  it("refuses to destroy the pool while deletion protection is ACTIVE; destroys it once INACTIVE", async function () {
    const refused = await workspace.destroy({ allowFailure: true });
    assert.notEqual(refused.code, 0);
    assert.match(refused.stdout + refused.stderr, /deletion protection ACTIVE/);
    assert.equal((await describePool())?.Id, id, "the pool is still there");
    await workspace.resourceState(":index:UserPool"); // still in the stack

    editProgram("deletionProtection: ACTIVE", "deletionProtection: INACTIVE");
    await workspace.up();
    await workspace.destroy();
    await assert.rejects(describePool(), /ResourceNotFoundException|not exist/i);
  });
});
