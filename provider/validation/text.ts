/**
 * Wording helpers for failure reasons: how a received value is shown, and how a property is named
 * the way the user writes it (`schema[0].name`, `userPoolTags["team.name"]`).
 */
import type { Path } from "./read";

/** Properties whose values are not echoed back in reasons (not secret, but not ours to repeat). */
const UNECHOED: ReadonlySet<string> = new Set(["smsConfiguration.externalId", "smsConfiguration.eumsSms.externalId"]);

/** Longest part of a string value quoted back in a reason. */
const QUOTE_LIMIT = 60;

/** The property path as the user writes it: `policies.passwordPolicy.minimumLength`, `schema[2].name`. */
export function propertyPath(path: Path): string {
  let out = "";
  for (const segment of path) {
    if (typeof segment === "number") out += `[${segment}]`;
    else if (!/^[A-Za-z_$][A-Za-z0-9_$]*$/.test(segment)) out += `[${JSON.stringify(segment)}]`;
    else out += out === "" ? segment : `.${segment}`;
  }
  return out === "" ? "the user pool" : out;
}

/** Whether the value at this path may be quoted back. */
function echoes(path: Path): boolean {
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
export function show(value: unknown, path?: Path): string {
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
export function showWithKind(value: unknown, path?: Path): string {
  const shown = show(value, path);
  const kind = kindOf(value);
  if (shown === kind || value === null || value === undefined || Array.isArray(value)) return shown;
  return `${shown} (${kind})`;
}

/** Length in characters (Unicode code points), the way the API model counts. */
export function length(text: string): number {
  return /[\uD800-\uDFFF]/.test(text) ? Array.from(text).length : text.length;
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
