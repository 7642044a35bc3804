/** diff: the declared fields, previous against new, normalised; never Cognito's defaults. */
import type * as pulumi from "@pulumi/pulumi";
import { argName, type UserPoolArgsRecord } from "./convert";
import { USER_POOL_FIELDS } from "./fields";
import { UserPoolError } from "./errors";
import { sameValue } from "./values";

/**
 * `id` is the pool's id: a replacement of a pool adopted with `adoptUserPoolId` set to that same id
 * would adopt the very pool again and then delete it, so it is refused.
 */
export function diffArgs(olds: UserPoolArgsRecord, news: UserPoolArgsRecord, id?: string): pulumi.dynamic.DiffResult {
  const changed: string[] = [];
  const replaces: string[] = [];
  const stables: string[] = [];
  for (const field of USER_POOL_FIELDS) {
    const name = argName(field);
    if (sameValue(olds[name], news[name], field.unordered)) {
      stables.push(name);
      continue;
    }
    changed.push(name);
    if (field.change === "replace") replaces.push(name);
  }
  const refusal = refusedReplacement(olds, news, replaces);
  if (refusal !== undefined) throw refusal;
  if (replaces.length > 0 && id !== undefined && news.adoptUserPoolId === id) {
    const poolName = typeof olds.poolName === "string" ? `'${olds.poolName}' ` : "";
    throw new UserPoolError(
      `Cognito user pool ${poolName}(${id}) would be replaced, because ${replaces.join(", ")} can only be set when a ` +
        `pool is created, but adoptUserPoolId still names this pool: the replacement would adopt the same pool again ` +
        `and then delete it, users and all. Nothing was changed. Keep ${replaces.join(", ")} as the live pool has ` +
        `them, or, if a new pool without this pool's users is intended, remove adoptUserPoolId first.`,
      "adoptUserPoolId",
    );
  }
  return { changes: changed.length > 0, replaces, stables, deleteBeforeReplace: false };
}

/** The fields whose change needs a new pool. */
export function replacedFields(olds: UserPoolArgsRecord, news: UserPoolArgsRecord): string[] {
  return USER_POOL_FIELDS.filter(
    (field) => field.change === "replace" && !sameValue(olds[argName(field)], news[argName(field)], field.unordered),
  ).map(argName);
}

/** The refusal of a replacement while the old pool has deletion protection ACTIVE, if it is one. */
export function refusedReplacement(
  olds: UserPoolArgsRecord,
  news: UserPoolArgsRecord,
  replaces: string[] = replacedFields(olds, news),
): UserPoolError | undefined {
  if (replaces.length === 0 || olds.deletionProtection !== "ACTIVE") return undefined;
  const poolName = typeof olds.poolName === "string" ? `'${olds.poolName}'` : "";
  return new UserPoolError(
    `Cognito user pool ${poolName} would be replaced, because ${replaces.join(", ")} can only be set when a pool ` +
      `is created, but its deletion protection is ACTIVE. A new pool would start with none of this pool's users, ` +
      `so nothing was changed. Either keep ${replaces.join(", ")} as before, or, if losing the users is intended, ` +
      `first set deletionProtection: "INACTIVE" and run \`pulumi up\`, then make this change.`,
    replaces[0],
  );
}
