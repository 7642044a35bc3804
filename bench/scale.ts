/**
 * `npm run bench -- --scale[=100,300,1000]`: one stack of N pools through each door (dynamic
 * UserPool, resource plugin) beside N no-op dynamic resources, for each N: up, preview, refresh
 * and destroy seconds, peak memory of the CLI and of the provider process, checkpoint bytes, the
 * ratio to the no-op floor, and the growth exponent fitted over N (log-log least squares). For the
 * largest N, the same with PULUMI_SKIP_CHECKPOINTS=true. First, the state of one minimal pool and
 * one bench pool through each door, key by key. Results are written after every step, so a run
 * stopped part way keeps what it measured: bench/results/scale/results.{json,md}. Where this machine
 * has Terraform and hashicorp/aws, the same N pools through Terraform beside them (bench/terraform.ts),
 * and at each N the same calls without the engine (bench/apiFloor.ts); `--scale-terraform-only` and
 * `--scale-api-floor-only` add just those to the results already written. At the largest N, the
 * stacks also run with PULUMI_NODEJS_TRANSPILE_ONLY=true (the program transpiled, not type-checked:
 * `--scale-no-typecheck-only` adds just that). At each N, the plugin door also runs from a Pulumi YAML
 * program, its own users' way in (`--scale-plugin-yaml-only` adds just that).
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { emulatorEnvironment, startEmulator, type RunningEmulator } from "../tools/emulators";
import { repoRoot } from "../tools/pulumiCli";
import { apiFloorOps, engineDefaultParallel, measureApiFloor, type ApiFloor } from "./apiFloor";
import { watchMemory } from "./processMemory";
import { benchResources, checkpointBytes, stateBreakdown, type StateBreakdown } from "./stateSize";
import { measureTerraform, terraformUnavailable, type TerraformRun } from "./terraform";
import {
  log,
  pluginYamlWorkspace,
  STACK_KINDS,
  timed,
  timedOps,
  workspaceFor,
  type StackKind,
  type TimedOp,
} from "./workspaces";

export const DEFAULT_SCALE_SIZES = [100, 300, 1000];
/** Targets for one minimal pool's state, compact JSON (issue 20). */
const STATE_TARGETS: Record<Exclude<StackKind, "noop">, number> = { plugin: 2048, userpools: 4096 };

interface Run {
  seconds: Partial<Record<TimedOp, number>>;
  peakCliMiB?: number;
  peakProviderMiB?: number;
  /** Pulumi's Node.js language host and the program process (absent from runs before issue 20's last stop). */
  peakProgramMiB?: number;
  /** The largest sum over every process of the run at one sample. */
  peakTotalMiB?: number;
  checkpointBytes?: number;
  bytesPerResource?: number;
}

interface ScaleResults {
  machine: Record<string, unknown>;
  sizes: number[];
  stateTargets: typeof STATE_TARGETS;
  state: Record<string, StateBreakdown & { checkpointBytes: number }>;
  runs: Record<StackKind, Record<number, Run>>;
  skipCheckpoints: Record<StackKind, Record<number, Run>>;
  /**
   * The largest N with PULUMI_NODEJS_TRANSPILE_ONLY=true (absent from runs before 2026-12-07, 19:51 UTC):
   * what type-checking the TypeScript program at every `up` and `preview` costs.
   */
  noTypeCheck?: Record<StackKind, Record<number, Run>>;
  /**
   * The plugin door's N pools from a Pulumi YAML program, the program in Pulumi's Go YAML language host
   * instead of a Node.js process (absent from results before commit 64ddece, unless `--scale-plugin-yaml-only` added it).
   */
  pluginYaml?: Record<number, Run>;
  completedSizes: number[];
  /** The same N pools through Terraform (bench/terraform.ts), when this machine has it. */
  terraform?: Record<number, TerraformRun>;
  terraformUnavailable?: string;
  /** The same calls without the engine, against the same moto (bench/apiFloor.ts). */
  apiFloor?: Record<number, ApiFloor>;
  /** When a `--scale-*-only` run added its measurement, apart from the stacks' run (ISO 8601). */
  addedLater?: Partial<Record<AddedLater, string>>;
}

