/**
 * This package as its users get it: the `npm pack` tarball of this checkout (its `prepare` script
 * builds dist/ first), installed by npm into folders outside the repo with their own node_modules.
 */
import { execFile, execFileSync } from "node:child_process";
import * as crypto from "node:crypto";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import type { CommandResult } from "./pulumiCli";

const repoRoot = path.resolve(__dirname, "..");

/** Where scripts/ensure-pulumi.sh keeps the CLI; the packed package and its installs live beside it. */
export const cacheRoot =
  process.env.PULUMI_CLI_CACHE ??
  path.join(process.env.XDG_CACHE_HOME ?? path.join(os.homedir(), ".cache"), "pulumi-cognito-userpool");

/** Installs unused for this long are removed when a new one is made (each is about 130 MB). */
const STALE_INSTALL_MS = 2 * 60 * 60 * 1000;

interface PackageJson {
  name: string;
  version: string;
  devDependencies: Record<string, string>;
}

function ownPackageJson(): PackageJson {
  return JSON.parse(fs.readFileSync(path.join(repoRoot, "package.json"), "utf8")) as PackageJson;
}

/** The environment for a child npm: without the npm_* settings of an `npm test` around us. */
export function npmEnvironment(): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^npm_/i.test(name)));
}

/** Runs npm in `cwd`; throws with npm's output when it fails. */
export function npm(args: string[], cwd: string): string {
  try {
    return execFileSync("npm", args, {
      cwd,
      env: npmEnvironment(),
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
    });
  } catch (error) {
    const failed = error as { status?: number; stdout?: string; stderr?: string };
    throw new Error(
      `npm ${args.join(" ")} in ${cwd} exited ${String(failed.status)}\n${failed.stdout ?? ""}${failed.stderr ?? ""}`,
    );
  }
}

let packed: string | undefined;

/**
 * The tarball `npm pack` makes of this checkout, packed once per process. npm packs
 * reproducibly, so its name carries a checksum of its bytes and an unchanged package reuses the
 * installs made from it.
 */
export function packageTarball(): string {
  if (packed) return packed;
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "pulumi-cognito-userpool-pack-"));
  try {
    const [result] = JSON.parse(npm(["pack", "--json", "--pack-destination", scratch], repoRoot)) as Array<{
      filename: string;
    }>;
    const made = path.join(scratch, result.filename);
    const checksum = crypto.createHash("sha256").update(fs.readFileSync(made)).digest("hex").slice(0, 16);
    const target = path.join(cacheRoot, "packages", result.filename.replace(/\.tgz$/, `-${checksum}.tgz`));
    fs.mkdirSync(path.dirname(target), { recursive: true });
    if (!fs.existsSync(target)) fs.copyFileSync(made, target);
    packed = target;
    return target;
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}

/**
 * What a TypeScript Pulumi program that uses this package declares: the tarball (as `file:`),
 * @pulumi/pulumi (the package's peer dependency), and typescript and @types/node to compile it,
 * at the versions this repository pins.
 */
export function programDependencies(): {
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
} {
  const pinned = ownPackageJson().devDependencies;
  return {
    dependencies: { "@pulumi/pulumi": pinned["@pulumi/pulumi"], [ownPackageJson().name]: `file:${packageTarball()}` },
    devDependencies: { "@types/node": pinned["@types/node"], typescript: pinned.typescript },
  };
}

/** `npm install` in `dir` (its package.json as it is), quietly and from npm's cache where it can. */
export function npmInstall(dir: string, extraArgs: string[] = []): void {
  npm(["install", "--no-audit", "--no-fund", "--prefer-offline", ...extraArgs], dir);
}

let shared: string | undefined;

/**
 * A node_modules outside the repo with the packed package and `programDependencies()` installed:
 * made once per package checksum and shared by the example programs of a test or benchmark run.
 */
export function sharedNodeModules(): string {
  if (shared) return shared;
  const tarball = packageTarball();
  const key = path.basename(tarball, ".tgz");
  const installs = path.join(cacheRoot, "installs");
  const dir = path.join(installs, key);
  if (!fs.existsSync(path.join(dir, "node_modules", ownPackageJson().name, "package.json"))) {
    fs.mkdirSync(installs, { recursive: true });
    const staging = fs.mkdtempSync(path.join(installs, `.${key}-`));
    fs.writeFileSync(
      path.join(staging, "package.json"),
      `${JSON.stringify({ name: "installed-package", private: true, ...programDependencies() }, null, 2)}\n`,
    );
    npmInstall(staging);
    try {
      fs.renameSync(staging, dir);
    } catch {
      // Another run made the same install meanwhile; its copy stays.
      fs.rmSync(staging, { recursive: true, force: true });
    }
    removeStaleInstalls(installs, key);
  }
  const now = new Date();
  fs.utimesSync(dir, now, now);
  shared = path.join(dir, "node_modules");
  return shared;
}

function removeStaleInstalls(installs: string, keep: string): void {
  for (const entry of fs.readdirSync(installs)) {
    const dir = path.join(installs, entry);
    if (entry === keep) continue;
    if (Date.now() - fs.statSync(dir).mtimeMs > STALE_INSTALL_MS) fs.rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Runs the package's own command (`pulumi-cognito-userpool ARGS`) as users do, from the installed
 * tarball; resolves with its exit code and output, whatever the code.
 */
export function packageCommand(args: string[], env: NodeJS.ProcessEnv): Promise<CommandResult> {
  const cli = path.join(sharedNodeModules(), ".bin", "pulumi-cognito-userpool");
  return new Promise((resolve) => {
    execFile(cli, args, { env, encoding: "utf8" }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === "number" ? error.code : 1) : 0, stdout, stderr });
    });
  });
}
