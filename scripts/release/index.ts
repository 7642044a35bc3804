/**
 * `npm run release [-- --out DIR] [-- --plugin-download-url URL]`: builds every artifact a release
 * publishes, for the version in package.json, into the git-ignored release/ (or DIR):
 *
 *   pulumi-cognito-userpool-<V>.tgz, cognito-guard-<V>.tgz      the two npm packages
 *   pulumi-resource-cognito-userpool-v<V>-<os>-<arch>.tar.gz     the resource plugin, five platforms
 *   schema.json                                                  the package schema, with pluginDownloadURL
 *   python/pulumi_cognito_userpool-<V>.tar.gz and -py3-none-any.whl   the Python SDK
 *   go/                                                          the Go SDK module (tagged sdk/go/v<V>)
 *   CHANGELOG.md                                                 this version's CHANGELOG.md entry
 *   SHA256SUMS                                                   sha256sum -c SHA256SUMS checks all of it
 *
 * `--plugin-download-url` replaces the GitHub releases URL (a test's local server). Progress goes
 * to stderr; docs/releasing.md says what the release workflow does with each artifact.
 */
import * as crypto from "node:crypto";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { parseArgs } from "node:util";
import { buildPluginTarballs, RELEASE_TARGETS } from "../../tools/pluginPackage";
import { changelogEntry } from "./changelog";
import { releaseCoordinates, repoRoot, type ReleaseCoordinates } from "./coordinates";
import { buildPythonDists } from "./python";
import { releaseSchema } from "./schema";
import { npmEnvironment, progress, run } from "./steps";

const PULUMI_GO_SDK = "v3.274.1"; // the CLI's version (scripts/pulumi-cli/cli/go.mod)

async function npmPack(dir: string, outDir: string): Promise<string> {
  const [result] = JSON.parse(
    await run("npm", ["pack", "--json", "--ignore-scripts", "--pack-destination", outDir], {
      cwd: dir,
      env: npmEnvironment(),
    }),
  ) as Array<{ filename: string }>;
  return path.join(outDir, result.filename);
}

/**
 * CognitoGuard's tarball at the release's version: built and packed in place, then unpacked,
 * stamped with the version (and without `private`, which keeps the folder itself from being
 * published by accident) and packed again.
 */
async function packPolicyPack(version: string, outDir: string, work: string): Promise<string> {
  const source = path.join(repoRoot, "policy-packs", "cognito-guard");
  await run("npm", ["run", "build"], { cwd: source, env: npmEnvironment() });
  const packed = await npmPack(source, work);
  const unpacked = path.join(work, "cognito-guard");
  fs.mkdirSync(unpacked);
  await run("tar", ["-xzf", packed, "-C", unpacked, "--strip-components=1"]);
  const manifestFile = path.join(unpacked, "package.json");
  const manifest = JSON.parse(fs.readFileSync(manifestFile, "utf8")) as Record<string, unknown>;
  delete manifest.private;
  manifest.version = version;
  fs.writeFileSync(manifestFile, `${JSON.stringify(manifest, null, 2)}\n`);
  return npmPack(unpacked, outDir);
}

async function generateSdk(language: "python" | "go", schemaFile: string, outDir: string): Promise<void> {
  await run("bash", [path.join(repoRoot, "scripts", "gen-sdk.sh"), language, outDir, schemaFile]);
}

/** The Go SDK as `go get` finds it at the tag sdk/go/v<V>: the generated package and its go.mod. */
async function buildGoModule(coordinates: ReleaseCoordinates, schemaFile: string, outDir: string): Promise<void> {
  await generateSdk("go", schemaFile, outDir);
  fs.writeFileSync(
    path.join(outDir, "go.mod"),
    `module ${coordinates.goModule}\n\ngo 1.22\n\nrequire github.com/pulumi/pulumi/sdk/v3 ${PULUMI_GO_SDK}\n`,
  );
  await run("go", ["mod", "tidy"], { cwd: outDir, env: { ...process.env, GOFLAGS: "-mod=mod" } });
}

/** `sha256sum` format: one "<hex>  <path>" line per file, paths relative to the release folder. */
function writeChecksums(outDir: string): void {
  const files = (fs.readdirSync(outDir, { recursive: true }) as string[])
    .filter((name) => fs.statSync(path.join(outDir, name)).isFile())
    .map((name) => name.split(path.sep).join("/"))
    .sort();
  const lines = files.map((name) => {
    const hash = crypto
      .createHash("sha256")
      .update(fs.readFileSync(path.join(outDir, name)))
      .digest("hex");
    return `${hash}  ${name}\n`;
  });
  fs.writeFileSync(path.join(outDir, "SHA256SUMS"), lines.join(""));
}

async function release(): Promise<void> {
  const { values } = parseArgs({
    options: { out: { type: "string" }, "plugin-download-url": { type: "string" } },
  });
  const outDir = path.resolve(values.out ?? path.join(repoRoot, "release"));
  const coordinates = releaseCoordinates({ pluginDownloadURL: values["plugin-download-url"] });
  const { version } = coordinates;
  const started = Date.now();
  const step = async <T>(what: string, action: () => Promise<T>): Promise<T> => {
    const stepStarted = Date.now();
    progress(`${what}...`);
    const result = await action();
    progress(`${what}: done in ${((Date.now() - stepStarted) / 1000).toFixed(1)}s`);
    return result;
  };

  progress(`release ${version} into ${outDir} (plugin from ${coordinates.pluginDownloadURL})`);
  const notes = changelogEntry(version); // first: a release without its entry stops here
  fs.rmSync(outDir, { recursive: true, force: true });
  fs.mkdirSync(outDir, { recursive: true });
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "release-"));
  try {
    await step("building dist/ (npm run build)", () =>
      run("npm", ["run", "build"], { cwd: repoRoot, env: npmEnvironment() }),
    );
    await step("packing the npm package", () => npmPack(repoRoot, outDir));
    await step("packing CognitoGuard", () => packPolicyPack(version, outDir, work));
    await step(`building the plugin for ${RELEASE_TARGETS.length} platforms`, () =>
      buildPluginTarballs(outDir, RELEASE_TARGETS, progress),
    );
    const schemaFile = path.join(outDir, "schema.json");
    fs.writeFileSync(schemaFile, `${JSON.stringify(releaseSchema(coordinates), null, 2)}\n`);
    progress("wrote schema.json");
    await step("generating and building the Python SDK", async () => {
      const sdk = path.join(work, "python-sdk");
      await generateSdk("python", schemaFile, sdk);
      await buildPythonDists(sdk, path.join(outDir, "python"));
    });
    await step("generating the Go SDK module", () => buildGoModule(coordinates, schemaFile, path.join(outDir, "go")));
    fs.writeFileSync(path.join(outDir, "CHANGELOG.md"), notes);
    writeChecksums(outDir);
    progress("wrote CHANGELOG.md and SHA256SUMS");
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
  progress(`release ${version} done in ${((Date.now() - started) / 1000).toFixed(1)}s: ${outDir}`);
  for (const line of fs.readFileSync(path.join(outDir, "SHA256SUMS"), "utf8").trim().split("\n")) {
    const name = line.slice(66);
    process.stdout.write(`${String(fs.statSync(path.join(outDir, name)).size).padStart(10)}  ${name}\n`);
  }
}

release().catch((error: unknown) => {
  progress(`failed: ${(error as Error).message}`);
  process.exit(1);
});
