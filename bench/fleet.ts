/**
 * `npm run bench -- --fleet`: examples/fleet creating N tenants (100 by default) through the quota
 * proxy (tools/throttlingProxy.ts), which models Cognito's per-category request quotas in front of
 * moto, shared by every stack: at Cognito's default rates, and with every rate scaled to a twentieth
 * and to a fortieth; each with the `standard` and `adaptive` retry modes (`cognito:retryMode`).
 * A hardened tenant's pool costs one CreateUserPool (UserPoolUpdate, 15 RPS) and one
 * SetUserPoolMfaConfig (UserPoolResourceUpdate, 15 RPS). On 2 cores the fleet alone takes 146-160
 * s (the default-rate runs, 2026-12-07), so at a twentieth (a 133 s floor for 100 tenants) the
 * machine still nearly bounds the run; at a fortieth (267 s) the quota does. Reported per run:
 * failed tenants, wall time, throttled answers per pool, and the quota floor with the run's ratio
 * to it, twice: admitted calls in the busiest category ÷ its rate, and the calls the fleet needs
 * there (as an unthrottled run admits them) ÷ its rate. Results: bench/results/fleet.{json,md}.
 *
 * Options: --tenants N, --concurrency N, --scales 1,0.05,0.025, --modes standard,adaptive,
 * --config key=value (extra stack config for every tenant, e.g. cognito:maxAttempts=12),
 * --name NAME (results in bench/results/NAME.{json,md}; default fleet), --render (the Markdown again
 * from the JSON, measuring nothing).
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { performance } from "node:perf_hooks";
import { paginateListUserPools } from "@aws-sdk/client-cognito-identity-provider";
import { emulatorClient, emulatorEnvironment, startEmulator, type RunningEmulator } from "../tools/emulators";
import { FleetWorkspace } from "../tools/fleetExample";
import { PulumiWorkspace, repoRoot } from "../tools/pulumiCli";
import { startThrottlingProxy, type CategoryStats } from "../tools/throttlingProxy";

function option(name: string, fallback: string): string {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 && process.argv[index + 1] !== undefined ? process.argv[index + 1] : fallback;
}

function options(name: string): string[] {
  return process.argv.flatMap((arg, index) => (arg === `--${name}` ? [process.argv[index + 1]] : []));
}

const tenantCount = Number(option("tenants", "100"));
const concurrency = option("concurrency", "");
const scales = option("scales", "1,0.05,0.025").split(",").map(Number);
const modes = option("modes", "standard,adaptive").split(",");
const extraConfig = options("config");
const resultsName = option("name", "fleet");
const resultsDir = path.join(repoRoot, "bench", "results");

function log(line: string): void {
  process.stderr.write(`[bench fleet] ${line}\n`);
}

interface FleetMeasurement {
  scale: number;
  retryMode: string;
  tenants: number;
  concurrency: string;
  exitCode: number;
  failedTenants: number;
  /** Pools moto holds afterwards: one per tenant when no retried create left a pool behind. */
  poolsInAccount: number;
  tenantsRetried: number;
  seconds: number;
  requests: number;
  throttled: number;
  throttledPerPool: {
    mean: number;
    max: number;
    poolsThrottled: number;
    /** A pool's throttled CreateUserPool answers are counted with its other calls (absent before 2026-12-07). */
    createsCountedWithPool?: boolean;
  };
  categories: Record<string, CategoryStats & { floorSeconds: number }>;
  busiestCategory: string;
  floorSeconds: number;
  ratioToFloor: number;
}

async function countPools(moto: RunningEmulator): Promise<number> {
  const client = emulatorClient(moto);
  try {
    let count = 0;
    for await (const page of paginateListUserPools({ client }, { MaxResults: 60 }))
      count += page.UserPools?.length ?? 0;
    return count;
  } finally {
    client.destroy();
  }
}

