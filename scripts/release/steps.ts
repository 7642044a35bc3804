/** Small shared pieces of `npm run release`: running commands, progress lines, the cache folder. */
import { execFile } from "node:child_process";
import * as os from "node:os";
import * as path from "node:path";
import { promisify } from "node:util";

const execFileAsync = promisify(execFile);

/** Where scripts/ensure-pulumi.sh keeps the CLI; release tooling (a Python venv) lives beside it. */
export const cacheRoot =
  process.env.PULUMI_CLI_CACHE ??
  path.join(process.env.XDG_CACHE_HOME ?? path.join(os.homedir(), ".cache"), "pulumi-cognito-userpool");

export function progress(line: string): void {
  process.stderr.write(`[release] ${line}\n`);
}

/** Runs a command; on failure the error carries its output, so the release log says why. */
export async function run(
  command: string,
  args: string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv } = {},
): Promise<string> {
  try {
    const { stdout } = await execFileAsync(command, args, { ...options, maxBuffer: 64 << 20 });
    return stdout;
  } catch (error) {
    const failed = error as { code?: unknown; stdout?: string; stderr?: string };
    throw new Error(
      `${command} ${args.join(" ")} failed (${String(failed.code)})\n${failed.stdout ?? ""}${failed.stderr ?? ""}`,
    );
  }
}

/** The environment for a child npm: without the npm_* settings of the `npm run release` around us. */
export function npmEnvironment(): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^npm_/i.test(name)));
}
