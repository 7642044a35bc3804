/**
 * SDKs generated from the plugin's package schema build in their languages: Python (imported under
 * a venv with `pulumi` from PyPI) and Go (`go build` of a tiny program). Generated with
 * scripts/gen-sdk.sh, on the same pkg/v3 codegen as `pulumi package gen-sdk`, whose language hosts
 * the Go module proxy here refuses (README, "Other languages"). .NET: its codegen lives in the
 * pulumi-dotnet repository, whose module is refused too, and no dotnet SDK is installed.
 */
import * as assert from "node:assert/strict";
import { execFile } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { promisify } from "node:util";
import { repoRoot } from "../../tools/pulumiCli";

const run = promisify(execFile);
const PULUMI_GO_SDK = "v3.274.1"; // the CLI's version (scripts/pulumi-cli/cli/go.mod)

async function generate(language: "python" | "go", out: string): Promise<void> {
  await run("bash", [path.join(repoRoot, "scripts", "gen-sdk.sh"), language, out], { maxBuffer: 16 << 20 });
}

describe("e2e: SDKs generated from the plugin's schema", function () {
  let dir: string;

  before(function () {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "generated-sdks-"));
  });

  after(function () {
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  it("Python: the SDK installs into a venv with pulumi from PyPI and imports, typed", async function () {
    const sdk = path.join(dir, "python");
    await generate("python", sdk);
    const venv = path.join(dir, "venv");
    await run("python3", ["-m", "venv", venv]);
    const python = path.join(venv, "bin", "python");
    await run(python, ["-m", "pip", "install", "--quiet", "--disable-pip-version-check", "pulumi>=3.142,<4", sdk], {
      maxBuffer: 16 << 20,
    });
    const { stdout } = await run(python, [
      "-c",
      [
        "import inspect, pulumi_cognito_userpool as c",
        "print(c.DeletionProtection.ACTIVE.value)",
        "print('pool_name' in inspect.signature(c.UserPoolArgs.__init__).parameters)",
        "print(c.PasswordPolicyArgs(minimum_length=12).minimum_length)",
        "print(c.UserPool.__module__)",
      ].join("\n"),
    ]);
    assert.deepEqual(stdout.trim().split("\n"), ["ACTIVE", "True", "12", "pulumi_cognito_userpool.user_pool"]);
  });

  it("Go: a tiny program using the SDK builds with go build", async function () {
    const module = path.join(dir, "go");
    await generate("go", module);
    fs.writeFileSync(
      path.join(module, "go.mod"),
      `module github.com/pulumi-cognito-userpool/sdk/go\n\ngo 1.26\n\nrequire github.com/pulumi/pulumi/sdk/v3 ${PULUMI_GO_SDK}\n`,
    );
    fs.mkdirSync(path.join(module, "cmd", "tiny"), { recursive: true });
    fs.writeFileSync(
      path.join(module, "cmd", "tiny", "main.go"),
      `package main

import (
	"github.com/pulumi-cognito-userpool/sdk/go/cognitouserpool"
	"github.com/pulumi/pulumi/sdk/v3/go/pulumi"
)

func main() {
	pulumi.Run(func(ctx *pulumi.Context) error {
		pool, err := cognitouserpool.NewUserPool(ctx, "users", &cognitouserpool.UserPoolArgs{
			PoolName:           pulumi.String("my-app-users"),
			DeletionProtection: cognitouserpool.DeletionProtectionACTIVE,
			Policies: &cognitouserpool.UserPoolPolicyArgs{
				PasswordPolicy: &cognitouserpool.PasswordPolicyArgs{MinimumLength: pulumi.Int(12)},
			},
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
    await run("go", ["mod", "tidy"], { cwd: module, env, maxBuffer: 16 << 20 });
    await run("go", ["build", "-o", path.join(dir, "tiny"), "./cmd/tiny"], { cwd: module, env, maxBuffer: 16 << 20 });
    assert.ok(fs.statSync(path.join(dir, "tiny")).size > 0);
  });
});
