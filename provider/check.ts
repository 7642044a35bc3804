/** check: every input problem found before any API call, each naming the property at fault. */
import type * as pulumi from "@pulumi/pulumi";
import { argName, desiredFromArgs, fieldForArg, unknownArgKeys, type UserPoolArgsRecord } from "./convert";
import { USER_POOL_FIELDS } from "./fields";
import { NamingError } from "./naming";
import { compareSchemas } from "./schemaAttributes";
import { validateDesiredUserPool } from "./validation";
import { userPath } from "./validation/text";

/** Closest field name, for "did you mean". */
function suggestion(key: string): string {
  const lower = key.toLowerCase();
  const match = USER_POOL_FIELDS.map(argName).find(
    (name) => name.toLowerCase() === lower || name.toLowerCase().includes(lower),
  );
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
    failures.push({ property: userPath(violation.path), reason: violation.reason });
  }
  failures.push(...schemaFailures(olds, news));
  failures.push(...adoptFailures(news));
  return { inputs: news, failures };
}

/** A user pool id as the API takes it: `<region>_<id>`, 1-55 characters. */
export const USER_POOL_ID_PATTERN = /^[\w-]+_[0-9a-zA-Z]+$/;
/** How Pulumi marks a value not known until a dependency is created (preview). */
const UNKNOWN = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";

function adoptFailures(news: UserPoolArgsRecord): pulumi.dynamic.CheckFailure[] {
  const value = news.adoptUserPoolId;
  if (value === undefined || value === null || value === UNKNOWN) return [];
  if (typeof value === "string" && value.length <= 55 && USER_POOL_ID_PATTERN.test(value)) return [];
  return [
    {
      property: "adoptUserPoolId",
      reason:
        `adoptUserPoolId must be the id of an existing user pool, "<region>_<id>" such as "us-east-1_AbC123xyZ" ` +
        `(1-55 characters, pattern [\\w-]+_[0-9a-zA-Z]+); got ${JSON.stringify(value)}. Copy the id from the ` +
        `Cognito console or \`aws cognito-idp list-user-pools --max-results 60\`.`,
    },
  ];
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
