/**
 * What the scale stacks' API calls take without the Pulumi engine: N bench pools against the same
 * moto, as many at a time as the engine runs (its `--parallel` default), timed through
 *  - `bareSdk`: an SDK client sending the requests the provider sends for each operation (built by
 *    the provider's own conversion; provider/userPoolProvider.ts: create sends CreateUserPool; read,
 *    DescribeUserPool, and no GetUserPoolMfaConfig while MFA factors are undeclared; delete,
 *    DescribeUserPool then DeleteUserPool): moto's answer time plus the client's own work;
 *  - `providerCore`: the provider core itself (check, create, read, delete) called in-process.
 * The no-op stack makes no API call while a pool's refresh makes one, so a ratio to the no-op floor
 * that grows with N is set against how `bareSdk` grows with N (issue 20). The two do not add up to a
 * stack's time: the engine's work overlaps the calls'.
 */
import { spawnSync } from "node:child_process";
import * as path from "node:path";
import * as v8 from "node:v8";
import pLimit from "p-limit";
import {
  CreateUserPoolCommand,
  DeleteUserPoolCommand,
  DescribeUserPoolCommand,
} from "@aws-sdk/client-cognito-identity-provider";
import type { UserPoolArgsRecord } from "../provider/convert";
import { OWNER_INPUT_KEY, topLevelUrn } from "../provider/ownership";
import { createUserPoolRequest } from "../provider/userPoolProvider";
import { providerFor } from "../tools/emulatorProvider";
import { emulatorClient, type RunningEmulator } from "../tools/emulators";
import { pulumiPath } from "../tools/pulumiCli";
import { benchPoolArgs, timed, timedOps, type TimedOp } from "./workspaces";

/** The stacks' timed operations that make API calls (a preview without changes makes none). */
export type ApiFloorOp = Exclude<TimedOp, "preview">;
export const apiFloorOps = timedOps.filter((op): op is ApiFloorOp => op !== "preview");
type Seconds = Record<ApiFloorOp, number>;

export interface ApiFloor {
  /** How many pools were in flight at once: the engine's default `--parallel` on this machine. */
  parallel: number;
  bareSdk: Seconds;
  providerCore: Seconds;
  /**
   * The live heap after a full collection once the provider core has created, read and deleted the
   * N pools, less the same after it did so for a first batch of `parallel` pools (MiB): what the
   * core leaks across pools, its client and compiled code already counted in the first batch (not
   * what it holds while a pool's request is in flight, nor the plugin's or the dynamic host's gRPC
   * layer). Absent when the bench runs without `--expose-gc` (package.json's `bench` script passes it).
   */
  providerCoreRetainedMiB?: number;
  /**
   * KiB allocated per pool in each operation (what collections freed meanwhile plus what the heap
   * grew by), by the bare SDK client and by the provider core: the garbage a provider process makes
   * beside the calls, which is what V8 grows a process's heap for (absent before 2026-12-07, 20:50
   * UTC). The SDK's figure includes its client's first calls (the core's first batch is left out),
   * which is why it is larger at small N.
   */
  bareSdkAllocatedKiB?: Partial<Seconds>;
  providerCoreAllocatedKiB?: Partial<Seconds>;
}

/** The args the dynamic door hands the provider: the bench pool and its URN (sdk/userPool.ts). */
function registeredArgs(name: string): UserPoolArgsRecord {
  return { ...benchPoolArgs(name), [OWNER_INPUT_KEY]: topLevelUrn("bench", "bench-userpools", name) };
}

/** The engine's default `--parallel`, as `pulumi up --help` states it on this machine. */
export function engineDefaultParallel(): number {
  const help = spawnSync(path.join(pulumiPath(), "pulumi"), ["up", "--help"], { encoding: "utf8" }).stdout;
  const match = /--parallel int32[^\n]*\(default (\d+)\)/.exec(help ?? "");
  if (!match) throw new Error("could not read the default of `pulumi up --parallel` from its help");
  return Number(match[1]);
}

function atMost<T, R>(parallel: number, items: readonly T[], task: (item: T) => Promise<R>): Promise<R[]> {
  const limit = pLimit(parallel);
  return Promise.all(items.map((item) => limit(() => task(item))));
}

/**
 * Runs `run`, timed; with a `sink`, writes into `sink[op]` the KiB this process allocated meanwhile
 * per pool (v8.GCProfiler: what each collection freed, plus what the heap grew by). Everything the
 * process does meanwhile counts: the bench runs nothing else while it measures.
 */
async function timedAllocating(
  op: ApiFloorOp,
  pools: number,
  sink: Partial<Seconds> | undefined,
  run: () => Promise<unknown>,
): Promise<number> {
  if (!sink) return timed(run);
  const profiler = new v8.GCProfiler();
  profiler.start();
  const before = v8.getHeapStatistics().used_heap_size;
  const seconds = await timed(run);
  const after = v8.getHeapStatistics().used_heap_size;
  const freed = profiler
    .stop()
    .statistics.reduce(
      (sum, gc) => sum + gc.beforeGC.heapStatistics.usedHeapSize - gc.afterGC.heapStatistics.usedHeapSize,
      0,
    );
  sink[op] = Number(((freed + after - before) / 1024 / pools).toFixed(1));
  return seconds;
}

