/** Peak resident memory of the provider processes the CLI starts (dynamic provider or our plugin), read from /proc. */
import * as fs from "node:fs";

function providerPids(): number[] {
  const pids: number[] = [];
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const cmdline = fs.readFileSync(`/proc/${entry}/cmdline`, "utf8");
      if (cmdline.includes("cmd/dynamic-provider") || cmdline.includes("dist/plugin/index.js"))
        pids.push(Number(entry));
    } catch {
      // the process ended while we looked
    }
  }
  return pids;
}

function peakKilobytes(pid: number): number {
  try {
    const match = /VmHWM:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, "utf8"));
    return match ? Number(match[1]) : 0;
  } catch {
    return 0;
  }
}

/** Samples every 50 ms until stopped; returns the highest peak RSS seen, in MiB. */
export function watchProviderMemory(): { stop(): number } {
  let peak = 0;
  const timer = setInterval(() => {
    for (const pid of providerPids()) peak = Math.max(peak, peakKilobytes(pid));
  }, 50);
  return {
    stop() {
      clearInterval(timer);
      return peak / 1024;
    },
  };
}
