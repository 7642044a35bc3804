/**
 * The structural pass: walks any input against {@link DESIRED_USER_POOL_SHAPE}, reporting wrong
 * kinds, unknown and missing members, and applying the field rules to every value of the
 * right kind. Safe for any JavaScript value.
 */
import type { ApiPath, Violation } from "../desiredPool";
import { UNKNOWN } from "./read";
import { evaluate, isRecord, type FieldRule } from "./rules";
import { suggest } from "./suggest";
import { DESIRED_USER_POOL_SHAPE, type Shape, type StructureShape } from "./shape";
import { argName, kindOf, oneOf, show, showWithKind, userPath } from "./text";

/** Rules grouped by their wildcard path, e.g. `Schema.*.Name`. */
type RuleIndex = ReadonlyMap<string, readonly FieldRule[]>;

export function indexRules(rules: readonly FieldRule[]): RuleIndex {
  const index = new Map<string, FieldRule[]>();
  for (const rule of rules) {
    const key = rule.path.join(".");
    const list = index.get(key) ?? [];
    list.push(rule);
    index.set(key, list);
  }
  return index;
}

export function walkPool(pool: unknown, rules: RuleIndex): Violation[] {
  const out: Violation[] = [];
  if (!isRecord(pool)) {
    out.push({
      path: [],
      reason:
        `must be an object of user pool settings; got ${showWithKind(pool)}. ` +
        `CreateUserPool takes a set of named settings: pass an object with at least poolName.`,
    });
    return out;
  }
  walkStructure(pool, DESIRED_USER_POOL_SHAPE, [], [], rules, out);
  return out;
}

function walk(
  value: unknown,
  shape: Shape,
  path: ApiPath,
  pattern: readonly string[],
  rules: RuleIndex,
  out: Violation[],
): void {
  if (value === UNKNOWN) return; // not known until apply: every rule on it waits for `up`
  if (!kindMatches(value, shape, path, out)) return;
  switch (shape.type) {
    case "structure":
      walkStructure(value as Record<string, unknown>, shape, path, pattern, rules, out);
      break;
    case "list": {
      const items = value as readonly unknown[];
      for (let i = 0; i < items.length; i++) {
        const item = items[i];
        if (item === undefined || item === null) {
          out.push({
            path: [...path, i],
            reason:
              `must be ${expected(shape.member, [...pattern, "*"], rules)}; got ${show(item)}. ` +
              `The API takes no empty entries in a list: remove entry ${i} from ${userPath(path)}.`,
          });
          continue;
        }
        walk(item, shape.member, [...path, i], [...pattern, "*"], rules, out);
      }
      break;
    }
    case "map": {
      const entries = value as Record<string, unknown>;
      for (const key of Object.keys(entries)) {
        applyRules(key, [...path, key], [...pattern, "{key}"], rules, out);
        const item = entries[key];
        if (item === undefined || item === null) {
          out.push({
            path: [...path, key],
            reason:
              `must be ${expected(shape.value, [...pattern, "*"], rules)}; got ${show(item)}. ` +
              `A map entry needs a value: give ${userPath([...path, key])} a value or remove the key.`,
          });
          continue;
        }
        walk(item, shape.value, [...path, key], [...pattern, "*"], rules, out);
      }
      break;
    }
    default:
      break;
  }
  applyRules(value, path, pattern, rules, out);
}

function walkStructure(
  value: Record<string, unknown>,
  shape: StructureShape,
  path: ApiPath,
  pattern: readonly string[],
  rules: RuleIndex,
  out: Violation[],
): void {
  const parent = userPath(path);
  for (const key of Object.keys(value)) {
    const member = Object.prototype.hasOwnProperty.call(shape.members, key) ? shape.members[key] : undefined;
    const item = value[key];
    if (member === undefined) {
      const known = Object.keys(shape.members).map(argName);
      const near = suggest(key, known);
      out.push({
        path: [...path, key],
        reason:
          `is not a setting of ${parent}; got ${kindOf(item)} under that name. ` +
          `Cognito would never see it: ` +
          (near !== undefined
            ? `did you mean ${near}?`
            : known.length <= 12
              ? `remove it or use one of ${known.join(", ")}.`
              : `remove it or correct its name.`),
      });
      continue;
    }
    if (item === undefined) continue;
    if (item === null) {
      out.push({
        path: [...path, key],
        reason:
          `must be ${expected(member, [...pattern, key], rules)} or left out; got null. ` +
          `The API has no null values: remove ${userPath([...path, key])} to use Cognito's default.`,
      });
      continue;
    }
    walk(item, member, [...path, key], [...pattern, key], rules, out);
  }
  for (const key of shape.required) {
    if (value[key] !== undefined && value[key] !== null) continue;
    if (Object.prototype.hasOwnProperty.call(value, key) && value[key] === null) continue; // reported above
    const memberPath = [...path, key];
    const example = ` to ${expected(shape.members[key], [...pattern, key], rules)}`;
    out.push({
      path: memberPath,
      reason:
        path.length === 0
          ? `is required; got nothing. Cognito needs it to create the pool: set ${userPath(memberPath)}${example}.`
          : `is required whenever ${parent} is set; got nothing. Cognito rejects ${parent} without it: ` +
            `set ${userPath(memberPath)}${example}, or remove ${parent}.`,
    });
  }
}

