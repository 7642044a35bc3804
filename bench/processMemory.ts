/**
 * Peak resident memory (VmHWM, read from /proc) of the processes this benchmark started: the
 * provider processes the CLI starts (dynamic provider, our plugin, or Terraform's hashicorp/aws),
 * the CLI itself (`pulumi`, or `terraform` beside it), and Pulumi's program: the Node.js language
 * host and the node process running the program, which Terraform has no counterpart of (it reads
 * HCL in its CLI). Each process is counted at its high-water mark (VmHWM) so far, so a role's figure
 * and `total` (over every role) are the largest sum of high-water marks of the processes alive at
 * one sample: an upper bound of the memory those processes held together at any one moment (their
 * peaks may not coincide). Terraform's total can so be below its CLI's peak plus its provider's,
 * when those peaks came from different commands.
 * Only descendants of this process count: the machine may run other stacks at the same time.
 */
import * as fs from "node:fs";
import * as path from "node:path";

type Role = "provider" | "cli" | "program";
const ROLES: readonly Role[] = ["provider", "cli", "program"];

function parentOf(pid: number): number | undefined {
  try {
    // The command name (field 2) may hold spaces and parentheses: fields after the last ')'.
    const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    return Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
  } catch {
    return undefined;
  }
}

function descendsFrom(pid: number, ancestor: number): boolean {
  for (let current: number | undefined = pid, hops = 0; current !== undefined && current > 1 && hops < 64; hops++) {
    if (current === ancestor) return true;
    current = parentOf(current);
  }
  return false;
}

function roleOf(cmdline: string): Role | undefined {
  const program = cmdline.split("\0")[0] ?? "";
  if (
    cmdline.includes("cmd/dynamic-provider") ||
    cmdline.includes("dist/plugin/index.js") ||
    path.basename(program).startsWith("terraform-provider-")
  ) {
    return "provider";
  }
  if (["pulumi", "terraform"].includes(path.basename(program))) return "cli";
  // The language host, and the program it starts (node .../@pulumi/pulumi/cmd/run).
  if (path.basename(program).startsWith("pulumi-language-") || /[/\\]cmd[/\\]run(?:[/\\]|\0|$)/.test(cmdline))
    return "program";
  return undefined;
}

function ourProcesses(): Array<{ pid: number; role: Role }> {
  const found: Array<{ pid: number; role: Role }> = [];
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const role = roleOf(fs.readFileSync(`/proc/${entry}/cmdline`, "utf8"));
      if (role && descendsFrom(Number(entry), process.pid)) found.push({ pid: Number(entry), role });
    } catch {
      // the process ended while we looked
    }
  }
  return found;
}

function peakKilobytes(pid: number): number {
  try {
    const match = /VmHWM:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, "utf8"));
    return match ? Number(match[1]) : 0;
  } catch {
    return 0;
  }
}

export type MemoryPeaks = Record<Role | "total", number>;

/**
 * Samples every `intervalMs` until stopped. Per role, the highest sum over that role's processes
 * alive at one sample (the language host and the program run together); `total`, the same over
 * every role. In MiB.
 */
export function watchMemory(intervalMs = 50): { stop(): MemoryPeaks } {
  const peak: MemoryPeaks = { provider: 0, cli: 0, program: 0, total: 0 };
  const timer = setInterval(() => {
    const now: MemoryPeaks = { provider: 0, cli: 0, program: 0, total: 0 };
    for (const { pid, role } of ourProcesses()) {
      const kilobytes = peakKilobytes(pid);
      now[role] += kilobytes;
      now.total += kilobytes;
    }
    for (const key of [...ROLES, "total"] as const) peak[key] = Math.max(peak[key], now[key]);
  }, intervalMs);
  return {
    stop() {
      clearInterval(timer);
      return {
        provider: peak.provider / 1024,
        cli: peak.cli / 1024,
        program: peak.program / 1024,
        total: peak.total / 1024,
      };
    },
  };
}

/** The provider processes' peak, in MiB (the quick and full runs report only this). */
export function watchProviderMemory(): { stop(): number } {
  const watch = watchMemory();
  return { stop: () => watch.stop().provider };
}
