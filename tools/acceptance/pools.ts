/**
 * Finding and deleting acceptance pools: what the runner's cleanup and `npm run sweep:aws` share.
 * A pool is an acceptance pool only if it carries the {@link ACCEPTANCE_TAG_KEY} tag; names are
 * never trusted, so an untagged pool is never touched.
 */
import {
  CognitoIdentityProviderClient,
  DeleteUserPoolCommand,
  DescribeUserPoolCommand,
  ListUserPoolsCommand,
  UpdateUserPoolCommand,
  type UserPoolDescriptionType,
} from "@aws-sdk/client-cognito-identity-provider";
import { ACCEPTANCE_TAG_KEY } from "./run";

/** The part of a Cognito client these functions use (a real client, or a mocked one in unit tests). */
export type PoolClient = Pick<CognitoIdentityProviderClient, "send">;

/** A pool as ListUserPools and DescribeUserPool report it. */
export interface TaggedPool {
  id: string;
  name: string;
  created: Date | undefined;
  tags: Record<string, string>;
}

/** Every pool in the client's region (ListUserPools, all pages). */
export async function listPools(client: PoolClient): Promise<UserPoolDescriptionType[]> {
  const pools: UserPoolDescriptionType[] = [];
  let nextToken: string | undefined;
  do {
    const page = await client.send(new ListUserPoolsCommand({ MaxResults: 60, NextToken: nextToken }));
    pools.push(...(page.UserPools ?? []));
    nextToken = page.NextToken;
  } while (nextToken);
  return pools;
}

/**
 * The listed pools that carry the acceptance tag (with `runId`, that value), read with
 * DescribeUserPool: ListUserPools returns no tags. A pool deleted meanwhile is skipped.
 */
export async function acceptancePools(
  client: PoolClient,
  listed: UserPoolDescriptionType[],
  runId?: string,
): Promise<TaggedPool[]> {
  const found: TaggedPool[] = [];
  for (const summary of listed) {
    if (!summary.Id) continue;
    let tags: Record<string, string>;
    try {
      tags = (await client.send(new DescribeUserPoolCommand({ UserPoolId: summary.Id }))).UserPool?.UserPoolTags ?? {};
    } catch (error) {
      if ((error as Error).name === "ResourceNotFoundException") continue;
      throw error;
    }
    const value = tags[ACCEPTANCE_TAG_KEY];
    if (value === undefined || (runId !== undefined && value !== runId)) continue;
    found.push({ id: summary.Id, name: summary.Name ?? "", created: summary.CreationDate, tags });
  }
  return found;
}

/** The pools the sweeper deletes: tagged ones created more than `olderThanMs` before `now`. */
export function sweepable(pools: TaggedPool[], now: Date, olderThanMs: number): TaggedPool[] {
  return pools.filter(
    (pool) =>
      pool.tags[ACCEPTANCE_TAG_KEY] !== undefined &&
      pool.created !== undefined &&
      now.getTime() - pool.created.getTime() > olderThanMs,
  );
}

/**
 * Turns deletion protection off, then deletes the pool. UpdateUserPool resets every parameter it is
 * not given, tags included, so the update carries the pool's tags: if the delete then failed, the
 * pool would still be found by its acceptance tag.
 * (https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_UpdateUserPool.html)
 * A pool already gone counts as deleted.
 */
export async function deletePool(client: PoolClient, pool: TaggedPool): Promise<void> {
  try {
    await client.send(
      new UpdateUserPoolCommand({ UserPoolId: pool.id, DeletionProtection: "INACTIVE", UserPoolTags: pool.tags }),
    );
    await client.send(new DeleteUserPoolCommand({ UserPoolId: pool.id }));
  } catch (error) {
    if ((error as Error).name !== "ResourceNotFoundException") throw error;
  }
}

/** Parses an age such as `90m`, `2h` or `1d` into milliseconds. */
export function parseAge(text: string): number {
  const match = /^(\d+)\s*(s|m|h|d)$/.exec(text.trim());
  if (!match) {
    throw new Error(`--older-than must be a whole number followed by s, m, h or d (such as 2h); got "${text}".`);
  }
  const unit = { s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000 }[match[2] as "s" | "m" | "h" | "d"];
  return Number(match[1]) * unit;
}

/**
 * The cleanup of a run: deletes every pool created since `since` that carries the run's tag
 * (protection lowered first), printing each through `log`; returns how many could not be deleted.
 */
export async function deleteRunPools(
  client: PoolClient,
  runId: string,
  since: Date,
  log: (line: string) => void,
): Promise<number> {
  const recent = (await listPools(client)).filter(
    (pool) => pool.CreationDate === undefined || pool.CreationDate.getTime() >= since.getTime(),
  );
  const ours = await acceptancePools(client, recent, runId);
  log(ours.length === 0 ? "cleanup: no pool of this run is left" : `cleanup: ${ours.length} pool(s) of this run left`);
  let failed = 0;
  for (const pool of ours) {
    try {
      await deletePool(client, pool);
      log(`cleanup: deleted ${pool.id} (${pool.name})`);
    } catch (error) {
      failed++;
      log(`cleanup: could not delete ${pool.id} (${pool.name}): ${(error as Error).name}: ${(error as Error).message}`);
    }
  }
  return failed;
}
