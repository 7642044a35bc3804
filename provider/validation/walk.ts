/**
 * The structural pass, in the user's camelCase shape, driven by the generated shapes table: wrong
 * kinds, unknown, null and missing members, enum values, integer-ness, and each member's limits and
 * pattern, for any JavaScript value. A value Pulumi does not know yet (the unknown sentinel) is
 * skipped wherever it stands; its known siblings are still checked.
 */
import { SHAPES, type MemberKind, type MemberSpec, type ShapeSpec } from "../generated/shapes";
import { isRecord, UNKNOWN, type Path } from "./read";
import { suggest } from "./suggest";
import { codePoint, kindOf, length, oneOf, propertyPath, quote, show, showWithKind } from "./text";

export interface Violation {
  /** Where, as the user writes it: member names, list indexes and map keys. */
  readonly path: Path;
  /** What is wrong, the value received, what AWS requires, and how to fix it. */
  readonly reason: string;
}

/** A struct's members by argument (camelCase) name. */
export type Members = ReadonlyMap<string, MemberSpec>;

const membersByShape = new Map<string, Members>();

export function membersOf(shape: string): Members {
  let members = membersByShape.get(shape);
  if (members === undefined) {
    const spec = (SHAPES as Record<string, ShapeSpec>)[shape];
    members = new Map(Object.values(spec.members).map((m) => [m.camel, m]));
    membersByShape.set(shape, members);
  }
  return members;
}

/**
 * Checks the object `value` at `path` against `members`. At the root (empty path), null members
 * count as left out and keys in `ignore` (the provider's own) are skipped.
 */
export function walkStruct(
  value: Record<string, unknown>,
  members: Members,
  path: Path,
  out: Violation[],
  ignore: ReadonlySet<string> = new Set(),
): void {
  const root = path.length === 0;
  for (const key of Object.keys(value)) {
    if (ignore.has(key)) continue;
    const member = members.get(key);
    const item = value[key];
    if (member === undefined) {
      const near = suggest(key, members.keys());
      const known = [...members.keys()];
      out.push({
        path: [...path, key],
        reason: root
          ? `"${key}" is not a user pool setting; got ${kindOf(item)} under that name. ` +
            (near !== undefined ? `Did you mean ${near}?` : `Remove it or correct its name.`)
          : `is not a setting of ${propertyPath(path)}; got ${kindOf(item)} under that name. Cognito would never see it: ` +
            (near !== undefined
              ? `did you mean ${near}?`
              : known.length <= 12
                ? `remove it or use one of ${known.join(", ")}.`
                : `remove it or correct its name.`),
      });
      continue;
    }
    if (item === undefined || (root && item === null)) continue;
    if (item === null) {
      out.push({
        path: [...path, key],
        reason:
          `must be ${expected(member.kind)} or left out; got null. The API has no null values: remove ` +
          `${propertyPath([...path, key])} to use Cognito's default.`,
      });
      continue;
    }
    walkValue(item, member.kind, member, [...path, key], out);
  }
  for (const member of members.values()) {
    const item = value[member.camel];
    if (member.optional || (item !== undefined && item !== null) || (!root && item === null)) continue;
    const memberPath = [...path, member.camel];
    const what = propertyPath(path);
    out.push({
      path: memberPath,
      reason: root
        ? `is required; got nothing. Cognito needs it to create the pool: set ${propertyPath(memberPath)} to ${expected(member.kind)}.`
        : `is required whenever ${what} is set; got nothing. Cognito rejects ${what} without it: ` +
          `set ${propertyPath(memberPath)} to ${expected(member.kind)}, or remove ${what}.`,
    });
  }
}

