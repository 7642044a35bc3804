/**
 * examples/fleet as its users run it: copied into a folder outside the repo whose node_modules
 * holds the package from its `npm pack` tarball (installed once per tarball and example manifest,
 * then linked), run with `tsx main.ts` against a local file backend, with the CLI from
 * scripts/ensure-pulumi.sh first on PATH. Shared by the e2e test and the bench.
 */
import { spawn } from "node:child_process";
import * as crypto from "node:crypto";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { performance } from "node:perf_hooks";
import type { TenantResult } from "../examples/fleet/fleet";
import type { Tenant } from "../examples/fleet/tenantPool";
import { cacheRoot, npmInstall, packageTarball } from "./installedPackage";
import { cliPath, repoRoot } from "./pulumiCli";

const exampleDir = path.join(repoRoot, "examples", "fleet");

interface ExampleManifest {
  name: string;
  dependencies: Record<string, string>;
}

/** node_modules with the example's dependencies, the package itself from this checkout's tarball. */
export function fleetNodeModules(): string {
  const tarball = packageTarball();
  const manifest = JSON.parse(fs.readFileSync(path.join(exampleDir, "package.json"), "utf8")) as ExampleManifest;
  manifest.dependencies["pulumi-cognito-userpool"] = `file:${tarball}`;
  const text = `${JSON.stringify(manifest, null, 2)}\n`;
  const key = crypto.createHash("sha256").update(text).digest("hex").slice(0, 16);
  const dir = path.join(cacheRoot, "installs", `fleet-${key}`);
  if (!fs.existsSync(path.join(dir, "node_modules", ".bin", "tsx"))) {
    fs.mkdirSync(path.dirname(dir), { recursive: true });
    const staging = fs.mkdtempSync(`${dir}-`);
    fs.writeFileSync(path.join(staging, "package.json"), text);
    npmInstall(staging);
    try {
      fs.renameSync(staging, dir);
    } catch {
      // Another run made the same install meanwhile; its copy stays.
      fs.rmSync(staging, { recursive: true, force: true });
    }
  }
  return path.join(dir, "node_modules");
}

export interface FleetRun {
  code: number;
  seconds: number;
  /** What main.ts printed: progress lines and the report. */
  log: string;
  results: TenantResult[];
}

/** A copy of examples/fleet with its own state backend; `run` reconciles it with a tenants list. */
export class FleetWorkspace {
  private constructor(
    readonly dir: string,
    private readonly env: NodeJS.ProcessEnv,
  ) {}

  static create(extraEnv: Record<string, string>): FleetWorkspace {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "pulumi-fleet-"));
    const program = path.join(dir, "fleet");
    fs.cpSync(exampleDir, program, { recursive: true });
    fs.symlinkSync(fleetNodeModules(), path.join(program, "node_modules"), "dir");
    fs.mkdirSync(path.join(dir, "state"));
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      PATH: cliPath(),
      PULUMI_BACKEND_URL: `file://${path.join(dir, "state")}`,
      PULUMI_HOME: path.join(dir, "home"),
      PULUMI_CONFIG_PASSPHRASE: "e2e-test-passphrase",
      PULUMI_SKIP_UPDATE_CHECK: "true",
      PULUMI_DISABLE_AUTOMATIC_PLUGIN_ACQUISITION: "true",
      AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: "true",
      NO_COLOR: "1",
      ...extraEnv,
    };
    return new FleetWorkspace(dir, env);
  }

  get programDir(): string {
    return path.join(this.dir, "fleet");
  }

  /** The stack names the backend holds for the fleet's project. */
  stackNames(): string[] {
    const stacks = path.join(this.dir, "state", ".pulumi", "stacks", "cognito-fleet");
    if (!fs.existsSync(stacks)) return [];
    return fs
      .readdirSync(stacks)
      .filter((file) => file.endsWith(".json"))
      .map((file) => file.replace(/\.json$/, ""))
      .sort();
  }

  /** Runs `tsx main.ts` with `tenants` as the tenants list; `onLine` sees each line it prints. */
  run(tenants: Tenant[], args: string[] = [], onLine?: (line: string) => void): Promise<FleetRun> {
    const tenantsFile = path.join(this.dir, "tenants.json");
    const resultsFile = path.join(this.dir, "results.json");
    fs.writeFileSync(tenantsFile, JSON.stringify(tenants));
    fs.rmSync(resultsFile, { force: true });
    const started = performance.now();
    return new Promise((resolve, reject) => {
      const child = spawn(
        path.join(this.programDir, "node_modules", ".bin", "tsx"),
        ["main.ts", "--tenants", tenantsFile, "--results", resultsFile, ...args],
        { cwd: this.programDir, env: this.env, stdio: ["ignore", "pipe", "pipe"] },
      );
      let log = "";
      let pending = "";
      const collect = (chunk: Buffer): void => {
        log += chunk.toString();
        pending += chunk.toString();
        const lines = pending.split("\n");
        pending = lines.pop() ?? "";
        for (const line of lines) onLine?.(line);
      };
      child.stdout.on("data", collect);
      child.stderr.on("data", collect);
      child.on("error", reject);
      child.on("close", (code) => {
        const seconds = (performance.now() - started) / 1000;
        const results = fs.existsSync(resultsFile)
          ? (JSON.parse(fs.readFileSync(resultsFile, "utf8")) as { results: TenantResult[] }).results
          : [];
        resolve({ code: code ?? 1, seconds, log, results });
      });
    });
  }

  remove(): void {
    fs.rmSync(this.dir, { recursive: true, force: true });
  }
}
