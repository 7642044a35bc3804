/**
 * Acceptance: a pool's life through the pulumi CLI (the dynamic resource from the tarball), against
 * the account and region of the AWS chain: an update in place, drift made with the SDK and
 * restored, a setting removed, an MFA factor removed, a custom attribute added with a user kept, a
 * replacement refused while the pool is protected, destroy refused, then destroy once INACTIVE.
 * The one user is made with AdminCreateUser (no message sent) on an ESSENTIALS pool and never
 * signs in, so it is no monthly active user.
 */
import * as assert from "node:assert/strict";
import {
  AdminCreateUserCommand,
  AdminGetUserCommand,
  GetUserPoolMfaConfigCommand,
  type CognitoIdentityProviderClient,
} from "@aws-sdk/client-cognito-identity-provider";
import { changeMinimumLengthOutsidePulumi } from "../../tools/outsidePulumi";
import { PulumiWorkspace } from "../../tools/pulumiCli";
import { chainClient, countPools, currentRun, describePool } from "../support/acceptance";

const USERNAME = "acceptance-user";

describe("acceptance: a pool's life, through the pulumi CLI", function () {
  const run = currentRun();
  let client: CognitoIdentityProviderClient;
  let workspace: PulumiWorkspace;
  let id: string;
  let poolsBefore: number;

  /** The program: one protected pool whose other settings are `settings` (TypeScript members). */
  const program = (settings: string[], protection = "ACTIVE"): string =>
    [
      'import { UserPool } from "pulumi-cognito-userpool";',
      'const pool = new UserPool("life", {',
      `  poolName: ${JSON.stringify(run.poolName("life"))},`,
      `  userPoolTags: ${JSON.stringify(run.tags())},`,
      "  usernameConfiguration: { caseSensitive: true },",
      `  deletionProtection: "${protection}",`,
      ...settings.map((setting) => `  ${setting},`),
      "});",
      "export const userPoolId = pool.id;",
      "",
    ].join("\n");
  const password = (length: number): string =>
    `policies: { passwordPolicy: { minimumLength: ${length}, requireLowercase: true, requireNumbers: true, requireSymbols: true, requireUppercase: true, temporaryPasswordValidityDays: 7 } }`;
  const subject = 'emailVerificationSubject: "Verify your address"';
  const mfa = ['mfaConfiguration: "OPTIONAL"', "softwareTokenMfaConfiguration: { enabled: true }"];
  const customAttribute = 'schema: [{ name: "tenant", attributeDataType: "String", mutable: true }]';

  before(async function () {
    client = chainClient();
    poolsBefore = await countPools(client);
    workspace = await PulumiWorkspace.forProgram(
      "acceptance-life",
      program([password(8), subject, ...mfa]),
      "acceptance",
      {},
    );
  });

  after(async function () {
    client?.destroy();
    workspace?.remove();
  });

  it("creates the pool, then updates it in place", async function () {
    await workspace.up();
    id = String((await workspace.outputs()).userPoolId);
    workspace.writeProgram(program([password(10), subject, ...mfa]));
    const preview = await workspace.preview();
    assert.doesNotMatch(preview.stdout, /\+-|replace/);
    await workspace.up();
    assert.equal(String((await workspace.outputs()).userPoolId), id, "same pool");
    assert.equal((await describePool(client, id)).Policies?.PasswordPolicy?.MinimumLength, 10);
  });

  it("reports drift made with the SDK on refresh and restores the declared value on up", async function () {
    await changeMinimumLengthOutsidePulumi(client, id, 12);
    await workspace.refresh();
    const preview = await workspace.preview();
    assert.match(preview.stdout, /minimumLength\s*:\s*12\s*=>\s*10/);
    await workspace.up();
    assert.equal((await describePool(client, id)).Policies?.PasswordPolicy?.MinimumLength, 10);
    await workspace.preview(["--expect-no-changes"]);
  });

  it("removes a setting, and an MFA factor (with MFA itself), when the program drops them", async function () {
    const before = await describePool(client, id);
    assert.equal(before.EmailVerificationSubject, "Verify your address");
    assert.equal((await client.send(new GetUserPoolMfaConfigCommand({ UserPoolId: id }))).MfaConfiguration, "OPTIONAL");
    workspace.writeProgram(program([password(10)]));
    await workspace.up();
    const after = await describePool(client, id);
    assert.notEqual(after.EmailVerificationSubject, "Verify your address");
    const mfaAfter = await client.send(new GetUserPoolMfaConfigCommand({ UserPoolId: id }));
    assert.equal(mfaAfter.MfaConfiguration, "OFF");
    assert.notEqual(mfaAfter.SoftwareTokenMfaConfiguration?.Enabled, true, "TOTP is off");
    await workspace.preview(["--expect-no-changes"]);
  });

  it("adds a custom attribute in place, keeping the pool's user", async function () {
    await client.send(new AdminCreateUserCommand({ UserPoolId: id, Username: USERNAME, MessageAction: "SUPPRESS" }));
    workspace.writeProgram(program([password(10), customAttribute]));
    await workspace.up();
    assert.equal(String((await workspace.outputs()).userPoolId), id, "same pool");
    const live = await describePool(client, id);
    assert.ok(
      live.SchemaAttributes?.some((a) => a.Name === "custom:tenant"),
      "custom:tenant was added",
    );
    const user = await client.send(new AdminGetUserCommand({ UserPoolId: id, Username: USERNAME }));
    assert.equal(user.Username, USERNAME, "the user is still there");
  });

  it("refuses at preview a replacement of the protected pool, creating nothing", async function () {
    workspace.writeProgram(
      program([password(10), customAttribute]).replace("caseSensitive: true", "caseSensitive: false"),
    );
    const refused = await workspace.preview([], { allowFailure: true });
    assert.notEqual(refused.code, 0);
    assert.match(refused.stdout + refused.stderr, /would be replaced, because usernameConfiguration/);
    assert.equal(await countPools(client), poolsBefore + 1, "no second pool");
    workspace.writeProgram(program([password(10), customAttribute]));
  });

  it("refuses destroy while protected, keeping pool and state; destroys once the program says INACTIVE", async function () {
    const refused = await workspace.destroy({ allowFailure: true });
    assert.notEqual(refused.code, 0);
    assert.match(refused.stdout + refused.stderr, /deletion protection ACTIVE/);
    assert.equal((await describePool(client, id)).Id, id);
    assert.equal(String((await workspace.outputs()).userPoolId), id);
    workspace.writeProgram(program([password(10), customAttribute], "INACTIVE"));
    await workspace.up();
    await workspace.destroy();
    assert.equal(await countPools(client), poolsBefore);
  });
});
