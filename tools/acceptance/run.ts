/**
 * One acceptance run: its id, the prefix of every pool name it makes, and the tag that marks every
 * pool it makes (the tag is what cleanup and the sweeper select on; the name prefix is for people
 * reading the console).
 */
import * as crypto from "node:crypto";

/** The tag every acceptance pool carries; its value is the run id. */
export const ACCEPTANCE_TAG_KEY = "pulumi-cognito-userpool:acceptance";

/** Set by the runner (scripts/acceptance.ts) for the test process. */
export const RUN_ID_VARIABLE = "COGNITO_ACCEPTANCE_RUN_ID";

/** A new run id: the UTC time (sortable, says when) and a random suffix (two runs never share one). */
export function newRunId(now: Date = new Date()): string {
  const stamp = now.toISOString().replace(/[-:]/g, "").replace(/\..*$/, "").toLowerCase();
  return `acc-${stamp}-${crypto.randomBytes(3).toString("hex")}`;
}

export class AcceptanceRun {
  constructor(readonly id: string) {}

  /** The run of the current test process, set by the runner; refuses when started another way. */
  static current(env: NodeJS.ProcessEnv = process.env): AcceptanceRun {
    const id = env[RUN_ID_VARIABLE];
    if (!id) {
      throw new Error(
        `${RUN_ID_VARIABLE} is unset: start the acceptance tier with \`npm run test:aws\`, which checks the ` +
          `opt-in and the identity, tags the run and cleans up after it.`,
      );
    }
    return new AcceptanceRun(id);
  }

  /** A pool name for this run (Cognito pool names: at most 128 characters of `[\w\s+=,.@-]`). */
  poolName(base: string): string {
    return `${this.id}-${base}`;
  }

  /** The tags every pool of this run carries. */
  tags(): Record<string, string> {
    return { [ACCEPTANCE_TAG_KEY]: this.id };
  }
}