async function measure(scale: number, retryMode: string): Promise<FleetMeasurement> {
  // A fresh moto per run: every run starts from an account without pools.
  const moto = await startEmulator("moto");
  const proxy = await startThrottlingProxy(moto.endpoint, { quotas: { scale } });
  const fleet = FleetWorkspace.create({
    ...emulatorEnvironment(moto),
    AWS_ENDPOINT_URL_COGNITO_IDENTITY_PROVIDER: proxy.endpoint,
  });
  try {
    const tenants = Array.from({ length: tenantCount }, (_, i) => ({ id: `t${String(i).padStart(3, "0")}` }));
    const args = [
      ...(concurrency ? ["--concurrency", concurrency] : []),
      "--config",
      `cognito:retryMode=${retryMode}`,
      ...extraConfig.flatMap((entry) => ["--config", entry]),
    ];
    const run = await fleet.run(tenants, args, (line) => {
      if (/FAILED|retrying|^…|tenants in/.test(line)) log(`  ${line}`);
    });
    const categories = Object.fromEntries(
      Object.entries(proxy.stats.byCategory).map(([name, stats]) => [
        name,
        { ...stats, floorSeconds: stats.admitted / stats.rps },
      ]),
    );
    const [busiestCategory, busiest] = Object.entries(categories).sort(
      ([, a], [, b]) => b.floorSeconds - a.floorSeconds,
    )[0];
    const perPool = Object.values(proxy.stats.throttledByPool);
    return {
      scale,
      retryMode,
      tenants: tenantCount,
      concurrency: concurrency || "example default (8)",
      exitCode: run.code,
      failedTenants: run.results.filter((result) => result.status === "failed").length,
      poolsInAccount: await countPools(moto),
      tenantsRetried: run.results.filter((result) => result.attempts > 1).length,
      seconds: Number(run.seconds.toFixed(1)),
      requests: proxy.stats.requests,
      throttled: proxy.stats.throttled,
      throttledPerPool: {
        mean: Number((proxy.stats.throttled / tenantCount).toFixed(2)),
        max: perPool.length > 0 ? Math.max(...perPool) : 0,
        poolsThrottled: perPool.length,
        createsCountedWithPool: true,
      },
      categories,
      busiestCategory,
      floorSeconds: Number(busiest.floorSeconds.toFixed(1)),
      ratioToFloor: Number((run.seconds / busiest.floorSeconds).toFixed(2)),
    };
  } finally {
    fleet.remove();
    await proxy.close();
    await moto.stop();
  }
}

interface PerStackCost {
  stacks: number;
  inlineSeconds: number[];
  projectDirSeconds: number[];
}

/**
 * What one tenant's stack costs, one at a time (no contention): the fleet's inline program against
 * the same hardened pool as a project folder (examples/hardened) run with `pulumi up`, where the
 * CLI starts the Node.js language host, which compiles the TypeScript program.
 */
async function measurePerStack(stacks: number): Promise<PerStackCost> {
  const moto = await startEmulator("moto");
  try {
    const fleet = FleetWorkspace.create(emulatorEnvironment(moto));
    let inlineSeconds: number[];
    try {
      const ids = Array.from({ length: stacks }, (_, i) => ({ id: `inline-${i}` }));
      const run = await fleet.run(ids, ["--concurrency", "1"]);
      if (run.code !== 0) throw new Error(`the inline fleet failed:\n${run.log}`);
      inlineSeconds = run.results.map((result) => Number(result.seconds.toFixed(2)));
    } finally {
      fleet.remove();
    }
    const projectDirSeconds: number[] = [];
    for (let i = 0; i < stacks; i++) {
      const workspace = await PulumiWorkspace.create("hardened", `project-${i}`, emulatorEnvironment(moto));
      try {
        workspace.writeProgram(workspace.readProgram().replace('"hardened-pool"', `"project-${i}"`));
        const started = performance.now();
        await workspace.up();
        projectDirSeconds.push(Number(((performance.now() - started) / 1000).toFixed(2)));
      } finally {
        workspace.remove();
      }
    }
    return { stacks, inlineSeconds, projectDirSeconds };
  } finally {
    await moto.stop();
  }
}

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/**
 * The floor with only the calls the fleet needs: those an unthrottled run of the same fleet admitted
 * in the busiest category (a throttled run also admits the calls its retries cost, e.g. a tenant's
 * create rolled back and tried again), over the run's rate. Undefined without an unthrottled run.
 */
function neededFloorSeconds(run: FleetMeasurement, runs: FleetMeasurement[]): number | undefined {
  // Every run of one results file has the same tenants (tenantCount).
  const unthrottled = runs.find((other) => other.throttled === 0);
  const needed = unthrottled?.categories[run.busiestCategory]?.admitted;
  return needed === undefined ? undefined : needed / run.categories[run.busiestCategory].rps;
}

