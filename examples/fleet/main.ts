/**
 * `npm run fleet -- [--tenants tenants.json] [--concurrency 8] [--attempts 3] [--work-dir .fleet]
 * [--config key=value ...] [--results results.json]`: brings every tenant's stack in step with the
 * tenants list, prints progress as tenants finish and a report at the end, and exits 1 when any
 * tenant failed.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { performance } from "node:perf_hooks";
import { reconcileFleet, type ProgressEvent, type TenantResult } from "./fleet";
import { parseTenants } from "./tenantPool";

interface Arguments {
  tenants: string;
  concurrency: number;
  attempts: number;
  workDir: string;
  config: Record<string, string>;
  results?: string;
}

function parseArguments(argv: string[]): Arguments {
  const parsed: Arguments = {
    tenants: "tenants.json",
    concurrency: 8,
    attempts: 3,
    workDir: ".fleet",
    config: {},
  };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const value = argv[++i];
    if (value === undefined) throw new Error(`${flag} needs a value`);
    const count = (): number => {
      const n = Number(value);
      if (!Number.isInteger(n) || n < 1) throw new Error(`${flag} must be a whole number of 1 or more; got "${value}"`);
      return n;
    };
    if (flag === "--tenants") parsed.tenants = value;
    else if (flag === "--concurrency") parsed.concurrency = count();
    else if (flag === "--attempts") parsed.attempts = count();
    else if (flag === "--work-dir") parsed.workDir = value;
    else if (flag === "--results") parsed.results = value;
    else if (flag === "--config") {
      const equals = value.indexOf("=");
      if (equals <= 0) throw new Error(`--config takes key=value; got "${value}"`);
      parsed.config[value.slice(0, equals)] = value.slice(equals + 1);
    } else throw new Error(`unknown option ${flag}`);
  }
  return parsed;
}

function describeChanges(result: TenantResult): string {
  const changes = Object.entries(result.changes ?? {})
    .filter(([, count]) => (count ?? 0) > 0)
    .map(([kind, count]) => `${kind} ${count}`);
  return changes.length > 0 ? changes.join(", ") : "no changes";
}

/** One line per finished or retried tenant, and a line of totals every 15 s while stacks run. */
function progressPrinter(write: (line: string) => void): {
  onProgress: (event: ProgressEvent) => void;
  stop: () => void;
} {
  let total = 0;
  let done = 0;
  let failed = 0;
  const running = new Set<string>();
  const started = performance.now();
  const elapsed = (): string => `${((performance.now() - started) / 1000).toFixed(0)}s`;
  const timer = setInterval(() => {
    const names = [...running].slice(0, 5).join(", ");
    write(
      `… ${elapsed()}: ${done}/${total} done, ${failed} failed, running ${running.size} (${names}${running.size > 5 ? ", …" : ""})`,
    );
  }, 15_000);
  timer.unref();
  return {
    onProgress: (event) => {
      if (event.kind === "planned") {
        total = event.apply + event.remove;
        write(`${event.apply} tenants to bring up to date, ${event.remove} to remove`);
      } else if (event.kind === "started") {
        running.add(event.tenant);
      } else if (event.kind === "retrying") {
        running.delete(event.tenant);
        const firstLine = event.error.split("\n")[0];
        write(
          `[${done}/${total}] ${event.tenant}: ${event.action} attempt ${event.attempt} failed (${firstLine}); retrying in ${event.delaySeconds.toFixed(1)}s`,
        );
      } else {
        running.delete(event.result.tenant);
        done += 1;
        const { result } = event;
        if (result.status === "failed") failed += 1;
        const outcome =
          result.status === "succeeded" ? describeChanges(result) : `FAILED: ${result.error?.split("\n")[0]}`;
        write(
          `[${done}/${total}] ${result.tenant}: ${result.action} ${result.status} in ${result.seconds.toFixed(1)}s (attempt ${result.attempts}; ${outcome})`,
        );
      }
    },
    stop: () => clearInterval(timer),
  };
}

async function main(): Promise<void> {
  const args = parseArguments(process.argv.slice(2));
  const tenants = parseTenants(fs.readFileSync(args.tenants, "utf8"), args.tenants);
  const write = (line: string): void => {
    process.stderr.write(`${line}\n`);
  };
  const progress = progressPrinter(write);
  const started = performance.now();
  let results: TenantResult[];
  try {
    results = await reconcileFleet(tenants, {
      workDir: path.resolve(args.workDir),
      concurrency: args.concurrency,
      attempts: args.attempts,
      config: args.config,
      onProgress: progress.onProgress,
    });
  } finally {
    progress.stop();
  }
  const seconds = (performance.now() - started) / 1000;
  const failed = results.filter((result) => result.status === "failed");
  const retried = results.filter((result) => result.attempts > 1);
  write("");
  write(
    `${results.length} tenants in ${seconds.toFixed(1)}s: ${results.length - failed.length} succeeded ` +
      `(${retried.length} after a retry), ${failed.length} failed.`,
  );
  for (const result of failed)
    write(`FAILED ${result.tenant} (${result.action}, ${result.attempts} attempts):\n${result.error}`);
  if (args.results) {
    fs.writeFileSync(args.results, `${JSON.stringify({ seconds, results }, null, 2)}\n`);
  }
  process.exitCode = failed.length > 0 ? 1 : 0;
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 2;
});
