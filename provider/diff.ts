/** diff: the declared fields, previous against new, normalised; never Cognito's defaults. */
import type * as pulumi from "@pulumi/pulumi";
import { argName, type UserPoolArgsRecord } from "./convert";
import { USER_POOL_FIELDS } from "./fields";
import { UserPoolError } from "./errors";
import { sameValue } from "./values";

export function diffArgs(olds: UserPoolArgsRecord, news: UserPoolArgsRecord): pulumi.dynamic.DiffResult {
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
  if (replaces.length > 0 && olds.deletionProtection === "ACTIVE") {
    const poolName = typeof olds.poolName === "string" ? `'${olds.poolName}'` : "";
    throw new UserPoolError(
      `Cognito user pool ${poolName} would be replaced, because ${replaces.join(", ")} can only be set when a pool ` +
        `is created, but its deletion protection is ACTIVE. A new pool would start with none of this pool's users, ` +
        `so nothing was changed. Either keep ${replaces.join(", ")} as before, or, if losing the users is intended, ` +
        `first set deletionProtection: "INACTIVE" and run \`pulumi up\`, then make this change.`,
      replaces[0],
    );
  }
  return { changes: changed.length > 0, replaces, stables, deleteBeforeReplace: false };
}
