/**
 * `npm run bench [-- --quick]`: what a deployment costs, through the real pulumi CLI against moto
 * on loopback, as ratios against N no-op dynamic resources measured in the same run.
 * Results: bench/results/ (JSON, Markdown table, SVG chart). --quick is CI's smoke test of the
 * harness (small N, one repeat); it checks the harness works, not the targets.
 * --fleet measures examples/fleet under Cognito's quotas instead (bench/fleet.ts).
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { performance } from "node:perf_hooks";
import * as pulumi from "@pulumi/pulumi";
import { USER_POOL_PROVIDER_TEXT } from "../sdk/providerShim";
import { userPoolProvider } from "../provider/userPoolProvider";
import { emulatorEnvironment, startEmulator, type RunningEmulator } from "../tools/emulators";
import { repoRoot } from "../tools/pulumiCli";
import { lineChartSvg } from "./chart";
import { bareSdkSeconds, engineDefaultParallel } from "./apiFloor";
import { DEFAULT_SCALE_SIZES, runScale } from "./scale";
import { benchResources } from "./stateSize";
import { benchFleet } from "./fleet";
import { startFaultProxy } from "../tools/throttlingProxy";
import { watchProviderMemory } from "./processMemory";
import { ratioSummary, summarise, type Summary } from "./stats";
import {
  benchPoolArgs,
  log,
  STACK_KINDS,
  timed,
  timedOps,
  workspaceFor,
  type StackKind,
  type TimedOp,
} from "./workspaces";

const quick = process.argv.includes("--quick");
const sizes = quick ? [1, 3] : [1, 10, 50];
const repeats = quick ? 1 : 3;
const throttledPools = quick ? 5 : 20;

const resultsDir = path.join(repoRoot, "bench", "results", quick ? "quick" : "");

class CallCounter {
  constructor(readonly file: string) {
    fs.writeFileSync(file, "");
  }
  private lines(): string[] {
    return fs.readFileSync(this.file, "utf8").split("\n").filter(Boolean);
  }
  /** Calls made while `run` ran, by command name. */
  async during(run: () => Promise<unknown>): Promise<Record<string, number>> {
    const before = this.lines().length;
    await run();
    const counts: Record<string, number> = {};
    for (const name of this.lines().slice(before)) counts[name] = (counts[name] ?? 0) + 1;
    return counts;
  }
}

function perPool(counts: Record<string, number>, pools: number): Record<string, number> {
  return Object.fromEntries(Object.entries(counts).map(([name, count]) => [name, count / pools]));
}

interface Measurements {
  seconds: Record<StackKind, Record<number, Record<TimedOp, number[]>>>;
  apiCallsPerPool: Record<string, Record<string, number>>;
  stateBytesPerResource: Record<StackKind, number>;
  providerBytes: Record<StackKind, number>;
  peakProviderMemoryMiB: Record<StackKind, number>;
}

