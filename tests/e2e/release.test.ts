/**
 * `npm run release`, and every artifact it builds installed the way its user gets it, in folders
 * outside the repository, against moto. The release is built once (into a temp folder, with
 * `--plugin-download-url` pointing at a plugin server on 127.0.0.1 that serves that folder, as a
 * GitHub release serves its assets) and shared by the tests:
 *
 * - the plugin is acquired by the engine itself: a Pulumi YAML program whose package declaration
 *   is generated from the release schema (`pulumi package gen-sdk --language yaml`, what
 *   `pulumi package add` writes), an empty PULUMI_HOME and no `pulumi plugin install`:
 *   `up`, `preview --expect-no-changes`, `destroy`; and `pulumi plugin install ... --server`;
 * - each plugin tarball carries its OS's launcher and nothing Windows cannot extract;
 * - the Python wheel in a fresh venv, the Go module in a program's `go build`, both npm tarballs
 *   through `npm publish --dry-run` and `npm install` into a fresh program, the Python dists
 *   through `twine check`.
 *
 * Untested here (no such machine): running the darwin and windows plugins (their contents and
 * launchers are checked), and arm64 (the same files as amd64).
 */
import * as assert from "node:assert/strict";
import { execFile } from "node:child_process";
import * as fs from "node:fs";
import * as http from "node:http";
import * as os from "node:os";
import * as path from "node:path";
import { promisify } from "node:util";
import { DescribeUserPoolCommand, type CognitoIdentityProviderClient } from "@aws-sdk/client-cognito-identity-provider";
import {
  emulatorClient,
  emulatorEnvironment,
  emulatorRegion,
  startEmulator,
  type RunningEmulator,
} from "../../tools/emulators";
import { freePort } from "../../tools/freePort";
import { npmEnvironment } from "../../tools/installedPackage";
import { PLUGIN_BINARY, PLUGIN_NAME, RELEASE_TARGETS, pluginFileName } from "../../tools/pluginPackage";
import { cliPath, PulumiWorkspace, repoRoot } from "../../tools/pulumiCli";
import { releaseToolsPython } from "../../scripts/release/python";

const execFileAsync = promisify(execFile);
const VERSION = (JSON.parse(fs.readFileSync(path.join(repoRoot, "package.json"), "utf8")) as { version: string })
  .version;

async function run(command: string, args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}) {
  try {
    return await execFileAsync(command, args, { ...options, maxBuffer: 64 << 20 });
  } catch (error) {
    const failed = error as { stdout?: string; stderr?: string };
    throw new Error(`${command} ${args.join(" ")} failed\n${failed.stdout ?? ""}${failed.stderr ?? ""}`);
  }
}

/** A static file server for one folder, like a GitHub release's assets; it logs each request. */
function servePluginFolder(dir: string, port: number): Promise<{ server: http.Server; requests: string[] }> {
  const requests: string[] = [];
  const server = http.createServer((request, response) => {
    const name = decodeURIComponent(new URL(request.url ?? "/", "http://127.0.0.1").pathname).replace(/^\/+/, "");
    requests.push(name);
    const file = path.join(dir, name);
    if (name.includes("..") || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { "Content-Length": fs.statSync(file).size, "Content-Type": "application/gzip" });
    fs.createReadStream(file).pipe(response);
  });
  return new Promise((resolve) => server.listen(port, "127.0.0.1", () => resolve({ server, requests })));
}

async function tarList(tarball: string): Promise<string[]> {
  const { stdout } = await run("tar", ["-tvzf", tarball]);
  return stdout.trim().split("\n");
}

async function tarRead(tarball: string, member: string): Promise<string> {
  return (await run("tar", ["-xzOf", tarball, member])).stdout;
}

const YAML_PROGRAM = `name: released-plugin
runtime: yaml
resources:
  users:
    type: cognito-userpool:UserPool
    properties:
      poolName: released-plugin-users
      policies:
        passwordPolicy:
          minimumLength: 12
outputs:
  userPoolId: \${users.id}
`;

