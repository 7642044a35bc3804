/**
 * Argument names <-> Cognito API names.
 *
 * Args are camelCased the way Pulumi's AWS packages do it, acronyms included
 * (`KMSKeyID` -> `kmsKeyId`, `SMSMessage` -> `smsMessage`). That cannot be undone by
 * re-casing, so every conversion here is a lookup in the generated name table
 * (`./generated/shapes`, built from the SDK by `scripts/generate-shapes.ts`).
 *
 * Map keys (`UserPoolTags`, `AcrConfiguration`) are data, never re-cased; map VALUES are
 * converted by their kind like everything else.
 */
import { SHAPES, type MemberKind, type MemberSpec, type ShapeName, type ShapeSpec } from "./generated/shapes";

export { SHAPES, SDK_VERSION, ROOT_SHAPES } from "./generated/shapes";
export type { MemberKind, MemberSpec, ShapeName, ShapeSpec } from "./generated/shapes";

// ---------------------------------------------------------------------------------------
// The camelCase rule.

/**
 * Splits an API member name into words at case and acronym boundaries:
 * `KMSKeyID` -> `KMS Key ID`, `CustomSMSSender` -> `Custom SMS Sender`,
 * `EmailMessageByLink` -> `Email Message By Link`. Digit runs are words of their own.
 */
export function splitWords(name: string): string[] {
  return name.match(/[A-Z]+(?=[A-Z][a-z])|[A-Z]?[a-z]+|[A-Z]+|[0-9]+/g) ?? [];
}

/** The argument name for an API name: first word all lower case, the rest Word-cased. */
export function camelCase(apiName: string): string {
  const words = splitWords(apiName);
  if (words.length === 0 || words.join("") !== apiName.replace(/[^A-Za-z0-9]/g, "")) {
    throw new NamingError(`cannot camelCase ${JSON.stringify(apiName)}`, apiName);
  }
  return words
    .map((w, i) => (i === 0 ? w.toLowerCase() : w.charAt(0).toUpperCase() + w.slice(1).toLowerCase()))
    .join("");
}

// ---------------------------------------------------------------------------------------
// Errors.

/** A value or path that does not fit the name table. `path` is the argument (camelCase) path. */
export class NamingError extends Error {
  override readonly name = "NamingError";
  constructor(
    message: string,
    /** Where the problem is, as an argument path such as `schema[0].nmae`. */
    readonly path: string,
  ) {
    super(message);
  }
}

// ---------------------------------------------------------------------------------------
// Types derived from the table.

type Shapes = typeof SHAPES;
type Mode = "api" | "args";

/** The members of shape `S`, keyed by API name. */
export type MembersOf<S extends ShapeName> = Shapes[S]["members"];
/** The API member names of shape `S`. */
export type ApiName<S extends ShapeName> = keyof MembersOf<S> & string;
/** The argument (camelCase) member names of shape `S`. */
export type ArgName<S extends ShapeName> = CamelOf<MembersOf<S>[ApiName<S>]>;
/** The spec of the member of `S` whose argument name is `C`. */
export type MemberByArg<S extends ShapeName, C extends string> = Extract<
  MembersOf<S>[ApiName<S>],
  { readonly camel: C }
>;

type CamelOf<T> = T extends { readonly camel: infer C extends string } ? C : never;
type KindOf<T> = T extends { readonly kind: infer K } ? K : never;

type KindValue<K, M extends Mode> = K extends "string"
  ? string
  : K extends "number"
    ? number
    : K extends "boolean"
      ? boolean
      : K extends "date"
        ? M extends "api"
          ? Date
          : string
        : K extends { readonly enum: string; readonly values: readonly (infer V)[] }
          ? V
          : K extends { readonly list: infer E }
            ? KindValue<E, M>[]
            : K extends { readonly map: infer E }
              ? Record<string, KindValue<E, M>>
              : K extends { readonly struct: infer S extends ShapeName }
                ? ShapeValue<S, M>
                : never;