async function measureScaling(moto: RunningEmulator, measurements: Measurements): Promise<void> {
  for (let repeat = 1; repeat <= repeats; repeat++) {
    for (const n of sizes) {
      for (const kind of STACK_KINDS) {
        const callLog = path.join(os.tmpdir(), `bench-calls-${process.pid}-${kind}.log`);
        const counter = new CallCounter(callLog);
        const workspace = await workspaceFor(kind, n, {
          ...emulatorEnvironment(moto),
          PULUMI_COGNITO_API_CALL_LOG: callLog,
        });
        const times = (measurements.seconds[kind][n] ??= { up: [], preview: [], refresh: [], destroy: [] });
        try {
          const isLargest = n === sizes[sizes.length - 1] && repeat === 1;
          const memory = isLargest ? watchProviderMemory() : undefined;
          const upCalls = await counter.during(async () => times.up.push(await timed(() => workspace.up())));
          const previewCalls = await counter.during(async () =>
            times.preview.push(await timed(() => workspace.preview(["--expect-no-changes"]))),
          );
          const refreshCalls = await counter.during(async () =>
            times.refresh.push(await timed(() => workspace.refresh())),
          );
          if (memory) measurements.peakProviderMemoryMiB[kind] = memory.stop();
          if (isLargest) {
            const resources = benchResources(await workspace.exportState());
            measurements.stateBytesPerResource[kind] = Math.round(
              resources.reduce((sum, r) => sum + JSON.stringify(r).length, 0) / resources.length,
            );
            measurements.providerBytes[kind] = String(resources[0]?.inputs?.__provider ?? "").length;
          }
          let updateCalls: Record<string, number> = {};
          if (kind === "userpools" && repeat === 1) {
            await workspace.setConfig("minimumLength", "12");
            updateCalls = await counter.during(() => workspace.up());
          }
          const destroyCalls = await counter.during(async () =>
            times.destroy.push(await timed(() => workspace.destroy())),
          );
          if (kind === "userpools" && repeat === 1 && n === sizes[sizes.length - 1]) {
            measurements.apiCallsPerPool = {
              create: perPool(upCalls, n),
              "preview (no changes)": perPool(previewCalls, n),
              refresh: perPool(refreshCalls, n),
              "update (password policy)": perPool(updateCalls, n),
              delete: perPool(destroyCalls, n),
            };
          }
          log(
            `repeat ${repeat} N=${n} ${kind}: ${timedOps.map((op) => `${op} ${times[op][times[op].length - 1].toFixed(1)}s`).join(", ")}`,
          );
        } finally {
          workspace.remove();
          fs.rmSync(callLog, { force: true });
        }
      }
    }
  }
}

async function measureMfaCalls(moto: RunningEmulator): Promise<Record<string, Record<string, number>>> {
  const pools = 2;
  const callLog = path.join(os.tmpdir(), `bench-calls-${process.pid}-mfa.log`);
  const counter = new CallCounter(callLog);
  const workspace = await workspaceFor(
    "userpools",
    pools,
    { ...emulatorEnvironment(moto), PULUMI_COGNITO_API_CALL_LOG: callLog },
    { mfaFactors: "true" },
  );
  try {
    const create = await counter.during(() => workspace.up());
    const refresh = await counter.during(() => workspace.refresh());
    await workspace.destroy();
    return { "create (TOTP factor)": perPool(create, pools), "refresh (TOTP factor)": perPool(refresh, pools) };
  } finally {
    workspace.remove();
    fs.rmSync(callLog, { force: true });
  }
}

async function measureThrottling(moto: RunningEmulator): Promise<Record<string, unknown>> {
  const proxy = await startFaultProxy(moto.endpoint, 0.3, 0.05);
  const env = { ...emulatorEnvironment(moto), AWS_ENDPOINT_URL_COGNITO_IDENTITY_PROVIDER: proxy.endpoint };
  const workspace = await workspaceFor("userpools", throttledPools, env);
  try {
    const start = performance.now();
    const up = await workspace.up({ allowFailure: true });
    const seconds = (performance.now() - start) / 1000;
    const failures = up.code === 0 ? 0 : (up.stdout.match(/error:/g) ?? []).length || 1;
    const faults = { ...proxy.stats };
    await workspace.destroy({ allowFailure: true });
    return {
      pools: throttledPools,
      throttleRate: 0.3,
      serverErrorRate: 0.05,
      upExitCode: up.code,
      failures,
      seconds: Number(seconds.toFixed(2)),
      requests: faults.requests,
      throttledAnswers: faults.throttled,
      serverErrorAnswers: faults.serverErrors,
      retries: faults.throttled + faults.serverErrors,
    };
  } finally {
    workspace.remove();
    await proxy.close();
  }
}

/**
 * What moto itself needs for N CreateUserPool / DescribeUserPool calls of the bench pool sent
 * straight from the SDK, as many at a time as the engine's parallel steps: the floor no provider
 * can go below here (bench/apiFloor.ts, which the scale run reports at every N).
 */
async function measureEmulatorFloor(moto: RunningEmulator): Promise<Record<string, number>> {
  const n = sizes[sizes.length - 1];
  const parallel = engineDefaultParallel();
  const seconds = await bareSdkSeconds(
    moto,
    Array.from({ length: n }, (_, i) => `floor-${i}`),
    parallel,
  );
  return {
    pools: n,
    parallel,
    createSeconds: Number(seconds.up.toFixed(2)),
    describeSeconds: Number(seconds.refresh.toFixed(2)),
  };
}

