/**
 * Builds the resource plugin's tarball as a user installs it:
 *
 *   pulumi plugin install resource cognito-userpool <version> --file pulumi-resource-cognito-userpool-v<version>-<os>-<arch>.tar.gz
 *
 * The tarball holds the package as `npm install` makes it from its `npm pack` tarball (production
 * dependencies only) and, at its root, the launcher `pulumi-resource-cognito-userpool` that the engine
 * runs. Used by `npm run plugin:pack`, the e2e tests and the benchmark. Needs `dist/` built.
 */
import { execFile } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { promisify } from "node:util";
import { repoRoot } from "./pulumiCli";

const run = promisify(execFile);

export const PLUGIN_NAME = "cognito-userpool";
export const PLUGIN_BINARY = `pulumi-resource-${PLUGIN_NAME}`;

export interface PluginTarball {
  readonly file: string;
  readonly version: string;
}

function packageVersion(): string {
  return (JSON.parse(fs.readFileSync(path.join(repoRoot, "package.json"), "utf8")) as { version: string }).version;
}

function platform(): string {
  const arch = { x64: "amd64", arm64: "arm64" }[os.arch() as "x64" | "arm64"] ?? os.arch();
  return `${os.platform()}-${arch}`;
}

const LAUNCHER = `#!/bin/sh
# Started by the Pulumi engine for cognito-userpool:index:UserPool. Needs Node.js 20.19+ on PATH.
here="$(cd "$(dirname "$0")" && pwd)"
exec node "$here/node_modules/pulumi-cognito-userpool/dist/plugin/index.js" "$@"
`;

/** Writes the plugin tarball into `outDir` and returns its path. */
export async function buildPluginTarball(outDir: string): Promise<PluginTarball> {
  const version = packageVersion();
  if (!fs.existsSync(path.join(repoRoot, "dist", "plugin", "index.js"))) {
    throw new Error("dist/plugin/index.js is missing: run `npm run build` first");
  }
  fs.mkdirSync(outDir, { recursive: true });
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "plugin-pack-"));
  try {
    const { stdout } = await run("npm", ["pack", "--ignore-scripts", "--pack-destination", work, "--silent"], {
      cwd: repoRoot,
    });
    const packed = path.join(work, stdout.trim().split("\n").pop() ?? "");
    const staging = path.join(work, "plugin");
    fs.mkdirSync(staging);
    fs.writeFileSync(
      path.join(staging, "package.json"),
      JSON.stringify({ name: PLUGIN_BINARY, version, private: true }, null, 2),
    );
    await run("npm", ["install", "--omit=dev", "--no-audit", "--no-fund", "--ignore-scripts", "--silent", packed], {
      cwd: staging,
      env: { ...process.env, npm_config_update_notifier: "false" },
    });
    fs.writeFileSync(path.join(staging, PLUGIN_BINARY), LAUNCHER, { mode: 0o755 });
    const file = path.join(outDir, `${PLUGIN_BINARY}-v${version}-${platform()}.tar.gz`);
    await run("tar", ["-czf", file, "-C", staging, "."]);
    return { file, version };
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

let shared: Promise<PluginTarball> | undefined;

/**
 * One tarball per process (the e2e files and the benchmark share it), in a temp folder removed
 * when the process exits.
 */
export function sharedPluginTarball(): Promise<PluginTarball> {
  if (!shared) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "plugin-tarball-"));
    process.once("exit", () => fs.rmSync(dir, { recursive: true, force: true }));
    shared = buildPluginTarball(dir);
  }
  return shared;
}

/** The command a user runs to install the plugin, as arguments of `pulumi`. */
export function pluginInstallArgs(tarball: PluginTarball): string[] {
  return ["plugin", "install", "resource", PLUGIN_NAME, tarball.version, "--file", tarball.file];
}
