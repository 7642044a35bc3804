/**
 * Per-field rules as data: which API path, which limit. The same rows drive validation and
 * can be quoted in generated documentation (see `FIELD_RULES` in ./index).
 *
 * Paths are in API shape. `"*"` stands for every entry of a list or every value of a map,
 * `"{key}"` for every key of a map: `["Schema", "*", "Name"]`, `["UserPoolTags", "{key}"]`.
 * The limits come from the Cognito API model (the service-2 model the AWS SDKs are built
 * from) unless a row's `source` says otherwise.
 */
import type { ApiPath, Violation } from "../desiredPool";
import { codePoint, length, oneOf, quote, show, userPath } from "./text";

export type RulePath = readonly string[];

interface RuleBase {
  /** Where, in API shape, with `"*"` and `"{key}"` wildcards. */
  readonly path: RulePath;
  /** Where the limit is stated, when not the API model's own constraint. */
  readonly source?: string;
  /** Why Cognito insists, put before the fix in the reason (defaults by kind). */
  readonly why?: string;
}

/** The value must be one of these exact (case-sensitive) strings. */
export interface EnumRule extends RuleBase {
  readonly kind: "enum";
  readonly values: readonly string[];
}

/** String length, in characters (code points), inclusive. */
export interface LengthRule extends RuleBase {
  readonly kind: "length";
  readonly min: number;
  readonly max?: number;
}

/** Whole number, inclusive range. */
export interface RangeRule extends RuleBase {
  readonly kind: "range";
  readonly min: number;
  readonly max: number;
}

/** The whole string must match `regex`, which mirrors the model's `awsPattern`. */
export interface PatternRule extends RuleBase {
  readonly kind: "pattern";
  readonly regex: RegExp;
  readonly awsPattern: string;
  /** What the pattern allows, in words. */
  readonly describe: string;
}

/** Every character must match `char` (a one-character class); the model's pattern is `awsPattern`. */
export interface CharsetRule extends RuleBase {
  readonly kind: "charset";
  readonly char: RegExp;
  readonly awsPattern: string;
  readonly describe: string;
}

/** The string must contain a placeholder. */
export interface ContainsRule extends RuleBase {
  readonly kind: "contains";
  readonly token: RegExp;
  /** The placeholder as the user writes it, e.g. `{####}`. */
  readonly placeholder: string;
  /** What the placeholder stands for. */
  readonly describe: string;
}

/** Number of entries of a list or map, inclusive. */
export interface ItemsRule extends RuleBase {
  readonly kind: "items";
  readonly min: number;
  readonly max: number;
}

/** The string must not start with a reserved prefix. */
export interface PrefixRule extends RuleBase {
  readonly kind: "notPrefix";
  readonly prefix: string;
}

export type FieldRule =
  EnumRule | LengthRule | RangeRule | PatternRule | CharsetRule | ContainsRule | ItemsRule | PrefixRule;

// ---------------------------------------------------------------------------------------
// Shared constraints of the API model.

/** `ArnType`: every Lambda trigger, `KMSKeyID`, SES `SourceArn`, `EumsSms.CallerArn`, `KmsKeyArn`. */
export const ARN_PATTERN =
  "arn:[\\w+=/,.@-]+:[\\w+=/,.@-]+:([\\w+=/,.@-]*)?:[0-9]+:[\\w+=/,.@-]+(:[\\w+=/,.@-]+)?(:[\\w+=/,.@-]+)?";
const ARN_REGEX = new RegExp(`^(?:${ARN_PATTERN})$`);
const ARN_WORDS =
  "an ARN such as arn:aws:lambda:us-east-1:123456789012:function:MyFunction (arn:partition:service:region:account-id:resource)";

/** An `ArnType` member: 20-2048 characters of the ARN pattern. */
export function arnRules(path: RulePath): FieldRule[] {
  return [
    { kind: "length", path, min: 20, max: 2048 },
    { kind: "pattern", path, regex: ARN_REGEX, awsPattern: ARN_PATTERN, describe: ARN_WORDS },
  ];
}

/** `\p{L}\p{M}\p{S}\p{N}\p{P}`: letters, marks, symbols, numbers, punctuation. */
const PRINTABLE = "\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}";
/** Message bodies: printable characters and whitespace. */
export const MESSAGE_CHAR = new RegExp(`[${PRINTABLE}\\s*]`, "u");
/** Subjects: printable characters and whitespace. */
export const SUBJECT_CHAR = new RegExp(`[${PRINTABLE}\\s]`, "u");
/** Names without whitespace: printable characters only. */
export const NAME_CHAR = new RegExp(`[${PRINTABLE}]`, "u");
export const MESSAGE_WORDS = "letters, marks, numbers, symbols, punctuation and whitespace";
export const NAME_WORDS = "letters, marks, numbers, symbols and punctuation (no whitespace)";
export const PRINTABLE_PATTERN = PRINTABLE;

// ---------------------------------------------------------------------------------------
// Evaluation.