/** Measurements `--scale-*-only` adds to the results already written. */
export type AddedLater = "terraform" | "apiFloor" | "noTypeCheck" | "pluginYaml";

/** A stack the scale run measures: a bench stack (bench/programs), or the plugin's pools from Pulumi YAML. */
type ScaleStack = StackKind | "pluginYaml";

/**
 * Pulumi's Node.js runner type-checks a TypeScript program through ts-node unless
 * PULUMI_NODEJS_TRANSPILE_ONLY is "true"; when the variable is unset, tsconfig's `noCheck` decides:
 * @pulumi/pulumi v3.248.0, sdk/nodejs/cmd/run/run.ts, `transpileOnly`. The default stacks set it to
 * "false", so a variable left in the shell cannot make them transpiled too.
 * https://github.com/pulumi/pulumi/blob/v3.248.0/sdk/nodejs/cmd/run/run.ts
 */
const TYPE_CHECK_ENV = { PULUMI_NODEJS_TRANSPILE_ONLY: "false" };
const TRANSPILE_ONLY_ENV = { PULUMI_NODEJS_TRANSPILE_ONLY: "true" };

/** One empty record of runs for each kind of stack. */
function runsByKind(): Record<StackKind, Record<number, Run>> {
  return { noop: {}, userpools: {}, plugin: {} };
}

const resultsDir = path.join(repoRoot, "bench", "results", "scale");
const resultsFile = path.join(resultsDir, "results.json");

/** Written after every step, so a run stopped part way keeps what it measured. */
function saveResults(results: ScaleResults): void {
  fs.writeFileSync(resultsFile, `${JSON.stringify(results, null, 2)}\n`);
  fs.writeFileSync(path.join(resultsDir, "results.md"), markdown(results));
}

/** The exponent b of seconds ≈ a·N^b, least squares over (ln N, ln seconds). */
export function growthExponent(points: ReadonlyArray<{ n: number; seconds: number }>): number | undefined {
  const usable = points.filter((p) => p.n > 0 && p.seconds > 0);
  if (usable.length < 2) return undefined;
  const xs = usable.map((p) => Math.log(p.n));
  const ys = usable.map((p) => Math.log(p.seconds));
  const mean = (values: number[]): number => values.reduce((a, b) => a + b, 0) / values.length;
  const mx = mean(xs);
  const my = mean(ys);
  const covariance = xs.reduce((sum, x, i) => sum + (x - mx) * (ys[i] - my), 0);
  const variance = xs.reduce((sum, x) => sum + (x - mx) ** 2, 0);
  return variance === 0 ? undefined : covariance / variance;
}

/** One stack: up, preview (no changes), refresh, destroy, watching memory throughout. */
async function measureStack(
  moto: RunningEmulator,
  kind: ScaleStack,
  n: number,
  extraEnv: Record<string, string> = {},
): Promise<Run> {
  const env = { ...emulatorEnvironment(moto), ...TYPE_CHECK_ENV, ...extraEnv };
  const workspace = await (kind === "pluginYaml" ? pluginYamlWorkspace(n, env) : workspaceFor(kind, n, env));
  const run: Run = { seconds: {} };
  const memory = watchMemory(200);
  try {
    run.seconds.up = await timed(() => workspace.up());
    run.checkpointBytes = checkpointBytes(path.join(workspace.dir, "state"));
    run.bytesPerResource = stateBreakdown(benchResources(await workspace.exportState())).bytesPerResource;
    run.seconds.preview = await timed(() => workspace.preview(["--expect-no-changes"]));
    run.seconds.refresh = await timed(() => workspace.refresh());
    run.seconds.destroy = await timed(() => workspace.destroy());
  } finally {
    const peak = memory.stop();
    run.peakCliMiB = Number(peak.cli.toFixed(1));
    run.peakProviderMiB = Number(peak.provider.toFixed(1));
    run.peakProgramMiB = Number(peak.program.toFixed(1));
    run.peakTotalMiB = Number(peak.total.toFixed(1));
    workspace.remove();
  }
  return run;
}

