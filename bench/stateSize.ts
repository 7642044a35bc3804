/**
 * What each resource costs in a checkpoint: compact JSON bytes (as the DIY backends write the
 * checkpoint), in total and per input and output key, from `pulumi stack export`.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { USER_POOL_TOKEN } from "../plugin/token";

interface ExportedResource {
  type: string;
  inputs?: Record<string, unknown>;
  outputs?: Record<string, unknown>;
}

/** The resources a bench stack declares (UserPools through either door, or no-ops), not the stack or providers. */
export function benchResources(exported: string): ExportedResource[] {
  const state = JSON.parse(exported) as { deployment: { resources?: ExportedResource[] } };
  return (state.deployment.resources ?? []).filter(
    (r) => r.type.startsWith("pulumi-nodejs:dynamic/") || r.type === USER_POOL_TOKEN,
  );
}

/** Bytes `"key":value` takes in compact JSON (with its comma). */
function entryBytes(key: string, value: unknown): number {
  return JSON.stringify({ [key]: value }).length - 2 + 1;
}

export interface StateBreakdown {
  /** Mean compact JSON bytes per resource (the whole resource object). */
  bytesPerResource: number;
  inputsBytes: number;
  outputsBytes: number;
  /** Mean bytes per key, `inputs.x` and `outputs.x`, largest first. */
  byKey: Record<string, number>;
}

export function stateBreakdown(resources: readonly ExportedResource[]): StateBreakdown {
  const count = Math.max(resources.length, 1);
  const totals: Record<string, number> = {};
  let bytes = 0;
  let inputsBytes = 0;
  let outputsBytes = 0;
  for (const resource of resources) {
    bytes += JSON.stringify(resource).length;
    inputsBytes += JSON.stringify(resource.inputs ?? {}).length;
    outputsBytes += JSON.stringify(resource.outputs ?? {}).length;
    for (const side of ["inputs", "outputs"] as const) {
      for (const [key, value] of Object.entries(resource[side] ?? {})) {
        totals[`${side}.${key}`] = (totals[`${side}.${key}`] ?? 0) + entryBytes(key, value);
      }
    }
  }
  const byKey = Object.fromEntries(
    Object.entries(totals)
      .map(([key, total]) => [key, Math.round(total / count)] as const)
      .sort((a, b) => b[1] - a[1]),
  );
  return {
    bytesPerResource: Math.round(bytes / count),
    inputsBytes: Math.round(inputsBytes / count),
    outputsBytes: Math.round(outputsBytes / count),
    byKey,
  };
}

/** The size of the stack's checkpoint file as the local backend wrote it. */
export function checkpointBytes(stateDir: string): number {
  const stacks = path.join(stateDir, ".pulumi", "stacks");
  let largest = 0;
  const visit = (dir: string): void => {
    for (const entry of fs.existsSync(dir) ? fs.readdirSync(dir, { withFileTypes: true }) : []) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) visit(full);
      else if (/\.json(\.gz)?$/.test(entry.name)) largest = Math.max(largest, fs.statSync(full).size);
    }
  };
  visit(stacks);
  return largest;
}
