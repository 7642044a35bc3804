/**
 * Terraform's `aws_cognito_user_pool` acceptance scenarios (terraformUserPool.scenarios.ts, with
 * the upstream repository, path and commit) as `UserPool` programs, through the real pulumi CLI,
 * against moto, from the package installed from its packed tarball.
 *
 * To keep the tier's time down, every runnable scenario is one pool of ONE stack, and the pools
 * advance in lockstep: round N writes each scenario's step N into the program (a scenario whose
 * steps are done keeps its last args), runs `pulumi up`, reads every pool with the test's own SDK
 * client (DescribeUserPool, GetUserPoolMfaConfig) and checks it, then runs
 * `pulumi preview --expect-no-changes --json` and holds any change against the pool it names.
 * A failure is the failing scenario's: its pool leaves the program and the others go on.
 */
import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import { isDeepStrictEqual } from "node:util";
import {
  DeleteUserPoolCommand,
  DescribeUserPoolCommand,
  GetUserPoolMfaConfigCommand,
  ListUserPoolsCommand,
  type CognitoIdentityProviderClient,
} from "@aws-sdk/client-cognito-identity-provider";
import { emulatorClient, emulatorEnvironment, startEmulator, type RunningEmulator } from "../../../tools/emulators";
import { PulumiWorkspace, repoRoot } from "../../../tools/pulumiCli";
import {
  TERRAFORM_SCENARIOS,
  TERRAFORM_SOURCE,
  type Check,
  type PoolArgs,
  type Scenario,
  type Step,
} from "./terraformUserPool.scenarios";

/** Pools created or updated at once by one `pulumi up`: a few at a time on a 2-core runner. */
const PARALLEL = "8";
const OWNER_TAG_PREFIX = "pulumi-cognito-userpool:";

/** One scenario's progress through the rounds. */
interface ScenarioRun {
  scenario: Scenario;
  steps: Step[];
  /** The pool's Pulumi resource name, from the upstream test's name. */
  key: string;
  /** The args the stack last applied for this pool. */
  applied?: PoolArgs;
  id?: string;
  failures: string[];
}

function skipReason(scenario: Scenario): string | undefined {
  if (scenario.notApplicable) return `not applicable: ${scenario.notApplicable}`;
  if (scenario.expectedFailure) return `expected failure (${scenario.expectedFailure})`;
  if (scenario.emulatorGap) return `emulator gap: ${scenario.emulatorGap}`;
  return undefined;
}

function resourceKey(test: string): string {
  return test.replace(/^TestAccCognitoIDPUserPool_/, "");
}

function withPoolName(run: ScenarioRun, args: PoolArgs): PoolArgs {
  return { poolName: `tf-${run.key}`, ...args };
}

/** A program with one UserPool per entry, exporting every pool's id under its key. */
function program(pools: Map<string, PoolArgs>): string {
  const lines = ['import { UserPool } from "pulumi-cognito-userpool";', "", "export const poolIds = {"];
  for (const [key, args] of pools) {
    lines.push(`  ${JSON.stringify(key)}: new UserPool(${JSON.stringify(key)}, ${JSON.stringify(args)}).id,`);
  }
  lines.push("};", "");
  return lines.join("\n");
}

function valueAt(root: unknown, at: string): unknown {
  return at.split(".").reduce<unknown>((value, member) => {
    if (value === null || value === undefined || typeof value !== "object") return undefined;
    return (value as Record<string, unknown>)[member];
  }, root);
}

/** `actual` has every member `expected` names (recursively), with equal values. */
function partialMatch(actual: unknown, expected: unknown): boolean {
  if (expected !== null && typeof expected === "object" && !Array.isArray(expected)) {
    if (actual === null || typeof actual !== "object") return false;
    return Object.entries(expected).every(([member, value]) =>
      partialMatch((actual as Record<string, unknown>)[member], value),
    );
  }
  return isDeepStrictEqual(actual, expected);
}

function sameMembers(actual: unknown, expected: unknown[]): boolean {
  if (!Array.isArray(actual) || actual.length !== expected.length) return false;
  const left = [...actual];
  return expected.every((element) => {
    const index = left.findIndex((candidate) => isDeepStrictEqual(candidate, element));
    if (index < 0) return false;
    left.splice(index, 1);
    return true;
  });
}

function isEmpty(value: unknown): boolean {
  if (value === undefined || value === null) return true;
  if (Array.isArray(value)) return value.length === 0;
  return typeof value === "object" && Object.keys(value).length === 0;
}

