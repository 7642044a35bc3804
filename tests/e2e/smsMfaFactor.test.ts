/**
 * Issue 17, defect 3, through the real pulumi CLI against moto: a pool that sends SMS (for
 * verification) but offers only TOTP as its second factor, as CloudFormation's EnabledMfas and the
 * CDK's `mfaSecondFactor: { sms: false, otp: true }` express it. The SMS factor is
 * smsMfaConfiguration, as SetUserPoolMfaConfig's request has it
 * (https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_SetUserPoolMfaConfig.html).
 */
import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import {
  GetUserPoolMfaConfigCommand,
  type CognitoIdentityProviderClient,
} from "@aws-sdk/client-cognito-identity-provider";
import { emulatorClient, emulatorEnvironment, startEmulator, type RunningEmulator } from "../../tools/emulators";
import { PulumiWorkspace, repoRoot } from "../../tools/pulumiCli";

function program(args: string): string {
  return [
    'import { UserPool } from "pulumi-cognito-userpool";',
    `const pool = new UserPool("sms", ${args});`,
    "export const userPoolId = pool.id;",
    "",
  ].join("\n");
}

const TOTP_AND_SMS_CONFIG =
  'poolName: "sms1", mfaConfiguration: "ON", softwareTokenMfaConfiguration: { enabled: true }, ' +
  'smsConfiguration: { snsCallerArn: "arn:aws:iam::123456789012:role/cognito-sms", externalId: "ext-1" }';

describe("e2e: the SMS MFA factor apart from smsConfiguration, through the pulumi CLI, against moto", function () {
  let moto: RunningEmulator;
  let client: CognitoIdentityProviderClient;
  let workspace: PulumiWorkspace;

  before(async function () {
    assert.ok(fs.existsSync(path.join(repoRoot, "dist", "sdk", "index.js")), "run `npm run build` first");
    moto = await startEmulator("moto");
    client = emulatorClient(moto);
    workspace = await PulumiWorkspace.forProgram(
      "sms-mfa-factor",
      program(`{ ${TOTP_AND_SMS_CONFIG} }`),
      "e2e",
      emulatorEnvironment(moto),
    );
  });

  after(async function () {
    if (workspace) await workspace.destroy({ allowFailure: true });
    client?.destroy();
    await moto?.stop();
    workspace?.remove();
  });

  const mfa = async (id: string) => client.send(new GetUserPoolMfaConfigCommand({ UserPoolId: id }));

  it("MFA ON with TOTP and an smsConfiguration, no SMS factor declared: TOTP only, no SmsMfaConfiguration", async function () {
    await workspace.up();
    const id = String((await workspace.outputs()).userPoolId);
    const config = await mfa(id);
    assert.equal(config.MfaConfiguration, "ON");
    assert.equal(config.SoftwareTokenMfaConfiguration?.Enabled, true);
    assert.equal(config.SmsMfaConfiguration, undefined, "SMS is for verification only");
    await workspace.preview(["--expect-no-changes"]);
  });

  it("declaring smsMfaConfiguration turns the SMS factor on with the pool's SMS settings; removing it turns it off", async function () {
    const id = String((await workspace.outputs()).userPoolId);
    workspace.writeProgram(program(`{ ${TOTP_AND_SMS_CONFIG}, smsMfaConfiguration: {} }`));
    await workspace.up();
    const on = await mfa(id);
    assert.equal(on.SmsMfaConfiguration?.SmsConfiguration?.SnsCallerArn, "arn:aws:iam::123456789012:role/cognito-sms");
    await workspace.preview(["--expect-no-changes"]);

    workspace.writeProgram(program(`{ ${TOTP_AND_SMS_CONFIG} }`));
    await workspace.up();
    const off = await mfa(id);
    assert.equal(off.SmsMfaConfiguration, undefined);
    assert.equal(off.SoftwareTokenMfaConfiguration?.Enabled, true);
    await workspace.preview(["--expect-no-changes"]);
  });
});
