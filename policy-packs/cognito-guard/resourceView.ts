/**
 * Reading a resource's props by setting name rather than by property path. Each view (user pool,
 * user pool client, identity pool) declares once where each setting lives for each naming;
 * policies ask the view for settings and for the path to name in a message.
 *
 * Reads are lazy: a getter reads only the props it needs, so a value that is unknown during
 * preview (an output of another resource) affects only the policies that look at it. The engine
 * hands props behind a proxy that throws on an unknown value; @pulumi/policy turns that into an
 * advisory "can't run policy during preview" for the one policy that hit it.
 */

export type Path = readonly string[];
export type Props = Readonly<Record<string, unknown>>;

/** Where each setting lives, per naming. */
export type FieldPaths<N extends string> = Readonly<Record<string, Readonly<Record<N, Path>>>>;

export function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export function valueAt(props: Props, path: Path): unknown {
  let current: unknown = props;
  for (const key of path) {
    if (!isRecord(current)) return undefined;
    current = current[key];
  }
  return current;
}

export const asString = (v: unknown): string | undefined => (typeof v === "string" ? v : undefined);
export const asBoolean = (v: unknown): boolean | undefined => (typeof v === "boolean" ? v : undefined);
export const asNumber = (v: unknown): number | undefined => (typeof v === "number" ? v : undefined);

/** The strings of a list, or undefined when `v` is not a list. */
export function asStrings(v: unknown): string[] | undefined {
  if (!Array.isArray(v)) return undefined;
  const out: string[] = [];
  for (let i = 0; i < v.length; i++) {
    const item: unknown = v[i];
    if (typeof item === "string") out.push(item);
  }
  return out;
}

/** A resource of a covered type, read through the field table of its kind. */
export abstract class ResourceView<N extends string, F extends string> {
  protected constructor(
    /** Which property names the resource's type uses. */
    readonly naming: N,
    /** The resource's name in the program, as messages quote it. */
    readonly name: string,
    protected readonly props: Props,
    private readonly fields: Readonly<Record<F, Readonly<Record<N, Path>>>>,
  ) {}

  /** The subject of every message about this resource, e.g. `Cognito user pool 'users'`. */
  abstract get subject(): string;

  /** The property path of a setting as this type spells it, e.g. `policies.passwordPolicy.minimumLength`. */
  path(field: F): string {
    return this.segments(field).join(".");
  }

  /** The property path of a setting as keys, for writing (remediation). */
  segments(field: F): Path {
    return this.fields[field][this.naming];
  }

  protected read(field: F): unknown {
    return valueAt(this.props, this.segments(field));
  }
}
