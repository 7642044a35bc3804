/**
 * CHANGELOG.md (Keep a Changelog, https://keepachangelog.com/en/1.1.0/) holds one `## <version>`
 * section per release; a release ships its own section as its notes and refuses to build
 * without one.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { repoRoot } from "./coordinates";

export function changelogEntry(version: string, file = path.join(repoRoot, "CHANGELOG.md")): string {
  const text = fs.existsSync(file) ? fs.readFileSync(file, "utf8") : "";
  const sections = text.split(/^(?=## )/m);
  const escaped = version.replace(/\./g, "\\.");
  const entry = sections.find((section) => new RegExp(`^## \\[?${escaped}\\]?(?:\\s|$)`).test(section));
  if (!entry) {
    throw new Error(`CHANGELOG.md has no "## ${version}" section: add one with this release's changes`);
  }
  return `${entry.trim()}\n`;
}