describe("e2e: npm run release, each artifact installed as its user gets it, against moto", function () {
  let scratch: string;
  let releaseDir: string;
  let serverUrl: string;
  let plugins: { server: http.Server; requests: string[] };
  let moto: RunningEmulator;
  let client: CognitoIdentityProviderClient;
  let releaseLog: string;

  before(async function () {
    scratch = fs.mkdtempSync(path.join(os.tmpdir(), "release-e2e-"));
    releaseDir = path.join(scratch, "release");
    const port = await freePort();
    serverUrl = `http://127.0.0.1:${port}`;
    plugins = await servePluginFolder(releaseDir, port);
    const built = await run("npm", ["run", "release", "--", "--out", releaseDir, "--plugin-download-url", serverUrl], {
      cwd: repoRoot,
      env: npmEnvironment(),
    });
    releaseLog = built.stderr;
    moto = await startEmulator("moto");
    client = emulatorClient(moto);
  });

  after(async function () {
    client?.destroy();
    await moto?.stop();
    plugins?.server.close();
    if (scratch) fs.rmSync(scratch, { recursive: true, force: true });
  });

  it("writes every artifact, with progress lines, and SHA256SUMS that checks them all", async function () {
    for (const step of [
      "packing the npm package",
      "packing CognitoGuard",
      "building the plugin",
      "Python SDK",
      "Go SDK",
    ]) {
      assert.match(releaseLog, new RegExp(`\\[release\\] .*${step}.*: done in`), step);
    }
    const expected = [
      `pulumi-cognito-userpool-${VERSION}.tgz`,
      `cognito-guard-${VERSION}.tgz`,
      ...RELEASE_TARGETS.map((target) => pluginFileName(VERSION, target)),
      "schema.json",
      `python/pulumi_cognito_userpool-${VERSION}.tar.gz`,
      `python/pulumi_cognito_userpool-${VERSION}-py3-none-any.whl`,
      "go/go.mod",
      "go/cognitouserpool/userPool.go",
      "CHANGELOG.md",
      "SHA256SUMS",
    ];
    for (const file of expected) assert.ok(fs.existsSync(path.join(releaseDir, file)), `release/${file}`);
    const { stdout } = await run("sha256sum", ["-c", "SHA256SUMS"], { cwd: releaseDir });
    assert.doesNotMatch(stdout, /FAILED/);
    assert.match(stdout, new RegExp(`${pluginFileName(VERSION, RELEASE_TARGETS[4])}: OK`));
    assert.match(fs.readFileSync(path.join(releaseDir, "CHANGELOG.md"), "utf8"), new RegExp(`^## ${VERSION}\\n`));
    const schema = JSON.parse(fs.readFileSync(path.join(releaseDir, "schema.json"), "utf8")) as Record<string, unknown>;
    assert.equal(schema.version, VERSION);
    assert.equal(schema.pluginDownloadURL, serverUrl);
  });

  it("gives each plugin tarball its OS's launcher, the package's entry point, and no symlinks", async function () {
    for (const target of RELEASE_TARGETS) {
      const tarball = path.join(releaseDir, pluginFileName(VERSION, target));
      const listing = await tarList(tarball);
      assert.ok(!listing.some((line) => line.startsWith("l")), `${target.os}-${target.arch}: no symlinks`);
      assert.ok(!listing.some((line) => line.endsWith(".node")), `${target.os}-${target.arch}: no native addons`);
      assert.ok(listing.some((line) => line.endsWith("node_modules/pulumi-cognito-userpool/dist/plugin/index.js")));
      if (target.os === "windows") {
        // The engine runs <name>.exe or <name>.cmd on Windows (getCandidateExtensions, plugins.go).
        const launcher = await tarRead(tarball, `./${PLUGIN_BINARY}.cmd`);
        assert.ok(!listing.some((line) => line.endsWith(`./${PLUGIN_BINARY}`)), "no POSIX launcher on Windows");
        assert.match(launcher, /^@echo off\r\n/);
        // With V8's --optimize-for-size, as on every OS (tools/pluginPackage.ts says why).
        assert.match(
          launcher,
          /node --optimize-for-size "%~dp0node_modules\\pulumi-cognito-userpool\\dist\\plugin\\index\.js" %\*\r\n$/,
        );
      } else {
        const line = listing.find((entry) => entry.endsWith(`./${PLUGIN_BINARY}`)) ?? "";
        assert.match(line, /^-rwxr-xr-x/, `${target.os}: the launcher is executable`);
        const launcher = await tarRead(tarball, `./${PLUGIN_BINARY}`);
        assert.match(launcher, /^#!\/bin\/sh\n/);
        assert.match(
          launcher,
          /^exec node --optimize-for-size "\$here\/node_modules\/pulumi-cognito-userpool\/dist\/plugin\/index\.js" "\$@"$/m,
        );
        await run("sh", ["-n", "-c", launcher]);
      }
    }
  });

  it("lets the engine download the plugin by itself for a Pulumi YAML program: up, no changes, destroy", async function () {
    const source = path.join(scratch, "yaml-program");
    fs.mkdirSync(source);
    fs.writeFileSync(path.join(source, "Pulumi.yaml"), YAML_PROGRAM);
    const { AWS_ENDPOINT_URL_COGNITO_IDENTITY_PROVIDER: endpoint, ...credentials } = emulatorEnvironment(moto);
    const workspace = await PulumiWorkspace.create(
      source,
      "e2e",
      { ...credentials, PULUMI_DISABLE_AUTOMATIC_PLUGIN_ACQUISITION: "false" },
      { nodeModules: "none" },
    );
    try {
      // What `pulumi package add` writes for a YAML project: name, version and downloadUrl, from the schema.
      await workspace.run([
        "package",
        "gen-sdk",
        path.join(releaseDir, "schema.json"),
        "--language",
        "yaml",
        "--out",
        "sdks",
      ]);
      const declarations = (fs.readdirSync(path.join(workspace.projectDir, "sdks"), { recursive: true }) as string[])
        .filter((name) => name.endsWith(".yaml"))
        .map((name) => fs.readFileSync(path.join(workspace.projectDir, "sdks", name), "utf8"));
      assert.equal(declarations.length, 1);
      assert.match(declarations[0], new RegExp(`downloadUrl: ${serverUrl}`));
      const pluginsHome = path.join(workspace.dir, "home", "plugins");
      const installedPlugins = () => (fs.existsSync(pluginsHome) ? fs.readdirSync(pluginsHome) : []);
      assert.deepEqual(
        installedPlugins().filter((name) => name.includes(PLUGIN_NAME)),
        [],
        "PULUMI_HOME starts without the plugin",
      );
      await workspace.setConfig("cognito-userpool:endpoint", endpoint);
      await workspace.setConfig("cognito-userpool:region", emulatorRegion);

      await workspace.up();
      assert.ok(
        plugins.requests.includes(pluginFileName(VERSION, { os: "linux", arch: "amd64" })),
        `the engine asked the server for the plugin (requests: ${plugins.requests.join(", ")})`,
      );
      assert.ok(installedPlugins().includes(`resource-${PLUGIN_NAME}-v${VERSION}`), installedPlugins().join(", "));
      const id = String((await workspace.outputs()).userPoolId);
      const live = (await client.send(new DescribeUserPoolCommand({ UserPoolId: id }))).UserPool;
      assert.equal(live?.Name, "released-plugin-users");
      assert.equal(live?.Policies?.PasswordPolicy?.MinimumLength, 12);
      await workspace.preview(["--expect-no-changes"]);
      await workspace.destroy();
      await assert.rejects(client.send(new DescribeUserPoolCommand({ UserPoolId: id })), /ResourceNotFound|not exist/i);
    } finally {
      workspace.remove();
    }
  });

  it("installs the plugin with `pulumi plugin install resource cognito-userpool <V> --server <URL>`", async function () {
    const home = path.join(scratch, "plugin-install-home");
    const env = { ...process.env, PATH: cliPath(), PULUMI_HOME: home, PULUMI_SKIP_UPDATE_CHECK: "true" };
    await run("pulumi", ["plugin", "install", "resource", PLUGIN_NAME, VERSION, "--server", serverUrl], { env });
    const { stdout } = await run("pulumi", ["plugin", "ls", "--json"], { env });
    const listed = JSON.parse(stdout) as Array<{ name: string; kind: string; version: string }>;
    assert.deepEqual(
      listed.map(({ name, kind, version }) => ({ name, kind, version })),
      [{ name: PLUGIN_NAME, kind: "resource", version: VERSION }],
    );
    const launcher = path.join(home, "plugins", `resource-${PLUGIN_NAME}-v${VERSION}`, PLUGIN_BINARY);
    assert.ok(fs.statSync(launcher).mode & 0o100, "the launcher is executable after install");
  });

  it("Python: the wheel installs into a fresh venv and exposes UserPool with typed args", async function () {
    const venv = path.join(scratch, "python-venv");
    await run("python3", ["-m", "venv", venv]);
    const python = path.join(venv, "bin", "python");
    const wheel = path.join(releaseDir, "python", `pulumi_cognito_userpool-${VERSION}-py3-none-any.whl`);
    await run(python, ["-m", "pip", "install", "--quiet", "--disable-pip-version-check", wheel]);
    const { stdout } = await run(python, [
      "-c",
      [
        "import inspect, json, importlib.resources as r, pulumi_cognito_userpool as c",
        "print(inspect.isclass(c.UserPool))",
        "params = inspect.signature(c.UserPoolArgs.__init__).parameters",
        "print(params['pool_name'].annotation)",
        "print(params['deletion_protection'].annotation)",
        "print(c.PasswordPolicyArgs(minimum_length=12).minimum_length)",
        "print(json.loads(r.files(c).joinpath('pulumi-plugin.json').read_text())['server'])",
      ].join("\n"),
    ]);
    const [isClass, poolName, deletionProtection, minimumLength, server] = stdout.trim().split("\n");
    assert.equal(isClass, "True");
    // pulumi.Input[str], as Python expands it: the value or an awaitable or Output of it.
    assert.match(poolName, /^typing\.Union\[str, .*Awaitable\[str\]/);
    assert.match(deletionProtection, /DeletionProtection/);
    assert.equal(minimumLength, "12");
    assert.equal(server, serverUrl, "the SDK tells the engine where to download the plugin");
  });

  it("Python: the sdist and the wheel pass twine check", async function () {
    const python = await releaseToolsPython();
    const dists = fs.readdirSync(path.join(releaseDir, "python")).map((name) => path.join(releaseDir, "python", name));
    const { stdout } = await run(python, ["-m", "twine", "check", "--strict", ...dists]);
    assert.equal(stdout.match(/PASSED/g)?.length, 2, stdout);
  });

  it("Go: a program using the released module (replace to its folder) builds", async function () {
    const goModule = fs.readFileSync(path.join(releaseDir, "go", "go.mod"), "utf8").match(/^module (\S+)/m)?.[1];
    assert.ok(goModule);
    const program = path.join(scratch, "go-program");
    fs.mkdirSync(program);
    fs.writeFileSync(
      path.join(program, "go.mod"),
      `module example.com/users\n\ngo 1.22\n\nrequire ${goModule} v${VERSION}\n\nreplace ${goModule} => ${path.join(releaseDir, "go")}\n`,
    );
    fs.writeFileSync(
      path.join(program, "main.go"),
      `package main

import (
	"${goModule}/cognitouserpool"
	"github.com/pulumi/pulumi/sdk/v3/go/pulumi"
)

func main() {
	pulumi.Run(func(ctx *pulumi.Context) error {
		pool, err := cognitouserpool.NewUserPool(ctx, "users", &cognitouserpool.UserPoolArgs{
			PoolName:           pulumi.String("my-app-users"),
			DeletionProtection: cognitouserpool.DeletionProtectionACTIVE,
		})
		if err != nil {
			return err
		}
		ctx.Export("userPoolId", pool.ID())
		return nil
	})
}
`,
    );
    const env = { ...process.env, GOFLAGS: "-mod=mod" };
    await run("go", ["mod", "tidy"], { cwd: program, env });
    await run("go", ["build", "-o", "users", "."], { cwd: program, env });
    assert.ok(fs.statSync(path.join(program, "users")).size > 0);
  });

  it("npm: both tarballs pass npm publish --dry-run and install into a fresh program", async function () {
    const tarballs = [`pulumi-cognito-userpool-${VERSION}.tgz`, `cognito-guard-${VERSION}.tgz`].map((name) =>
      path.join(releaseDir, name),
    );
    for (const tarball of tarballs) {
      const { stderr } = await run("npm", ["publish", "--dry-run", "--access", "public", tarball], {
        cwd: scratch,
        env: npmEnvironment(),
      });
      assert.match(stderr, new RegExp(`Publishing to .* \\(dry-run\\)`), stderr);
      assert.match(stderr, new RegExp(`version:\\s+${VERSION.replace(/\./g, "\\.")}`));
    }
    const program = path.join(scratch, "npm-program");
    fs.mkdirSync(program);
    fs.writeFileSync(path.join(program, "package.json"), JSON.stringify({ name: "users", private: true }));
    await run(
      "npm",
      ["install", "--no-audit", "--no-fund", "--prefer-offline", ...tarballs, "@pulumi/pulumi@3.248.0"],
      {
        cwd: program,
        env: npmEnvironment(),
      },
    );
    const { stdout } = await run(
      "node",
      [
        "-e",
        [
          'const { UserPool } = require("pulumi-cognito-userpool");',
          'const { CognitoGuard } = require("cognito-guard");',
          "const v = (name) => require(`${name}/package.json`).version;",
          'console.log(JSON.stringify([typeof UserPool, typeof CognitoGuard, v("pulumi-cognito-userpool"), v("cognito-guard")]));',
        ].join("\n"),
      ],
      { cwd: program },
    );
    assert.deepEqual(JSON.parse(stdout), ["function", "function", VERSION, VERSION]);
  });
});