function walkValue(value: unknown, kind: MemberKind, spec: MemberSpec | undefined, path: Path, out: Violation[]): void {
  if (value === UNKNOWN) return; // not known until apply: checked again then
  if (!kindMatches(value, kind, spec, path, out)) return;
  if (typeof kind === "object" && "struct" in kind) {
    walkStruct(value as Record<string, unknown>, membersOf(kind.struct), path, out);
  } else if (typeof kind === "object" && "list" in kind) {
    const items = value as readonly unknown[];
    limits(items.length, spec, path, out);
    for (let i = 0; i < items.length; i++) {
      const item = items[i];
      if (item !== undefined && item !== null) walkValue(item, kind.list, undefined, [...path, i], out);
      else
        out.push({
          path: [...path, i],
          reason:
            `must be ${expected(kind.list)}; got ${show(item)}. The API takes no empty entries in a list: ` +
            `remove entry ${i} from ${propertyPath(path)}.`,
        });
    }
  } else if (typeof kind === "object" && "map" in kind) {
    const entries = value as Record<string, unknown>;
    limits(Object.keys(entries).length, spec, path, out);
    for (const [key, item] of Object.entries(entries)) {
      if (item !== undefined && item !== null) walkValue(item, kind.map, undefined, [...path, key], out);
      else
        out.push({
          path: [...path, key],
          reason:
            `must be ${expected(kind.map)}; got ${show(item)}. A map entry needs a value: give ` +
            `${propertyPath([...path, key])} a value or remove the key.`,
        });
    }
  } else if (typeof kind === "object" && "enum" in kind) {
    if (kind.values.includes(value as string)) return;
    const near = kind.values.find((v) => v.toLowerCase() === (value as string).trim().toLowerCase());
    const fix = near ?? (kind.values.length === 1 ? kind.values[0] : undefined);
    out.push({
      path,
      reason:
        `must be ${expected(kind)}; got ${show(value, path)}. Cognito accepts only these exact, case-sensitive ` +
        `values: set ${propertyPath(path)} to ${fix !== undefined ? JSON.stringify(fix) : "one of them"}.`,
    });
  } else if (typeof value === "string") {
    if (!limits(length(value), spec, path, out, value)) pattern(value, spec, path, out);
  } else if (typeof value === "number") limits(value, spec, path, out, value);
}

/** Reports a count, length or number outside the member's limits; true when it did. */
function limits(n: number, spec: MemberSpec | undefined, path: Path, out: Violation[], value?: unknown): boolean {
  const min = spec?.min ?? 0;
  const max = spec?.max;
  if (n >= min && (max === undefined || n <= max)) return false;
  const field = propertyPath(path);
  const low = n < min;
  const bound = low ? min : (max as number);
  let reason: string;
  if (typeof value === "number") {
    reason =
      `must be between ${min} and ${max ?? "any size"}; got ${value}. Cognito rejects values ` +
      (low ? `below ${bound}: set ${field} to ${bound} or more.` : `above ${bound}: set ${field} to ${bound} or less.`);
  } else if (typeof value === "string") {
    const range =
      max === undefined ? `at least ${min} character${min === 1 ? "" : "s"} long` : `${min} to ${max} characters long`;
    reason =
      `must be ${range}; got ${n} character${n === 1 ? "" : "s"} (${show(value, path)}). ` +
      (low
        ? `Cognito rejects shorter values: make ${field} at least ${bound} character${bound === 1 ? "" : "s"} long.`
        : `Cognito rejects longer values: shorten ${field} to ${bound} characters or fewer.`);
  } else {
    const range = min === 0 ? `at most ${max}` : min === max ? `exactly ${min}` : `${min} to ${max}`;
    const plural = bound === 1 ? "entry" : "entries";
    reason =
      `must have ${range} entries; got ${n}. Cognito rejects other sizes: ` +
      (low
        ? `give ${field} at least ${bound} ${plural}, or omit it.`
        : `reduce ${field} to ${bound} ${plural} or fewer.`);
  }
  out.push({ path, reason });
  return true;
}

const patterns = new Map<string, RegExp>();

/** `source` compiled once, with Unicode classes (the model's patterns use \p{...}). */
function compiled(source: string): RegExp {
  let regex = patterns.get(source);
  if (regex === undefined) {
    regex = new RegExp(source, "u");
    patterns.set(source, regex);
  }
  return regex;
}

const whole = new Map<string, RegExp>();

/** The member's pattern, anchored: the whole string must match. */
function wholePattern(source: string): RegExp {
  let regex = whole.get(source);
  if (regex === undefined) {
    regex = new RegExp(`^(?:${source})$`, "u");
    whole.set(source, regex);
  }
  return regex;
}

