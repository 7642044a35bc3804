/**
 * Keeps one stack per tenant in step with a tenants list, through Pulumi's Automation API: every
 * listed tenant's stack is brought up to date (created the first time), and every stack of a tenant
 * no longer listed is destroyed and removed. Stacks run concurrently, at most `concurrency` at once;
 * a tenant that fails is retried, then reported, and never stops the others.
 *
 * Each stack runs an inline program (a function in this process) rather than a project folder of
 * its own: the CLI then starts no language host and compiles no TypeScript per stack.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { performance } from "node:perf_hooks";
import {
  LocalWorkspace,
  PulumiCommand,
  type LocalWorkspaceOptions,
  type OpMap,
  type PulumiFn,
  type Stack,
} from "@pulumi/pulumi/automation";
import pLimit from "p-limit";
import { tenantProgram, type Tenant } from "./tenantPool";

export const PROJECT_NAME = "cognito-fleet";

export interface FleetOptions {
  /** Where each stack's workspace folder goes; it must lie below the folder holding node_modules. */
  workDir: string;
  /** Stacks running at once. */
  concurrency: number;
  /** Tries per tenant before it is reported as failed. */
  attempts: number;
  /** Stack config set on every tenant's stack, e.g. `cognito:retryMode`. */
  config?: Record<string, string>;
  onProgress?: (event: ProgressEvent) => void;
}

export type TenantAction = "apply" | "remove";

export interface TenantResult {
  tenant: string;
  action: TenantAction;
  status: "succeeded" | "failed";
  attempts: number;
  seconds: number;
  /** Resource changes of the last successful operation, by kind ("create", "update", "same", ...). */
  changes?: OpMap;
  /** The last failure's message, when the tenant failed. */
  error?: string;
}

export type ProgressEvent =
  | { kind: "planned"; apply: number; remove: number }
  | { kind: "started"; tenant: string; action: TenantAction; attempt: number }
  | { kind: "retrying"; tenant: string; action: TenantAction; attempt: number; error: string; delaySeconds: number }
  | { kind: "finished"; result: TenantResult };

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** The first lines of an error: the Automation API's errors carry the CLI's whole output. */
function summary(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  const diagnostics = text.indexOf("Diagnostics:");
  const relevant = diagnostics >= 0 ? text.slice(diagnostics + "Diagnostics:".length) : text;
  // Resource headers ("  pulumi:pulumi:Stack (…):") say where, the error line says what: it goes first.
  const lines = relevant
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line !== "" && !/^[\w:/-]+ \(.*\):$/.test(line));
  const firstError = lines.findIndex((line) => /error/i.test(line));
  if (firstError > 0) lines.unshift(...lines.splice(firstError, 1));
  return lines.slice(0, 12).join("\n");
}

export async function reconcileFleet(tenants: Tenant[], options: FleetOptions): Promise<TenantResult[]> {
  fs.mkdirSync(options.workDir, { recursive: true });
  // One CLI lookup (and version check) for the whole fleet, not one per workspace.
  const pulumiCommand = await PulumiCommand.get();
  const workspaceOptions = (dir: string, program?: PulumiFn): LocalWorkspaceOptions => ({
    workDir: dir,
    program,
    pulumiCommand,
    projectSettings: { name: PROJECT_NAME, runtime: "nodejs" },
  });

  const listing = await LocalWorkspace.create(workspaceOptions(options.workDir));
  const existing = (await listing.listStacks()).map((stack) => stack.name.split("/").pop() ?? stack.name);
  const wanted = new Set(tenants.map((tenant) => tenant.id));
  const removed = existing.filter((name) => !wanted.has(name)).sort();
  options.onProgress?.({ kind: "planned", apply: tenants.length, remove: removed.length });

  const stackDir = (name: string): string => {
    const dir = path.join(options.workDir, name);
    fs.mkdirSync(dir, { recursive: true });
    return dir;
  };

  const configure = async (stack: Stack): Promise<void> => {
    if (!options.config || Object.keys(options.config).length === 0) return;
    await stack.setAllConfig(
      Object.fromEntries(Object.entries(options.config).map(([key, value]) => [key, { value }])),
    );
  };

  const apply = async (tenant: Tenant): Promise<OpMap | undefined> => {
    const stack = await LocalWorkspace.createOrSelectStack(
      { projectName: PROJECT_NAME, stackName: tenant.id, program: tenantProgram(tenant) },
      workspaceOptions(stackDir(tenant.id)),
    );
    await configure(stack);
    return (await stack.up()).summary.resourceChanges;
  };

  /**
   * A hardened pool has deletion protection ACTIVE and Cognito refuses to delete it, so the stack is
   * first updated with the tenant's own program unprotected (its entry was kept as an output), then
   * destroyed, then removed from the backend.
   */
  const remove = async (name: string): Promise<OpMap | undefined> => {
    const dir = stackDir(name);
    const stack = await LocalWorkspace.selectStack(
      { projectName: PROJECT_NAME, stackName: name, program: async () => ({}) },
      workspaceOptions(dir),
    );
    await configure(stack);
    const recorded = (await stack.outputs()).tenant?.value;
    if (typeof recorded === "string") {
      stack.workspace.program = tenantProgram(JSON.parse(recorded) as Tenant, "INACTIVE");
      await stack.up();
    }
    const destroyed = (await stack.destroy()).summary.resourceChanges;
    await stack.workspace.removeStack(name);
    fs.rmSync(dir, { recursive: true, force: true });
    return destroyed;
  };

  const run = async (tenant: string, action: TenantAction, work: () => Promise<OpMap | undefined>) => {
    const started = performance.now();
    for (let attempt = 1; ; attempt++) {
      options.onProgress?.({ kind: "started", tenant, action, attempt });
      try {
        const changes = await work();
        const result: TenantResult = {
          tenant,
          action,
          status: "succeeded",
          attempts: attempt,
          seconds: (performance.now() - started) / 1000,
          changes,
        };
        options.onProgress?.({ kind: "finished", result });
        return result;
      } catch (error) {
        if (attempt >= options.attempts) {
          const result: TenantResult = {
            tenant,
            action,
            status: "failed",
            attempts: attempt,
            seconds: (performance.now() - started) / 1000,
            error: summary(error),
          };
          options.onProgress?.({ kind: "finished", result });
          return result;
        }
        // Full jitter, so tenants that failed together (a throttled burst) do not retry together.
        const delaySeconds = Math.random() * Math.min(30, 2 ** attempt);
        options.onProgress?.({ kind: "retrying", tenant, action, attempt, error: summary(error), delaySeconds });
        await sleep(delaySeconds * 1000);
      }
    }
  };

  const limit = pLimit(options.concurrency);
  return Promise.all([
    ...tenants.map((tenant) => limit(() => run(tenant.id, "apply", () => apply(tenant)))),
    ...removed.map((name) => limit(() => run(name, "remove", () => remove(name)))),
  ]);
}
