/**
 * Which API members the AWS SDK's own model marks @sensitive (passwords, tokens, client secrets):
 * the package schema marks them secret. The SDK exports each shape's runtime schema as `<Shape>$`:
 * [kind, namespace, name, traits, member names, member schemas]. Traits are a bit mask (8 =
 * sensitive) or an object of named traits; a member is a schema, a function returning one, or
 * `[schema, member traits]`.
 */
import * as sdk from "@aws-sdk/client-cognito-identity-provider";

const SENSITIVE_BIT = 8;

function traitsSensitive(traits: unknown): boolean {
  if (typeof traits === "number") return (traits & SENSITIVE_BIT) !== 0;
  return typeof traits === "object" && traits !== null && "sensitive" in traits;
}

function schemaSensitive(schema: unknown, depth = 0): boolean {
  if (depth > 2) return false;
  if (typeof schema === "function") return schemaSensitive((schema as () => unknown)(), depth + 1);
  if (!Array.isArray(schema)) return false;
  if (typeof schema[0] === "function") return traitsSensitive(schema[1]) || schemaSensitive(schema[0], depth + 1);
  return typeof schema[0] === "number" && typeof schema[2] === "string" && traitsSensitive(schema[3]);
}

export function memberSensitive(shape: string, member: string): boolean {
  const schema = (sdk as unknown as Record<string, unknown>)[`${shape}$`];
  if (!Array.isArray(schema)) throw new Error(`the AWS SDK exports no runtime schema ${shape}$`);
  const names = schema[4] as string[];
  const index = names.indexOf(member);
  if (index < 0) throw new Error(`the AWS SDK's schema ${shape}$ has no member ${member}`);
  return schemaSensitive((schema[5] as unknown[])[index]);
}
