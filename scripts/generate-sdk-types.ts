/**
 * Writes sdk/types.ts: the typed, documented args of `UserPool`, from the one field table
 * (provider/fields.ts), the name table derived from the SDK (provider/generated/shapes.ts), the
 * documented defaults (provider/defaults.ts) and the validation limits (provider/validation).
 *
 *   npx tsx scripts/generate-sdk-types.ts          # regenerate
 *   npx tsx scripts/generate-sdk-types.ts --check  # exit 1 when sdk/types.ts is stale
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { COGNITO_DEFAULTS } from "../provider/defaults";
import { CHANGE_NOTES, PROVIDER_ARGS, USER_POOL_FIELDS } from "../provider/fields";
import { camelCase, SHAPES, type MemberKind, type MemberSpec, type ShapeName } from "../provider/naming";
import { limitsFor } from "./limits";

const outputFile = path.resolve(__dirname, "..", "sdk", "types.ts");
const apiReference = "https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference";

function pascal(name: string): string {
  const camel = camelCase(name);
  return camel.charAt(0).toUpperCase() + camel.slice(1);
}

/** `UserPoolPolicyType` → `UserPoolPolicyArgs`. */
function argsTypeName(shape: string): string {
  return `${pascal(shape.replace(/Type$/, ""))}Args`;
}

/** `DeletionProtectionType` → `DeletionProtection`. */
function enumTypeName(enumName: string): string {
  return pascal(enumName.replace(/Type$/, ""));
}

const enums = new Map<string, readonly string[]>();
const structs = new Set<string>();

function typeOf(kind: MemberKind): string {
  if (kind === "string" || kind === "date") return "string";
  if (kind === "number") return "number";
  if (kind === "boolean") return "boolean";
  if ("enum" in kind) {
    enums.set(kind.enum, kind.values);
    return enumTypeName(kind.enum);
  }
  if ("list" in kind) return `pulumi.Input<${typeOf(kind.list)}>[]`;
  if ("map" in kind) return `Record<string, pulumi.Input<${typeOf(kind.map)}>>`;
  structs.add(kind.struct);
  return argsTypeName(kind.struct);
}

