/**
 * `npm start`, the README's main job: the stack in stack/ (a hardened pool with custom attributes and
 * a second pool wired to its outputs) deployed to cognito-local with CognitoGuard enforced, its
 * outputs and policy result printed; a second run changes nothing. State goes to a temp folder.
 */
import * as assert from "node:assert/strict";
import { execFile } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { repoRoot, type CommandResult } from "../../tools/pulumiCli";

function npmStart(stateDir: string): Promise<CommandResult> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [require.resolve("tsx/cli"), path.join(repoRoot, "scripts", "start.ts")],
      { cwd: repoRoot, env: { ...process.env, START_STATE_DIR: stateDir, NO_COLOR: "1" }, maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) => {
        resolve({ code: error ? (typeof error.code === "number" ? error.code : 1) : 0, stdout, stderr });
      },
    );
  });
}

function stackOutputs(stdout: string): Record<string, unknown> {
  const json = /Stack outputs \(local\):\n(\{[\s\S]*?\n\})/.exec(stdout)?.[1];
  assert.ok(json, `npm start prints the stack outputs:\n${stdout}`);
  return JSON.parse(json) as Record<string, unknown>;
}

describe("e2e: npm start (stack/ with CognitoGuard enforced, against cognito-local)", function () {
  let stateDir: string;

  before(function () {
    stateDir = fs.mkdtempSync(path.join(os.tmpdir(), "npm-start-"));
  });

  after(function () {
    fs.rmSync(stateDir, { recursive: true, force: true });
  });

  it("deploys both pools under the policy pack and prints the outputs and the policy result, without warnings", async function () {
    const first = await npmStart(stateDir);
    assert.equal(first.code, 0, first.stdout + first.stderr);
    const outputs = stackOutputs(first.stdout);
    assert.deepEqual(outputs.customersCustomAttributes, ["custom:tenant_id", "custom:plan", "custom:seats"]);
    assert.match(
      String(outputs.staffPoolName),
      /^cognito-userpool-customers-staff$/,
      "named from the first pool's output",
    );
    assert.notEqual(outputs.staffPoolId, outputs.customersPoolId);
    assert.match(first.stdout, /Policy result \(CognitoGuard, enforced[^\n]*\n[\s\S]*✅ cognito-guard@v/);
    assert.match(first.stdout, /Resources \(local\):\n\s+\+ 3 created/);
    const warnings = `${first.stdout}\n${first.stderr}`.split("\n").filter((line) => /\bwarning:/i.test(line));
    assert.deepEqual(warnings, []);
  });

  it("a second run reports no changes", async function () {
    const second = await npmStart(stateDir);
    assert.equal(second.code, 0, second.stdout + second.stderr);
    assert.match(second.stdout, /Resources \(local\):\n\s+3 unchanged\n/);
    assert.doesNotMatch(second.stdout, /^\s*[+~-] /m);
  });
});