/** One minimal pool and one bench pool through each door: bytes per key. */
async function measureState(moto: RunningEmulator, results: ScaleResults): Promise<void> {
  for (const kind of ["userpools", "plugin", "noop"] as const) {
    for (const minimal of kind === "noop" ? [false] : [true, false]) {
      const workspace = await workspaceFor(kind, 1, emulatorEnvironment(moto), minimal ? { minimal: "true" } : {});
      try {
        await workspace.up();
        const breakdown = stateBreakdown(benchResources(await workspace.exportState()));
        results.state[`${kind}${kind === "noop" ? "" : minimal ? " minimal" : " bench pool"}`] = {
          ...breakdown,
          checkpointBytes: checkpointBytes(path.join(workspace.dir, "state")),
        };
        await workspace.destroy();
      } finally {
        workspace.remove();
      }
    }
  }
}

function seconds(run: Run | undefined, op: TimedOp): string {
  const value = run?.seconds[op];
  return value === undefined ? "–" : value.toFixed(1);
}

/** Terraform's seconds, memory and state beside the stacks of pools', and each one's time as a share of Terraform's. */
function terraformSection(results: ScaleResults): string[] {
  if (!results.terraform) {
    return [`## Beside Terraform`, "", `Not measured: ${results.terraformUnavailable ?? "not run"}.`, ""];
  }
  const tf = results.terraform;
  const sizes = results.sizes.filter((n) => tf[n]);
  const memory = (run: { peakTotalMiB?: number } | undefined): string => run?.peakTotalMiB?.toFixed(0) ?? "–";
  return [
    "## Beside Terraform (hashicorp/aws `aws_cognito_user_pool` with `count`, the same pool, the same moto)",
    "",
    "Terraform runs as users run it: `apply`, `plan -detailed-exitcode` (no changes), `apply -refresh-only`, `destroy`. " +
      "Memory: the largest sum of the high-water marks of the processes alive at one sample (bench/processMemory.ts): " +
      "for Terraform its CLI and provider; for Pulumi the CLI, the provider, and the language host with the program, " +
      "which Terraform has no counterpart of.",
    "",
    "| N | terraform up | plan | refresh | destroy | all processes MiB | state bytes per pool |",
    "|---|---|---|---|---|---|---|",
    ...sizes.map(
      (n) =>
        `| ${n} | ${timedOps.map((op) => seconds(tf[n], op)).join(" | ")} | ${memory(tf[n])} | ${tf[n].bytesPerResource ?? "–"} |`,
    ),
    "",
    "Each stack of pools' seconds ÷ Terraform's (below 1: ahead of Terraform), and memory:",
    "",
    `| stack | N | ${timedOps.join(" | ")} | all processes MiB |`,
    `|---|---|${timedOps.map(() => "---").join("|")}|---|`,
    ...poolStacks(results).flatMap(({ label, runs }) =>
      sizes.map(
        (n) =>
          `| ${label} | ${n} | ${timedOps.map((op) => ratioCell(runs[n]?.seconds[op], tf[n].seconds[op])).join(" | ")} | ${memory(runs[n])} |`,
      ),
    ),
    "",
  ];
}

/** Each door's seconds beside the no-op floor's and beside what the same API calls take without the engine. */
function apiFloorSection(results: ScaleResults): string[] {
  const floor = results.apiFloor ?? {};
  const sizes = results.sizes.filter((n) => floor[n]);
  if (sizes.length === 0) return [];
  const cell = (value: number | undefined): string => (value === undefined ? "–" : value.toFixed(1));
  return [
    "## Beside the API calls alone (bench/apiFloor.ts)",
    "",
    "The same N bench pools against the same moto without the engine, as many at a time as the engine's default " +
      "`--parallel` here (the last column): the SDK alone sends the requests the provider sends (up: CreateUserPool; " +
      "refresh: DescribeUserPool; destroy: DescribeUserPool and DeleteUserPool), so it is moto's answer time plus " +
      "the client's own work; the provider core is check, create, read and delete called in-process. The no-op " +
      "stack makes no API call. The columns do not add up to a door's time: the engine's work overlaps the calls'." +
      (results.addedLater?.apiFloor
        ? ` Measured on ${results.addedLater.apiFloor}, apart from the stacks' run (\`--scale-api-floor-only\`).`
        : ""),
    "",
    "| N | operation | no-op floor | dynamic door | plugin door | SDK alone | provider core | at a time |",
    "|---|---|---|---|---|---|---|---|",
    ...sizes.flatMap((n) =>
      apiFloorOps.map(
        (op) =>
          `| ${n} | ${op} | ${cell(results.runs.noop[n]?.seconds[op])} | ${cell(results.runs.userpools[n]?.seconds[op])} | ${cell(results.runs.plugin[n]?.seconds[op])} | ${cell(floor[n].bareSdk[op])} | ${cell(floor[n].providerCore[op])} | ${floor[n].parallel} |`,
      ),
    ),
    "",
    "What the provider core keeps as N grows: the live heap after a full collection once it created, read and " +
      "deleted the N pools, less the same after a first batch (which made its client and compiled its code): " +
      sizes.map((n) => `N = ${n}: ${floor[n].providerCoreRetainedMiB?.toFixed(2) ?? "–"} MiB`).join("; ") +
      ".",
    "",
    ...allocationLines(floor, sizes),
  ];
}