type RequiredApi<S extends ShapeName> = {
  [A in ApiName<S>]: MembersOf<S>[A] extends { readonly optional: false } ? A : never;
}[ApiName<S>];
type OptionalApi<S extends ShapeName> = Exclude<ApiName<S>, RequiredApi<S>>;
type KeyIn<S extends ShapeName, A extends ApiName<S>, M extends Mode> = M extends "api" ? A : CamelOf<MembersOf<S>[A]>;

type Flatten<T> = { [K in keyof T]: T[K] };

type ShapeValue<S extends ShapeName, M extends Mode> = Flatten<
  {
    // Required members: the SDK types them `T | undefined`, args require a value.
    [A in RequiredApi<S> as KeyIn<S, A, M>]: M extends "api"
      ? KindValue<KindOf<MembersOf<S>[A]>, M> | undefined
      : KindValue<KindOf<MembersOf<S>[A]>, M>;
  } & {
    [A in OptionalApi<S> as KeyIn<S, A, M>]?: KindValue<KindOf<MembersOf<S>[A]>, M> | undefined;
  }
>;

/** A value of shape `S` as the SDK takes and returns it (API names, `Date` timestamps). */
export type ApiValue<S extends ShapeName> = S extends ShapeName ? ShapeValue<S, "api"> : never;
/** A value of shape `S` as users write it (camelCase names, ISO 8601 timestamp strings). */
export type ArgsValue<S extends ShapeName> = S extends ShapeName ? ShapeValue<S, "args"> : never;

// ---------------------------------------------------------------------------------------
// Lookups.

interface ShapeIndex {
  readonly spec: ShapeSpec;
  readonly byApi: ReadonlyMap<string, MemberSpec>;
  readonly byArg: ReadonlyMap<string, MemberSpec>;
  readonly byApiLower: ReadonlyMap<string, MemberSpec>;
}

const TABLE: { readonly [name: string]: ShapeSpec | undefined } = SHAPES;
const indexes = new Map<string, ShapeIndex>();

function indexOf(shape: string): ShapeIndex {
  let index = indexes.get(shape);
  if (index === undefined) {
    const spec = Object.prototype.hasOwnProperty.call(TABLE, shape) ? TABLE[shape] : undefined;
    if (spec === undefined) throw new NamingError(`unknown shape ${JSON.stringify(shape)}`, "");
    const members = Object.values(spec.members);
    index = {
      spec,
      byApi: new Map(members.map((m) => [m.api, m])),
      byArg: new Map(members.map((m) => [m.camel, m])),
      byApiLower: new Map(members.map((m) => [m.api.toLowerCase(), m])),
    };
    indexes.set(shape, index);
  }
  return index;
}

/** Whether `name` is a shape in the table. */
export function isShapeName(name: string): name is ShapeName {
  return Object.prototype.hasOwnProperty.call(TABLE, name);
}

/** The spec of shape `shape`. */
export function shapeOf<S extends ShapeName>(shape: S): Shapes[S] {
  return SHAPES[shape];
}

/**
 * The member of `shape` called `name`, by API name (`KMSKeyID`) or argument name
 * (`kmsKeyId`); `undefined` when there is none. API names start upper case and argument
 * names lower case, so the two never clash.
 */
export function memberOf<S extends ShapeName, N extends ApiName<S>>(shape: S, name: N): MembersOf<S>[N];
export function memberOf<S extends ShapeName, N extends ArgName<S>>(shape: S, name: N): MemberByArg<S, N>;
export function memberOf(shape: ShapeName, name: string): MemberSpec | undefined;
export function memberOf(shape: ShapeName, name: string): MemberSpec | undefined {
  const index = indexOf(shape);
  return index.byApi.get(name) ?? index.byArg.get(name);
}

// ---------------------------------------------------------------------------------------
// Value conversion.

type Direction = "toApi" | "fromApi";

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** Appends a member name, list index or map key to an argument path. */
function joinPath(base: string, segment: string | number, as: "member" | "index" | "key"): string {
  if (as === "index") return `${base}[${segment}]`;
  const text = String(segment);
  if (as === "key" && !/^[A-Za-z_$][A-Za-z0-9_$]*$/.test(text)) return `${base}[${JSON.stringify(text)}]`;
  return base === "" ? text : `${base}.${text}`;
}

