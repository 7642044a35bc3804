/**
 * `npm start`: deploys the root Pulumi.yaml stack (stack/index.ts) with the CognitoGuard policy
 * pack enforced, and prints its outputs and the policy result.
 * By default to cognito-local on loopback, its data kept in .cognito-local/ so a second run
 * reports no changes; with `--aws` (or COGNITO_TARGET=aws) to real AWS with the standard
 * AWS credentials and region. State lives in .pulumi-state/ (local file backend).
 * START_STATE_DIR moves both folders elsewhere (the tests' own copy).
 */
import { execFileSync, spawn, spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { emulatorEnvironment, startEmulator, type RunningEmulator } from "../tools/emulators";
import { cliPath, repoRoot } from "../tools/pulumiCli";

const toAws = process.argv.includes("--aws") || process.env.COGNITO_TARGET === "aws";
const stack = toAws ? "aws" : "local";
const policyPack = path.join(repoRoot, "policy-packs", "cognito-guard");
const stateRoot = process.env.START_STATE_DIR ?? repoRoot;

function log(line: string): void {
  process.stderr.write(`[start] ${line}\n`);
}

/** Runs `pulumi ARGS`, its output shown as it comes and also returned. */
function pulumiShown(args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn("pulumi", [...args, "--non-interactive"], {
      cwd: repoRoot,
      env,
      stdio: ["ignore", "pipe", "inherit"],
    });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => {
      process.stdout.write(chunk);
      output += chunk.toString();
    });
    child.on("error", reject);
    child.on("close", (code) => resolve({ code: code ?? 1, output }));
  });
}

/** The last "Policies:" section of a pulumi update's output: the pack's verdict and any violations. */
function policyResult(output: string): string {
  const sections = output.split(/\n(?=Policies:\n)/);
  const last = sections.length > 1 ? sections[sections.length - 1] : "";
  return last.split(/\n\s*\n/)[0].trim() || "(no policy section in pulumi's output)";
}

async function main(): Promise<number> {
  const stateDir = path.join(stateRoot, ".pulumi-state");
  fs.mkdirSync(stateDir, { recursive: true });
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PATH: cliPath(),
    PULUMI_BACKEND_URL: process.env.PULUMI_BACKEND_URL ?? `file://${stateDir}`,
    PULUMI_CONFIG_PASSPHRASE: process.env.PULUMI_CONFIG_PASSPHRASE ?? "local-development-only",
    PULUMI_SKIP_UPDATE_CHECK: "true",
    PULUMI_DISABLE_AUTOMATIC_PLUGIN_ACQUISITION: "true",
  };
  let emulator: RunningEmulator | undefined;
  try {
    if (!toAws) {
      // The SDK's notice that its 2027 releases need Node 22 is noise against a local emulator.
      process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= "true";
      emulator = await startEmulator("cognito-local", {
        dataDir: path.join(stateRoot, ".cognito-local"),
        logFile: path.join(stateRoot, ".cognito-local", "server.log"),
      });
      log(`cognito-local serving on ${emulator.endpoint} (data in .cognito-local/)`);
      Object.assign(env, emulatorEnvironment(emulator), { AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: "true" });
    } else {
      log("deploying to AWS with the standard AWS credential chain and region");
    }
    const pulumi = (args: string[]): number =>
      spawnSync("pulumi", [...args, "--non-interactive"], { cwd: repoRoot, env, stdio: "inherit" }).status ?? 1;
    if (pulumi(["stack", "select", "--create", stack]) !== 0) return 1;
    const up = await pulumiShown(["up", "--yes", "--policy-pack", policyPack], env);
    const policies = policyResult(up.output);
    if (up.code !== 0) {
      process.stdout.write(`\nThe update stopped. Policy result (CognitoGuard):\n${policies}\n`);
      return 1;
    }
    const outputs = execFileSync("pulumi", ["stack", "output", "--json"], { cwd: repoRoot, env, encoding: "utf8" });
    const changes = /Resources:\n([\s\S]*?)\n\s*\n/.exec(up.output.slice(up.output.lastIndexOf("Resources:")))?.[1];
    process.stdout.write(
      `\nStack outputs (${stack}):\n${outputs}\n` +
        `Policy result (CognitoGuard, enforced with --policy-pack policy-packs/cognito-guard):\n${policies}\n\n` +
        `Resources (${stack}):\n${changes ?? "(no summary in pulumi's output)"}\n`,
    );
    return 0;
  } finally {
    await emulator?.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    log(error instanceof Error ? error.message : String(error));
    process.exit(1);
  },
);