/** KiB allocated per pool by the SDK alone and by the provider core, where the run measured it. */
function allocationLines(floor: Record<number, ApiFloor>, sizes: number[]): string[] {
  const measured = sizes.filter((n) => floor[n].providerCoreAllocatedKiB && floor[n].bareSdkAllocatedKiB);
  if (measured.length === 0) return [];
  const cell = (value: number | undefined): string => (value === undefined ? "–" : value.toFixed(0));
  return [
    "KiB allocated per pool in each operation, in-process (what collections freed meanwhile plus what the heap " +
      "grew by): the garbage a provider process makes, for which V8 grows its heap.",
    "",
    "| N | operation | SDK alone | provider core |",
    "|---|---|---|---|",
    ...measured.flatMap((n) =>
      apiFloorOps.map(
        (op) =>
          `| ${n} | ${op} | ${cell(floor[n].bareSdkAllocatedKiB?.[op])} | ${cell(floor[n].providerCoreAllocatedKiB?.[op])} |`,
      ),
    ),
    "",
  ];
}

/** The largest N with the program type-checked (the default) and transpiled only, beside Terraform. */
function noTypeCheckSection(results: ScaleResults): string[] {
  const largest = results.sizes[results.sizes.length - 1];
  const untyped = results.noTypeCheck;
  if (!untyped) return [];
  const row = (kind: StackKind, label: string, run: Run | undefined): string =>
    `| ${kind} | ${label} | ${timedOps.map((op) => seconds(run, op)).join(" | ")} | ${run?.peakProgramMiB ?? "–"} | ${run?.peakTotalMiB ?? "–"} |`;
  const terraform = results.terraform?.[largest];
  return [
    `## PULUMI_NODEJS_TRANSPILE_ONLY=true beside the default, N = ${largest}`,
    "",
    "By default Pulumi's Node.js runner type-checks a TypeScript program (ts-node) at every `up` and `preview`; with " +
      "PULUMI_NODEJS_TRANSPILE_ONLY=true (or, when that variable is unset, `noCheck` in tsconfig.json) it only " +
      "transpiles it, and type errors are left to a `tsc --noEmit` in CI." +
      (results.addedLater?.noTypeCheck
        ? ` The transpiled rows were measured on ${results.addedLater.noTypeCheck}, apart from the stacks' run ` +
          "(`--scale-no-typecheck-only`): their seconds are not comparable with the default rows', their memory is."
        : ""),
    "",
    "| stack | program | up | preview | refresh | destroy | program peak MiB | all processes MiB |",
    "|---|---|---|---|---|---|---|---|",
    ...STACK_KINDS.flatMap((kind) => [
      row(kind, "type-checked (default)", results.runs[kind][largest]),
      row(kind, "transpiled only", untyped[kind][largest]),
    ]),
    ...(terraform
      ? [
          `| terraform | – | ${timedOps.map((op) => seconds(terraform, op)).join(" | ")} | – | ${terraform.peakTotalMiB ?? "–"} |`,
        ]
      : []),
    "",
  ];
}

/** A stack's label in the tables and its runs by N. */
interface StackRuns {
  label: string;
  runs: Record<number, Run>;
}

