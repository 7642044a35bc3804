/**
 * `npm run plugin:pack [-- OUT_DIR]`: builds the resource plugin's tarball (default: dist-plugin/),
 * to install with `pulumi plugin install resource cognito-userpool <version> --file <tarball>`.
 */
import * as path from "node:path";
import { buildPluginTarball, PLUGIN_NAME } from "../tools/pluginPackage";
import { repoRoot } from "../tools/pulumiCli";

async function mainCommand(): Promise<void> {
  const outDir = path.resolve(process.argv[2] ?? path.join(repoRoot, "dist-plugin"));
  const { file, version } = await buildPluginTarball(outDir);
  process.stdout.write(`${file}\n`);
  process.stderr.write(`install with: pulumi plugin install resource ${PLUGIN_NAME} ${version} --file ${file}\n`);
}

mainCommand().catch((error: unknown) => {
  process.stderr.write(`${(error as Error).message}\n`);
  process.exit(1);
});
