/**
 * CognitoGuard as users install it: `npm pack` of policy-packs/cognito-guard (its prepack script
 * builds dist/ from the sources), the tarball extracted as node_modules/cognito-guard, loaded
 * through the package's own `exports`. It is extracted under the repository's node_modules/.cache
 * so that it finds the repository's @pulumi/policy and @pulumi/pulumi (the versions the pack pins,
 * which tests/e2e/policyPackLibrary.test.ts installs from the registry instead).
 */
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import { createRequire } from "node:module";
import * as os from "node:os";
import * as path from "node:path";
import { npm } from "../../../tools/installedPackage";

type CognitoGuardLibrary = typeof import("../../../policy-packs/cognito-guard/lib");

const REPO = path.resolve(__dirname, "../../..");
const PACK_DIR = path.join(REPO, "policy-packs", "cognito-guard");

/** The packed library and the folder it was installed into (remove it with `removePacked`). */
export interface PackedGuard {
  readonly library: CognitoGuardLibrary;
  readonly installedAt: string;
  readonly tarball: string;
}

export function packCognitoGuard(): PackedGuard {
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "cognito-guard-pack-"));
  const [result] = JSON.parse(npm(["pack", "--json", "--pack-destination", scratch], PACK_DIR)) as Array<{
    filename: string;
  }>;
  const tarball = path.join(scratch, result.filename);
  const home = fs.mkdtempSync(path.join(REPO, "node_modules", ".cache-cognito-guard-packed-"));
  const target = path.join(home, "node_modules", "cognito-guard");
  fs.mkdirSync(target, { recursive: true });
  execFileSync("tar", ["-xzf", tarball, "-C", target, "--strip-components=1"]);
  const load = createRequire(path.join(home, "index.js"));
  const entry = load.resolve("cognito-guard");
  if (!entry.startsWith(target)) throw new Error(`cognito-guard resolved to ${entry}, not the packed copy`);
  return { library: load("cognito-guard") as CognitoGuardLibrary, installedAt: home, tarball };
}

export function removePacked(packed: PackedGuard): void {
  fs.rmSync(packed.installedAt, { recursive: true, force: true });
  fs.rmSync(path.dirname(packed.tarball), { recursive: true, force: true });
}