/** The stacks of pools measured at each N: the bench's doors, then, where measured, the plugin's pools from Pulumi YAML. */
function poolStacks(results: ScaleResults): StackRuns[] {
  return [
    ...STACK_KINDS.filter((kind) => kind !== "noop").map((kind) => ({ label: kind, runs: results.runs[kind] })),
    ...(results.pluginYaml ? [{ label: "plugin from YAML", runs: results.pluginYaml }] : []),
  ];
}

/** Every stack measured at each N: the no-op floor, then the stacks of pools. */
function measuredStacks(results: ScaleResults): StackRuns[] {
  return [{ label: "noop", runs: results.runs.noop }, ...poolStacks(results)];
}

/** `a ÷ b`, when both were measured. */
function ratio(a: number | undefined, b: number | undefined): number | undefined {
  return a !== undefined && b ? a / b : undefined;
}

/** `a ÷ b` as a table cell. */
function ratioCell(a: number | undefined, b: number | undefined): string {
  return ratio(a, b)?.toFixed(2) ?? "–";
}

/** What the "plugin from YAML" rows are, and whether they come from the stacks' run. */
function pluginYamlNote(results: ScaleResults): string[] {
  if (!results.pluginYaml) return [];
  return [
    "\"plugin from YAML\": the plugin's bench pools from a Pulumi YAML program, the way in for that door's users " +
      "(bench/programs/plugin-yaml, the pools written out from `benchPoolArgs`: YAML has no loops), run by Pulumi's Go " +
      "YAML language host instead of a Node.js process. Its provider figure is every plugin process alive at one sample." +
      (results.addedLater?.pluginYaml
        ? ` Measured on ${results.addedLater.pluginYaml}, apart from the stacks' run (\`--scale-plugin-yaml-only\`): ` +
          "its seconds beside the other stacks' and Terraform's come from different runs, its memory is comparable."
        : ""),
    "",
  ];
}

function markdown(results: ScaleResults): string {
  const sizes = results.sizes;
  const largest = sizes[sizes.length - 1];
  const lines = [
    "# Scale: one stack of N resources (`npm run bench -- --scale`)",
    "",
    `Machine: ${Object.entries(results.machine)
      .map(([k, v]) => `${k} ${String(v)}`)
      .join("; ")}. Sizes asked: ${sizes.join(", ")}; completed: ${results.completedSizes.join(", ") || "none"}.`,
    "",
    "## State per resource (compact JSON, as the checkpoint stores it)",
    "",
    `Targets for one minimal pool: plugin ≤ ${STATE_TARGETS.plugin} bytes, dynamic ≤ ${STATE_TARGETS.userpools} bytes.`,
    "",
    "| resource | bytes | inputs | outputs | largest keys |",
    "|---|---|---|---|---|",
    ...Object.entries(results.state).map(
      ([name, b]) =>
        `| ${name} | ${b.bytesPerResource} | ${b.inputsBytes} | ${b.outputsBytes} | ${Object.entries(b.byKey)
          .slice(0, 6)
          .map(([k, v]) => `${k} ${v}`)
          .join(", ")} |`,
    ),
    "",
    "## Seconds per operation, peak memory, checkpoint",
    "",
    "| stack | N | up | preview | refresh | destroy | CLI peak MiB | provider peak MiB | program peak MiB | all processes MiB | checkpoint bytes | bytes per resource |",
    "|---|---|---|---|---|---|---|---|---|---|---|---|",
    ...measuredStacks(results).flatMap(({ label, runs }) =>
      sizes.map((n) => {
        const run = runs[n];
        return `| ${label} | ${n} | ${timedOps.map((op) => seconds(run, op)).join(" | ")} | ${run?.peakCliMiB ?? "–"} | ${run?.peakProviderMiB ?? "–"} | ${run?.peakProgramMiB ?? "–"} | ${run?.peakTotalMiB ?? "–"} | ${run?.checkpointBytes ?? "–"} | ${run?.bytesPerResource ?? "–"} |`;
      }),
    ),
    "",
    ...pluginYamlNote(results),
    "## Ratio to the no-op floor (same N, same run)",
    "",
    `| stack | N | ${timedOps.join(" | ")} |`,
    `|---|---|${timedOps.map(() => "---").join("|")}|`,
    ...poolStacks(results).flatMap(({ label, runs }) =>
      sizes.map(
        (n) =>
          `| ${label} | ${n} | ${timedOps.map((op) => ratioCell(runs[n]?.seconds[op], results.runs.noop[n]?.seconds[op])).join(" | ")} |`,
      ),
    ),
    "",
    `## Goal: the ratio to the no-op floor at N = ${largest} no worse than at N = ${sizes[0]}`,
    "",
    `Each cell: ratio at N = ${largest} ÷ ratio at N = ${sizes[0]} (at most 1 meets the goal; within 10% is inside this machine's noise).`,
    "",
    `| stack | ${timedOps.join(" | ")} |`,
    `|---|${timedOps.map(() => "---").join("|")}|`,
    ...poolStacks(results).map(({ label, runs }) => {
      const ratioAt = (n: number, op: TimedOp): number | undefined =>
        ratio(runs[n]?.seconds[op], results.runs.noop[n]?.seconds[op]);
      return `| ${label} | ${timedOps
        .map((op) => {
          const low = ratioAt(sizes[0], op);
          const high = ratioAt(largest, op);
          return low !== undefined && high !== undefined && sizes.length > 1 ? (high / low).toFixed(2) : "–";
        })
        .join(" | ")} |`;
    }),
    "",
    "## Growth exponent (seconds ≈ a·N^b, log-log least squares over the completed N)",
    "",
    `| stack | ${timedOps.join(" | ")} |`,
    `|---|${timedOps.map(() => "---").join("|")}|`,
    ...measuredStacks(results).map(
      ({ label, runs }) =>
        `| ${label} | ${timedOps
          .map((op) => {
            const b = growthExponent(sizes.map((n) => ({ n, seconds: runs[n]?.seconds[op] ?? 0 })));
            return b === undefined ? "–" : b.toFixed(2);
          })
          .join(" | ")} |`,
    ),
    "",
    ...terraformSection(results),
    ...apiFloorSection(results),
    `## PULUMI_SKIP_CHECKPOINTS=true beside the default, N = ${largest}`,
    "",
    "| stack | checkpoints | up | preview | refresh | destroy |",
    "|---|---|---|---|---|---|",
    ...STACK_KINDS.flatMap((kind) => [
      `| ${kind} | written (default) | ${timedOps.map((op) => seconds(results.runs[kind][largest], op)).join(" | ")} |`,
      `| ${kind} | skipped | ${timedOps.map((op) => seconds(results.skipCheckpoints[kind][largest], op)).join(" | ")} |`,
    ]),
    "",
    ...noTypeCheckSection(results),
  ];
  return lines.join("\n");
}

