/** The bench's stacks (bench/programs) as pulumi workspaces, and timing. Shared by run.ts and scale.ts. */
import * as fs from "node:fs";
import * as path from "node:path";
import { performance } from "node:perf_hooks";
import { USER_POOL_TOKEN } from "../plugin/token";
import type { UserPoolArgsRecord } from "../provider/convert";
import { pluginInstallArgs, sharedPluginTarball } from "../tools/pluginPackage";
import { PulumiWorkspace, repoRoot } from "../tools/pulumiCli";

export type StackKind = "userpools" | "noop" | "plugin";
export const STACK_KINDS: readonly StackKind[] = ["noop", "userpools", "plugin"];
export const timedOps = ["up", "preview", "refresh", "destroy"] as const;
export type TimedOp = (typeof timedOps)[number];

export const programs: Record<StackKind, string> = {
  userpools: path.join(repoRoot, "bench", "programs", "userpools"),
  noop: path.join(repoRoot, "bench", "programs", "noop"),
  plugin: path.join(repoRoot, "bench", "programs", "plugin"),
};

export function log(line: string): void {
  process.stderr.write(`[bench] ${line}\n`);
}

export async function timed<T>(run: () => Promise<T>): Promise<number> {
  const start = performance.now();
  await run();
  return (performance.now() - start) / 1000;
}

/** A workspace of `kind` declaring `count` resources, with the given stack config. */
export async function workspaceFor(
  kind: StackKind,
  count: number,
  env: Record<string, string>,
  extraConfig: Record<string, string> = {},
): Promise<PulumiWorkspace> {
  const workspace = await PulumiWorkspace.create(programs[kind], "bench", env);
  if (kind === "plugin") await installPlugin(workspace);
  await workspace.setConfig("count", String(count));
  for (const [key, value] of Object.entries(extraConfig)) await workspace.setConfig(key, value);
  return workspace;
}

/** Installed as users install it (README), from the same tarball for every plugin stack. */
async function installPlugin(workspace: PulumiWorkspace): Promise<void> {
  await workspace.run(pluginInstallArgs(await sharedPluginTarball()));
}

/**
 * The bench pool of bench/programs/userpools/index.ts and bench/programs/plugin/index.ts (their default,
 * non-minimal pool), as its args: the API floor sends it, and the Pulumi YAML program is written from it.
 */
export function benchPoolArgs(poolName: string): UserPoolArgsRecord {
  return {
    poolName,
    autoVerifiedAttributes: ["email"],
    usernameAttributes: ["email"],
    policies: { passwordPolicy: { minimumLength: 8, requireSymbols: true } },
    userPoolTags: { bench: "true" },
  };
}

/**
 * `count` bench pools through the resource plugin from a Pulumi YAML program (bench/programs/plugin-yaml),
 * the door's own users' way in: the program runs in Pulumi's Go YAML language host, not in Node.js.
 * Pulumi YAML has no loops, so the pools are written out, each as a JSON flow mapping (YAML 1.2 reads JSON).
 */
export async function pluginYamlWorkspace(count: number, env: Record<string, string>): Promise<PulumiWorkspace> {
  const workspace = await PulumiWorkspace.create(
    path.join(repoRoot, "bench", "programs", "plugin-yaml"),
    "bench",
    env,
    {
      nodeModules: "none",
    },
  );
  const pools = Array.from(
    { length: count },
    (_, i) => `  pool-${i}: ${JSON.stringify({ type: USER_POOL_TOKEN, properties: benchPoolArgs(`bench-pool-${i}`) })}`,
  );
  fs.appendFileSync(path.join(workspace.projectDir, "Pulumi.yaml"), ["resources:", ...pools, ""].join("\n"));
  await installPlugin(workspace);
  return workspace;
}
