/**
 * How the package.json that `generate` writes depends on this package: by default the version that
 * wrote it; with `--package-spec`, any spec npm install takes (a version range, a tag, a URL), or a
 * tarball or folder on disk, written as `file:` relative to the program's folder when given
 * relative (so the folder can move with it), absolute when given absolute.
 */
import * as fs from "node:fs";
import * as path from "node:path";

const LOCAL_PATH = /^(\.{1,2}[\\/]|[\\/]|~[\\/]|[A-Za-z]:[\\/])|\.(tgz|tar\.gz|tar)$/;

export type DependencySpec = { spec: string } | { error: string };

export function dependencySpec(given: string | undefined, version: string, programDir: string): DependencySpec {
  if (given === undefined) return { spec: version };
  if (given.trim() === "") return { error: "--package-spec is empty: pass a version, a tarball or a folder." };
  if (given.startsWith("file:") || !(LOCAL_PATH.test(given) || fs.existsSync(given))) return { spec: given };
  const local = given.startsWith("~") ? path.join(process.env.HOME ?? "~", given.slice(2)) : given;
  if (!fs.existsSync(local)) {
    return {
      error: `--package-spec ${JSON.stringify(given)}: no such file or folder. Pass the path of the package's tarball (npm pack) or folder, or a version.`,
    };
  }
  if (path.isAbsolute(local)) return { spec: `file:${local}` };
  const relative = path.relative(programDir, path.resolve(local)).split(path.sep).join("/");
  return { spec: `file:${relative.startsWith(".") ? relative : `./${relative}`}` };
}