/**
 * Adds one kind of measurement to the results already written: Terraform, the API floor and the
 * plugin's stack from Pulumi YAML for the sizes the results list, the untyped program's stacks for the largest.
 */
async function addToResults(only: AddedLater): Promise<void> {
  const results = JSON.parse(fs.readFileSync(resultsFile, "utf8")) as ScaleResults;
  if (only === "terraform") {
    const unavailable = terraformUnavailable();
    if (unavailable) throw new Error(`--scale-terraform-only: ${unavailable}`);
    delete results.terraformUnavailable;
  }
  const save = (): void => saveResults(results);
  results.addedLater = { ...results.addedLater, [only]: new Date().toISOString() };
  const moto = await startEmulator("moto");
  try {
    if (only === "noTypeCheck") {
      const untyped = (results.noTypeCheck = runsByKind());
      return await measureUntypedStacks(moto, results.sizes[results.sizes.length - 1], untyped, save);
    }
    if (only === "pluginYaml") {
      const yaml: Record<number, Run> = (results.pluginYaml = {});
      for (const n of results.sizes) await measurePluginYaml(moto, n, yaml, save);
      return;
    }
    const terraform: Record<number, TerraformRun> = {};
    const apiFloor: Record<number, ApiFloor> = {};
    if (only === "terraform") results.terraform = terraform;
    else results.apiFloor = apiFloor;
    const parallel = only === "apiFloor" ? engineDefaultParallel() : 0;
    for (const n of results.sizes) {
      const measured =
        only === "terraform"
          ? (terraform[n] = await measureTerraform(moto, n))
          : (apiFloor[n] = await measureApiFloor(moto, n, parallel));
      save();
      log(`N=${n} ${only === "terraform" ? "terraform" : "API floor"}: ${JSON.stringify(measured)}`);
    }
  } finally {
    await moto.stop();
  }
}

