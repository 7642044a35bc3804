/**
 * CognitoGuard as a library, as a team installs it: `npm pack` of policy-packs/cognito-guard,
 * installed from the tarball into a new policy pack folder outside the repository (its own
 * node_modules, no symlink), whose index.ts configures `new CognitoGuard(...)` in a few lines;
 * then `pulumi preview --policy-pack <that folder>` of UserPool programs against moto.
 */
import * as assert from "node:assert/strict";
import { execFile } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { emulatorEnvironment, startEmulator, type RunningEmulator } from "../../tools/emulators";
import { PulumiWorkspace, repoRoot } from "../../tools/pulumiCli";

const packSource = path.join(repoRoot, "policy-packs", "cognito-guard");

/** Runs a command, rejecting with its output when it fails. */
function run(command: string, args: string[], cwd: string): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(command, args, { cwd, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error) reject(new Error(`${command} ${args.join(" ")} failed in ${cwd}\n${stdout}\n${stderr}`));
      else resolve(stdout);
    });
  });
}

/** The exact version the pack itself pins for `name`, so the team's pack dedupes with it. */
function pinnedBy(pack: string, name: string): string {
  const manifest = JSON.parse(fs.readFileSync(path.join(pack, "package.json"), "utf8")) as {
    dependencies?: Record<string, string>;
    devDependencies?: Record<string, string>;
  };
  const version = manifest.dependencies?.[name] ?? manifest.devDependencies?.[name];
  if (version === undefined) throw new Error(`${pack}/package.json pins no ${name}`);
  return version;
}

/** A team's own policy pack, written as the pack's README tells them to. */
const TEAM_PACK_PROGRAM = `import { CognitoGuard } from "cognito-guard";

new CognitoGuard("company-guard", {
  all: "mandatory",
  passwordPolicy: { minimumLength: 14 },
  requiredTags: "disabled",
});
`;

describe("e2e: CognitoGuard installed from its npm pack tarball into a team's own policy pack", function () {
  let moto: RunningEmulator;
  let scratch: string;
  let teamPack: string;
  let tarball: string;
  const workspaces: PulumiWorkspace[] = [];

  before(async function () {
    moto = await startEmulator("moto");
    scratch = fs.mkdtempSync(path.join(os.tmpdir(), "cognito-guard-library-"));
    // npm pack runs the package's prepack script, which builds dist/ (main entry and types).
    await run("npm", ["pack", "--pack-destination", scratch], packSource);
    const tarballs = fs.readdirSync(scratch).filter((f) => f.endsWith(".tgz"));
    assert.equal(tarballs.length, 1, `npm pack made ${tarballs.join(", ")}`);
    tarball = path.join(scratch, tarballs[0]);

    teamPack = path.join(scratch, "company-guard");
    fs.mkdirSync(teamPack);
    const manifest = {
      name: "company-guard",
      version: "1.0.0",
      private: true,
      dependencies: {
        "cognito-guard": `file:${tarball}`,
        "@pulumi/policy": pinnedBy(packSource, "@pulumi/policy"),
        "@pulumi/pulumi": pinnedBy(packSource, "@pulumi/pulumi"),
        typescript: pinnedBy(packSource, "typescript"),
      },
    };
    fs.writeFileSync(path.join(teamPack, "package.json"), JSON.stringify(manifest, null, 2));
    fs.writeFileSync(path.join(teamPack, "PulumiPolicy.yaml"), 'description: "Company guard"\nruntime: nodejs\n');
    fs.writeFileSync(path.join(teamPack, "index.ts"), TEAM_PACK_PROGRAM);
    await run("npm", ["install", "--prefer-offline", "--no-audit", "--no-fund"], teamPack);
  });

  after(async function () {
    await moto?.stop();
    for (const workspace of workspaces) workspace.remove();
    if (scratch) fs.rmSync(scratch, { recursive: true, force: true });
  });

  async function workspace(example: string): Promise<PulumiWorkspace> {
    const created = await PulumiWorkspace.create(example, "library", emulatorEnvironment(moto));
    workspaces.push(created);
    return created;
  }

  it("installs as a real package outside the repository, exporting CognitoGuard and the policies", async function () {
    const installed = path.join(teamPack, "node_modules", "cognito-guard");
    assert.equal(fs.lstatSync(installed).isSymbolicLink(), false);
    assert.equal(path.relative(repoRoot, teamPack).startsWith(".."), true);
    const exported = await run(
      "node",
      [
        "-e",
        'const g = require("cognito-guard"); console.log(JSON.stringify({ guard: typeof g.CognitoGuard, ' +
          "policies: g.cognitoGuardPolicies().policies.map((p) => p.name), mfa: g.mfaPolicy.name }))",
      ],
      teamPack,
    );
    const { guard, policies, mfa } = JSON.parse(exported) as { guard: string; policies: string[]; mfa: string };
    assert.equal(guard, "function");
    assert.equal(mfa, "cognito-user-pool-mfa");
    assert.ok(policies.includes("cognito-identity-pool-no-guest-access"));
    assert.ok(fs.existsSync(path.join(installed, "dist", "lib.d.ts")));
  });

  it("fails the preview of an unsafe pool with the team's levels and settings, under the team's pack name", async function () {
    const unsafe = await workspace("unsafe");
    const result = await unsafe.preview(["--policy-pack", teamPack], { allowFailure: true });
    const output = result.stdout + result.stderr;
    assert.notEqual(result.code, 0, output);
    assert.match(output, /company-guard/);
    assert.match(output, /cognito-user-pool-deletion-protection/);
    // The team's minimumLength 14, not the default 8.
    assert.match(output, /must require passwords of at least 14 characters \(got 6\)/);
    // all: "mandatory" raised the advisory MFA policy.
    assert.match(output, /cognito-user-pool-mfa/);
    assert.doesNotMatch(output, /advisory/);
  });

  it("is itself still a policy pack: installed as Pulumi Cloud installs a published pack, it runs", async function () {
    // `pulumi policy publish` uploads `npm pack` of the pack folder; a stack that requires the
    // pack gets it extracted, with its dependencies installed, and runs that folder.
    const published = path.join(scratch, "published");
    fs.mkdirSync(published);
    await run("tar", ["xzf", tarball, "-C", published], scratch);
    const packDir = path.join(published, "package");
    assert.ok(fs.existsSync(path.join(packDir, "PulumiPolicy.yaml")));
    await run("npm", ["install", "--prefer-offline", "--no-audit", "--no-fund"], packDir);
    const unsafe = await workspace("unsafe");
    const result = await unsafe.preview(["--policy-pack", packDir], { allowFailure: true });
    const output = result.stdout + result.stderr;
    assert.notEqual(result.code, 0, output);
    assert.match(output, /cognito-guard/);
    assert.match(output, /set deletionProtection: "ACTIVE"/);
    assert.match(output, /must require passwords of at least 8 characters \(got 6\)/);
    assert.match(output, /mandatory/);
  });

  it("passes the preview of a pool that meets every policy at mandatory", async function () {
    const hardened = await workspace("hardened");
    const result = await hardened.preview(["--policy-pack", teamPack]);
    assert.doesNotMatch(result.stdout, /mandatory/);
    assert.doesNotMatch(result.stdout, /advisory/);
  });
});
