/**
 * Wording helpers for violation reasons: how a received value is shown, and how a field is
 * named the way the user writes it (camelCase, acronyms Word-cased, map keys verbatim).
 */
import type { ApiPath } from "../desiredPool";

/** Top-level API members whose children are map keys (data, never re-cased). */
const MAP_MEMBERS: ReadonlySet<string> = new Set(["UserPoolTags", "AcrConfiguration"]);

/** API paths whose values are not echoed back in reasons (not secret, but not ours to repeat). */
const UNECHOED: ReadonlySet<string> = new Set(["SmsConfiguration.ExternalId", "SmsConfiguration.EumsSms.ExternalId"]);

/** Longest part of a string value quoted back in a reason. */
const QUOTE_LIMIT = 60;

/**
 * The argument name for an API member name: the same rule as the provider's name table
 * (`KMSKeyID` -> `kmsKeyId`, `SMSMessage` -> `smsMessage`, `CustomSMSSender` -> `customSmsSender`),
 * but total: a name it cannot split is returned with its first letter lowered.
 */
export function argName(apiName: string): string {
  const words = apiName.match(/[A-Z]+(?=[A-Z][a-z])|[A-Z]?[a-z]+|[A-Z]+|[0-9]+/g);
  if (words === null || words.join("") !== apiName) return apiName.charAt(0).toLowerCase() + apiName.slice(1);
  return words
    .map((w, i) => (i === 0 ? w.toLowerCase() : w.charAt(0).toUpperCase() + w.slice(1).toLowerCase()))
    .join("");
}

/**
 * The property as the user writes it: `["Policies", "PasswordPolicy", "MinimumLength"]` ->
 * `policies.passwordPolicy.minimumLength`, `["Schema", 2, "Name"]` -> `schema[2].name`,
 * `["UserPoolTags", "env"]` -> `userPoolTags["env"]`.
 */
export function userPath(path: ApiPath): string {
  let out = "";
  path.forEach((segment, i) => {
    if (typeof segment === "number") {
      out += `[${segment}]`;
    } else if (i === 1 && MAP_MEMBERS.has(String(path[0]))) {
      out += `[${JSON.stringify(segment)}]`;
    } else {
      out += (out === "" ? "" : ".") + argName(segment);
    }
  });
  return out === "" ? "the user pool" : out;
}

/** Same as {@link userPath} for a dotted API path literal: `"LambdaConfig.KMSKeyID"` -> `lambdaConfig.kmsKeyId`. */
export function arg(dotted: string): string {
  return userPath(dotted.split("."));
}

/** Whether the value at this path may be quoted back. */
export function echoes(path: ApiPath): boolean {
  return !UNECHOED.has(path.filter((s) => typeof s === "string").join("."));
}

/** "a string", "a number", "null", "an array", ... */
export function kindOf(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  switch (typeof value) {
    case "string":
      return "a string";
    case "number":
      return Number.isNaN(value) ? "NaN" : "a number";
    case "bigint":
      return "a bigint";
    case "boolean":
      return "a boolean";
    case "undefined":
      return "nothing";
    case "function":
      return "a function";
    case "symbol":
      return "a symbol";
    default:
      return "an object";
  }
}

/** A string quoted as JSON, cut after {@link QUOTE_LIMIT} characters. */
export function quote(text: string): string {
  const chars = Array.from(text);
  if (chars.length <= QUOTE_LIMIT) return JSON.stringify(text);
  return `${JSON.stringify(chars.slice(0, QUOTE_LIMIT).join(""))}… (${chars.length} characters)`;
}

/** The received value, shown compactly: `"abc"`, `4`, `true`, `null`, `a list of 3 entries`, `an object`. */
export function show(value: unknown, path?: ApiPath): string {
  if (path !== undefined && !echoes(path)) {
    return typeof value === "string" ? `a value of ${length(value)} characters` : kindOf(value);
  }
  if (typeof value === "string") return quote(value);
  if (typeof value === "number") return Number.isNaN(value) ? "NaN" : String(value);
  if (typeof value === "boolean") return String(value);
  if (typeof value === "bigint") return `${value.toString()}n`;
  if (value === null) return "null";
  if (value === undefined) return "nothing";
  if (Array.isArray(value)) return `a list of ${value.length} ${value.length === 1 ? "entry" : "entries"}`;
  return kindOf(value);
}

/** A value together with its kind when that helps: `42 (a number)`, `"8" (a string)`, `null`. */
export function showWithKind(value: unknown, path?: ApiPath): string {
  const shown = show(value, path);
  const kind = kindOf(value);
  if (shown === kind || value === null || value === undefined || Array.isArray(value)) return shown;
  return `${shown} (${kind})`;
}

/** Length in characters (Unicode code points), the way the API model counts. */
export function length(text: string): number {
  return Array.from(text).length;
}

/** `"A", "B" or "C"` */
export function oneOf(values: readonly string[], conjunction = "or"): string {
  const quoted = values.map((v) => JSON.stringify(v));
  if (quoted.length <= 1) return quoted.join("");
  return `${quoted.slice(0, -1).join(", ")} ${conjunction} ${quoted[quoted.length - 1]}`;
}

/** `U+00A0` */
export function codePoint(char: string): string {
  return `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")}`;
}
