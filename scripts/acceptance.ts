/**
 * `npm run test:aws`: the acceptance tier against the AWS account of the standard credential chain.
 *
 * Refuses (exit 2, nothing created) without COGNITO_ACCEPTANCE=1 or without an identity from STS;
 * prints the account and region, counts the region's pools, runs tests/acceptance through mocha in
 * a child process, then, however that ended (passed, failed, crashed, interrupted with Ctrl-C or
 * SIGTERM), deletes every pool tagged with this run's id (protection lowered first), prints each,
 * and fails unless the region holds as many pools as before. Extra arguments go to mocha
 * (`npm run test:aws -- --grep tiers`). docs/acceptance.md has the permissions and the cost.
 */
import { spawn } from "node:child_process";
import * as path from "node:path";
import { CognitoIdentityProviderClient } from "@aws-sdk/client-cognito-identity-provider";
import { AcceptanceRefused, acceptanceIdentity } from "../tools/acceptance/identity";
import { deleteRunPools, listPools } from "../tools/acceptance/pools";
import { RUN_ID_VARIABLE, newRunId } from "../tools/acceptance/run";

const repoRoot = path.resolve(__dirname, "..");
/** Pools made by this run were created after it started; this allows for clock skew. */
const CLOCK_SKEW_MS = 10 * 60 * 1000;

async function main(): Promise<number> {
  let identity;
  try {
    identity = await acceptanceIdentity(process.env);
  } catch (error) {
    if (error instanceof AcceptanceRefused) {
      process.stderr.write(`test:aws refused: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
  const runId = newRunId();
  const endpoint = process.env.AWS_ENDPOINT_URL_COGNITO_IDENTITY_PROVIDER ?? process.env.AWS_ENDPOINT_URL;
  log(
    `run ${runId}: account ${identity.account} (${identity.arn}), region ${identity.region}` +
      (endpoint ? `, endpoint ${endpoint}` : ""),
  );
  const client = new CognitoIdentityProviderClient({ maxAttempts: 8 });
  const started = Date.now();
  const before = (await listPools(client)).length;
  log(`${before} user pool(s) in ${identity.region} before the run`);

  const { code: testCode, interrupted } = await runMocha(runId, process.argv.slice(2));

  const leftovers = await deleteRunPools(client, runId, new Date(started - CLOCK_SKEW_MS), log);
  const after = (await listPools(client)).length;
  log(`${after} user pool(s) in ${identity.region} after the run (${before} before)`);
  client.destroy();
  log(`took ${Math.round((Date.now() - started) / 1000)}s`);
  if (leftovers > 0 || after !== before) {
    process.stderr.write(
      `test:aws: ${leftovers} pool(s) of run ${runId} could not be deleted, or the pool count changed ` +
        `(${before} -> ${after}); run \`npm run sweep:aws -- --older-than 0s --yes\` to retry.\n`,
    );
    return 1;
  }
  if (interrupted) return 130;
  return testCode;
}

function log(line: string): void {
  process.stdout.write(`[test:aws] ${line}\n`);
}

/**
 * Mocha in its own process group, so that on an interrupt the whole group (mocha and every pulumi
 * it started) is stopped before cleanup lists the pools: nothing can create a pool after that.
 */
function runMocha(runId: string, extraArgs: string[]): Promise<{ code: number; interrupted: boolean }> {
  const mocha = path.join(repoRoot, "node_modules", ".bin", "mocha");
  const child = spawn(mocha, ["--config", path.join(repoRoot, ".mocharc.acceptance.json"), ...extraArgs], {
    cwd: repoRoot,
    stdio: "inherit",
    detached: true,
    env: { ...process.env, [RUN_ID_VARIABLE]: runId },
  });
  let interrupted = false;
  const stopGroup = (signal: NodeJS.Signals): void => {
    try {
      if (child.pid !== undefined) process.kill(-child.pid, signal);
    } catch {
      // the group is gone already
    }
  };
  const onSignal = (signal: NodeJS.Signals): void => {
    if (!interrupted) log(`${signal}: stopping the tests, then deleting this run's pools (wait for it)`);
    interrupted = true;
    stopGroup("SIGINT");
    setTimeout(() => stopGroup("SIGKILL"), 30_000).unref();
  };
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) process.on(signal, onSignal);
  return new Promise((resolve) => {
    child.once("exit", (code, signal) => {
      stopGroup("SIGKILL"); // any pulumi the tests left running
      resolve({ code: code ?? (signal ? 1 : 0), interrupted });
    });
  });
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`test:aws failed: ${error instanceof Error ? error.stack : String(error)}\n`);
    process.exit(1);
  },
);
