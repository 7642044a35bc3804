/** Schema attributes: standard attributes' settings and custom attributes. */
import { AttributeDataType } from "@aws-sdk/client-cognito-identity-provider";
import type { Violation } from "../desiredPool";
import { arr, at, bool, str, UNKNOWN } from "./read";
import { NAME_CHAR, NAME_WORDS, PRINTABLE_PATTERN, type FieldRule } from "./rules";
import { quote, userPath } from "./text";

/** Standard (OpenID Connect) attributes of every user pool; any other schema name is a custom attribute. */
export const STANDARD_ATTRIBUTES: ReadonlySet<string> = new Set([
  "address",
  "birthdate",
  "email",
  "email_verified",
  "family_name",
  "gender",
  "given_name",
  "identities",
  "locale",
  "middle_name",
  "name",
  "nickname",
  "phone_number",
  "phone_number_verified",
  "picture",
  "preferred_username",
  "profile",
  "sub",
  "updated_at",
  "website",
  "zoneinfo",
]);

export const schemaRules: readonly FieldRule[] = [
  {
    kind: "items",
    path: ["Schema"],
    min: 1,
    max: 50,
    why: "Cognito takes 1 to 50 schema attributes in one request (and at most 50 custom attributes per pool)",
  },
  { kind: "length", path: ["Schema", "*", "Name"], min: 1, max: 20 },
  {
    kind: "charset",
    path: ["Schema", "*", "Name"],
    char: NAME_CHAR,
    awsPattern: `[${PRINTABLE_PATTERN}]+`,
    describe: NAME_WORDS,
  },
  { kind: "enum", path: ["Schema", "*", "AttributeDataType"], values: Object.values(AttributeDataType) },
];

const WHOLE = /^\d+$/;
const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

export function checkSchema(pool: unknown): Violation[] {
  const out: Violation[] = [];
  const attributes = arr(pool, "Schema") ?? [];
  const seen = new Map<string, number>();
  attributes.forEach((_attribute, i) => {
    const name = str(pool, "Schema", i, "Name");
    if (name !== undefined) {
      const first = seen.get(name);
      if (first !== undefined) {
        out.push({
          path: ["Schema", i, "Name"],
          reason:
            `must be unique in the schema; got ${quote(name)}, already used by ${userPath(["Schema", first])}. ` +
            `Cognito rejects a schema that defines an attribute twice: remove one of them or rename it.`,
        });
      } else {
        seen.set(name, i);
      }
      if (!STANDARD_ATTRIBUTES.has(name) && bool(pool, "Schema", i, "Required") === true) {
        out.push({
          path: ["Schema", i, "Required"],
          reason:
            `must be false for a custom attribute; got true for ${quote(name)}. Cognito does not support ` +
            `required custom attributes (only standard attributes such as email can be required): set ` +
            `${userPath(["Schema", i, "Required"])} to false and enforce the value in a pre sign-up trigger ` +
            `if you need it.`,
        });
      }
    }
    out.push(
      ...bounds(
        pool,
        i,
        "StringAttributeConstraints",
        "MinLength",
        "MaxLength",
        WHOLE,
        "a whole number of characters",
        '"10"',
      ),
    );
    out.push(
      ...bounds(pool, i, "NumberAttributeConstraints", "MinValue", "MaxValue", NUMBER, "a number", '"0" or "99"'),
    );
  });
  return out;
}

function bounds(
  pool: unknown,
  i: number,
  group: "StringAttributeConstraints" | "NumberAttributeConstraints",
  minKey: "MinLength" | "MinValue",
  maxKey: "MaxLength" | "MaxValue",
  syntax: RegExp,
  words: string,
  example: string,
): Violation[] {
  const out: Violation[] = [];
  const parsed: Partial<Record<"min" | "max", number>> = {};
  for (const [which, key] of [
    ["min", minKey],
    ["max", maxKey],
  ] as const) {
    const value = at(pool, "Schema", i, group, key);
    // "" is the model's empty StringType; leave it to the service rather than guess.
    if (typeof value !== "string" || value === "" || value === UNKNOWN) continue;
    const path = ["Schema", i, group, key];
    if (!syntax.test(value.trim())) {
      out.push({
        path,
        reason:
          `must be ${words} written as a string; got ${quote(value)}. Cognito reads this limit as a number and ` +
          `rejects other text: set ${userPath(path)} to digits in quotes, such as ${example}.`,
      });
      continue;
    }
    parsed[which] = Number(value);
  }
  if (parsed.min !== undefined && parsed.max !== undefined && parsed.min > parsed.max) {
    const path = ["Schema", i, group, minKey];
    out.push({
      path,
      reason:
        `must not be greater than ${userPath(["Schema", i, group, maxKey])}; got ${parsed.min} > ${parsed.max}. ` +
        `Cognito rejects a range no value can satisfy: lower ${userPath(path)} or raise ${userPath(["Schema", i, group, maxKey])}.`,
    });
  }
  return out;
}
