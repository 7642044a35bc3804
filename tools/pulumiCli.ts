import { execFile, spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { npmInstall, sharedNodeModules } from "./installedPackage";

export const repoRoot = path.resolve(__dirname, "..");

let pulumiPathPrefix: string | undefined;

/**
 * PATH entries holding `pulumi`, `pulumi-language-nodejs` and `pulumi-resource-pulumi-nodejs`,
 * from scripts/ensure-pulumi.sh (which builds the CLI from Go modules the first time).
 */
export function pulumiPath(): string {
  if (pulumiPathPrefix !== undefined) return pulumiPathPrefix;
  const result = spawnSync("bash", [path.join(repoRoot, "scripts", "ensure-pulumi.sh")], {
    encoding: "utf8",
    stdio: ["ignore", "pipe", "inherit"],
  });
  const prefix = result.stdout.trim().split("\n").pop() ?? "";
  if (result.status !== 0 || !prefix) {
    throw new Error(`scripts/ensure-pulumi.sh failed (exit ${String(result.status)}); the Pulumi CLI is not available`);
  }
  pulumiPathPrefix = prefix;
  return prefix;
}

/**
 * PATH for the Pulumi CLI: {@link pulumiPath} first, then the caller's PATH without the directories
 * that hold this package's own resource plugin (`npm test` and `npx` put the repo's
 * node_modules/.bin on PATH, where the package links its bins). The CLI prefers a plugin found on
 * PATH to the one `pulumi plugin install` put in PULUMI_HOME, so without this the plugin tests would
 * run the repo's build instead of the installed tarball, as no user's machine does.
 */
export function cliPath(): string {
  const inherited = (process.env.PATH ?? "")
    .split(path.delimiter)
    .filter((dir) => dir !== "" && !fs.existsSync(path.join(dir, "pulumi-resource-cognito-userpool")));
  return [pulumiPath(), ...inherited].join(path.delimiter);
}

export interface CommandResult {
  code: number;
  stdout: string;
  stderr: string;
}

export interface WorkspaceOptions {
  /**
   * "shared" (the default) links the node_modules this package's tarball is installed into once
   * per run, outside the repo (tools/installedPackage.ts); "none" leaves the program without one,
   * for a test that runs `npm install` in it (`npmInstall`) as a user does.
   */
  nodeModules?: "shared" | "none";
}

/**
 * A copy of one of examples/ in a temp folder with its own local file backend and PULUMI_HOME,
 * run through the real `pulumi` CLI. The program imports this package by name, from its `npm pack`
 * tarball installed outside the repo, as users do.
 */
export class PulumiWorkspace {
  readonly dir: string;
  readonly projectDir: string;
  private readonly env: NodeJS.ProcessEnv;

  private constructor(dir: string, projectDir: string, env: NodeJS.ProcessEnv) {
    this.dir = dir;
    this.projectDir = projectDir;
    this.env = env;
  }

  /** `example` names a folder of examples/, or is an absolute path to a program folder. */
  static async create(
    example: string,
    stack: string,
    extraEnv: Record<string, string>,
    options: WorkspaceOptions = {},
  ): Promise<PulumiWorkspace> {
    const source = path.isAbsolute(example) ? example : path.join(repoRoot, "examples", example);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), `pulumi-e2e-${path.basename(example).replace(/\W/g, "-")}-`));
    const projectDir = path.join(dir, "project");
    fs.cpSync(source, projectDir, { recursive: true });
    fs.copyFileSync(path.join(repoRoot, "examples", "tsconfig.json"), path.join(projectDir, "tsconfig.json"));
    if ((options.nodeModules ?? "shared") === "shared") {
      fs.symlinkSync(sharedNodeModules(), path.join(projectDir, "node_modules"), "dir");
    }
    fs.mkdirSync(path.join(dir, "state"));
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      PATH: cliPath(),
      PULUMI_BACKEND_URL: `file://${path.join(dir, "state")}`,
      PULUMI_HOME: path.join(dir, "home"),
      PULUMI_CONFIG_PASSPHRASE: "e2e-test-passphrase",
      PULUMI_SKIP_UPDATE_CHECK: "true",
      PULUMI_DISABLE_AUTOMATIC_PLUGIN_ACQUISITION: "true",
      PULUMI_AUTOMATION_API_SKIP_VERSION_CHECK: "true",
      AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: "true",
      NO_COLOR: "1",
      ...extraEnv,
    };
    const workspace = new PulumiWorkspace(dir, projectDir, env);
    await workspace.run(["stack", "init", stack]);
    return workspace;
  }

  /**
   * A TypeScript project named `project` whose index.ts is `program`, with examples/minimal's
   * package.json (the package installed from its tarball): for tests that rewrite the program.
   */
  static async forProgram(
    project: string,
    program: string,
    stack: string,
    extraEnv: Record<string, string>,
  ): Promise<PulumiWorkspace> {
    const source = fs.mkdtempSync(path.join(os.tmpdir(), `${project}-`));
    try {
      fs.copyFileSync(path.join(repoRoot, "examples", "minimal", "package.json"), path.join(source, "package.json"));
      fs.writeFileSync(
        path.join(source, "Pulumi.yaml"),
        `name: ${project}\nruntime:\n  name: nodejs\n  options:\n    typescript: true\n`,
      );
      fs.writeFileSync(path.join(source, "index.ts"), program);
      return await PulumiWorkspace.create(source, stack, extraEnv);
    } finally {
      fs.rmSync(source, { recursive: true, force: true });
    }
  }

  /** Runs `pulumi ARGS` in the project; rejects on a non-zero exit unless `allowFailure`. */
  run(args: string[], options: { allowFailure?: boolean; env?: Record<string, string> } = {}): Promise<CommandResult> {
    return new Promise((resolve, reject) => {
      execFile(
        "pulumi",
        [...args, "--non-interactive"],
        { cwd: this.projectDir, env: { ...this.env, ...options.env }, maxBuffer: 64 * 1024 * 1024 },
        (error, stdout, stderr) => {
          const code = error ? (typeof error.code === "number" ? error.code : 1) : 0;
          const result = { code, stdout, stderr };
          if (code !== 0 && !options.allowFailure) {
            reject(new Error(`pulumi ${args.join(" ")} exited ${code}\n--- stdout\n${stdout}\n--- stderr\n${stderr}`));
          } else {
            resolve(result);
          }
        },
      );
    });
  }

  up(options: { allowFailure?: boolean } = {}): Promise<CommandResult> {
    return this.run(["up", "--yes", "--skip-preview"], options);
  }

  preview(extra: string[] = [], options: { allowFailure?: boolean } = {}): Promise<CommandResult> {
    return this.run(["preview", "--diff", ...extra], options);
  }

  refresh(options: { allowFailure?: boolean } = {}): Promise<CommandResult> {
    return this.run(["refresh", "--yes", "--skip-preview"], options);
  }

  destroy(options: { allowFailure?: boolean } = {}): Promise<CommandResult> {
    return this.run(["destroy", "--yes", "--skip-preview"], options);
  }

  async setConfig(key: string, value: string): Promise<void> {
    await this.run(["config", "set", key, value]);
  }

  async outputs(): Promise<Record<string, unknown>> {
    const result = await this.run(["stack", "output", "--json"]);
    return JSON.parse(result.stdout) as Record<string, unknown>;
  }

  /** The raw stack state (`pulumi stack export`). */
  async exportState(): Promise<string> {
    return (await this.run(["stack", "export", "--show-secrets"])).stdout;
  }

  /** One resource's state (inputs and outputs), found by the end of its type token. */
  async resourceState(
    typeSuffix: string,
  ): Promise<{ inputs: Record<string, unknown>; outputs: Record<string, unknown> }> {
    const state = JSON.parse(await this.exportState()) as {
      deployment: {
        resources?: Array<{ type: string; inputs?: Record<string, unknown>; outputs?: Record<string, unknown> }>;
      };
    };
    const resource = state.deployment.resources?.find((r) => r.type.endsWith(typeSuffix));
    if (!resource) throw new Error(`no ${typeSuffix} resource in the state`);
    return { inputs: resource.inputs ?? {}, outputs: resource.outputs ?? {} };
  }

  /** `npm install ARGS` in the project, into its own node_modules. */
  npmInstall(args: string[] = []): void {
    npmInstall(this.projectDir, args);
  }

  /** Replaces the program's index.ts (for edits between updates). */
  writeProgram(source: string): void {
    fs.writeFileSync(path.join(this.projectDir, "index.ts"), source);
  }

  readProgram(): string {
    return fs.readFileSync(path.join(this.projectDir, "index.ts"), "utf8");
  }

  remove(): void {
    fs.rmSync(this.dir, { recursive: true, force: true });
  }
}