function docComment(lines: string[], indent: string): string {
  const body = lines
    .join("\n")
    .replace(/\*\//g, "*\u2215")
    .split("\n")
    .map((line) => (line ? `${indent} * ${line}` : `${indent} *`));
  return `${indent}/**\n${body.join("\n")}\n${indent} */`;
}

function wrap(text: string, width = 100): string[] {
  const out: string[] = [];
  for (const paragraph of text.split("\n")) {
    if (!paragraph.trim()) {
      out.push("");
      continue;
    }
    let line = "";
    for (const word of paragraph.split(/\s+/)) {
      if (line && line.length + word.length + 1 > width) {
        out.push(line);
        line = word;
      } else line = line ? `${line} ${word}` : word;
    }
    if (line) out.push(line);
  }
  return out;
}

function memberDoc(member: MemberSpec, apiPath: string, extra: string[], see: string): string[] {
  const lines = wrap(member.doc || `The ${member.api} setting.`);
  const limits = limitsFor(member, apiPath);
  if (limits.length > 0) lines.push("", ...wrap(`Limits: ${limits.join("; ")}.`));
  for (const note of extra) lines.push("", ...wrap(note));
  if (member.deprecated) lines.push("", `@deprecated ${member.deprecated}`);
  if (apiPath in COGNITO_DEFAULTS) lines.push("", `@default ${JSON.stringify(COGNITO_DEFAULTS[apiPath])}`);
  lines.push(`@see ${see}`);
  return lines;
}

function memberLine(member: MemberSpec, indent: string, required: boolean): string {
  return `${indent}${member.camel}${required ? "" : "?"}: pulumi.Input<${typeOf(member.kind)}>;`;
}

/** Struct shapes are reached through several paths; each is documented under the first path met. */
const structPaths = new Map<string, string>();

function noteStructPaths(kind: MemberKind, apiPath: string): void {
  if (typeof kind === "string") return;
  if ("list" in kind) return noteStructPaths(kind.list, apiPath);
  if ("map" in kind) return noteStructPaths(kind.map, apiPath);
  if ("struct" in kind && !structPaths.has(kind.struct)) {
    structPaths.set(kind.struct, apiPath);
    for (const member of Object.values(SHAPES[kind.struct as ShapeName].members)) {
      noteStructPaths(member.kind, `${apiPath}.${member.api}`);
    }
  }
}

function generate(): string {
  const parts: string[] = [];
  const topLines: string[] = [];
  for (const field of USER_POOL_FIELDS) {
    const member = SHAPES[field.container].members[
      field.api as keyof (typeof SHAPES)[typeof field.container]["members"]
    ] as MemberSpec;
    noteStructPaths(member.kind, field.api);
    const page = field.container === "CreateUserPoolRequest" ? "API_CreateUserPool" : "API_SetUserPoolMfaConfig";
    const see = `${apiReference}/${page}.html#CognitoUserPools-${page.slice(4)}-request-${field.api}`;
    topLines.push(docComment(memberDoc(member, field.api, [CHANGE_NOTES[field.change]], see), "  "));
    topLines.push(memberLine(member, "  ", !member.optional));
  }
  // The provider's own args (not CreateUserPool parameters), from the same table module.
  for (const arg of PROVIDER_ARGS) {
    const lines = arg.doc.flatMap((paragraph, i) => (i === 0 ? wrap(paragraph) : ["", ...wrap(paragraph)]));
    topLines.push(docComment(lines, "  "));
    topLines.push(`  ${arg.name}?: pulumi.Input<${arg.type}>;`);
  }
  parts.push(
    docComment(
      [
        "The settings of a Cognito user pool: every CreateUserPool parameter, camelCased, plus the",
        "MFA factor settings of SetUserPoolMfaConfig. Left out, a setting takes Cognito's default.",
        `@see ${apiReference}/API_CreateUserPool.html`,
      ],
      "",
    ) + `\nexport interface UserPoolArgs {\n${topLines.join("\n")}\n}`,
  );
  const done = new Set<string>();
  while ([...structs].some((s) => !done.has(s))) {
    for (const shape of [...structs].sort()) {
      if (done.has(shape)) continue;
      done.add(shape);
      const spec = SHAPES[shape as ShapeName];
      const basePath = structPaths.get(shape) ?? shape;
      const lines = Object.values(spec.members).map((member) => {
        const m = member as MemberSpec;
        const see = `${apiReference}/API_${shape}.html#CognitoUserPools-Type-${shape}-${m.api}`;
        return `${docComment(memberDoc(m, `${basePath}.${m.api}`, [], see), "  ")}\n${memberLine(m, "  ", !m.optional)}`;
      });
      parts.push(
        docComment([...wrap(spec.doc || shape), `@see ${apiReference}/API_${shape}.html`], "") +
          `\nexport interface ${argsTypeName(shape)} {\n${lines.join("\n")}\n}`,
      );
    }
  }
  const enumParts = [...enums.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(
      ([name, values]) =>
        `/** Values of ${name}. */\nexport type ${enumTypeName(name)} = ${values.map((v) => JSON.stringify(v)).join(" | ")};`,
    );
  return [
    "// GENERATED FILE, DO NOT EDIT. Regenerate with: npx tsx scripts/generate-sdk-types.ts",
    "// From provider/fields.ts, provider/generated/shapes.ts, provider/defaults.ts and provider/validation.",
    'import type * as pulumi from "@pulumi/pulumi";',
    "",
    parts.join("\n\n"),
    "",
    enumParts.join("\n\n"),
    "",
  ].join("\n");
}

const text = generate();
if (process.argv.includes("--check")) {
  const current = fs.existsSync(outputFile) ? fs.readFileSync(outputFile, "utf8") : "";
  if (current !== text) {
    process.stderr.write("sdk/types.ts is stale. Run `npx tsx scripts/generate-sdk-types.ts` and commit the result.\n");
    process.exit(1);
  }
  process.stdout.write("sdk/types.ts is up to date\n");
} else {
  fs.writeFileSync(outputFile, text);
  process.stdout.write(`wrote ${path.relative(process.cwd(), outputFile)} (${text.length} bytes)\n`);
}
