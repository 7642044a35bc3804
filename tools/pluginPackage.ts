/**
 * Builds the resource plugin's tarballs as users install them:
 *
 *   pulumi plugin install resource cognito-userpool <version> --file pulumi-resource-cognito-userpool-v<version>-<os>-<arch>.tar.gz
 *
 * or as the engine downloads them by itself from the schema's `pluginDownloadURL` (the same name
 * under that URL). A tarball holds the package as `npm install` makes it from its `npm pack`
 * tarball (production dependencies only) and, at its root, the launcher the engine runs. The
 * package tree is plain JavaScript (no native addons), so one tree serves every OS and
 * architecture; only the launcher differs. Used by `npm run plugin:pack`, `npm run release`, the
 * e2e tests and the benchmark. Needs `dist/` built.
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

/** An OS and architecture as Pulumi names them in plugin file names (Go's GOOS and GOARCH). */
export interface PluginTarget {
  readonly os: "linux" | "darwin" | "windows";
  readonly arch: "amd64" | "arm64";
}

/** What a release ships: the platforms Pulumi's CLI itself is released for, less windows-arm64. */
export const RELEASE_TARGETS: readonly PluginTarget[] = [
  { os: "linux", arch: "amd64" },
  { os: "linux", arch: "arm64" },
  { os: "darwin", arch: "amd64" },
  { os: "darwin", arch: "arm64" },
  { os: "windows", arch: "amd64" },
];

export interface PluginTarball {
  readonly file: string;
  readonly version: string;
  readonly target: PluginTarget;
}

export function packageVersion(): string {
  return (JSON.parse(fs.readFileSync(path.join(repoRoot, "package.json"), "utf8")) as { version: string }).version;
}

/** The machine this runs on, in Pulumi's names. */
export function hostTarget(): PluginTarget {
  const arch = { x64: "amd64", arm64: "arm64" }[os.arch() as "x64" | "arm64"] ?? os.arch();
  const platform = os.platform() === "win32" ? "windows" : os.platform();
  return { os: platform, arch } as PluginTarget;
}

/** The file name the engine asks a plugin server for (httpSource.Download, see docs/releasing.md). */
export function pluginFileName(version: string, target: PluginTarget): string {
  return `${PLUGIN_BINARY}-v${version}-${target.os}-${target.arch}.tar.gz`;
}

const ENTRY = "node_modules/pulumi-cognito-userpool/dist/plugin/index.js";

/**
 * The plugin runs with V8's `--optimize-for-size`: it keeps nothing per pool (bench/apiFloor.ts
 * measures its core's live heap flat in N), so what its memory gained with N was heap V8 grew for
 * the garbage of each request. One stack of 1,000 pools, run with and without the flag one after
 * the other on 2026-12-07: the plugin's peak 80 MiB against 129 MiB, all processes 909 MiB against
 * 933 MiB, no operation slower (up 144 s against 149 s). The scale run since (bench/results/scale)
 * has the plugin at 74-80 MiB from 50 to 1,000 pools.
 */
const NODE_FLAGS = "--optimize-for-size";

export interface Launcher {
  readonly name: string;
  readonly text: string;
}

/**
 * The executable the engine starts from the plugin's folder. On Windows it looks for
 * `<name>.exe`, then `<name>.cmd`; elsewhere for `<name>` with the executable bit
 * (getCandidateExtensions and getPluginPath in
 * https://github.com/pulumi/pulumi/blob/v3.274.1/sdk/go/common/workspace/plugins.go).
 * A Node.js program has no .exe, so Windows gets a .cmd script, as @pulumi/pulumi's own
 * pulumi-resource-pulumi-nodejs.cmd does.
 */
