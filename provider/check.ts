/** check: every input problem found before any API call, each naming the property at fault. */
import type * as pulumi from "@pulumi/pulumi";
import { argName, desiredFromArgs, fieldForArg, unknownArgKeys, type UserPoolArgsRecord } from "./convert";
import { USER_POOL_FIELDS } from "./fields";
import { argPath, NamingError } from "./naming";
import { compareSchemas } from "./schemaAttributes";
import { validateDesiredUserPool } from "./validation";

/** Closest field name, for "did you mean". */
function suggestion(key: string): string {
  const lower = key.toLowerCase();
  const match = USER_POOL_FIELDS.map(argName).find((name) => name.toLowerCase() === lower || name.toLowerCase().includes(lower));
  return match ? ` Did you mean ${match}?` : "";
}

export function checkArgs(olds: UserPoolArgsRecord, news: UserPoolArgsRecord): pulumi.dynamic.CheckResult {
  const failures: pulumi.dynamic.CheckFailure[] = [];
  for (const key of unknownArgKeys(news)) {
    failures.push({ property: key, reason: `"${key}" is not a user pool setting.${suggestion(key)}` });
  }
  let desired;
  try {
    desired = desiredFromArgs(news);
  } catch (error) {
    if (!(error instanceof NamingError)) throw error;
    failures.push({ property: error.path, reason: error.message });
    return { inputs: news, failures };
  }
  for (const violation of validateDesiredUserPool(desired)) {
    const [top] = violation.path;
    const field = USER_POOL_FIELDS.find((f) => f.api === top);
    failures.push({
      property: field ? argPath(field.container, violation.path.map(String)) : violation.path.join("."),
      reason: violation.reason,
    });
  }
  failures.push(...schemaFailures(olds, news));
  return { inputs: news, failures };
}

/** Cognito adds custom attributes but never changes or removes one. */
function schemaFailures(olds: UserPoolArgsRecord, news: UserPoolArgsRecord): pulumi.dynamic.CheckFailure[] {
  if (olds.schema === undefined || fieldForArg("schema") === undefined) return [];
  return compareSchemas(olds.schema, news.schema).forbidden.map(({ name, what, index }) => ({
    property: what === "removed" ? "schema" : `schema[${index}]`,
    reason:
      `attribute "${name}" was ${what}, but Cognito never changes or removes a schema attribute once the pool ` +
      `exists (only new custom attributes can be added). Put "${name}" back exactly as it was; for a different ` +
      `definition add a new attribute under a new name. Changing it in place is impossible, and a new pool would ` +
      `have none of this pool's users.`,
  }));
}
