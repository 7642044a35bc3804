/** Value comparison and read-back projection, in the user's (camelCase) shape. */

export type PlainValue = string | number | boolean | null | PlainValue[] | { [key: string]: PlainValue };
export type PlainObject = { [key: string]: PlainValue };

export function isPlainObject(value: unknown): value is PlainObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Drops empty members (undefined, null) and, for lists compared as sets, sorts them. */
export function normalise(value: unknown, unordered = false): PlainValue | undefined {
  if (value === undefined || value === null) return undefined;
  if (Array.isArray(value)) {
    const items = value.map((item) => normalise(item)).filter((item): item is PlainValue => item !== undefined);
    return unordered ? [...items].sort((a, b) => stableText(a).localeCompare(stableText(b))) : items;
  }
  if (isPlainObject(value)) {
    const result: PlainObject = {};
    for (const key of Object.keys(value).sort()) {
      const member = normalise(value[key]);
      if (member !== undefined) result[key] = member;
    }
    return result;
  }
  return value as PlainValue;
}

export function stableText(value: unknown): string {
  return JSON.stringify(normalise(value) ?? null);
}

export function sameValue(a: unknown, b: unknown, unordered = false): boolean {
  return JSON.stringify(normalise(a, unordered) ?? null) === JSON.stringify(normalise(b, unordered) ?? null);
}

/**
 * The live value, cut to the shape the user declared: members the user never set (which Cognito
 * fills with its defaults) are left out, and where the service reports nothing the declared value
 * stands (an emulator's gap, or a write-only member). Lists and scalars are taken whole.
 */
export function projectOntoDeclared(declared: unknown, live: unknown, unordered = false): unknown {
  if (live === undefined || live === null) return declared;
  if (isPlainObject(declared) && isPlainObject(live)) {
    const result: Record<string, unknown> = {};
    for (const key of Object.keys(declared)) result[key] = projectOntoDeclared(declared[key], live[key]);
    return result;
  }
  if (Array.isArray(declared) && Array.isArray(live)) {
    // Same members in another order is no drift: keep the user's order.
    return unordered && sameValue(declared, live, true) ? declared : live;
  }
  if (typeof declared === "number" && typeof live === "string" && String(declared) === live) return declared;
  if (typeof declared === "string" && typeof live === "number" && declared === String(live)) return declared;
  return live;
}
