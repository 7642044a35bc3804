/**
 * The package as a user installs it: `npm pack` of this checkout, installed with `npm install` into a
 * fresh program folder outside the repo (its own node_modules, nothing linked), then `pulumi up`,
 * `pulumi preview --expect-no-changes` and `pulumi destroy` against moto, printing no warnings.
 */
import * as assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import { builtinModules } from "node:module";
import * as path from "node:path";
import { DescribeUserPoolCommand, type CognitoIdentityProviderClient } from "@aws-sdk/client-cognito-identity-provider";
import { emulatorClient, emulatorEnvironment, startEmulator, type RunningEmulator } from "../../tools/emulators";
import { npmEnvironment, packageTarball, programDependencies } from "../../tools/installedPackage";
import { PulumiWorkspace, repoRoot, type CommandResult } from "../../tools/pulumiCli";

interface PackedPackageJson {
  name: string;
  version: string;
  private?: boolean;
  license?: string;
  keywords?: string[];
  engines?: Record<string, string>;
  bin?: Record<string, string>;
  exports?: Record<string, unknown>;
  dependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
}

/** Lines with a warning: at the start, in the summary's diagnostics, or after a resource's status. */
function warnings(result: CommandResult): string[] {
  return `${result.stdout}\n${result.stderr}`.split("\n").filter((line) => /\bwarning:/i.test(line));
}

/** The bare module names a built file requires (`require("x")`, `require("@scope/x/sub")` as `@scope/x`). */
function requiredPackages(source: string): string[] {
  const names = [...source.matchAll(/require\("([^"./][^"]*)"\)/g)].map(([, specifier]) => specifier);
  return names.map((name) =>
    name
      .split("/")
      .slice(0, name.startsWith("@") ? 2 : 1)
      .join("/"),
  );
}

describe("e2e: the npm pack tarball installed into a program outside the repo, through the pulumi CLI, against moto", function () {
  let moto: RunningEmulator;
  let client: CognitoIdentityProviderClient;
  let workspace: PulumiWorkspace;
  let tarball: string;
  let installed: string;

  before(async function () {
    tarball = packageTarball();
    moto = await startEmulator("moto");
    client = emulatorClient(moto);
    workspace = await PulumiWorkspace.create("minimal", "e2e", emulatorEnvironment(moto), { nodeModules: "none" });
    installed = path.join(workspace.projectDir, "node_modules", "pulumi-cognito-userpool");
  });

  after(async function () {
    client?.destroy();
    await moto?.stop();
    workspace?.remove();
  });

  it("packs only what runs: dist/ with typings (and the plugin's schema), package.json, README and LICENSE", function () {
    const files = execFileSync("tar", ["-tzf", tarball], { encoding: "utf8" }).trim().split("\n");
    for (const file of [
      "package/package.json",
      "package/README.md",
      "package/LICENSE",
      "package/dist/sdk/index.js",
      "package/dist/sdk/index.d.ts",
      "package/dist/provider/index.js",
      "package/dist/cli/index.js",
    ]) {
      assert.ok(files.includes(file), `${file} is in the tarball`);
    }
    const extra = files.filter(
      (file) =>
        !/^package\/(package\.json|README\.md|LICENSE|dist\/(sdk|provider|cli|plugin)\/.+\.(js|d\.ts)|dist\/plugin\/schema\.json)$/.test(
          file,
        ),
    );
    assert.deepEqual(extra, [], "no tests, tools, scripts, sources or source maps");
  });

  it("npm install puts the package and its peer @pulumi/pulumi into the program's own node_modules", function () {
    assert.ok(!workspace.projectDir.startsWith(repoRoot), "the program is outside the repo");
    const { dependencies, devDependencies } = programDependencies();
    // As a user would type it: the tarball (or, once published, the package's name) and the SDK.
    workspace.npmInstall([tarball, `@pulumi/pulumi@${dependencies["@pulumi/pulumi"]}`]);
    workspace.npmInstall([
      "--save-dev",
      ...Object.entries(devDependencies).map(([name, version]) => `${name}@${version}`),
    ]);

    const nodeModules = path.join(workspace.projectDir, "node_modules");
    assert.ok(!fs.lstatSync(nodeModules).isSymbolicLink(), "node_modules is the program's own");
    assert.ok(fs.lstatSync(installed).isDirectory() && !fs.lstatSync(installed).isSymbolicLink());
    assert.equal(
      fs.existsSync(path.join(installed, "node_modules", "@pulumi", "pulumi")),
      false,
      "one @pulumi/pulumi, the program's",
    );

    const pkg = JSON.parse(fs.readFileSync(path.join(installed, "package.json"), "utf8")) as PackedPackageJson;
    const own = JSON.parse(fs.readFileSync(path.join(repoRoot, "package.json"), "utf8")) as PackedPackageJson;
    assert.equal(pkg.version, own.version);
    assert.equal(pkg.private, undefined);
    assert.equal(pkg.license, "Apache-2.0");
    assert.ok(pkg.keywords?.includes("pulumi") && pkg.keywords.includes("cognito"));
    assert.ok(pkg.engines?.node);
    assert.deepEqual(Object.keys(pkg.exports ?? {}).sort(), [".", "./package.json", "./provider"]);
    assert.deepEqual(Object.keys(pkg.peerDependencies ?? {}), ["@pulumi/pulumi"]);

    // Every package the built code loads is declared (or is Node's own, or the package itself).
    const declared = new Set([...Object.keys(pkg.dependencies ?? {}), ...Object.keys(pkg.peerDependencies ?? {})]);
    const builtins = new Set(builtinModules.flatMap((name) => [name, `node:${name}`]));
    const loaded = new Set<string>();
    for (const file of fs.readdirSync(path.join(installed, "dist"), { recursive: true, encoding: "utf8" })) {
      if (!file.endsWith(".js")) continue;
      const source = fs.readFileSync(path.join(installed, "dist", file), "utf8");
      for (const name of requiredPackages(source)) if (!builtins.has(name) && name !== pkg.name) loaded.add(name);
    }
    assert.deepEqual([...loaded].sort(), [...declared].sort(), "the dependencies are what the code loads");

    const help = execFileSync(path.join(nodeModules, ".bin", "pulumi-cognito-userpool"), ["--help"], {
      cwd: workspace.projectDir,
      env: npmEnvironment(),
      encoding: "utf8",
    });
    assert.match(help, /generate/, "the bin runs from the installed package");
  });

  it("pulumi up creates the pool, preview shows no changes, destroy deletes it; no warnings", async function () {
    const up = await workspace.up();
    const id = String((await workspace.outputs()).userPoolId);
    assert.equal((await client.send(new DescribeUserPoolCommand({ UserPoolId: id }))).UserPool?.Name, "minimal-pool");

    const preview = await workspace.preview(["--expect-no-changes"]);
    const destroy = await workspace.destroy();
    await assert.rejects(
      client.send(new DescribeUserPoolCommand({ UserPoolId: id })),
      (error: Error) => error.name === "ResourceNotFoundException",
    );
    assert.deepEqual([...warnings(up), ...warnings(preview), ...warnings(destroy)], []);
  });
});
