/** Schema attributes: standard attributes' settings and custom attributes. */
import type { Violation } from "./walk";
import { arr, at, bool, str, UNKNOWN } from "./read";
import { isStandardAttribute } from "../schemaAttributes";
import { propertyPath, quote } from "./text";

const WHOLE = /^\d+$/;
const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

export function checkSchema(pool: unknown): Violation[] {
  const out: Violation[] = [];
  const attributes = arr(pool, "schema") ?? [];
  const seen = new Map<string, number>();
  attributes.forEach((_attribute, i) => {
    const name = str(pool, "schema", i, "name");
    if (name !== undefined) {
      const first = seen.get(name);
      if (first !== undefined) {
        out.push({
          path: ["schema", i, "name"],
          reason:
            `must be unique in the schema; got ${quote(name)}, already used by ${propertyPath(["schema", first])}. ` +
            `Cognito rejects a schema that defines an attribute twice: remove one of them or rename it.`,
        });
      } else {
        seen.set(name, i);
      }
      if (!isStandardAttribute(name) && bool(pool, "schema", i, "required") === true) {
        out.push({
          path: ["schema", i, "required"],
          reason:
            `must be false for a custom attribute; got true for ${quote(name)}. Cognito does not support ` +
            `required custom attributes (only standard attributes such as email can be required): set ` +
            `${propertyPath(["schema", i, "required"])} to false and enforce the value in a pre sign-up trigger ` +
            `if you need it.`,
        });
      }
    }
    out.push(
      ...bounds(
        pool,
        i,
        "stringAttributeConstraints",
        "minLength",
        "maxLength",
        WHOLE,
        "a whole number of characters",
        '"10"',
      ),
    );
    out.push(
      ...bounds(pool, i, "numberAttributeConstraints", "minValue", "maxValue", NUMBER, "a number", '"0" or "99"'),
    );
  });
  return out;
}

function bounds(
  pool: unknown,
  i: number,
  group: "stringAttributeConstraints" | "numberAttributeConstraints",
  minKey: "minLength" | "minValue",
  maxKey: "maxLength" | "maxValue",
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
    const value = at(pool, "schema", i, group, key);
    // "" is the model's empty StringType; leave it to the service rather than guess.
    if (typeof value !== "string" || value === "" || value === UNKNOWN) continue;
    const path = ["schema", i, group, key];
    if (!syntax.test(value.trim())) {
      out.push({
        path,
        reason:
          `must be ${words} written as a string; got ${quote(value)}. Cognito reads this limit as a number and ` +
          `rejects other text: set ${propertyPath(path)} to digits in quotes, such as ${example}.`,
      });
      continue;
    }
    parsed[which] = Number(value);
  }
  if (parsed.min !== undefined && parsed.max !== undefined && parsed.min > parsed.max) {
    const path = ["schema", i, group, minKey];
    out.push({
      path,
      reason:
        `must not be greater than ${propertyPath(["schema", i, group, maxKey])}; got ${parsed.min} > ${parsed.max}. ` +
        `Cognito rejects a range no value can satisfy: lower ${propertyPath(path)} or raise ${propertyPath(["schema", i, group, maxKey])}.`,
    });
  }
  return out;
}
