/** Matching declared schema attributes to what DescribeUserPool reports, and schema change rules. */
import { isPlainObject, projectOntoDeclared, sameValue, stableText, type PlainObject } from "./values";

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
export function liveNamesFor(attribute: PlainObject): string[] {
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
    const live = liveNamesFor(attribute)
      .map((n) => liveByName.get(n))
      .find((a) => a !== undefined);
    if (!live) return attribute;
    const projected = projectOntoDeclared(attribute, live) as PlainObject;
    return { ...projected, name: attribute.name };
  });
}

export interface SchemaChange {
  /** New custom attributes: added in place with AddCustomAttributes. */
  added: PlainObject[];
  /**
   * Standard attributes the new schema declares and the old one did not. Every pool has them
   * already, so they never go to AddCustomAttributes (which would make `custom:<name>` of them):
   * one that matches the pool's definition changes nothing, one that differs cannot be had.
   */
  addedStandard: Array<{ name: string; attribute: PlainObject; index: number }>;
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
  const change: SchemaChange = { added: [], addedStandard: [], forbidden: [] };
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
  for (const [name, { attribute, index }] of newByName) {
    if (oldNames.has(name) || !isPlainObject(attribute)) continue;
    if (isStandardDeclaration(attribute)) change.addedStandard.push({ name, attribute, index });
    else change.added.push(attribute);
  }
  return change;
}

export function withBareName(attribute: unknown): unknown {
  return isPlainObject(attribute) && typeof attribute.name === "string"
    ? { ...attribute, name: bareAttributeName(attribute.name) }
    : attribute;
}

const standardString = (minLength = "0", maxLength = "2048"): PlainObject => ({
  attributeDataType: "String",
  developerOnlyAttribute: false,
  mutable: true,
  required: false,
  stringAttributeConstraints: { minLength, maxLength },
});
const standardBoolean: PlainObject = {
  attributeDataType: "Boolean",
  developerOnlyAttribute: false,
  mutable: true,
  required: false,
};

/**
 * Cognito's standard attributes as DescribeUserPool reports them for a pool that never changed
 * them (Amazon Cognito Developer Guide, "Standard attributes"; camelCase, without the name).
 */
export const STANDARD_ATTRIBUTES: Readonly<Record<string, PlainObject>> = {
  sub: { ...standardString("1"), mutable: false, required: true },
  name: standardString(),
  given_name: standardString(),
  family_name: standardString(),
  middle_name: standardString(),
  nickname: standardString(),
  preferred_username: standardString(),
  profile: standardString(),
  picture: standardString(),
  website: standardString(),
  email: standardString(),
  email_verified: standardBoolean,
  gender: standardString(),
  birthdate: standardString("10", "10"),
  zoneinfo: standardString(),
  locale: standardString(),
  phone_number: standardString(),
  phone_number_verified: standardBoolean,
  address: standardString(),
  updated_at: {
    attributeDataType: "Number",
    developerOnlyAttribute: false,
    mutable: true,
    required: false,
    numberAttributeConstraints: { minValue: "0" },
  },
  identities: { attributeDataType: "String", developerOnlyAttribute: false, mutable: true, required: false },
};

/**
 * The schema a program declares for a live pool, from DescribeUserPool's SchemaAttributes
 * (camelCase): custom attributes under their bare name (`custom:x` and `dev:custom:x` become `x`,
 * the latter with developerOnlyAttribute), standard attributes only where they differ from
 * Cognito's standard definition. Undefined when nothing is left.
 */
export function declaredSchemaFromLive(liveAttributes: unknown): PlainObject[] | undefined {
  if (!Array.isArray(liveAttributes)) return undefined;
  const declared: PlainObject[] = [];
  for (const attribute of liveAttributes) {
    if (!isPlainObject(attribute) || typeof attribute.name !== "string") continue;
    const { name, ...definition } = attribute;
    if (/^(dev:)?custom:/.test(name)) {
      declared.push({
        name: bareAttributeName(name),
        ...definition,
        ...(name.startsWith("dev:") ? { developerOnlyAttribute: true } : {}),
      });
      continue;
    }
    if (isStandardDefinition(name, definition)) continue;
    declared.push(attribute);
  }
  return declared.length > 0 ? declared : undefined;
}

