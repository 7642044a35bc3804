/**
 * `npm run sweep:aws -- --older-than 2h [--yes] [--region eu-west-1]`: finds the acceptance pools
 * (tagged pulumi-cognito-userpool:acceptance) created more than the given age ago in the region of
 * the AWS chain (or --region), lists them, and with --yes deletes them, lowering deletion protection
 * first. Without --yes it only lists (a dry run). A pool without the tag is never touched.
 */
import { parseArgs } from "node:util";
import { CognitoIdentityProviderClient } from "@aws-sdk/client-cognito-identity-provider";
import { acceptancePools, deletePool, listPools, parseAge, sweepable } from "../tools/acceptance/pools";
import { ACCEPTANCE_TAG_KEY } from "../tools/acceptance/run";

const USAGE = "usage: npm run sweep:aws -- --older-than <age: 30m, 2h, 1d> [--yes] [--region <region>]";

async function main(argv: string[]): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        "older-than": { type: "string" },
        yes: { type: "boolean", default: false },
        region: { type: "string" },
      },
    }));
  } catch (error) {
    process.stderr.write(`sweep:aws: ${(error as Error).message}\n${USAGE}\n`);
    return 2;
  }
  if (values["older-than"] === undefined) {
    process.stderr.write(`sweep:aws: --older-than is required, so that a running tier's pools are spared.\n${USAGE}\n`);
    return 2;
  }
  let olderThanMs: number;
  try {
    olderThanMs = parseAge(values["older-than"]);
  } catch (error) {
    process.stderr.write(`sweep:aws: ${(error as Error).message}\n${USAGE}\n`);
    return 2;
  }
  const client = new CognitoIdentityProviderClient({
    maxAttempts: 8,
    ...(values.region ? { region: values.region } : {}),
  });
  try {
    const region = await client.config.region();
    const now = new Date();
    const listed = await listPools(client);
    // Age first (ListUserPools has CreationDate), so only old pools cost a DescribeUserPool.
    const old = listed.filter(
      (pool) => pool.CreationDate !== undefined && now.getTime() - pool.CreationDate.getTime() > olderThanMs,
    );
    const targets = sweepable(await acceptancePools(client, old), now, olderThanMs);
    const verb = values.yes ? "deleting" : "would delete (dry run; --yes deletes)";
    process.stdout.write(
      `sweep:aws: ${listed.length} pool(s) in ${region}; ${targets.length} tagged ${ACCEPTANCE_TAG_KEY} ` +
        `and older than ${values["older-than"]}\n`,
    );
    for (const pool of targets) {
      process.stdout.write(
        `  ${verb} ${pool.id} ${pool.name} (run ${pool.tags[ACCEPTANCE_TAG_KEY]}, created ${pool.created?.toISOString()})\n`,
      );
      if (values.yes) await deletePool(client, pool);
    }
    return 0;
  } finally {
    client.destroy();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`sweep:aws failed: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