/** The plugin door's stack of `n` from Pulumi YAML, saved. */
async function measurePluginYaml(
  moto: RunningEmulator,
  n: number,
  yaml: Record<number, Run>,
  save: () => void,
): Promise<void> {
  yaml[n] = await measureStack(moto, "pluginYaml", n);
  save();
  log(`N=${n} plugin from Pulumi YAML: ${JSON.stringify(yaml[n])}`);
}

/** Each kind's stack of `n` whose program Pulumi transpiles without type-checking it, saved after each. */
async function measureUntypedStacks(
  moto: RunningEmulator,
  n: number,
  untyped: Record<StackKind, Record<number, Run>>,
  save: () => void,
): Promise<void> {
  for (const kind of STACK_KINDS) {
    untyped[kind][n] = await measureStack(moto, kind, n, TRANSPILE_ONLY_ENV);
    save();
    log(`N=${n} ${kind} (transpiled only): ${JSON.stringify(untyped[kind][n])}`);
  }
}

/**
 * `measureStateFirst` false (`--scale-no-state`) skips the per-key state of single pools;
 * `only` (`--scale-terraform-only`, `--scale-api-floor-only`, `--scale-no-typecheck-only`,
 * `--scale-plugin-yaml-only`) measures only Terraform, the API floor, the untyped program's stacks or
 * the plugin's stack from Pulumi YAML, into the results already written;
 * `--scale --render` rewrites the Markdown from the JSON.
 */
export async function runScale(
  sizes: number[],
  machine: Record<string, unknown>,
  measureStateFirst = true,
  only?: AddedLater | "render",
): Promise<void> {
  fs.mkdirSync(resultsDir, { recursive: true });
  if (only === "render") return saveResults(JSON.parse(fs.readFileSync(resultsFile, "utf8")) as ScaleResults);
  if (only) return addToResults(only);
  const unavailable = terraformUnavailable();
  const apiFloor: Record<number, ApiFloor> = {};
  const untyped = runsByKind();
  const pluginYaml: Record<number, Run> = {};
  const results: ScaleResults = {
    machine,
    sizes,
    stateTargets: STATE_TARGETS,
    state: {},
    runs: runsByKind(),
    skipCheckpoints: runsByKind(),
    noTypeCheck: untyped,
    pluginYaml,
    completedSizes: [],
    ...(unavailable ? { terraformUnavailable: unavailable } : { terraform: {} }),
    apiFloor,
  };
  const parallel = engineDefaultParallel();
  const save = (): void => saveResults(results);
  const moto = await startEmulator("moto");
  try {
    if (measureStateFirst) await measureState(moto, results);
    save();
    log(
      `state per resource: ${JSON.stringify(Object.fromEntries(Object.entries(results.state).map(([k, v]) => [k, v.bytesPerResource])))}`,
    );
    for (const n of sizes) {
      for (const kind of STACK_KINDS) {
        results.runs[kind][n] = await measureStack(moto, kind, n);
        save();
        log(`N=${n} ${kind}: ${JSON.stringify(results.runs[kind][n])}`);
      }
      await measurePluginYaml(moto, n, pluginYaml, save);
      if (results.terraform) {
        results.terraform[n] = await measureTerraform(moto, n);
        save();
        log(`N=${n} terraform: ${JSON.stringify(results.terraform[n])}`);
      }
      apiFloor[n] = await measureApiFloor(moto, n, parallel);
      save();
      log(`N=${n} API floor: ${JSON.stringify(apiFloor[n])}`);
      results.completedSizes.push(n);
      save();
    }
    const largest = sizes[sizes.length - 1];
    for (const kind of STACK_KINDS) {
      results.skipCheckpoints[kind][largest] = await measureStack(moto, kind, largest, {
        PULUMI_SKIP_CHECKPOINTS: "true",
      });
      save();
      log(
        `N=${largest} ${kind} (PULUMI_SKIP_CHECKPOINTS=true): ${JSON.stringify(results.skipCheckpoints[kind][largest])}`,
      );
    }
    await measureUntypedStacks(moto, largest, untyped, save);
  } finally {
    await moto.stop();
  }
}