/**
 * A plain rename: validation runs on the user's args before any request is built, so a key the
 * table does not know, or a value of another kind, is carried through as it is (for `check` to
 * report with everything else), never thrown.
 */
function convertShape(shape: string, value: unknown, dir: Direction): unknown {
  if (!isPlainObject(value)) return value;
  const index = indexOf(shape);
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) {
    const member = dir === "toApi" ? index.byArg.get(key) : index.byApi.get(key);
    if (member === undefined) {
      if (dir === "toApi") out[key] = v; // not a member: kept under the user's name for check to report
      continue; // fromApi: a member a newer service added, not ours to show
    }
    if (v === undefined || v === null) continue;
    out[dir === "toApi" ? member.api : member.camel] = convertKind(member.kind, v, dir);
  }
  return out;
}

function convertKind(kind: MemberKind, value: unknown, dir: Direction): unknown {
  // A value Pulumi does not know yet (a string sentinel) is never a plain object, list or date: kept as is.
  if (kind === "date") return convertDate(value, dir);
  if (typeof kind === "string" || "enum" in kind) return value;
  if ("struct" in kind) return convertShape(kind.struct, value, dir);
  if ("list" in kind) {
    if (!Array.isArray(value)) return value;
    return value.map((item: unknown) => convertKind(kind.list, item, dir));
  }
  if (!isPlainObject(value)) return value;
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) {
    if (v === undefined) continue;
    out[key] = convertKind(kind.map, v, dir);
  }
  return out;
}

function convertDate(value: unknown, dir: Direction): unknown {
  if (dir === "fromApi") {
    if (value instanceof Date) return value.toISOString();
    if (typeof value === "number") return new Date(value * 1000).toISOString(); // epoch seconds
    return value;
  }
  if (typeof value !== "string") return value;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? value : date;
}

/**
 * Converts an args value (camelCase) of `shape` to the API shape: structs, lists and map
 * values recursively, map keys untouched, ISO timestamps to `Date`. `undefined`/`null`
 * members are left out. Nothing is checked here (that is `check`'s one pass): a key the table
 * does not know and a value of another kind pass through as they are.
 */
export function toApi<S extends ShapeName>(shape: S, value: ArgsValue<S>): ApiValue<S>;
/** Untyped input (e.g. args straight from the engine, or part of a shape): untyped output. */
export function toApi(shape: ShapeName, value: Readonly<Record<string, unknown>>): Record<string, unknown>;
export function toApi(shape: ShapeName, value: unknown): unknown {
  return convertShape(shape, value, "toApi");
}

/**
 * Converts an API value of `shape` (what the SDK returns) to args (camelCase): the reverse
 * of {@link toApi}, with `Date` timestamps turned into ISO 8601 strings. Members the table
 * does not know (a newer service) are dropped.
 */
export function fromApi<S extends ShapeName>(shape: S, value: ApiValue<S>): ArgsValue<S>;
/** Untyped input (e.g. part of a response): untyped output. */
export function fromApi(shape: ShapeName, value: Readonly<Record<string, unknown>>): Record<string, unknown>;
export function fromApi(shape: ShapeName, value: unknown): unknown {
  return convertShape(shape, value, "fromApi");
}

// ---------------------------------------------------------------------------------------
// Paths.

/**
 * Splits an argument/API path such as `schema[0].name` or `userPoolTags["a.b"]` into
 * segments: `["schema", "0", "name"]`, `["userPoolTags", "a.b"]`.
 */
export function splitPath(path: string): string[] {
  const segments: string[] = [];
  const pattern = /\[\s*("(?:[^"\\]|\\.)*")\s*\]|\[\s*(\d+)\s*\]|\.?([^.[\]]+)/gy;
  let m: RegExpExecArray | null;
  while (pattern.lastIndex < path.length && (m = pattern.exec(path)) !== null) {
    if (m[1] !== undefined) segments.push(JSON.parse(m[1]) as string);
    else if (m[2] !== undefined) segments.push(m[2]);
    else segments.push(m[3]);
  }
  if (pattern.lastIndex !== path.length && path.length > 0) {
    throw new NamingError(`cannot parse path ${JSON.stringify(path)}`, path);
  }
  return segments;
}