/**
 * N bench pools created, described and deleted by a bare SDK client, the requests built beforehand;
 * with `allocated`, the KiB allocated per pool in each operation go there.
 */
export async function bareSdkSeconds(
  moto: RunningEmulator,
  names: string[],
  parallel: number,
  allocated?: Partial<Seconds>,
): Promise<Seconds> {
  const sdk = emulatorClient(moto);
  const requests = names.map((name) => createUserPoolRequest(registeredArgs(name)));
  try {
    const ids: string[] = [];
    const up = await timedAllocating("up", names.length, allocated, async () => {
      const created = await atMost(parallel, requests, (request) => sdk.send(new CreateUserPoolCommand(request)));
      ids.push(...created.map((response) => response.UserPool?.Id ?? ""));
    });
    const refresh = await timedAllocating("refresh", names.length, allocated, () =>
      atMost(parallel, ids, (id) => sdk.send(new DescribeUserPoolCommand({ UserPoolId: id }))),
    );
    const destroy = await timedAllocating("destroy", names.length, allocated, () =>
      atMost(parallel, ids, async (id) => {
        await sdk.send(new DescribeUserPoolCommand({ UserPoolId: id }));
        await sdk.send(new DeleteUserPoolCommand({ UserPoolId: id }));
      }),
    );
    return { up, refresh, destroy };
  } finally {
    sdk.destroy();
  }
}

/** The live heap after a full collection (MiB), where the process exposes `gc`. */
function liveHeapMiB(): number | undefined {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) return undefined;
  // A second collection frees what the first only finalised (weak references, finalizers).
  gc();
  gc();
  return process.memoryUsage().heapUsed / 2 ** 20;
}

async function providerCoreRun(
  moto: RunningEmulator,
  names: string[],
  parallel: number,
): Promise<{ seconds: Seconds; retainedMiB?: number; allocatedKiB: Partial<Seconds> }> {
  const provider = await providerFor(moto, () => undefined);
  const allocatedKiB: Partial<Seconds> = {};
  const lifecycle = async (batch: string[], allocated?: Partial<Seconds>): Promise<Seconds> => {
    const pools: Array<{ id: string; outs: UserPoolArgsRecord }> = [];
    const up = await timedAllocating("up", batch.length, allocated, async () => {
      const created = await atMost(parallel, batch, async (name) => {
        const checked = await provider.check({}, registeredArgs(name));
        if ((checked.failures ?? []).length > 0)
          throw new Error(`check refused ${name}: ${JSON.stringify(checked.failures)}`);
        const result = await provider.create(checked.inputs as UserPoolArgsRecord);
        return { id: result.id, outs: result.outs as UserPoolArgsRecord };
      });
      pools.push(...created);
    });
    const refresh = await timedAllocating("refresh", batch.length, allocated, () =>
      atMost(parallel, pools, (pool) => provider.read(pool.id, pool.outs)),
    );
    const destroy = await timedAllocating("destroy", batch.length, allocated, () =>
      atMost(parallel, pools, (pool) => provider.delete(pool.id, pool.outs)),
    );
    return { up, refresh, destroy };
  };
  try {
    // A first batch loads and compiles what the core uses and makes its client, so that the heap
    // measured after it holds them: what grows after that is what the core keeps per pool.
    await lifecycle(names.slice(0, parallel).map((name) => `${name}-warm-up`));
    const heapBefore = liveHeapMiB();
    const seconds = await lifecycle(names, allocatedKiB);
    const heapAfter = liveHeapMiB();
    return {
      seconds,
      allocatedKiB,
      ...(heapBefore !== undefined && heapAfter !== undefined ? { retainedMiB: heapAfter - heapBefore } : {}),
    };
  } finally {
    provider.dispose();
  }
}

/** N bench pools through a bare SDK client, then through the provider core, each created, read and deleted. */
export async function measureApiFloor(moto: RunningEmulator, n: number, parallel: number): Promise<ApiFloor> {
  const names = (prefix: string): string[] => Array.from({ length: n }, (_, i) => `${prefix}-${i}`);
  const bareSdkAllocatedKiB: Partial<Seconds> = {};
  const bareSdk = await bareSdkSeconds(moto, names("floor-sdk"), parallel, bareSdkAllocatedKiB);
  const core = await providerCoreRun(moto, names("floor-core"), parallel);
  return {
    parallel,
    bareSdk,
    providerCore: core.seconds,
    bareSdkAllocatedKiB,
    providerCoreAllocatedKiB: core.allocatedKiB,
    ...(core.retainedMiB !== undefined ? { providerCoreRetainedMiB: Number(core.retainedMiB.toFixed(2)) } : {}),
  };
}
