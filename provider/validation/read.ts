/**
 * Safe reads of the user's args (camelCase) for the rules, aware of values Pulumi does not know
 * yet. At preview, an input that depends on another resource's output reaches `check` as the
 * dynamic provider's unknown sentinel, in place of a whole arg, an object, a list or one entry, a
 * map or one value. A read through or at such a value gives `UNKNOWN`; the typed reads below give
 * `undefined` for it, and `isUnknown` tells "absent" from "not known yet", so a rule runs only on
 * values it can see and runs again at `up`, when all are known.
 */

/** How the dynamic provider hands `check` a value that is not known until apply (preview). */
export const UNKNOWN = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";

export type Path = ReadonlyArray<string | number>;

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The value at `path`; `UNKNOWN` when it, or an object or list on the way, is not known yet. */
export function at(root: unknown, ...path: Path): unknown {
  let node: unknown = root;
  for (const segment of path) {
    if (node === UNKNOWN) return UNKNOWN;
    if (typeof segment === "number") {
      if (!Array.isArray(node)) return undefined;
      node = node[segment];
    } else {
      if (!isRecord(node) || !Object.prototype.hasOwnProperty.call(node, segment)) return undefined;
      node = node[segment];
    }
  }
  return node;
}

/** Set: neither absent nor null (a value not known yet counts as set). */
export function isSet(root: unknown, ...path: Path): boolean {
  const value = at(root, ...path);
  return value !== undefined && value !== null;
}

/** Not known yet: the value, or an object or list holding it, is the unknown sentinel. */
export function isUnknown(root: unknown, ...path: Path): boolean {
  return at(root, ...path) === UNKNOWN;
}

export function str(root: unknown, ...path: Path): string | undefined {
  const value = at(root, ...path);
  return typeof value === "string" && value !== UNKNOWN ? value : undefined;
}

export function int(root: unknown, ...path: Path): number | undefined {
  const value = at(root, ...path);
  return typeof value === "number" && Number.isInteger(value) ? value : undefined;
}

export function bool(root: unknown, ...path: Path): boolean | undefined {
  const value = at(root, ...path);
  return typeof value === "boolean" ? value : undefined;
}

export function obj(root: unknown, ...path: Path): Record<string, unknown> | undefined {
  const value = at(root, ...path);
  return isRecord(value) ? value : undefined;
}

export function arr(root: unknown, ...path: Path): readonly unknown[] | undefined {
  const value = at(root, ...path);
  return Array.isArray(value) ? value : undefined;
}

/** The known string entries of a list, with their indexes. */
export function stringItems(root: unknown, ...path: Path): { value: string; index: number }[] {
  const out: { value: string; index: number }[] = [];
  (arr(root, ...path) ?? []).forEach((value, index) => {
    if (typeof value === "string" && value !== UNKNOWN) out.push({ value, index });
  });
  return out;
}

/** The whole list when it and every entry are known strings; otherwise undefined. */
export function knownStrings(root: unknown, ...path: Path): string[] | undefined {
  const list = arr(root, ...path);
  if (list === undefined || list.some((v) => typeof v !== "string" || v === UNKNOWN)) return undefined;
  return list as string[];
}

/** Whether `value` holds the unknown sentinel anywhere. */
export function containsUnknown(value: unknown): boolean {
  if (value === UNKNOWN) return true;
  if (Array.isArray(value)) return value.some(containsUnknown);
  if (isRecord(value)) return Object.values(value).some(containsUnknown);
  return false;
}
