/**
 * Bringing an existing pool under management through the real pulumi CLI, against moto: a pool made
 * directly with the AWS SDK (the API reference's example) with a user in it, a program generated
 * from it by the package's `generate` command, `pulumi up` adopting it (same id, no new pool, the
 * user still there), no changes afterwards, then an in-place update. Also what `opts.import` does
 * with the pinned CLI, and the generator's errors.
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
import {
  emulatorClient,
  emulatorEnvironment,
  emulatorRegion,
  startEmulator,
  type RunningEmulator,
} from "../../tools/emulators";
import { packageCommand, packageTarball } from "../../tools/installedPackage";
import { PulumiWorkspace } from "../../tools/pulumiCli";
import { referenceCreateUserPoolRequest } from "../fixtures/referenceRequest";

const USERNAME = "alice";

describe("e2e: adopting an existing pool with a generated program, through the pulumi CLI, against moto", function () {
  let moto: RunningEmulator;
  let client: CognitoIdentityProviderClient;
  let workspace: PulumiWorkspace;
  let generatedDir: string;
  let id: string;
  let poolCount: number;
  let env: NodeJS.ProcessEnv;

  async function countPools(): Promise<number> {
    return (await client.send(new ListUserPoolsCommand({ MaxResults: 60 }))).UserPools?.length ?? 0;
  }

  async function userStillThere(): Promise<void> {
    const user = await client.send(new AdminGetUserCommand({ UserPoolId: id, Username: USERNAME }));
    assert.equal(user.Username, USERNAME, "the user is still in the pool");
  }

  before(async function () {
    moto = await startEmulator("moto");
    client = emulatorClient(moto);
    const created = await client.send(new CreateUserPoolCommand(referenceCreateUserPoolRequest));
    id = created.UserPool?.Id as string;
    await client.send(new AdminCreateUserCommand({ UserPoolId: id, Username: USERNAME, MessageAction: "SUPPRESS" }));
    poolCount = await countPools();
    env = { ...process.env, ...emulatorEnvironment(moto), AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: "true" };
    generatedDir = fs.mkdtempSync(path.join(os.tmpdir(), "adopt-generated-"));
  });

  after(async function () {
    client?.destroy();
    await moto?.stop();
    workspace?.remove();
    if (generatedDir) fs.rmSync(generatedDir, { recursive: true, force: true });
  });

  it("generates a program declaring the pool, set to adopt it, and a Pulumi.yaml", async function () {
    const out = path.join(generatedDir, "index.ts");
    const tarball = packageTarball();
    const result = await packageCommand(
      [
        "generate",
        ...["--user-pool-id", id, "--region", emulatorRegion, "--endpoint", moto.endpoint, "--out", out],
        ...["--package-spec", tarball],
      ],
      env,
    );
    assert.equal(result.code, 0, result.stderr);
    assert.deepEqual(fs.readdirSync(generatedDir).sort(), ["Pulumi.yaml", "index.ts", "package.json", "tsconfig.json"]);
    const program = fs.readFileSync(out, "utf8");
    assert.match(program, new RegExp(`adoptUserPoolId: "${id}"`));
    assert.match(program, /poolName: "my-test-user-pool"/);
    assert.match(program, /aliasAttributes: \["email"\]/);
    assert.match(program, /minimumLength: 6,/);
    // An object is written whole: AWS does not document what an omitted requirement means inside a
    // declared password policy (provider/defaults.ts), so none is left out.
    for (const flag of ["requireUppercase", "requireLowercase", "requireNumbers", "requireSymbols"]) {
      assert.match(program, new RegExp(`${flag}: true,`));
    }
    assert.doesNotMatch(program, /advancedSecurityMode/, "a setting entirely at Cognito's default is left out");
    assert.match(fs.readFileSync(path.join(generatedDir, "Pulumi.yaml"), "utf8"), /^name: my-test-user-pool$/m);
    const pkg = JSON.parse(fs.readFileSync(path.join(generatedDir, "package.json"), "utf8")) as {
      dependencies: Record<string, string>;
    };
    assert.equal(pkg.dependencies["pulumi-cognito-userpool"], `file:${tarball}`);

    // As the command's next steps say: npm install in the program's folder, into its own node_modules.
    workspace = await PulumiWorkspace.create(generatedDir, "e2e", emulatorEnvironment(moto), { nodeModules: "none" });
    workspace.npmInstall();
    const installed = path.join(workspace.projectDir, "node_modules", "pulumi-cognito-userpool");
    assert.ok(fs.lstatSync(installed).isDirectory() && !fs.lstatSync(installed).isSymbolicLink());
  });

  it("pulumi up adopts the pool: same id, no new pool, the user stays; then preview shows no changes", async function () {
    const up = await workspace.up();
    assert.match(
      up.stdout,
      /Adopting Cognito user pool 'my-test-user-pool' \([^)]+\): its live settings match the declared ones/,
    );
    assert.doesNotMatch(up.stdout, /replac/i);
    const outputs = await workspace.outputs();
    assert.equal(outputs.userPoolId, id, "the adopted pool's id");
    assert.equal(await countPools(), poolCount, "no pool was created");
    await userStillThere();
    const state = await workspace.resourceState("cognito:UserPool");
    assert.equal(state.outputs.adoptUserPoolId, id);
    await workspace.preview(["--expect-no-changes"]);
  });

  it("an unrelated change to the adopted pool leaves its password policy as it was", async function () {
    const before = (await client.send(new DescribeUserPoolCommand({ UserPoolId: id }))).UserPool?.Policies;
    const program = workspace.readProgram();
    assert.match(program, /emailVerificationSubject: "Verify your email address",/);
    workspace.writeProgram(
      program.replace(
        'emailVerificationSubject: "Verify your email address",',
        'emailVerificationSubject: "Please verify your email address",',
      ),
    );
    await workspace.up();
    const live = (await client.send(new DescribeUserPoolCommand({ UserPoolId: id }))).UserPool;
    assert.equal(live?.EmailVerificationSubject, "Please verify your email address");
    assert.deepEqual(live?.Policies?.PasswordPolicy, before?.PasswordPolicy, "the password policy is unchanged");
    assert.deepEqual(
      {
        MinimumLength: live?.Policies?.PasswordPolicy?.MinimumLength,
        RequireUppercase: live?.Policies?.PasswordPolicy?.RequireUppercase,
        RequireLowercase: live?.Policies?.PasswordPolicy?.RequireLowercase,
        RequireNumbers: live?.Policies?.PasswordPolicy?.RequireNumbers,
        RequireSymbols: live?.Policies?.PasswordPolicy?.RequireSymbols,
      },
      { MinimumLength: 6, RequireUppercase: true, RequireLowercase: true, RequireNumbers: true, RequireSymbols: true },
    );
    await workspace.preview(["--expect-no-changes"]);
  });

  it("a setting changed in the generated program is updated in place", async function () {
    const program = workspace.readProgram();
    assert.match(program, /minimumLength: 6,/);
    workspace.writeProgram(program.replace("minimumLength: 6,", "minimumLength: 10,"));
    const preview = await workspace.preview();
    assert.match(preview.stdout, /~ .*cognito:UserPool/);
    assert.doesNotMatch(preview.stdout, /\+-|replace/);
    await workspace.up();
    assert.equal((await workspace.outputs()).userPoolId, id, "same pool");
    const live = (await client.send(new DescribeUserPoolCommand({ UserPoolId: id }))).UserPool;
    assert.equal(live?.Policies?.PasswordPolicy?.MinimumLength, 10);
    assert.equal(await countPools(), poolCount);
    await userStillThere();
    await workspace.preview(["--expect-no-changes"]);
  });

  it("refuses to adopt a pool that does not exist, creating nothing", async function () {
    const program = workspace.readProgram();
    try {
      workspace.writeProgram(
        `${program}\nnew UserPool("missing", { poolName: "missing", adoptUserPoolId: "${emulatorRegion}_DoesNotExist1" });\n`,
      );
      const up = await workspace.up({ allowFailure: true });
      assert.notEqual(up.code, 0);
      assert.match(
        up.stdout + up.stderr,
        new RegExp(
          `Cannot adopt Cognito user pool ${emulatorRegion}_DoesNotExist1: there is no such pool in region ${emulatorRegion}`,
        ),
      );
      assert.equal(await countPools(), poolCount);
    } finally {
      workspace.writeProgram(program);
    }
    await workspace.preview(["--expect-no-changes"]);
  });

  it("records what opts.import does with the pinned CLI: the engine's import read reaches the dynamic provider without __provider", async function () {
    // Pulumi issue 16175: for a dynamic resource the engine's Read on import carries no inputs, so
    // the dynamic-provider plugin cannot load the serialised provider. Adoption uses adoptUserPoolId.
    const program = workspace.readProgram();
    try {
      workspace.writeProgram(
        `${program}\nnew UserPool("imported", { poolName: "my-test-user-pool" }, { import: "${id}" });\n`,
      );
      const preview = await workspace.preview([], { allowFailure: true });
      assert.notEqual(preview.code, 0);
      assert.match(preview.stdout + preview.stderr, /code must be a string, not undefined/);
    } finally {
      workspace.writeProgram(program);
    }
  });

  it("deleting the adopted pool follows the normal rules: refused while deletion protection is ACTIVE", async function () {
    const refused = await workspace.destroy({ allowFailure: true });
    assert.notEqual(refused.code, 0);
    assert.match(refused.stdout + refused.stderr, /deletion protection ACTIVE/);
    assert.equal((await workspace.outputs()).userPoolId, id, "the state is intact");
    await userStillThere();
  });

  it("the generator says clearly when the pool does not exist, or there are no credentials", async function () {
    const missing = await packageCommand(
      ["generate", "--user-pool-id", `${emulatorRegion}_DoesNotExist1`, "--endpoint", moto.endpoint],
      env,
    );
    assert.equal(missing.code, 1);
    assert.match(
      missing.stderr,
      new RegExp(`error: No user pool ${emulatorRegion}_DoesNotExist1 in region ${emulatorRegion} at ${moto.endpoint}`),
    );

    const noCredentials: NodeJS.ProcessEnv = {
      ...env,
      AWS_EC2_METADATA_DISABLED: "true",
      AWS_CONFIG_FILE: path.join(generatedDir, "no-config"),
      AWS_SHARED_CREDENTIALS_FILE: path.join(generatedDir, "no-credentials"),
    };
    for (const key of [
      "AWS_ACCESS_KEY_ID",
      "AWS_SECRET_ACCESS_KEY",
      "AWS_SESSION_TOKEN",
      "AWS_PROFILE",
      "AWS_CONTAINER_CREDENTIALS_FULL_URI",
      "AWS_CONTAINER_CREDENTIALS_RELATIVE_URI",
      "AWS_WEB_IDENTITY_TOKEN_FILE",
    ]) {
      delete noCredentials[key];
    }
    const anonymous = await packageCommand(
      ["generate", "--user-pool-id", id, "--endpoint", moto.endpoint],
      noCredentials,
    );
    assert.equal(anonymous.code, 1);
    assert.match(anonymous.stderr, /error: No AWS credentials found to call DescribeUserPool/);

    const wrongRegion = await packageCommand(
      ["generate", "--user-pool-id", id, "--region", "eu-west-1", "--endpoint", moto.endpoint],
      env,
    );
    assert.equal(wrongRegion.code, 1);
    assert.match(
      wrongRegion.stderr,
      /is in region us-east-1 \(its id says so\), but the region from --region is eu-west-1/,
    );
  });
});
