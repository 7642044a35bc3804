/** check: every input problem found before any API call, each naming the property at fault. */
import type * as pulumi from "@pulumi/pulumi";
import { fieldForArg, PROVIDER_ARG_NAMES, PROVIDER_KEY, type UserPoolArgsRecord } from "./convert";
import { refusedReplacement } from "./diff";
import { OWNER_INPUT_KEY } from "./ownership";
import { compareSchemas, isStandardAttribute, standardAttributeMismatch } from "./schemaAttributes";
import { validateArgs } from "./validation";
import { containsUnknown, UNKNOWN } from "./validation/read";
import { propertyPath } from "./validation/text";

/** Keys of the args that are the provider's own, not user pool settings. */
const PROVIDER_KEYS: ReadonlySet<string> = new Set([PROVIDER_KEY, OWNER_INPUT_KEY, ...PROVIDER_ARG_NAMES]);

export function checkArgs(olds: UserPoolArgsRecord, news: UserPoolArgsRecord): pulumi.dynamic.CheckResult {
  const failures: pulumi.dynamic.CheckFailure[] = validateArgs(withTierAsKnown(olds, news), PROVIDER_KEYS).map(
    (violation) => ({
      property: violation.path.length === 0 ? "" : propertyPath(violation.path),
      reason: violation.reason,
    }),
  );
  failures.push(...schemaFailures(olds, news));
  failures.push(...replacementFailures(olds, news));
  failures.push(...adoptFailures(news));
  return { inputs: news, failures };
}

/**
 * The args as far as check can know the feature plan. A new pool without userPoolTier gets
 * ESSENTIALS; an existing or adopted pool keeps its live plan (UpdateUserPool never changes a tier it
 * is not given: UserPoolTier in
 * https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_UpdateUserPool.html;
 * and updates are three-way), which check cannot read without an API call: so its
 * tier is judged like a value not known yet, and rules that need it wait.
 */
function withTierAsKnown(olds: UserPoolArgsRecord, news: UserPoolArgsRecord): UserPoolArgsRecord {
  const declared = news.userPoolTier !== undefined && news.userPoolTier !== null;
  const newPool =
    Object.keys(olds).length === 0 && (news.adoptUserPoolId === undefined || news.adoptUserPoolId === null);
  return declared || newPool ? news : { ...news, userPoolTier: UNKNOWN };
}

/** A user pool id as the API takes it: `<region>_<id>`, 1-55 characters. */
export const USER_POOL_ID_PATTERN = /^[\w-]+_[0-9a-zA-Z]+$/;

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

const NEW_POOL =
  "Changing it in place is impossible, and a new pool would have none of this pool's users: if that is " +
  "intended, give the resource a new name (a new pool), move the users, then remove the old one.";

/**
 * Cognito adds custom attributes to an existing pool but never changes or removes one, and a
 * standard attribute's definition is fixed when the pool is created (AddCustomAttributes takes
 * only custom attributes). Checked for every existing pool, whether or not the previous program
 * declared a schema, once the new schema is fully known.
 *
 * A standard attribute the program starts declaring is one the pool already has: check compares it
 * with Cognito's standard definition (STANDARD_ATTRIBUTES), which a pool this stack created has
 * unless its program declared the attribute (then it is in the old schema). An adopted pool may
 * have been created with other definitions, which only the live pool tells: update compares with
 * DescribeUserPool before changing anything.
 */
function schemaFailures(olds: UserPoolArgsRecord, news: UserPoolArgsRecord): pulumi.dynamic.CheckFailure[] {
  const existingPool = Object.keys(olds).length > 0;
  if (!existingPool || fieldForArg("schema") === undefined || containsUnknown(news.schema)) return [];
  const change = compareSchemas(olds.schema, news.schema);
  const failures = change.forbidden.map(({ name, what, index }) => ({
    property: what === "removed" ? "schema" : `schema[${index}]`,
    reason: isStandardAttribute(name)
      ? `standard attribute "${name}" was ${what}, but a standard attribute's settings are fixed when the pool ` +
        `is created. Put "${name}" back exactly as it was. ${NEW_POOL}`
      : `attribute "${name}" was ${what}, but Cognito never changes or removes a schema attribute once the pool ` +
        `exists (only new custom attributes can be added). Put "${name}" back exactly as it was; for a different ` +
        `definition add a new attribute under a new name. ${NEW_POOL}`,
  }));
  const adopted = olds.adoptUserPoolId !== undefined && olds.adoptUserPoolId !== null;
  if (adopted) return failures;
  for (const { attribute, index } of change.addedStandard) {
    const mismatch = standardAttributeMismatch(attribute);
    if (mismatch !== undefined) failures.push({ property: `schema[${index}]`, reason: `${mismatch} ${NEW_POOL}` });
  }
  return failures;
}

/**
 * A change that needs a new pool while the old one has deletion protection ACTIVE is refused here,
 * at preview, as one check failure (diff refuses it too, for programs that skip check).
 */
function replacementFailures(olds: UserPoolArgsRecord, news: UserPoolArgsRecord): pulumi.dynamic.CheckFailure[] {
  if (Object.keys(olds).length === 0) return [];
  const known = Object.fromEntries(Object.entries(news).filter(([, value]) => !containsUnknown(value)));
  const refusal = refusedReplacement(olds, { ...olds, ...known });
  return refusal === undefined ? [] : [{ property: refusal.property ?? "", reason: refusal.message }];
}