/** Reports and returns false when `value` is not of the shape's kind. */
function kindMatches(value: unknown, shape: Shape, path: ApiPath, out: Violation[]): boolean {
  const field = userPath(path);
  const got = showWithKind(value, path);
  switch (shape.type) {
    case "string":
      if (typeof value === "string") return true;
      out.push({
        path,
        reason: `must be a string; got ${got}. The API takes text here: set ${field} to a string${asStringHint(value, path)}.`,
      });
      return false;
    case "integer":
      if (typeof value === "number" && Number.isInteger(value)) return true;
      out.push({
        path,
        reason:
          `must be a whole number; got ${got}. The API takes an integer here: ` +
          `set ${field} to a number without quotes or decimals${asIntegerHint(value)}.`,
      });
      return false;
    case "boolean":
      if (typeof value === "boolean") return true;
      out.push({
        path,
        reason: `must be true or false; got ${got}. The API takes a boolean here: set ${field} to true or false, without quotes.`,
      });
      return false;
    case "list":
      if (Array.isArray(value)) return true;
      out.push({
        path,
        reason:
          `must be a list; got ${got}. The API takes a list here: ` +
          `set ${field} to a list${typeof value === "string" ? `, e.g. [${JSON.stringify(value)}]` : ""}.`,
      });
      return false;
    case "map":
    case "structure":
      if (isRecord(value) && !(value instanceof Date) && !(value instanceof Map) && !(value instanceof Set))
        return true;
      out.push({
        path,
        reason:
          `must be an object${shape.type === "map" ? " of string keys and values" : ` (${shape.name})`}; got ${got}. ` +
          `The API takes a nested object here: set ${field} to an object${expectedMembers(shape)}.`,
      });
      return false;
  }
}

function applyRules(
  value: unknown,
  path: ApiPath,
  pattern: readonly string[],
  rules: RuleIndex,
  out: Violation[],
): void {
  let lengthFailed = false;
  for (const rule of rules.get(pattern.join(".")) ?? []) {
    // A value of the wrong length is reported once, not again for its pattern.
    if (lengthFailed && (rule.kind === "pattern" || rule.kind === "charset")) continue;
    const violation = evaluate(rule, path, value);
    if (violation === undefined) continue;
    if (rule.kind === "length") lengthFailed = true;
    out.push(violation);
  }
}

function expected(shape: Shape, pattern: readonly string[], rules: RuleIndex): string {
  switch (shape.type) {
    case "string": {
      const enumRule = rules.get(pattern.join("."))?.find((r) => r.kind === "enum");
      if (enumRule?.kind !== "enum") return "a string";
      return enumRule.values.length === 1 ? JSON.stringify(enumRule.values[0]) : `one of ${oneOf(enumRule.values)}`;
    }
    case "integer":
      return "a whole number";
    case "boolean":
      return "true or false";
    case "list":
      return "a list";
    case "map":
    case "structure":
      return "an object";
  }
}

function expectedMembers(shape: Shape): string {
  if (shape.type !== "structure") return "";
  const names = Object.keys(shape.members).map(argName);
  return ` with ${names.length === 1 ? "the member" : "members among"} ${names.join(", ")}`;
}

function asStringHint(value: unknown, path: ApiPath): string {
  if ((typeof value === "number" || typeof value === "boolean") && show(value, path) === String(value)) {
    return `, e.g. ${JSON.stringify(String(value))}`;
  }
  return "";
}

function asIntegerHint(value: unknown): string {
  if (typeof value === "string" && /^\s*[+-]?\d+\s*$/.test(value)) return `, e.g. ${Number.parseInt(value, 10)}`;
  if (typeof value === "number" && Number.isFinite(value)) return `, e.g. ${Math.round(value)}`;
  return "";
}
