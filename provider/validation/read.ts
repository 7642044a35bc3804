/**
 * Safe reads for the cross-field rules: each returns `undefined` unless the value at the path
 * exists and has the expected kind, so a rule never fires on (or throws at) input the
 * structural pass already reports.
 */
import { isRecord } from "./rules";

/** How the dynamic provider hands `check` a value not known until apply (preview): rules skip it. */
export const UNKNOWN = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";

export function at(root: unknown, ...path: readonly (string | number)[]): unknown {
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

export function str(root: unknown, ...path: readonly (string | number)[]): string | undefined {
  const value = at(root, ...path);
  return typeof value === "string" && value !== UNKNOWN ? value : undefined;
}

export function int(root: unknown, ...path: readonly (string | number)[]): number | undefined {
  const value = at(root, ...path);
  return typeof value === "number" && Number.isInteger(value) ? value : undefined;
}

export function bool(root: unknown, ...path: readonly (string | number)[]): boolean | undefined {
  const value = at(root, ...path);
  return typeof value === "boolean" ? value : undefined;
}

export function obj(root: unknown, ...path: readonly (string | number)[]): Record<string, unknown> | undefined {
  const value = at(root, ...path);
  return isRecord(value) ? value : undefined;
}

export function arr(root: unknown, ...path: readonly (string | number)[]): readonly unknown[] | undefined {
  const value = at(root, ...path);
  return Array.isArray(value) ? value : undefined;
}

/** The string entries of a list (others are reported by the structural pass), with their indexes. */
export function stringItems(root: unknown, ...path: readonly (string | number)[]): { value: string; index: number }[] {
  const list = arr(root, ...path) ?? [];
  const out: { value: string; index: number }[] = [];
  list.forEach((value, index) => {
    if (typeof value === "string" && value !== UNKNOWN) out.push({ value, index });
  });
  return out;
}

/** Set: neither absent nor null. */
export function isSet(root: unknown, ...path: readonly (string | number)[]): boolean {
  const value = at(root, ...path);
  return value !== undefined && value !== null;
}

/** Not known yet: the value, or an object or list holding it, is the unknown sentinel. */
export function isUnknown(root: unknown, ...path: readonly (string | number)[]): boolean {
  return at(root, ...path) === UNKNOWN;
}

/** The whole list when it and every entry are known strings; otherwise undefined (a rule needing it waits). */
export function knownStrings(root: unknown, ...path: readonly (string | number)[]): string[] | undefined {
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
