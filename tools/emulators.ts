import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { CognitoIdentityProviderClient, ListUserPoolsCommand } from "@aws-sdk/client-cognito-identity-provider";
import { freePort } from "./freePort";

export type EmulatorKind = "moto" | "cognito-local";

/** A Cognito emulator serving on loopback, started by us and stopped by `stop()`. */
export interface RunningEmulator {
  kind: EmulatorKind;
  endpoint: string;
  port: number;
  stop(): Promise<void>;
}

const repoRoot = path.resolve(__dirname, "..");
const venvDir = path.join(repoRoot, ".venv");
const venvPython = path.join(venvDir, "bin", "python");

/** Emulators accept any credentials; these keep the SDK from looking for real ones. */
export const emulatorCredentials = { accessKeyId: "test", secretAccessKey: "test" } as const;
export const emulatorRegion = "us-east-1";

const running = new Set<ChildProcess>();
let exitHooksInstalled = false;

function installExitHooks(): void {
  if (exitHooksInstalled) return;
  exitHooksInstalled = true;
  const killAll = (): void => {
    for (const child of running) killGroup(child, "SIGKILL");
  };
  process.on("exit", killAll);
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
    process.once(signal, () => {
      killAll();
      process.exit(128 + (signal === "SIGINT" ? 2 : signal === "SIGTERM" ? 15 : 1));
    });
  }
}

function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // already gone
  }
}

/** Installs moto's server into the project's git-ignored virtual environment when it is absent. */
export function ensureMoto(log: (line: string) => void = () => undefined): string {
  const probe = fs.existsSync(venvPython)
    ? spawnSync(venvPython, ["-c", "import moto.server, flask"], { stdio: "ignore" })
    : undefined;
  if (probe?.status === 0) return venvPython;
  log(`installing moto[server] into ${venvDir} ...`);
  if (!fs.existsSync(venvPython)) run("python3", ["-m", "venv", venvDir]);
  run(venvPython, [
    "-m",
    "pip",
    "install",
    "--quiet",
    "--disable-pip-version-check",
    "-r",
    path.join(repoRoot, "scripts", "requirements-moto.txt"),
  ]);
  return venvPython;
}

function run(command: string, args: string[]): void {
  const result = spawnSync(command, args, { stdio: ["ignore", "inherit", "inherit"] });
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(" ")} failed with exit code ${String(result.status)}`);
  }
}

export interface StartOptions {
  /** For cognito-local: the folder whose `.cognito/` holds its data (kept across runs). Default: a fresh temp folder. */
  dataDir?: string;
  /** Where the emulator's own output goes; default: discarded unless EMULATOR_LOGS=1. */
  logFile?: string;
}

/** Starts the emulator on a free 127.0.0.1 port and resolves once it answers ListUserPools. */
export async function startEmulator(kind: EmulatorKind, options: StartOptions = {}): Promise<RunningEmulator> {
  installExitHooks();
  const port = await freePort();
  const endpoint = `http://127.0.0.1:${port}`;
  if (options.logFile) fs.mkdirSync(path.dirname(options.logFile), { recursive: true });
  const output = options.logFile ? fs.openSync(options.logFile, "a") : process.env.EMULATOR_LOGS ? "inherit" : "ignore";
  let child: ChildProcess;
  if (kind === "moto") {
    const python = ensureMoto((line) => process.stderr.write(`[emulators] ${line}\n`));
    child = spawn(python, ["-m", "moto.server", "-H", "127.0.0.1", "-p", String(port)], {
      detached: true,
      stdio: ["ignore", output, output],
      env: { ...process.env, MOTO_ALLOW_NONEXISTENT_REGION: "false" },
    });
  } else {
    const dataDir = options.dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), "cognito-local-"));
    fs.mkdirSync(dataDir, { recursive: true });
    const startScript = require.resolve("cognito-local/lib/bin/start.js", { paths: [repoRoot] });
    child = spawn(process.execPath, [startScript], {
      cwd: dataDir,
      detached: true,
      stdio: ["ignore", output, output],
      env: { ...process.env, HOST: "127.0.0.1", PORT: String(port) },
    });
  }
  running.add(child);
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  exited.then(() => running.delete(child));

  const stop = async (): Promise<void> => {
    killGroup(child, "SIGTERM");
    const timer = setTimeout(() => killGroup(child, "SIGKILL"), 5000);
    await exited;
    clearTimeout(timer);
  };

  try {
    await waitUntilServing(endpoint, child, 60_000);
  } catch (error) {
    await stop();
    throw new Error(`${kind} did not start on ${endpoint}: ${(error as Error).message}`);
  }
  return { kind, endpoint, port, stop };
}

async function waitUntilServing(endpoint: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const client = new CognitoIdentityProviderClient({
    endpoint,
    region: emulatorRegion,
    credentials: emulatorCredentials,
    maxAttempts: 1,
  });
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  try {
    while (Date.now() < deadline) {
      if (child.exitCode !== null || child.signalCode !== null) {
        throw new Error(`process exited (${String(child.exitCode ?? child.signalCode)})`);
      }
      try {
        await client.send(new ListUserPoolsCommand({ MaxResults: 1 }));
        return;
      } catch (error) {
        lastError = error;
        await new Promise((r) => setTimeout(r, 250));
      }
    }
    throw new Error(`no answer to ListUserPools within ${timeoutMs} ms (${String(lastError)})`);
  } finally {
    client.destroy();
  }
}

/** A client for tests, pointed at the emulator. */
export function emulatorClient(emulator: RunningEmulator): CognitoIdentityProviderClient {
  return new CognitoIdentityProviderClient({
    endpoint: emulator.endpoint,
    region: emulatorRegion,
    credentials: emulatorCredentials,
  });
}

/** Environment that points the provider (inside the Pulumi CLI's plugin process) at the emulator. */
export function emulatorEnvironment(emulator: RunningEmulator): Record<string, string> {
  return {
    AWS_ENDPOINT_URL_COGNITO_IDENTITY_PROVIDER: emulator.endpoint,
    AWS_REGION: emulatorRegion,
    AWS_ACCESS_KEY_ID: emulatorCredentials.accessKeyId,
    AWS_SECRET_ACCESS_KEY: emulatorCredentials.secretAccessKey,
  };
}