function markdown(runs: FleetMeasurement[], perStack: PerStackCost, machine: string, command: string): string {
  const needed = (run: FleetMeasurement): string => {
    const floor = neededFloorSeconds(run, runs);
    return floor === undefined ? "– | –" : `${floor.toFixed(1)} | ${(run.seconds / floor).toFixed(2)}`;
  };
  return [
    "# Fleet under Cognito's quotas",
    "",
    `Machine: ${machine}. Command: \`${command}\`.`,
    "",
    `One tenant's stack, created one at a time without a proxy (${perStack.stacks} each): the fleet's inline program ${median(perStack.inlineSeconds)}s (median of ${perStack.inlineSeconds.join(", ")}), ` +
      `the same pool as a project folder through \`pulumi up\` ${median(perStack.projectDirSeconds)}s (median of ${perStack.projectDirSeconds.join(", ")}).`,
    "",
    `examples/fleet creating ${tenantCount} tenants (one stack and one hardened pool each) through the quota proxy in front of moto. ` +
      "Quota floor: calls admitted in the busiest category ÷ its rate; the needed-calls floor counts only the calls an unthrottled run of the same fleet admitted there (a throttled run's retries add calls, a rolled-back create tried again, say). " +
      "Throttled answers per pool: all throttled answers ÷ tenants (mean), and the most any one pool got" +
      (runs.some((run) => !run.throttledPerPool.createsCountedWithPool)
        ? " (these runs counted a pool's throttled CreateUserPool answers apart from its other calls, under its name, so the max may understate a pool's)."
        : "."),
    "",
    "| quota scale | retry mode | failed tenants | pools in the account | tenants retried | seconds | busiest category (rate) | floor s | ratio to floor | needed-calls floor s | ratio to it | requests | throttled | throttled per pool (mean / max) |",
    "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|",
    ...runs.map(
      (run) =>
        `| ${run.scale} | ${run.retryMode} | ${run.failedTenants} | ${run.poolsInAccount} | ${run.tenantsRetried} | ${run.seconds} | ${run.busiestCategory} (${run.categories[run.busiestCategory].rps} RPS) | ${run.floorSeconds} | ${run.ratioToFloor} | ${needed(run)} | ${run.requests} | ${run.throttled} | ${run.throttledPerPool.mean} / ${run.throttledPerPool.max} |`,
    ),
    "",
    "Calls admitted and throttled, by category:",
    "",
    "| quota scale | retry mode | category | rate | admitted | throttled | of which by the per-pool cap |",
    "|---|---|---|---|---|---|---|",
    ...runs.flatMap((run) =>
      Object.entries(run.categories).map(
        ([name, stats]) =>
          `| ${run.scale} | ${run.retryMode} | ${name} | ${stats.rps} | ${stats.admitted} | ${stats.throttled} | ${stats.throttledByPoolCap} |`,
      ),
    ),
    "",
  ].join("\n");
}

export async function benchFleet(): Promise<void> {
  if (process.argv.includes("--render")) return renderFleet();
  const machine = `${os.cpus().length} × ${os.cpus()[0]?.model ?? "unknown"}, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB, node ${process.version}, ${new Date().toISOString()}`;
  const command = `npm run bench -- ${process.argv.slice(2).join(" ")}`;
  log("per-stack cost: inline program against a project folder");
  const perStack = await measurePerStack(3);
  log(`  inline ${perStack.inlineSeconds.join(", ")}s; project folder ${perStack.projectDirSeconds.join(", ")}s`);
  const runs: FleetMeasurement[] = [];
  for (const scale of scales) {
    for (const retryMode of modes) {
      log(`${tenantCount} tenants, quotas × ${scale}, retry mode ${retryMode}`);
      const run = await measure(scale, retryMode);
      log(
        `  ${run.seconds}s, ${run.failedTenants} failed, ${run.throttled} throttled; floor ${run.floorSeconds}s (${run.busiestCategory}), ratio ${run.ratioToFloor}`,
      );
      runs.push(run);
    }
  }
  fs.mkdirSync(resultsDir, { recursive: true });
  fs.writeFileSync(
    path.join(resultsDir, `${resultsName}.json`),
    `${JSON.stringify({ machine, command, perStack, runs }, null, 2)}\n`,
  );
  fs.writeFileSync(path.join(resultsDir, `${resultsName}.md`), markdown(runs, perStack, machine, command));
  if (runs.some((run) => run.failedTenants > 0)) process.exitCode = 1;
}

/** `--fleet --render`: writes the Markdown again from the JSON results, e.g. after a change to the report. */
function renderFleet(): void {
  const saved = JSON.parse(fs.readFileSync(path.join(resultsDir, `${resultsName}.json`), "utf8")) as {
    machine: string;
    command: string;
    perStack: PerStackCost;
    runs: FleetMeasurement[];
  };
  fs.writeFileSync(
    path.join(resultsDir, `${resultsName}.md`),
    markdown(saved.runs, saved.perStack, saved.machine, saved.command),
  );
}
