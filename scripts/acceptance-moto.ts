/**
 * `npm run test:aws:moto`: the acceptance tier as CI runs it. Starts moto on a free loopback port and
 * runs `npm run test:aws` with COGNITO_ACCEPTANCE=1, moto's endpoint in AWS_ENDPOINT_URL (the AWS
 * SDK's own variable, read by the tier's clients, STS and the provider alike) and moto's dummy
 * credentials: the only differences from a run against an AWS account.
 */
import { spawn } from "node:child_process";
import * as path from "node:path";
import { emulatorCredentials, emulatorRegion, startEmulator } from "../tools/emulators";

async function main(): Promise<number> {
  const moto = await startEmulator("moto");
  try {
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      COGNITO_ACCEPTANCE: "1",
      AWS_ENDPOINT_URL: moto.endpoint,
      AWS_REGION: emulatorRegion,
      AWS_ACCESS_KEY_ID: emulatorCredentials.accessKeyId,
      AWS_SECRET_ACCESS_KEY: emulatorCredentials.secretAccessKey,
    };
    for (const name of ["AWS_PROFILE", "AWS_SESSION_TOKEN", "AWS_ENDPOINT_URL_COGNITO_IDENTITY_PROVIDER"]) {
      delete env[name];
    }
    const runner = path.join(__dirname, "acceptance.ts");
    const child = spawn(path.join(__dirname, "..", "node_modules", ".bin", "tsx"), [runner, ...process.argv.slice(2)], {
      stdio: "inherit",
      env,
    });
    return await new Promise<number>((resolve) => child.once("exit", (code) => resolve(code ?? 1)));
  } finally {
    await moto.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`test:aws:moto failed: ${error instanceof Error ? error.stack : String(error)}\n`);
    process.exit(1);
  },
);
