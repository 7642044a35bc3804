/** The bench's stacks (bench/programs) as pulumi workspaces, and timing. Shared by run.ts and scale.ts. */
import * as path from "node:path";
import { performance } from "node:perf_hooks";
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
  // Installed as users install it (README), from the same tarball for every plugin stack.
  if (kind === "plugin") await workspace.run(pluginInstallArgs(await sharedPluginTarball()));
  await workspace.setConfig("count", String(count));
  for (const [key, value] of Object.entries(extraConfig)) await workspace.setConfig(key, value);
  return workspace;
}