/** Why `check` does not hold of the live pool, or undefined when it holds. */
function failedCheck(live: unknown, check: Check): string | undefined {
  const actual = valueAt(live, check.at);
  const shown = JSON.stringify(actual);
  if ("equals" in check) {
    return isDeepStrictEqual(actual, check.equals)
      ? undefined
      : `${check.at} is ${shown}, expected ${JSON.stringify(check.equals)}`;
  }
  if ("matches" in check) {
    return typeof actual === "string" && check.matches.test(actual)
      ? undefined
      : `${check.at} is ${shown}, expected to match ${String(check.matches)}`;
  }
  if ("present" in check) return actual === undefined || actual === null ? `${check.at} is not set` : undefined;
  if ("absent" in check)
    return actual === undefined || actual === null ? undefined : `${check.at} is ${shown}, expected absent`;
  if ("empty" in check) return isEmpty(actual) ? undefined : `${check.at} is ${shown}, expected absent or empty`;
  if ("off" in check) {
    return isEmpty(actual) || partialMatch(actual, { Enabled: false })
      ? undefined
      : `${check.at} is ${shown}, expected absent or disabled`;
  }
  if ("sameMembers" in check) {
    return sameMembers(actual, check.sameMembers)
      ? undefined
      : `${check.at} is ${shown}, expected the members ${JSON.stringify(check.sameMembers)}`;
  }
  if ("hasElement" in check) {
    return Array.isArray(actual) && actual.some((element) => partialMatch(element, check.hasElement))
      ? undefined
      : `${check.at} has no element like ${JSON.stringify(check.hasElement)} (it is ${shown})`;
  }
  const tags = Object.fromEntries(
    Object.entries((actual ?? {}) as Record<string, string>).filter(([key]) => !key.startsWith(OWNER_TAG_PREFIX)),
  );
  return isDeepStrictEqual(tags, check.tagsExceptOwner)
    ? undefined
    : `${check.at} without the owner tag is ${JSON.stringify(tags)}, expected ${JSON.stringify(check.tagsExceptOwner)}`;
}

interface PreviewStep {
  op: string;
  urn: string;
  diffReasons?: string[];
}

/** The resource name at the end of a URN. */
function urnName(urn: string): string {
  return urn.slice(urn.lastIndexOf("::") + 2);
}