export function launcherFor(target: PluginTarget): Launcher {
  if (target.os === "windows") {
    return {
      name: `${PLUGIN_BINARY}.cmd`,
      text: [
        "@echo off",
        "rem Started by the Pulumi engine for cognito-userpool:index:UserPool. Needs Node.js 20.19+ on PATH.",
        `node ${NODE_FLAGS} "%~dp0${ENTRY.replace(/\//g, "\\")}" %*`,
        "",
      ].join("\r\n"),
    };
  }
  return {
    name: PLUGIN_BINARY,
    text: `#!/bin/sh
# Started by the Pulumi engine for cognito-userpool:index:UserPool. Needs Node.js 20.19+ on PATH.
here="$(cd "$(dirname "$0")" && pwd)"
exec node ${NODE_FLAGS} "$here/${ENTRY}" "$@"
`,
  };
}

/** node_modules/.bin folders (and nested ones): symlinks the plugin never runs. */
function removeBinLinks(dir: string): void {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    const full = path.join(dir, entry.name);
    if (entry.name === ".bin") fs.rmSync(full, { recursive: true, force: true });
    else removeBinLinks(full);
  }
}

/**
 * The package installed from its `npm pack` tarball into `work/plugin`, without symlinks: the
 * engine's extractor recreates a symlink with os.Symlink (archive.go,
 * https://github.com/pulumi/pulumi/blob/v3.274.1/sdk/go/common/util/archive/archive.go), which
 * Windows refuses without developer mode, and the plugin needs none of npm's `.bin` links.
 */
async function stagePlugin(work: string, version: string): Promise<string> {
  if (!fs.existsSync(path.join(repoRoot, "dist", "plugin", "index.js"))) {
    throw new Error("dist/plugin/index.js is missing: run `npm run build` first");
  }
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
  removeBinLinks(path.join(staging, "node_modules"));
  return staging;
}

let gnuTar: Promise<boolean> | undefined;

/** GNU tar can write the same bytes for the same files (sorted, fixed owner and times). */
function tarIsGnu(): Promise<boolean> {
  gnuTar ??= run("tar", ["--version"]).then(
    ({ stdout }) => stdout.includes("GNU tar"),
    () => false,
  );
  return gnuTar;
}

async function tarPlugin(staging: string, outDir: string, version: string, target: PluginTarget): Promise<string> {
  const launcher = launcherFor(target);
  const launcherDir = fs.mkdtempSync(path.join(path.dirname(staging), "launcher-"));
  try {
    fs.writeFileSync(path.join(launcherDir, launcher.name), launcher.text, { mode: 0o755 });
    const file = path.join(outDir, pluginFileName(version, target));
    const reproducible = (await tarIsGnu())
      ? ["--sort=name", "--mtime=@0", "--owner=0", "--group=0", "--numeric-owner"]
      : [];
    // gzip -n leaves the name and time out of the gzip header, so equal trees give equal bytes.
    await run("bash", [
      "-c",
      'set -o pipefail; tar -cf - "$@" | gzip -n > "$0"',
      file,
      ...reproducible,
      "-C",
      staging,
      ".",
      "-C",
      launcherDir,
      `./${launcher.name}`,
    ]);
    return file;
  } finally {
    fs.rmSync(launcherDir, { recursive: true, force: true });
  }
}

/** Writes one plugin tarball per target into `outDir`; `progress` hears about each step. */
export async function buildPluginTarballs(
  outDir: string,
  targets: readonly PluginTarget[],
  progress: (line: string) => void = () => undefined,
): Promise<PluginTarball[]> {
  const version = packageVersion();
  fs.mkdirSync(outDir, { recursive: true });
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "plugin-pack-"));
  try {
    progress("installing the package's production dependencies for the plugin");
    const staging = await stagePlugin(work, version);
    const tarballs: PluginTarball[] = [];
    for (const target of targets) {
      const file = await tarPlugin(staging, outDir, version, target);
      progress(`wrote ${path.basename(file)}`);
      tarballs.push({ file, version, target });
    }
    return tarballs;
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

/** Writes the plugin tarball for this machine into `outDir` and returns its path. */
export async function buildPluginTarball(outDir: string): Promise<PluginTarball> {
  const [tarball] = await buildPluginTarballs(outDir, [hostTarget()]);
  return tarball;
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
