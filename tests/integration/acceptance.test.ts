/**
 * The acceptance tier's runner (`npm run test:aws`) and sweeper (`npm run sweep:aws`) as processes,
 * against moto reached the way the tier reaches any endpoint (AWS_ENDPOINT_URL): the runner refuses
 * without the opt-in or an identity and creates nothing; interrupted with SIGINT mid-test it still
 * deletes the protected pool the test made and prints it; the sweeper lists without --yes, deletes
 * with it, and never touches an untagged pool or a young one. Moto deletes protected pools anyway
 * (DESIGN.md, emulator gaps), so that protection is lowered first is proven in tests/unit/acceptance.test.ts.
 */
import * as assert from "node:assert/strict";
import { spawn } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import {
  CreateUserPoolCommand,
  DescribeUserPoolCommand,
  type CognitoIdentityProviderClient,
} from "@aws-sdk/client-cognito-identity-provider";
import { listPools } from "../../tools/acceptance/pools";
import { ACCEPTANCE_TAG_KEY } from "../../tools/acceptance/run";
import {
  emulatorClient,
  emulatorCredentials,
  emulatorRegion,
  startEmulator,
  type RunningEmulator,
} from "../../tools/emulators";
import { repoRoot } from "../../tools/pulumiCli";

interface Finished {
  code: number | null;
  stdout: string;
  stderr: string;
}

const tsx = path.join(repoRoot, "node_modules", ".bin", "tsx");