/**
 * DescribeUserPool's SchemaAttributes (camelCase) without the standard attributes that match
 * Cognito's standard definition ({@link STANDARD_ATTRIBUTES}): custom attributes keep their
 * reported `custom:`/`dev:custom:` names. Always an array, empty when nothing is left.
 */
export function nonStandardAttributes(liveAttributes: unknown): unknown[] {
  if (!Array.isArray(liveAttributes)) return [];
  return liveAttributes.filter((attribute) => {
    if (!isPlainObject(attribute) || typeof attribute.name !== "string") return true;
    const { name, ...definition } = attribute;
    return !isStandardDefinition(name, definition);
  });
}

/**
 * Each standard attribute's definition as {@link stableText} writes it, worked out once: every
 * read and create compares the twenty-odd attributes a pool reports with these.
 */
const STANDARD_DEFINITION_TEXT: ReadonlyMap<string, string> = new Map(
  Object.entries(STANDARD_ATTRIBUTES).map(([name, definition]) => [name, stableText(definition)]),
);

/** Whether `definition` (camelCase, without its name) is Cognito's standard definition of attribute `name`. */
function isStandardDefinition(name: string, definition: PlainObject): boolean {
  const standard = STANDARD_DEFINITION_TEXT.get(name);
  return standard !== undefined && stableText(withoutEmptyMembers(definition)) === standard;
}

/** Whether a declared attribute name is one of Cognito's standard attributes. */
export function isStandardAttribute(name: string): boolean {
  return Object.prototype.hasOwnProperty.call(STANDARD_ATTRIBUTES, name);
}

/** Members holding an empty object (`stringAttributeConstraints: {}`) say nothing: left out. */
function withoutEmptyMembers(definition: PlainObject): PlainObject {
  return Object.fromEntries(
    Object.entries(definition).filter(([, value]) => !(isPlainObject(value) && Object.keys(value).length === 0)),
  );
}

/**
 * Whether a declared attribute names a standard attribute: a standard name without Cognito's
 * `custom:` prefix and not developer-only (those are always custom: `dev:custom:<name>`).
 */
export function isStandardDeclaration(attribute: PlainObject): boolean {
  return (
    typeof attribute.name === "string" &&
    !/^(dev:)?custom:/.test(attribute.name) &&
    attribute.developerOnlyAttribute !== true &&
    isStandardAttribute(attribute.name)
  );
}

/**
 * How a declared standard attribute differs from its definition on the pool: `live` is the
 * definition DescribeUserPool reports (camelCase, name included), or undefined where the service
 * does not report it; then Cognito's standard definition (STANDARD_ATTRIBUTES), which a pool has
 * unless it was created with a different one, stands in. Only the members the program declares
 * are compared. Undefined when they all match.
 */
export function standardAttributeMismatch(attribute: PlainObject, live?: PlainObject): string | undefined {
  const name = bareAttributeName(String(attribute.name));
  const declared = withoutName(attribute);
  const definition = withoutEmptyMembers(live ? withoutName(live) : STANDARD_ATTRIBUTES[name]);
  const projected = projectOntoDeclared(declared, definition);
  if (sameValue(projected, declared)) return undefined;
  return (
    `standard attribute "${name}" is declared as ${JSON.stringify(declared)}, but the pool ` +
    `${live ? "has" : "has Cognito's standard definition,"} ${JSON.stringify(projected)}, and a standard ` +
    `attribute's settings (required, mutable, constraints) are fixed when the pool is created; only custom ` +
    `attributes can be added later. Declare "${name}" as the pool has it, or leave it out of schema.`
  );
}

function withoutName(attribute: PlainObject): PlainObject {
  return Object.fromEntries(Object.entries(attribute).filter(([key]) => key !== "name"));
}