/**
 * For each missed target, how much of the gap to the no-op baseline moto's own time for the same
 * calls explains: the provider adds nothing an emulator-free run would not also pay.
 */
function boundsOfMissedTargets(
  targets: Record<string, { target: number; median: number; met: boolean }>,
  floor: Record<string, number>,
  m: Measurements,
): string[] {
  const n = sizes[sizes.length - 1];
  const floorFor: Partial<Record<TimedOp, number>> = { up: floor.createSeconds, refresh: floor.describeSeconds };
  const lines: string[] = [];
  for (const op of timedOps) {
    if (targets[op]?.met !== false) continue;
    const pools = summarise(m.seconds.userpools[n][op]).median;
    const noop = summarise(m.seconds.noop[n][op]).median;
    const emulator = floorFor[op] ?? 0;
    lines.push(
      `Missed: ${op} at N = ${n} is ${pools.toFixed(2)}s against the no-op's ${noop.toFixed(2)}s, a gap of ${(pools - noop).toFixed(2)}s, of which ` +
        `${emulator.toFixed(2)}s is moto answering the same ${n} calls by itself; without it the ratio would be ${((pools - emulator) / noop).toFixed(2)}×.`,
    );
  }
  return lines.length > 0 ? [...lines, ""] : [];
}

/** `check`'s time per pool, and what N of them are as a share of the preview's gap to the no-op stack. */
function checkShare(checkMsPerPool: Record<string, number>, m: Measurements): string {
  const n = sizes[sizes.length - 1];
  const gapSeconds = summarise(m.seconds.userpools[n].preview).median - summarise(m.seconds.noop[n].preview).median;
  const checkSeconds = (checkMsPerPool.benchPool * n) / 1000;
  const share =
    gapSeconds > 0
      ? ` (${((checkSeconds / gapSeconds) * 100).toFixed(1)}% of the preview's ${gapSeconds.toFixed(2)}s gap to the no-op stack at N = ${n})`
      : "";
  return `\`check\` per pool, in process: ${Object.entries(checkMsPerPool)
    .map(([name, ms]) => `${name} ${ms.toFixed(3)} ms`)
    .join(", ")}; ${n} bench pools ${(checkSeconds * 1000).toFixed(1)} ms${share}.`;
}

/**
 * What the engine's dynamic provider path costs per resource before any call: serialising a no-op
 * provider's closure (what pulumi.dynamic.Resource does) against the UserPool's fixed provider text.
 */
async function measureSerialisation(): Promise<Record<string, number>> {
  const noop: pulumi.dynamic.ResourceProvider = {
    async create(inputs) {
      return { id: "x", outs: inputs };
    },
  };
  const rounds = 20;
  const start = performance.now();
  let noopText = "";
  for (let i = 0; i < rounds; i++) {
    noopText = (await pulumi.runtime.serializeFunction(() => noop, { allowSecrets: true })).text;
  }
  return {
    noopProviderMs: Number(((performance.now() - start) / rounds).toFixed(2)),
    noopProviderBytes: noopText.length,
    userPoolProviderBytes: USER_POOL_PROVIDER_TEXT.length,
  };
}

/**
 * `check`'s own time per pool, in process (no engine, no gRPC): the bench program's pool, a wired
 * pool whose ARNs are still unknown (preview), and a pool with three mistakes (every failure is
 * collected). Median of batches, after warm-up so the JIT has settled.
 */