describe("integration: the acceptance runner and sweeper as processes, against moto through AWS_ENDPOINT_URL", function () {
  let moto: RunningEmulator;
  let client: CognitoIdentityProviderClient;
  let env: NodeJS.ProcessEnv;
  let noConfig: string;

  before(async function () {
    moto = await startEmulator("moto");
    client = emulatorClient(moto);
    noConfig = fs.mkdtempSync(path.join(os.tmpdir(), "acceptance-no-config-"));
    env = {
      ...process.env,
      AWS_ENDPOINT_URL: moto.endpoint,
      AWS_REGION: emulatorRegion,
      AWS_ACCESS_KEY_ID: emulatorCredentials.accessKeyId,
      AWS_SECRET_ACCESS_KEY: emulatorCredentials.secretAccessKey,
      AWS_CONFIG_FILE: path.join(noConfig, "config"),
      AWS_SHARED_CREDENTIALS_FILE: path.join(noConfig, "credentials"),
      AWS_EC2_METADATA_DISABLED: "true",
    };
    for (const name of [
      "COGNITO_ACCEPTANCE",
      "AWS_PROFILE",
      "AWS_SESSION_TOKEN",
      "AWS_ENDPOINT_URL_COGNITO_IDENTITY_PROVIDER",
    ]) {
      delete env[name];
    }
  });

  after(async function () {
    client?.destroy();
    await moto?.stop();
    if (noConfig) fs.rmSync(noConfig, { recursive: true, force: true });
  });

  /** Runs `tsx script args`; `onOutput` sees stdout as it comes (and may signal the child). */
  function runScript(
    script: string,
    args: string[],
    scriptEnv: NodeJS.ProcessEnv,
    onOutput?: (stdout: string, pid: number) => void,
  ): Promise<Finished> {
    return new Promise((resolve) => {
      const child = spawn(tsx, [path.join(repoRoot, "scripts", script), ...args], { env: scriptEnv, cwd: repoRoot });
      let stdout = "";
      let stderr = "";
      child.stdout.on("data", (chunk: Buffer) => {
        stdout += chunk.toString();
        if (child.pid !== undefined) onOutput?.(stdout, child.pid);
      });
      child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
      child.once("exit", (code) => resolve({ code, stdout, stderr }));
    });
  }

  async function tagged(name: string, tags: Record<string, string>): Promise<string> {
    const created = await client.send(
      new CreateUserPoolCommand({ PoolName: name, UserPoolTags: tags, DeletionProtection: "ACTIVE" }),
    );
    return created.UserPool?.Id as string;
  }

  const exists = async (id: string): Promise<boolean> =>
    client.send(new DescribeUserPoolCommand({ UserPoolId: id })).then(
      () => true,
      (error: Error) => {
        if (error.name === "ResourceNotFoundException") return false;
        throw error;
      },
    );

  it("test:aws refuses without COGNITO_ACCEPTANCE=1: exit 2, says how to opt in, creates nothing", async function () {
    const before = (await listPools(client)).length;
    const result = await runScript("acceptance.ts", [], env);
    assert.equal(result.code, 2);
    assert.match(result.stderr, /test:aws refused: .*set COGNITO_ACCEPTANCE=1/);
    assert.doesNotMatch(result.stdout, /\[test:aws\] run /, "no run started");
    assert.equal((await listPools(client)).length, before);
  });

  it("test:aws refuses when the chain yields no credentials, naming STS GetCallerIdentity", async function () {
    const anonymous: NodeJS.ProcessEnv = { ...env, COGNITO_ACCEPTANCE: "1" };
    delete anonymous.AWS_ACCESS_KEY_ID;
    delete anonymous.AWS_SECRET_ACCESS_KEY;
    const result = await runScript("acceptance.ts", [], anonymous);
    assert.equal(result.code, 2);
    assert.match(result.stderr, /credential chain yields no identity \(STS GetCallerIdentity in us-east-1 failed/);
  });

  it("interrupted mid-test (SIGINT), test:aws still deletes the protected pool the test made and prints it", async function () {
    const bystander = await tagged("bystander", { [ACCEPTANCE_TAG_KEY]: "acc-another-run" });
    const before = (await listPools(client)).length;
    let signalled = false;
    const fixture = path.join(repoRoot, "tests", "fixtures", "acceptance", "interrupted.ts");
    const result = await runScript(
      "acceptance.ts",
      [fixture, "--grep", "acceptance fixture: an interrupted run"],
      { ...env, COGNITO_ACCEPTANCE: "1" },
      (stdout, pid) => {
        if (!signalled && /fixture created \S+/.test(stdout)) {
          signalled = true;
          process.kill(pid, "SIGINT");
        }
      },
    );
    const created = /fixture created (\S+)/.exec(result.stdout)?.[1];
    assert.ok(created, result.stdout + result.stderr);
    assert.match(
      result.stdout,
      /\[test:aws\] run acc-\S+: account 123456789012 \(arn:aws:sts::123456789012:user\/moto\), region us-east-1, endpoint http:\/\/127\.0\.0\.1:\d+/,
    );
    assert.match(result.stdout, new RegExp(`cleanup: deleted ${created} \\(acc-\\S+-interrupted\\)`));
    assert.equal(result.code, 130, result.stdout + result.stderr);
    assert.equal(await exists(created), false);
    assert.equal(await exists(bystander), true, "another run's pool is left alone");
    assert.equal((await listPools(client)).length, before);
  });

  it("sweep:aws lists old tagged pools without --yes, deletes them with it, and leaves untagged and young ones", async function () {
    const old = await tagged("old-acceptance", { [ACCEPTANCE_TAG_KEY]: "acc-old" });
    const untagged = await tagged("someone-elses", { team: "payments" });
    // The young pool must stay under --older-than through two script runs (each a few seconds on a
    // loaded machine: a 2 s threshold was crossed in CI), so the threshold is wide and the wait longer.
    await new Promise((resolve) => setTimeout(resolve, 21_000));
    const young = await tagged("young-acceptance", { [ACCEPTANCE_TAG_KEY]: "acc-young" });

    const dryRun = await runScript("sweep-aws.ts", ["--older-than", "20s"], env);
    assert.equal(dryRun.code, 0, dryRun.stderr);
    assert.match(dryRun.stdout, new RegExp(`would delete \\(dry run; --yes deletes\\) ${old} old-acceptance`));
    assert.doesNotMatch(dryRun.stdout, new RegExp(`${untagged}|${young}`));
    assert.equal(await exists(old), true, "a dry run deletes nothing");

    const swept = await runScript("sweep-aws.ts", ["--older-than", "20s", "--yes"], env);
    assert.equal(swept.code, 0, swept.stderr);
    assert.match(swept.stdout, new RegExp(`deleting ${old} old-acceptance \\(run acc-old`));
    assert.equal(await exists(old), false);
    assert.equal(await exists(untagged), true, "an untagged pool is never touched");
    assert.equal(await exists(young), true, "a pool younger than --older-than is spared");

    const missing = await runScript("sweep-aws.ts", ["--yes"], env);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /--older-than is required/);
  });
});
