/**
 * Policy configuration: each policy declares its knobs once, and from that declaration come the
 * JSON schema the engine validates `--policy-pack-config` against (with defaults) and the
 * checked reading of configuration given in code or by the engine.
 */
import type { PolicyConfigSchema } from "@pulumi/policy";

type JsonSchema = PolicyConfigSchema["properties"][string];

export type ConfigValue = boolean | number | string | readonly string[];
export type ConfigValues = Readonly<Record<string, ConfigValue>>;

export interface BooleanField {
  readonly type: "boolean";
  readonly description: string;
}
export interface IntegerField {
  readonly type: "integer";
  readonly minimum: number;
  readonly maximum: number;
  readonly description: string;
}
export interface StringListField {
  readonly type: "stringList";
  readonly description: string;
}
/** One of a fixed set of strings (a peer's enumerated parameter, e.g. Security Hub's SecurityMode). */
export interface ChoiceField {
  readonly type: "choice";
  readonly choices: readonly string[];
  readonly description: string;
}
export type ConfigField = BooleanField | IntegerField | StringListField | ChoiceField;

type FieldFor<V> = V extends boolean
  ? BooleanField
  : V extends number
    ? IntegerField
    : V extends string
      ? ChoiceField
      : StringListField;

/** The declaration of a policy's configuration: one field per key. */
export type ConfigFields<C extends ConfigValues> = { readonly [K in keyof C]: FieldFor<C[K]> };

function propertySchema(field: ConfigField, value: ConfigValue): JsonSchema {
  switch (field.type) {
    case "boolean":
      return { type: "boolean", description: field.description, default: value };
    case "integer":
      return {
        type: "integer",
        minimum: field.minimum,
        maximum: field.maximum,
        description: field.description,
        default: value,
      };
    case "choice":
      return { type: "string", enum: [...field.choices], description: field.description, default: value };
    case "stringList":
      return {
        type: "array",
        items: { type: "string", minLength: 1 },
        uniqueItems: true,
        description: field.description,
        default: [...(value as readonly string[])],
      };
  }
}

/** The policy's `configSchema`, whose defaults are `values`. */
export function configSchema<C extends ConfigValues>(fields: ConfigFields<C>, values: C): PolicyConfigSchema {
  const properties: Record<string, JsonSchema> = {};
  for (const key of Object.keys(fields)) {
    properties[key] = propertySchema(fields[key] as ConfigField, values[key] as ConfigValue);
  }
  return { properties };
}

function check(field: ConfigField, value: unknown): string | undefined {
  switch (field.type) {
    case "boolean":
      return typeof value === "boolean" ? undefined : "must be true or false";
    case "integer":
      return Number.isInteger(value) && (value as number) >= field.minimum && (value as number) <= field.maximum
        ? undefined
        : `must be a whole number from ${field.minimum} to ${field.maximum}`;
    case "choice":
      return typeof value === "string" && field.choices.includes(value)
        ? undefined
        : `must be one of ${field.choices.map((c) => JSON.stringify(c)).join(", ")}`;
    case "stringList":
      return Array.isArray(value) && value.every((v) => typeof v === "string" && v.length > 0)
        ? undefined
        : "must be a list of non-empty strings";
  }
}

/**
 * `base` with the values `given` sets for the declared keys (other keys are ignored). A value of
 * the wrong shape throws, naming `where` and the key: a security policy must not quietly fall
 * back to a default its user meant to change.
 */
export function readConfig<C extends ConfigValues>(
  fields: ConfigFields<C>,
  base: C,
  given: Readonly<Record<string, unknown>>,
  where: string,
): C {
  const out: Record<string, ConfigValue> = { ...base };
  for (const key of Object.keys(fields)) {
    const value = given[key];
    if (value === undefined) continue;
    const problem = check(fields[key] as ConfigField, value);
    if (problem !== undefined) {
      throw new Error(`${where}: ${key} ${problem}; got ${JSON.stringify(value)}.`);
    }
    out[key] = Array.isArray(value) ? [...(value as string[])] : (value as ConfigValue);
  }
  return out as C;
}

/** The configuration of a policy that has no knobs. */
export type NoConfig = Readonly<Record<string, never>>;