describe(`e2e: Terraform's aws_cognito_user_pool acceptance scenarios (${TERRAFORM_SOURCE.path} at ${TERRAFORM_SOURCE.commit.slice(0, 12)}), through the pulumi CLI, against moto`, function () {
  const runs: ScenarioRun[] = TERRAFORM_SCENARIOS.filter((scenario) => skipReason(scenario) === undefined).map(
    (scenario) => ({ scenario, steps: scenario.steps ?? [], key: resourceKey(scenario.test), failures: [] }),
  );
  let moto: RunningEmulator;
  let client: CognitoIdentityProviderClient;
  let workspace: PulumiWorkspace;
  let destroyProblem: string | undefined;
  let seconds = 0;

  const active = (): ScenarioRun[] => runs.filter((run) => run.failures.length === 0);
  const fail = (run: ScenarioRun, why: string): void => {
    run.failures.push(why);
  };

  /** The program's pools: every scenario still going, with `override` in place of its applied args. */
  function desiredPools(override: Map<ScenarioRun, PoolArgs> = new Map()): Map<string, PoolArgs> {
    const pools = new Map<string, PoolArgs>();
    for (const run of active()) {
      const args = override.get(run) ?? run.applied;
      if (args) pools.set(run.key, args);
    }
    return pools;
  }

  async function urns(): Promise<Map<string, string>> {
    const state = JSON.parse(await workspace.exportState()) as { deployment: { resources?: Array<{ urn: string }> } };
    return new Map((state.deployment.resources ?? []).map((resource) => [urnName(resource.urn), resource.urn]));
  }

  /** `pulumi up`; a failure is held against the pools the CLI names, which leave the program. */
  async function up(override: Map<ScenarioRun, PoolArgs>, round: number): Promise<void> {
    workspace.writeProgram(program(desiredPools(override)));
    const first = await workspace.run(["up", "--yes", "--skip-preview", "--parallel", PARALLEL], {
      allowFailure: true,
    });
    if (first.code === 0) return;
    const said = `${first.stdout}\n${first.stderr}`;
    const named = active().filter((run) => new RegExp(`\\(${run.key}\\):\\s*\\n\\s*error`).test(said));
    const blamed = named.length > 0 ? named : active();
    for (const run of blamed) fail(run, `pulumi up of step ${round + 1} failed:\n${said.slice(-4000)}`);
    if (named.length === 0) return;
    // The others go on without the failed pools (their removal deletes them).
    workspace.writeProgram(program(desiredPools(override)));
    const retry = await workspace.run(["up", "--yes", "--skip-preview", "--parallel", PARALLEL], {
      allowFailure: true,
    });
    if (retry.code !== 0) {
      for (const run of active()) fail(run, `pulumi up of step ${round + 1} failed:\n${retry.stdout}\n${retry.stderr}`);
    }
  }

  async function previewSteps(extra: string[]): Promise<{ code: number; steps: PreviewStep[]; said: string }> {
    const result = await workspace.run(["preview", "--json", ...extra], { allowFailure: true });
    let steps: PreviewStep[] = [];
    try {
      steps = (JSON.parse(result.stdout) as { steps?: PreviewStep[] }).steps ?? [];
    } catch {
      // Not JSON: the preview failed before planning; `said` carries why.
    }
    return { code: result.code, steps, said: `${result.stdout}\n${result.stderr}` };
  }

  async function livePool(id: string): Promise<{ pool: unknown; mfa: unknown }> {
    const pool = (await client.send(new DescribeUserPoolCommand({ UserPoolId: id }))).UserPool;
    const mfa = await client.send(new GetUserPoolMfaConfigCommand({ UserPoolId: id }));
    return { pool, mfa };
  }

  /** Terraform's ImportState step: the stack forgets the pools, and the next `up` adopts them. */
  async function forget(forgotten: ScenarioRun[]): Promise<void> {
    const names = new Set(forgotten.map((run) => run.key));
    const file = path.join(workspace.dir, "state.json");
    const state = JSON.parse(await workspace.exportState()) as {
      deployment: { resources?: Array<{ urn: string }> };
    };
    state.deployment.resources = (state.deployment.resources ?? []).filter(
      (resource) => !names.has(urnName(resource.urn)),
    );
    fs.writeFileSync(file, JSON.stringify(state));
    await workspace.run(["stack", "import", "--file", file]);
  }

  /** Terraform's CheckResourceDisappears: deleted by the test's client, then refresh plans a create. */
  async function deleteOutside(deleted: ScenarioRun[]): Promise<void> {
    const byName = await urns();
    for (const run of deleted) {
      await client.send(new DeleteUserPoolCommand({ UserPoolId: run.id }));
      await workspace.run(["refresh", "--yes", "--skip-preview", "--target", byName.get(run.key) as string]);
    }
    workspace.writeProgram(program(desiredPools()));
    const preview = await previewSteps([]);
    for (const run of deleted) {
      const planned = preview.steps.find((step) => urnName(step.urn) === run.key);
      if (planned?.op !== "create") {
        fail(
          run,
          `after the pool was deleted outside Pulumi and refreshed, preview plans ${JSON.stringify(planned?.op)}, not a create`,
        );
      }
    }
  }

  /** Terraform's ExpectError: a preview with `args` for this pool fails, naming it and `error`. */
  async function expectRefusal(run: ScenarioRun, args: PoolArgs, error: RegExp, round: number): Promise<void> {
    workspace.writeProgram(program(desiredPools(new Map([[run, withPoolName(run, args)]]))));
    const result = await workspace.preview([], { allowFailure: true });
    const said = `${result.stdout}\n${result.stderr}`;
    if (result.code === 0) {
      fail(run, `step ${round + 1}: preview accepted args Terraform refuses (${String(error)}):\n${said.slice(-3000)}`);
    } else if (!new RegExp(`\\(${run.key}\\)|'${run.key}'`).test(said) || !error.test(said)) {
      fail(
        run,
        `step ${round + 1}: preview failed, but not naming the pool and ${String(error)}:\n${said.slice(-3000)}`,
      );
    }
  }

  before(async function () {
    const started = Date.now();
    assert.ok(fs.existsSync(path.join(repoRoot, "dist", "sdk", "index.js")), "run `npm run build` first");
    moto = await startEmulator("moto");
    client = emulatorClient(moto);
    workspace = await PulumiWorkspace.forProgram(
      "terraform-scenarios",
      program(new Map()),
      "e2e",
      emulatorEnvironment(moto),
    );

    const rounds = Math.max(...runs.map((run) => run.steps.length));
    for (let round = 0; round < rounds; round++) {
      const stepOf = (run: ScenarioRun): Step | undefined => (run.failures.length === 0 ? run.steps[round] : undefined);
      const adopted = active().filter((run) => {
        const step = stepOf(run);
        return step !== undefined && "importRoundTrip" in step;
      });
      const deleted = active().filter((run) => {
        const step = stepOf(run);
        return step !== undefined && "deletedOutside" in step;
      });
      const refusals = active().flatMap((run) => {
        const step = stepOf(run);
        return step !== undefined && "refused" in step ? [{ run, step }] : [];
      });

      if (deleted.length > 0) await deleteOutside(deleted);
      if (adopted.length > 0) await forget(adopted);

      const previousIds = new Map(active().map((run) => [run, run.id]));
      const override = new Map<ScenarioRun, PoolArgs>();
      for (const run of active()) {
        const step = stepOf(run);
        if (step !== undefined && "apply" in step) override.set(run, withPoolName(run, step.apply));
        if (step !== undefined && "importRoundTrip" in step) {
          override.set(run, { ...run.applied, adoptUserPoolId: run.id });
        }
      }
      await up(override, round);
      for (const [run, args] of override) if (run.failures.length === 0) run.applied = args;

      const ids = (await workspace.outputs()).poolIds as Record<string, string> | undefined;
      for (const run of active()) {
        const step = stepOf(run);
        run.id = ids?.[run.key];
        if (step === undefined || "refused" in step) continue;
        const before = previousIds.get(run);
        if (!run.id) {
          fail(run, `step ${round + 1}: the stack has no pool id for ${run.key}`);
          continue;
        }
        const replaced = ("apply" in step && step.replaced === true) || "deletedOutside" in step;
        if (before !== undefined && replaced && run.id === before) {
          fail(run, `step ${round + 1}: expected a new pool, but the id stayed ${before}`);
        }
        if (before !== undefined && !replaced && run.id !== before) {
          fail(run, `step ${round + 1}: the pool was replaced (${before} -> ${run.id}); Terraform updates it in place`);
        }
        const live = await livePool(run.id);
        const problems = ("apply" in step ? (step.checks ?? []) : []).flatMap(
          (check) => failedCheck(live, check) ?? [],
        );
        if (problems.length > 0) fail(run, `step ${round + 1}: ${problems.join("; ")}`);
      }

      const preview = await previewSteps(["--expect-no-changes"]);
      const changed = preview.steps.filter((step) => step.op !== "same");
      for (const step of changed) {
        const run = active().find((candidate) => candidate.key === urnName(step.urn));
        if (run) {
          fail(
            run,
            `step ${round + 1}: preview --expect-no-changes plans ${step.op} (${(step.diffReasons ?? []).join(", ")})`,
          );
        }
      }
      if (preview.code !== 0 && changed.length === 0) {
        for (const run of active())
          fail(run, `step ${round + 1}: preview --expect-no-changes failed:\n${preview.said}`);
      }

      for (const { run, step } of refusals) await expectRefusal(run, step.refused, step.error, round);
      if (refusals.length > 0) workspace.writeProgram(program(desiredPools()));
    }

    // Terraform's CheckDestroy: every pool is gone afterwards.
    workspace.writeProgram(program(desiredPools()));
    const destroyed = await workspace.destroy({ allowFailure: true });
    const left = (await client.send(new ListUserPoolsCommand({ MaxResults: 60 }))).UserPools ?? [];
    if (destroyed.code !== 0 || left.length > 0) {
      destroyProblem = `pulumi destroy exited ${destroyed.code}; pools left: ${left.map((pool) => pool.Name).join(", ")}\n${destroyed.stdout}\n${destroyed.stderr}`;
    }
    seconds = Math.round((Date.now() - started) / 1000);
  });

  after(async function () {
    client?.destroy();
    await moto?.stop();
    workspace?.remove();
    const count = (predicate: (scenario: Scenario) => boolean): number => TERRAFORM_SCENARIOS.filter(predicate).length;
    const passed = runs.filter((run) => run.failures.length === 0).length;
    console.log(
      [
        `      Terraform scenarios from ${TERRAFORM_SOURCE.repository} ${TERRAFORM_SOURCE.path} @ ${TERRAFORM_SOURCE.commit}:`,
        `        upstream tests ${TERRAFORM_SCENARIOS.length}, ran ${runs.length} (passed ${passed}, failed ${runs.length - passed}),`,
        `        skipped for an emulator gap ${count((s) => !s.notApplicable && !s.expectedFailure && s.emulatorGap !== undefined)},`,
        `        expected failures (known defects) ${count((s) => !s.notApplicable && s.expectedFailure !== undefined)},`,
        `        not applicable ${count((s) => s.notApplicable !== undefined)}; all rounds took ${seconds} s`,
      ].join("\n"),
    );
  });

  for (const scenario of TERRAFORM_SCENARIOS) {
    it(scenario.test, function () {
      const reason = skipReason(scenario);
      if (reason !== undefined) {
        console.log(`        skipped, ${reason}`);
        this.skip();
      }
      const run = runs.find((candidate) => candidate.scenario === scenario);
      assert.ok(run, "every runnable scenario has a run");
      assert.deepEqual(run.failures, [], `${scenario.test}:\n${run.failures.join("\n")}`);
    });
  }

  it("destroys every pool afterwards (Terraform's CheckDestroy)", function () {
    assert.equal(destroyProblem, undefined, destroyProblem);
  });
});