async function measureCheck(): Promise<Record<string, number>> {
  const UNKNOWN = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";
  const cases: Record<string, Record<string, unknown>> = {
    benchPool: benchPoolArgs("bench-pool-0"),
    wiredAtPreview: {
      poolName: "wired",
      lambdaConfig: {
        preSignUp: UNKNOWN,
        customEmailSender: { lambdaArn: UNKNOWN, lambdaVersion: "V1_0" },
        kmsKeyId: UNKNOWN,
      },
      smsConfiguration: { snsCallerArn: UNKNOWN, externalId: "x" },
      autoVerifiedAttributes: UNKNOWN,
      userPoolTags: { source: UNKNOWN },
    },
    threeMistakes: {
      poolName: "bad",
      policies: { passwordPolicy: { minLength: 4 } },
      mfaConfiguration: "SOMETIMES",
      deletionProtection: "YES",
    },
  };
  const perPoolMs: Record<string, number> = {};
  for (const [name, args] of Object.entries(cases)) {
    for (let i = 0; i < 500; i++) await userPoolProvider.check({}, args);
    const batches: number[] = [];
    for (let batch = 0; batch < 7; batch++) {
      const rounds = 1000;
      const start = performance.now();
      for (let i = 0; i < rounds; i++) await userPoolProvider.check({}, args);
      batches.push((performance.now() - start) / rounds);
    }
    perPoolMs[name] = Number(summarise(batches).median.toFixed(4));
  }
  return perPoolMs;
}

function fmt(summary: Summary, digits = 2): string {
  return `${summary.median.toFixed(digits)} (${summary.min.toFixed(digits)}–${summary.max.toFixed(digits)})`;
}

/** `--scale` or `--scale=100,300`: the sizes of the scale run (bench/scale.ts), else undefined. */
function scaleSizes(): number[] | undefined {
  const flag = process.argv.find((arg) => arg === "--scale" || arg.startsWith("--scale="));
  if (!flag) return undefined;
  if (flag === "--scale") return DEFAULT_SCALE_SIZES;
  const sizes = flag.slice("--scale=".length).split(",").map(Number);
  if (sizes.some((n) => !Number.isInteger(n) || n < 1)) throw new Error(`--scale takes whole numbers: ${flag}`);
  return sizes.sort((a, b) => a - b);
}

function machineDescription(): Record<string, unknown> {
  return {
    cpus: `${os.cpus().length} × ${os.cpus()[0]?.model ?? "unknown"}`,
    memoryGiB: Number((os.totalmem() / 2 ** 30).toFixed(1)),
    os: `${os.type()} ${os.release()}`,
    node: process.version,
    when: new Date().toISOString(),
  };
}

