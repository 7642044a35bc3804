/**
 * `npm start`: deploys the root Pulumi.yaml stack and prints its outputs.
 * By default to cognito-local on loopback, its data kept in .cognito-local/ so a second run
 * reports no changes; with `--aws` (or COGNITO_TARGET=aws) to real AWS with the standard
 * AWS credentials and region. State lives in .pulumi-state/ (local file backend).
 */
import { execFileSync, spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { emulatorEnvironment, startEmulator, type RunningEmulator } from "../tools/emulators";
import { pulumiPath, repoRoot } from "../tools/pulumiCli";

const toAws = process.argv.includes("--aws") || process.env.COGNITO_TARGET === "aws";
const stack = toAws ? "aws" : "local";

function log(line: string): void {
  process.stderr.write(`[start] ${line}\n`);
}

async function main(): Promise<number> {
  const stateDir = path.join(repoRoot, ".pulumi-state");
  fs.mkdirSync(stateDir, { recursive: true });
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PATH: `${pulumiPath()}${path.delimiter}${process.env.PATH ?? ""}`,
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
        dataDir: path.join(repoRoot, ".cognito-local"),
        logFile: path.join(repoRoot, ".cognito-local", "server.log"),
      });
      log(`cognito-local serving on ${emulator.endpoint} (data in .cognito-local/)`);
      Object.assign(env, emulatorEnvironment(emulator), { AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: "true" });
    } else {
      log("deploying to AWS with the standard AWS credential chain and region");
    }
    const pulumi = (args: string[]): number =>
      spawnSync("pulumi", [...args, "--non-interactive"], { cwd: repoRoot, env, stdio: "inherit" }).status ?? 1;
    if (pulumi(["stack", "select", "--create", stack]) !== 0) return 1;
    if (pulumi(["up", "--yes"]) !== 0) return 1;
    const outputs = execFileSync("pulumi", ["stack", "output", "--json"], { cwd: repoRoot, env, encoding: "utf8" });
    process.stdout.write(`Stack outputs (${stack}):\n${outputs}`);
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
