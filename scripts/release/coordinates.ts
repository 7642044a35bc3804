/**
 * Where a release comes from and goes to, all derived from package.json: its `version` (the one
 * version of everything a release ships) and its `repository` (the GitHub repository whose
 * releases hold the plugin tarballs and whose tags hold the Go SDK).
 */
import * as fs from "node:fs";
import * as path from "node:path";

export const repoRoot = path.resolve(__dirname, "..", "..");

export interface ReleaseCoordinates {
  readonly version: string;
  readonly owner: string;
  readonly repo: string;
  /** Where the engine downloads the plugin from; see pluginDownloadUrlFor. */
  readonly pluginDownloadURL: string;
  /** The Go SDK's module path: a module in the repository's `sdk/go` folder, tagged `sdk/go/v<version>`. */
  readonly goModule: string;
}

interface PackageJson {
  version: string;
  repository?: string | { url?: string };
}

/**
 * `github://api.github.com/<owner>/<repo>`: the engine fetches
 * `pulumi-resource-cognito-userpool-v<version>-<os>-<arch>.tar.gz` from the assets of the GitHub
 * release tagged `v<version>` (githubSource.Download in
 * https://github.com/pulumi/pulumi/blob/v3.274.1/sdk/go/common/workspace/plugins.go).
 */
function pluginDownloadUrlFor(owner: string, repo: string): string {
  return `github://api.github.com/${owner}/${repo}`;
}

export function releaseCoordinates(overrides: { pluginDownloadURL?: string } = {}): ReleaseCoordinates {
  const manifest = JSON.parse(fs.readFileSync(path.join(repoRoot, "package.json"), "utf8")) as PackageJson;
  const url = typeof manifest.repository === "string" ? manifest.repository : (manifest.repository?.url ?? "");
  const match = /github\.com[/:]([\w.-]+)\/([\w.-]+?)(?:\.git)?$/.exec(url);
  if (!match) {
    throw new Error(
      `package.json's repository.url is ${JSON.stringify(url)}; a release needs a GitHub repository ` +
        `(https://github.com/<owner>/<repo>.git) for the plugin's download URL and the Go module path`,
    );
  }
  const [, owner, repo] = match;
  return {
    version: manifest.version,
    owner,
    repo,
    pluginDownloadURL: overrides.pluginDownloadURL ?? pluginDownloadUrlFor(owner, repo),
    goModule: `github.com/${owner}/${repo}/sdk/go`,
  };
}
