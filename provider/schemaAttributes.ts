/** Matching declared schema attributes to what DescribeUserPool reports, and schema change rules. */
import { isPlainObject, projectOntoDeclared, sameValue, type PlainObject } from "./values";

/** Declared attribute names may carry Cognito's prefix; the request takes the bare name. */
export function bareAttributeName(name: string): string {
  return name.replace(/^(dev:)?custom:/, "");
}

function declaredName(attribute: unknown): string | undefined {
  return isPlainObject(attribute) && typeof attribute.name === "string" ? bareAttributeName(attribute.name) : undefined;
}

/**
 * The names a declared attribute can be reported under: AWS reports custom attributes as
 * `custom:x` and developer-only ones as `dev:custom:x`; standard attributes keep their name.
 */
function liveNamesFor(attribute: PlainObject): string[] {
  const name = bareAttributeName(String(attribute.name));
  return attribute.developerOnlyAttribute === true
    ? [`dev:custom:${name}`, `custom:${name}`]
    : [`custom:${name}`, name];
}

/** The declared schema, each attribute overlaid with what the live pool reports for it. */
export function projectSchema(declared: unknown, liveAttributes: unknown): unknown {
  if (!Array.isArray(declared) || !Array.isArray(liveAttributes)) return declared;
  const liveByName = new Map<string, PlainObject>();
  for (const attribute of liveAttributes) {
    if (isPlainObject(attribute) && typeof attribute.name === "string") liveByName.set(attribute.name, attribute);
  }
  return declared.map((attribute) => {
    if (!isPlainObject(attribute) || typeof attribute.name !== "string") return attribute;
    const live = liveNamesFor(attribute).map((n) => liveByName.get(n)).find((a) => a !== undefined);
    if (!live) return attribute;
    const projected = projectOntoDeclared(attribute, live) as PlainObject;
    return { ...projected, name: attribute.name };
  });
}

export interface SchemaChange {
  /** Attributes that are new and can be added in place with AddCustomAttributes. */
  added: PlainObject[];
  /** Existing attributes changed or removed: Cognito allows neither. */
  forbidden: Array<{ name: string; what: "changed" | "removed"; index: number }>;
}

export function compareSchemas(oldSchema: unknown, newSchema: unknown): SchemaChange {
  const oldList = Array.isArray(oldSchema) ? oldSchema : [];
  const newList = Array.isArray(newSchema) ? newSchema : [];
  const newByName = new Map<string, { attribute: unknown; index: number }>();
  newList.forEach((attribute, index) => {
    const name = declaredName(attribute);
    if (name !== undefined) newByName.set(name, { attribute, index });
  });
  const oldNames = new Set<string>();
  const change: SchemaChange = { added: [], forbidden: [] };
  oldList.forEach((attribute, index) => {
    const name = declaredName(attribute);
    if (name === undefined) return;
    oldNames.add(name);
    const next = newByName.get(name);
    if (!next) change.forbidden.push({ name, what: "removed", index });
    else if (!sameValue(withBareName(attribute), withBareName(next.attribute))) {
      change.forbidden.push({ name, what: "changed", index: next.index });
    }
  });
  for (const [name, { attribute }] of newByName) {
    if (!oldNames.has(name) && isPlainObject(attribute)) change.added.push(attribute);
  }
  return change;
}

function withBareName(attribute: unknown): unknown {
  return isPlainObject(attribute) && typeof attribute.name === "string"
    ? { ...attribute, name: bareAttributeName(attribute.name) }
    : attribute;
}
