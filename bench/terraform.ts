/**
 * The same stack of N pools as Terraform users write it (`aws_cognito_user_pool` with `count`, the
 * bench pool's settings), run through the `terraform` CLI and hashicorp/aws against the same moto:
 * apply, plan (expecting no changes), refresh-only apply and destroy, each as users run them (the
 * CLI's defaults, parallelism 10). Used by the scale run when `terraform` and the provider are on
 * this machine (`TERRAFORM_PLUGIN_DIR`, else /opt/tf-plugins, holds the provider for
 * `terraform init -plugin-dir`); nothing is downloaded.
 */
import { execFile, spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { emulatorCredentials, emulatorRegion, type RunningEmulator } from "../tools/emulators";
import { watchMemory } from "./processMemory";
import { timed, type TimedOp } from "./workspaces";

export interface TerraformRun {
  seconds: Partial<Record<TimedOp, number>>;
  peakCliMiB?: number;
  peakProviderMiB?: number;
  /** The CLI's and the provider's, summed at one sample. */
  peakTotalMiB?: number;
  stateBytes?: number;
  bytesPerResource?: number;
}

const pluginDir = process.env.TERRAFORM_PLUGIN_DIR ?? "/opt/tf-plugins";

/** Why Terraform cannot be measured here, or undefined when it can. */
export function terraformUnavailable(): string | undefined {
  const version = spawnSync("terraform", ["version"], { encoding: "utf8" });
  if (version.error || version.status !== 0) return "no terraform on PATH";
  if (!fs.existsSync(path.join(pluginDir, "registry.terraform.io", "hashicorp", "aws"))) {
    return `no hashicorp/aws provider under ${pluginDir} (set TERRAFORM_PLUGIN_DIR)`;
  }
  return undefined;
}

/** The bench pool (bench/programs/userpools, not minimal) in HCL. */
function configuration(moto: RunningEmulator, n: number): string {
  return `provider "aws" {
  region                      = "${emulatorRegion}"
  access_key                  = "${emulatorCredentials.accessKeyId}"
  secret_key                  = "${emulatorCredentials.secretAccessKey}"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  endpoints {
    cognitoidp = "${moto.endpoint}"
  }
}

resource "aws_cognito_user_pool" "pool" {
  count                    = ${n}
  name                     = "tf-bench-pool-\${count.index}"
  auto_verified_attributes = ["email"]
  username_attributes      = ["email"]
  password_policy {
    minimum_length  = 8
    require_symbols = true
  }
  tags = { bench = "true" }
}
`;
}

function terraform(dir: string, args: string[], okCodes: readonly number[] = [0]): Promise<void> {
  return new Promise((resolve, reject) => {
    execFile(
      "terraform",
      args,
      {
        cwd: dir,
        maxBuffer: 256 * 2 ** 20,
        env: {
          ...process.env,
          TF_IN_AUTOMATION: "1",
          TF_INPUT: "0",
          // An empty CLI config: no credentials helpers or mirrors from the machine's own.
          TF_CLI_CONFIG_FILE: path.join(dir, "cli.tfrc"),
          CHECKPOINT_DISABLE: "1",
        },
      },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === "number" ? error.code : -1) : 0;
        if (okCodes.includes(code)) resolve();
        else
          reject(
            new Error(`terraform ${args.join(" ")} exited ${code}:\n${stdout.slice(-2000)}\n${stderr.slice(-2000)}`),
          );
      },
    );
  });
}

/** One Terraform stack of `n` pools: apply, plan (no changes), refresh, destroy. */
export async function measureTerraform(moto: RunningEmulator, n: number): Promise<TerraformRun> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bench-terraform-"));
  fs.writeFileSync(path.join(dir, "main.tf"), configuration(moto, n));
  fs.writeFileSync(path.join(dir, "cli.tfrc"), "");
  const run: TerraformRun = { seconds: {} };
  try {
    await terraform(dir, ["init", "-input=false", `-plugin-dir=${pluginDir}`]);
    const memory = watchMemory(200);
    try {
      run.seconds.up = await timed(() => terraform(dir, ["apply", "-auto-approve", "-input=false"]));
      run.stateBytes = fs.statSync(path.join(dir, "terraform.tfstate")).size;
      run.bytesPerResource = Math.round(run.stateBytes / n);
      // -detailed-exitcode: 0 is no changes, 2 is changes (a spurious diff fails the run).
      run.seconds.preview = await timed(() => terraform(dir, ["plan", "-detailed-exitcode", "-input=false"]));
      run.seconds.refresh = await timed(() => terraform(dir, ["apply", "-refresh-only", "-auto-approve"]));
      run.seconds.destroy = await timed(() => terraform(dir, ["destroy", "-auto-approve", "-input=false"]));
    } finally {
      const peak = memory.stop();
      run.peakCliMiB = Number(peak.cli.toFixed(1));
      run.peakProviderMiB = Number(peak.provider.toFixed(1));
      run.peakTotalMiB = Number(peak.total.toFixed(1));
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  return run;
}
