/**
 * Peak resident memory (VmHWM, read from /proc) of the processes this benchmark started: the
 * provider processes the CLI starts (dynamic provider, our plugin, or Terraform's hashicorp/aws) and
 * the CLI itself (`pulumi`, or `terraform` beside it).
 * Only descendants of this process count: the machine may run other stacks at the same time.
 */
import * as fs from "node:fs";
import * as path from "node:path";

type Role = "provider" | "cli";

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

/** Samples every `intervalMs` until stopped; returns the highest peak RSS seen per role, in MiB. */
export function watchMemory(intervalMs = 50): { stop(): Record<Role, number> } {
  const peak: Record<Role, number> = { provider: 0, cli: 0 };
  const timer = setInterval(() => {
    for (const { pid, role } of ourProcesses()) peak[role] = Math.max(peak[role], peakKilobytes(pid));
  }, intervalMs);
  return {
    stop() {
      clearInterval(timer);
      return { provider: peak.provider / 1024, cli: peak.cli / 1024 };
    },
  };
}

/** The provider processes' peak, in MiB (the quick and full runs report only this). */
export function watchProviderMemory(): { stop(): number } {
  const watch = watchMemory();
  return { stop: () => watch.stop().provider };
}
