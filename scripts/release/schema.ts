/**
 * The package schema a release ships: plugin/schema.json (generated from the field and shapes
 * tables by scripts/generate-schema.ts) with what only a release knows: the version, where the
 * engine downloads the plugin (`pluginDownloadURL`), the repository, and the package names and
 * import paths of the SDKs generated from it.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { repoRoot, type ReleaseCoordinates } from "./coordinates";

type Json = { [key: string]: unknown };

/** The README that PyPI shows for the Python SDK (and the generated package carries). */
function pythonReadme(coordinates: ReleaseCoordinates): string {
  const home = `https://github.com/${coordinates.owner}/${coordinates.repo}`;
  return [
    "# pulumi_cognito_userpool",
    "",
    "Amazon Cognito user pools for Pulumi programs in Python: the `UserPool` resource of the",
    "`cognito-userpool` resource plugin, which the Pulumi engine downloads by itself on first use.",
    "",
    "```python",
    "import pulumi_cognito_userpool as cognito",
    "",
    'pool = cognito.UserPool("users", pool_name="my-app-users", deletion_protection="ACTIVE")',
    "```",
    "",
    `Documentation: ${home}/blob/v${coordinates.version}/docs/_index.md`,
    "",
  ].join("\n");
}

export function releaseSchema(coordinates: ReleaseCoordinates): Json {
  const base = JSON.parse(fs.readFileSync(path.join(repoRoot, "plugin", "schema.json"), "utf8")) as Json;
  const language = (base.language ?? {}) as Record<string, Json>;
  if (base.version !== coordinates.version) {
    throw new Error(
      `plugin/schema.json has version ${String(base.version)}, package.json ${coordinates.version}: ` +
        "run `npx tsx scripts/generate-schema.ts` and commit the result",
    );
  }
  return {
    ...base,
    pluginDownloadURL: coordinates.pluginDownloadURL,
    repository: `https://github.com/${coordinates.owner}/${coordinates.repo}`,
    homepage: `https://github.com/${coordinates.owner}/${coordinates.repo}`,
    language: {
      ...language,
      python: {
        ...language.python,
        packageName: "pulumi_cognito_userpool",
        readme: pythonReadme(coordinates),
        pyproject: { enabled: true },
      },
      go: {
        ...language.go,
        importBasePath: `${coordinates.goModule}/cognitouserpool`,
      },
    },
  };
}