interface Step {
  /** The segment as it should appear in the translated path (one per input segment). */
  readonly out: string;
  /** How to render the segment in an argument path. */
  readonly parts: readonly { readonly text: string; readonly as: "member" | "index" | "key" }[];
}

/**
 * Walks `segments` through the table from `shape`. Each segment is a member name (the
 * `from` naming; with `Name[0]` index suffixes allowed), a list index (`0` or `[0]`), or
 * a map key (taken verbatim). Once a segment is not understood, it and the rest pass
 * through unchanged: paths come from error messages, and a half-translated path beats none.
 */
function walkPath(shape: ShapeName, segments: readonly string[], from: "api" | "args"): Step[] {
  const steps: Step[] = [];
  let kind: MemberKind | undefined = { struct: shape };
  for (const segment of segments) {
    if (kind === undefined) {
      steps.push({ out: segment, parts: [{ text: segment, as: "member" }] });
      continue;
    }
    if (typeof kind === "object" && "map" in kind) {
      steps.push({ out: segment, parts: [{ text: segment, as: "key" }] });
      kind = kind.map;
      continue;
    }
    const bare = /^\[?(\d+)\]?$/.exec(segment);
    if (bare !== null && typeof kind === "object" && "list" in kind) {
      steps.push({ out: segment, parts: [{ text: bare[1], as: "index" }] });
      kind = kind.list;
      continue;
    }
    const parsed = /^([^[\]]+)((?:\[\d+\])*)$/.exec(segment);
    if (parsed === null || typeof kind !== "object" || !("struct" in kind)) {
      kind = undefined;
      steps.push({ out: segment, parts: [{ text: segment, as: "member" }] });
      continue;
    }
    const [, name, suffix] = parsed;
    const index = indexOf(kind.struct);
    const member =
      from === "api" ? (index.byApi.get(name) ?? index.byApiLower.get(name.toLowerCase())) : index.byArg.get(name);
    if (member === undefined) {
      kind = undefined;
      steps.push({ out: segment, parts: [{ text: segment, as: "member" }] });
      continue;
    }
    const parts: { text: string; as: "member" | "index" | "key" }[] = [{ text: member.camel, as: "member" }];
    let next: MemberKind | undefined = member.kind;
    for (const [, i] of suffix.matchAll(/\[(\d+)\]/g)) {
      parts.push({ text: i, as: "index" });
      next = next !== undefined && typeof next === "object" && "list" in next ? next.list : undefined;
    }
    kind = next;
    steps.push({ out: (from === "api" ? member.camel : member.api) + suffix, parts });
  }
  return steps;
}

/**
 * The argument path (`schema[0].name`) for an API path (`["Schema", "0", "Name"]` or
 * `["Schema[0]", "Name"]`) into `shape`. API names also match case-insensitively
 * (`kMSKeyID`, as service validation messages spell them). Map keys are kept verbatim;
 * segments the table does not know, and everything after them, pass through unchanged.
 */
export function argPath(shape: ShapeName, apiPath: readonly string[]): string {
  let out = "";
  for (const step of walkPath(shape, apiPath, "api")) {
    for (const part of step.parts) out = joinPath(out, part.text, part.as);
  }
  return out;
}

/**
 * The API path for an argument path into `shape`, one output segment per input segment:
 * `["schema[0]", "name"]` -> `["Schema[0]", "Name"]`, `["schema", "0", "name"]` ->
 * `["Schema", "0", "Name"]`. Use {@link splitPath} for a dotted string. Map keys are
 * kept; unknown segments and everything after them pass through unchanged.
 */
export function apiPath(shape: ShapeName, argPath: readonly string[]): string[] {
  return walkPath(shape, argPath, "args").map((s) => s.out);
}