/** The violation a rule finds in a value already known to have the right type, if any. */
export function evaluate(rule: FieldRule, path: ApiPath, value: unknown): Violation | undefined {
  const reason = reasonFor(rule, path, value);
  return reason === undefined ? undefined : { path, reason };
}

function reasonFor(rule: FieldRule, path: ApiPath, value: unknown): string | undefined {
  const field = userPath(path);
  switch (rule.kind) {
    case "enum": {
      if (typeof value !== "string" || rule.values.includes(value)) return undefined;
      const near = rule.values.find((v) => v.toLowerCase() === value.trim().toLowerCase());
      const fix =
        near !== undefined || rule.values.length === 1
          ? `set ${field} to ${JSON.stringify(near ?? rule.values[0])}`
          : `set ${field} to one of them`;
      return (
        `must be ${rule.values.length === 1 ? JSON.stringify(rule.values[0]) : `one of ${oneOf(rule.values)}`}; got ${show(value, path)}. ` +
        `${rule.why ?? "Cognito accepts only these exact, case-sensitive values"}: ${fix}.`
      );
    }
    case "length": {
      if (typeof value !== "string") return undefined;
      const n = length(value);
      const limits =
        rule.max === undefined ? `at least ${rule.min} characters long` : `${rule.min} to ${rule.max} characters long`;
      if (n < rule.min) {
        return (
          `must be ${limits}; got ${n} character${n === 1 ? "" : "s"} (${show(value, path)}). ` +
          `${rule.why ?? "Cognito rejects shorter values"}: make ${field} at least ${rule.min} character${rule.min === 1 ? "" : "s"} long.`
        );
      }
      if (rule.max !== undefined && n > rule.max) {
        return (
          `must be ${limits}; got ${n} characters (${show(value, path)}). ` +
          `${rule.why ?? "Cognito rejects longer values"}: shorten ${field} to ${rule.max} characters or fewer.`
        );
      }
      return undefined;
    }
    case "range": {
      if (typeof value !== "number" || !Number.isFinite(value)) return undefined;
      if (value < rule.min) {
        return (
          `must be between ${rule.min} and ${rule.max}; got ${value}. ` +
          `${rule.why ?? `Cognito rejects values below ${rule.min}`}: set ${field} to ${rule.min} or more.`
        );
      }
      if (value > rule.max) {
        return (
          `must be between ${rule.min} and ${rule.max}; got ${value}. ` +
          `${rule.why ?? `Cognito rejects values above ${rule.max}`}: set ${field} to ${rule.max} or less.`
        );
      }
      return undefined;
    }
    case "pattern": {
      if (typeof value !== "string" || value === "" || rule.regex.test(value)) return undefined;
      return (
        `must be ${rule.describe}, matching the pattern ${rule.awsPattern}; got ${show(value, path)}. ` +
        `${rule.why ?? "Cognito rejects other values with InvalidParameterException"}: correct ${field}.`
      );
    }
    case "charset": {
      if (typeof value !== "string") return undefined;
      let position = 0;
      for (const char of value) {
        if (!rule.char.test(char)) {
          return (
            `may contain only ${rule.describe}; got ${show(value, path)}, which has ${quote(char)} (${codePoint(char)}) ` +
            `at character ${position + 1}. ${rule.why ?? `Cognito checks it against the pattern ${rule.awsPattern}`}: ` +
            `remove or replace that character in ${field}.`
          );
        }
        position++;
      }
      return undefined;
    }
    case "contains": {
      if (typeof value !== "string" || rule.token.test(value)) return undefined;
      return (
        `must contain the placeholder ${rule.placeholder} (${rule.describe}); got ${show(value, path)}. ` +
        `${rule.why ?? "Cognito rejects a template without it"}: add ${rule.placeholder} to ${field}.`
      );
    }
    case "items": {
      const n = Array.isArray(value) ? value.length : isRecord(value) ? Object.keys(value).length : undefined;
      if (n === undefined || (n >= rule.min && n <= rule.max)) return undefined;
      const limits =
        rule.min === 0
          ? `at most ${rule.max}`
          : rule.min === rule.max
            ? `exactly ${rule.min}`
            : `${rule.min} to ${rule.max}`;
      const fix =
        n < rule.min
          ? `give ${field} at least ${rule.min} ${rule.min === 1 ? "entry" : "entries"}, or omit it`
          : `reduce ${field} to ${rule.max} ${rule.max === 1 ? "entry" : "entries"} or fewer`;
      return `must have ${limits} entries; got ${n}. ${rule.why ?? "Cognito rejects other sizes"}: ${fix}.`;
    }
    case "notPrefix": {
      if (typeof value !== "string" || !value.toLowerCase().startsWith(rule.prefix)) return undefined;
      return (
        `must not start with ${JSON.stringify(rule.prefix)}; got ${show(value, path)}. ` +
        `${rule.why ?? `AWS reserves the ${rule.prefix} prefix`}: rename ${field}.`
      );
    }
  }
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