function pattern(value: string, spec: MemberSpec | undefined, path: Path, out: Violation[]): void {
  if (spec?.pattern === undefined || value === "" || wholePattern(spec.pattern).test(value)) return;
  const field = propertyPath(path);
  const describe = spec.describe ?? "text of the documented form";
  // A pattern that is one character class repeated: name the first character outside it.
  const single = /^(\[[^\]]+\])[*+]$/.exec(spec.pattern);
  const chars = Array.from(value);
  const bad = single === null ? -1 : chars.findIndex((char) => !compiled(single[1]).test(char));
  out.push({
    path,
    reason:
      bad >= 0
        ? `may contain only ${describe}; got ${show(value, path)}, which has ${quote(chars[bad])} ` +
          `(${codePoint(chars[bad])}) at character ${bad + 1}. Cognito checks it against the pattern ` +
          `${spec.pattern}: remove or replace that character in ${field}.`
        : `must be ${describe}, matching the pattern ${spec.pattern}; got ${show(value, path)}. Cognito rejects ` +
          `other values with InvalidParameterException: correct ${field}.`,
  });
}

/** Whether `value` is of the member's kind. */
function isKind(value: unknown, kind: MemberKind, spec: MemberSpec | undefined): boolean {
  if (kind === "number") {
    return typeof value === "number" && Number.isFinite(value) && (spec?.integer !== true || Number.isInteger(value));
  }
  if (kind === "boolean") return typeof value === "boolean";
  if (kind === "string" || kind === "date" || "enum" in kind) return typeof value === "string";
  if ("list" in kind) return Array.isArray(value);
  return isRecord(value) && !(value instanceof Date) && !(value instanceof Map) && !(value instanceof Set);
}

/** Reports and returns false when `value` is not of the member's kind. */
function kindMatches(
  value: unknown,
  kind: MemberKind,
  spec: MemberSpec | undefined,
  path: Path,
  out: Violation[],
): boolean {
  if (isKind(value, kind, spec)) return true;
  const field = propertyPath(path);
  const got = showWithKind(value, path);
  let reason: string;
  if (kind === "string" || kind === "date" || (typeof kind === "object" && "enum" in kind)) {
    const hint =
      (typeof value === "number" || typeof value === "boolean") && show(value, path) === String(value)
        ? `, e.g. ${JSON.stringify(String(value))}`
        : "";
    reason = `must be a string; got ${got}. The API takes text here: set ${field} to a string${hint}.`;
  } else if (kind === "number") {
    const hint =
      typeof value === "string" && /^\s*[+-]?\d+\s*$/.test(value)
        ? `, e.g. ${Number.parseInt(value, 10)}`
        : typeof value === "number" && Number.isFinite(value)
          ? `, e.g. ${Math.round(value)}`
          : "";
    reason =
      spec?.integer === true
        ? `must be a whole number; got ${got}. The API takes an integer here: set ${field} to a number without quotes or decimals${hint}.`
        : `must be a number; got ${got}. The API takes a number here: set ${field} to a number without quotes${hint}.`;
  } else if (kind === "boolean") {
    reason = `must be true or false; got ${got}. The API takes a boolean here: set ${field} to true or false, without quotes.`;
  } else if ("list" in kind) {
    reason =
      `must be a list; got ${got}. The API takes a list here: set ${field} to a list` +
      `${typeof value === "string" ? `, e.g. [${JSON.stringify(value)}]` : ""}.`;
  } else {
    const members = "struct" in kind ? [...membersOf(kind.struct).keys()] : [];
    reason =
      `must be an object${"map" in kind ? " of string keys and values" : ""}; got ${got}. The API takes a nested ` +
      `object here: set ${field} to an object` +
      `${members.length > 0 ? ` with ${members.length === 1 ? "the member" : "members among"} ${members.join(", ")}` : ""}.`;
  }
  out.push({ path, reason });
  return false;
}

function expected(kind: MemberKind): string {
  if (kind === "string" || kind === "date") return "a string";
  if (kind === "number") return "a number";
  if (kind === "boolean") return "true or false";
  if ("enum" in kind) return kind.values.length === 1 ? JSON.stringify(kind.values[0]) : `one of ${oneOf(kind.values)}`;
  if ("list" in kind) return "a list";
  return "an object";
}
