/**
 * The Python SDK as PyPI gets it: an sdist and a wheel built with PyPA's `build` from the SDK
 * generated from the release schema. The build tools (scripts/requirements-release.txt) live in a
 * venv in the cache outside the repository, keyed by that file, so a second release reuses it.
 */
import * as crypto from "node:crypto";
import * as fs from "node:fs";
import * as path from "node:path";
import { repoRoot } from "./coordinates";
import { cacheRoot, progress, run } from "./steps";

const requirements = path.join(repoRoot, "scripts", "requirements-release.txt");

/** A venv holding `build` and `twine`; returns its python. */
export async function releaseToolsPython(): Promise<string> {
  const key = crypto.createHash("sha256").update(fs.readFileSync(requirements)).digest("hex").slice(0, 12);
  const venv = path.join(cacheRoot, `release-python-${key}`);
  const python = path.join(venv, process.platform === "win32" ? "Scripts/python.exe" : "bin/python");
  if (!fs.existsSync(path.join(venv, ".complete"))) {
    progress(`creating the Python build venv ${venv}`);
    fs.rmSync(venv, { recursive: true, force: true });
    await run("python3", ["-m", "venv", venv]);
    await run(python, ["-m", "pip", "install", "--quiet", "--disable-pip-version-check", "-r", requirements]);
    fs.writeFileSync(path.join(venv, ".complete"), "");
  }
  return python;
}

/** Builds the sdist and wheel of the generated SDK in `sdkDir` into `outDir`; returns their paths. */
export async function buildPythonDists(sdkDir: string, outDir: string): Promise<string[]> {
  // pyproject.toml names README.md beside it; the generator writes it into the package folder.
  fs.copyFileSync(path.join(sdkDir, "pulumi_cognito_userpool", "README.md"), path.join(sdkDir, "README.md"));
  const python = await releaseToolsPython();
  fs.mkdirSync(outDir, { recursive: true });
  await run(python, ["-m", "build", "--sdist", "--wheel", "--outdir", outDir, sdkDir]);
  return fs.readdirSync(outDir).map((name) => path.join(outDir, name));
}