async function main(): Promise<void> {
  const scale = scaleSizes();
  if (scale) {
    const modes = {
      "--scale-terraform-only": "terraform",
      "--scale-api-floor-only": "apiFloor",
      "--scale-no-typecheck-only": "noTypeCheck",
      "--scale-plugin-yaml-only": "pluginYaml",
      "--render": "render",
    } as const;
    const asked = Object.entries(modes).filter(([flag]) => process.argv.includes(flag));
    if (asked.length > 1) throw new Error(`--scale takes one of ${Object.keys(modes).join(", ")} at a time`);
    return runScale(scale, machineDescription(), !process.argv.includes("--scale-no-state"), asked[0]?.[1]);
  }
  fs.mkdirSync(resultsDir, { recursive: true });
  const started = performance.now();
  const moto = await startEmulator("moto");
  const measurements: Measurements = {
    seconds: { userpools: {}, noop: {}, plugin: {} },
    apiCallsPerPool: {},
    stateBytesPerResource: { userpools: 0, noop: 0, plugin: 0 },
    providerBytes: { userpools: 0, noop: 0, plugin: 0 },
    peakProviderMemoryMiB: { userpools: 0, noop: 0, plugin: 0 },
  };
  try {
    await measureScaling(moto, measurements);
    Object.assign(measurements.apiCallsPerPool, await measureMfaCalls(moto));
    log("throttling run");
    const throttling = await measureThrottling(moto);
    const serialisation = await measureSerialisation();
    const checkMsPerPool = await measureCheck();
    const emulatorFloor = await measureEmulatorFloor(moto);

    const ratios: Record<number, Record<TimedOp, Summary>> = {};
    for (const n of sizes) {
      ratios[n] = Object.fromEntries(
        timedOps.map((op) => [
          op,
          ratioSummary(measurements.seconds.userpools[n][op], measurements.seconds.noop[n][op]),
        ]),
      ) as Record<TimedOp, Summary>;
    }
    const pluginRatios: Record<number, Record<TimedOp, Summary>> = {};
    for (const n of sizes) {
      pluginRatios[n] = Object.fromEntries(
        timedOps.map((op) => [op, ratioSummary(measurements.seconds.plugin[n][op], measurements.seconds.noop[n][op])]),
      ) as Record<TimedOp, Summary>;
    }
    const largest = sizes[sizes.length - 1];
    const targets: Record<TimedOp, number> = { up: 2, preview: 1.5, refresh: 1.5, destroy: 2 };
    const machine = machineDescription();
    const results = {
      quick,
      machine,
      sizes,
      repeats,
      seconds: Object.fromEntries(
        STACK_KINDS.map((kind) => [
          kind,
          Object.fromEntries(
            sizes.map((n) => [
              n,
              Object.fromEntries(timedOps.map((op) => [op, summarise(measurements.seconds[kind][n][op])])),
            ]),
          ),
        ]),
      ),
      ratios,
      pluginRatios,
      targetsAtLargestN: Object.fromEntries(
        timedOps.map((op) => [
          op,
          {
            target: targets[op],
            median: Number(ratios[largest][op].median.toFixed(2)),
            met: ratios[largest][op].median <= targets[op],
          },
        ]),
      ),
      apiCallsPerPool: measurements.apiCallsPerPool,
      stateBytesPerResource: measurements.stateBytesPerResource,
      providerBytes: measurements.providerBytes,
      peakProviderMemoryMiB: Object.fromEntries(
        Object.entries(measurements.peakProviderMemoryMiB).map(([k, v]) => [k, Number(v.toFixed(1))]),
      ),
      serialisation,
      checkMsPerPool,
      emulatorFloor,
      throttling,
      benchSeconds: Number(((performance.now() - started) / 1000).toFixed(1)),
    };
    fs.writeFileSync(path.join(resultsDir, "results.json"), `${JSON.stringify(results, null, 2)}\n`);
    fs.writeFileSync(path.join(resultsDir, "results.md"), markdown(results, ratios, pluginRatios, measurements));
    fs.writeFileSync(
      path.join(resultsDir, "time-vs-n.svg"),
      lineChartSvg("pulumi up: wall time against N", [
        {
          label: "UserPool up",
          colour: "#c0392b",
          points: sizes.map((n) => ({ n, seconds: summarise(measurements.seconds.userpools[n].up).median })),
        },
        {
          label: "plugin up",
          colour: "#8e44ad",
          points: sizes.map((n) => ({ n, seconds: summarise(measurements.seconds.plugin[n].up).median })),
        },
        {
          label: "no-op up",
          colour: "#2980b9",
          points: sizes.map((n) => ({ n, seconds: summarise(measurements.seconds.noop[n].up).median })),
        },
        {
          label: "UserPool refresh",
          colour: "#e67e22",
          points: sizes.map((n) => ({ n, seconds: summarise(measurements.seconds.userpools[n].refresh).median })),
        },
        {
          label: "no-op refresh",
          colour: "#16a085",
          points: sizes.map((n) => ({ n, seconds: summarise(measurements.seconds.noop[n].refresh).median })),
        },
      ]),
    );
    log(`done in ${results.benchSeconds}s; results in ${path.relative(repoRoot, resultsDir) || "."}`);
    if (throttling.upExitCode !== 0) {
      log("the throttled pulumi up failed");
      process.exitCode = 1;
    }
  } finally {
    await moto.stop();
  }

  function markdown(
    results: {
      machine: Record<string, unknown>;
      emulatorFloor: Record<string, number>;
      throttling: Record<string, unknown>;
      serialisation: Record<string, number>;
      checkMsPerPool: Record<string, number>;
      benchSeconds: number;
      targetsAtLargestN: Record<string, { target: number; median: number; met: boolean }>;
    },
    ratios: Record<number, Record<TimedOp, Summary>>,
    pluginRatios: Record<number, Record<TimedOp, Summary>>,
    m: Measurements,
  ): string {
    const lines = [
      `# Benchmark results${quick ? " (quick smoke run)" : ""}`,
      "",
      `Machine: ${Object.entries(results.machine)
        .map(([k, v]) => `${k} ${String(v)}`)
        .join("; ")}. Run took ${results.benchSeconds}s.`,
      "",
      `Wall time of the UserPool stack divided by the same N of no-op dynamic resources, paired per repeat: median (min–max) over ${repeats} repeat(s).`,
      "",
      `| N | ${timedOps.join(" | ")} |`,
      `|---|${timedOps.map(() => "---").join("|")}|`,
      ...sizes.map((n) => `| ${n} | ${timedOps.map((op) => fmt(ratios[n][op])).join(" | ")} |`),
      "",
      `The same pools through the resource plugin (\`cognito-userpool:index:UserPool\`, installed from its tarball) divided by the same no-op stack:`,
      "",
      `| N | ${timedOps.join(" | ")} |`,
      `|---|${timedOps.map(() => "---").join("|")}|`,
      ...sizes.map((n) => `| ${n} | ${timedOps.map((op) => fmt(pluginRatios[n][op])).join(" | ")} |`),
      "",
      `Targets at N = ${sizes[sizes.length - 1]} (dynamic UserPool): ${Object.entries(results.targetsAtLargestN)
        .map(([op, t]) => `${op} ≤ ${t.target}× (${t.median}×, ${t.met ? "met" : "missed"})`)
        .join("; ")}.`,
      "",
      "Seconds, median (min–max):",
      "",
      `| stack | N | ${timedOps.join(" | ")} |`,
      `|---|---|${timedOps.map(() => "---").join("|")}|`,
      ...STACK_KINDS.flatMap((kind) =>
        sizes.map(
          (n) => `| ${kind} | ${n} | ${timedOps.map((op) => fmt(summarise(m.seconds[kind][n][op]), 1)).join(" | ")} |`,
        ),
      ),
      "",
      "API calls per pool, counted by an SDK middleware in the provider process:",
      "",
      "| operation | calls per pool |",
      "|---|---|",
      ...Object.entries(m.apiCallsPerPool).map(
        ([op, counts]) =>
          `| ${op} | ${
            Object.keys(counts).length === 0
              ? "0"
              : Object.entries(counts)
                  .map(([c, v]) => `${c} ${v}`)
                  .join(", ")
          } |`,
      ),
      "",
      `State bytes per resource: UserPool ${m.stateBytesPerResource.userpools}, plugin ${m.stateBytesPerResource.plugin}, no-op ${m.stateBytesPerResource.noop}. \`__provider\`: UserPool ${m.providerBytes.userpools} bytes, plugin ${m.providerBytes.plugin} bytes (it stores none), no-op ${m.providerBytes.noop} bytes.`,
      `The provider's text: UserPool ${results.serialisation.userPoolProviderBytes} bytes, written once (sdk/providerShim.ts), no serialisation; a no-op provider's serialised closure ${results.serialisation.noopProviderBytes} bytes in ${results.serialisation.noopProviderMs} ms.`,
      checkShare(results.checkMsPerPool, m),
      `Peak RSS of the provider process at N = ${sizes[sizes.length - 1]} (up + preview + refresh): UserPool ${m.peakProviderMemoryMiB.userpools.toFixed(1)} MiB, plugin ${m.peakProviderMemoryMiB.plugin.toFixed(1)} MiB, no-op ${m.peakProviderMemoryMiB.noop.toFixed(1)} MiB.`,
      "",
      `moto's own floor, calls sent straight from the SDK ${results.emulatorFloor.parallel} at a time: ${results.emulatorFloor.pools} CreateUserPool ${results.emulatorFloor.createSeconds}s, ${results.emulatorFloor.pools} DescribeUserPool ${results.emulatorFloor.describeSeconds}s.`,
      "",
      ...boundsOfMissedTargets(results.targetsAtLargestN, results.emulatorFloor, m),
      "",
      `Throttling: ${JSON.stringify(results.throttling)}`,
      "",
      "![time against N](time-vs-n.svg)",
      "",
    ];
    return lines.join("\n");
  }
}

(process.argv.includes("--fleet") ? benchFleet() : main()).catch((error: unknown) => {
  log(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exit(1);
});
