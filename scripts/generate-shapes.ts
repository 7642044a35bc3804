/**
 * Generates `provider/generated/shapes.ts`, the name table of every Cognito shape the
 * UserPool resource touches, from the declaration files of the pinned
 * `@aws-sdk/client-cognito-identity-provider` package.
 *
 *   npx tsx scripts/generate-shapes.ts           write the table
 *   npx tsx scripts/generate-shapes.ts --check   exit 1 when the committed table differs
 *
 * The walk uses the TypeScript compiler API: it starts at the root interfaces below,
 * resolves every member's type through the type checker and follows structs, lists and
 * maps until no new shape turns up. Enums are the SDK's `const` object + type alias pairs
 * (models/enums.d.ts). Anything the walk does not understand is an error, never a guess.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import * as ts from "typescript";
import { camelCase } from "../provider/naming";
import { CONSTRAINTS, type Constraint } from "./shapeConstraints";

/** The shapes the provider sends or receives; everything reachable from them is recorded. */
export const ROOT_SHAPES = [
  "CreateUserPoolRequest",
  "UpdateUserPoolRequest",
  "UserPoolType",
  "SetUserPoolMfaConfigRequest",
  "GetUserPoolMfaConfigResponse",
] as const;

const REPO_ROOT = path.resolve(__dirname, "..");
const SDK_PACKAGE = "@aws-sdk/client-cognito-identity-provider";
const SDK_DIR = path.join(REPO_ROOT, "node_modules", ...SDK_PACKAGE.split("/"));
const TYPES_DIR = path.join(SDK_DIR, "dist-types");
export const OUTPUT_FILE = path.join(REPO_ROOT, "provider", "generated", "shapes.ts");
const COMMAND = "npx tsx scripts/generate-shapes.ts";

type Kind =
  | "string"
  | "number"
  | "boolean"
  | "date"
  | { enum: string; values: string[] }
  | { list: Kind }
  | { map: Kind }
  | { struct: string };

interface Member extends Constraint {
  api: string;
  camel: string;
  optional: boolean;
  kind: Kind;
  doc: string;
  deprecated?: string;
}

interface Shape {
  doc: string;
  members: Member[];
}

class GeneratorError extends Error {}

/** All `.d.ts` files of the SDK, except the `ts3.4` down-levelled duplicates. */
function declarationFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== "ts3.4") out.push(...declarationFiles(full));
    } else if (entry.name.endsWith(".d.ts")) {
      out.push(full);
    }
  }
  return out.sort();
}

// ---------------------------------------------------------------------------------------
// Doc comments: JSDoc with HTML bodies -> plain text (paragraphs, "- " bullets, `code`).

const BLOCK_TAGS = new Set(["p", "ul", "ol", "dl", "dd", "note", "important", "br", "div", "pre"]);
const INLINE_TAGS = new Set(["code", "i", "b", "em", "strong", "span", "sup", "sub", "u"]);

function decodeEntities(text: string): string {
  return text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&nbsp;/g, " ")
    .replace(/&amp;/g, "&");
}

/** Converts the HTML of an AWS doc string to plain text. Unknown `<...>` text is kept. */
export function htmlToText(html: string): string {
  const source = html.replace(/\s+/g, " ");
  const chunks: string[] = [];
  let current = "";
  let listDepth = 0;
  let indent = false;
  let pendingPrefix = "";
  const flush = (): void => {
    const text = decodeEntities(current).replace(/ +/g, " ").trim();
    current = "";
    if (text === "") return;
    const inList = listDepth > 0 || indent;
    const line = pendingPrefix !== "" ? pendingPrefix + text : (indent ? "  " : "") + text;
    chunks.push((inList ? "\u0001" : "") + line);
    pendingPrefix = "";
  };
  const tagPattern = /<(\/?)([a-zA-Z][a-zA-Z0-9]*)((?:\s+[a-zA-Z-]+\s*=\s*"[^"]*")*)\s*(\/?)>/g;
  let last = 0;
  let href: string | undefined;
  for (let m = tagPattern.exec(source); m !== null; m = tagPattern.exec(source)) {
    const [whole, closing, rawName, attrs] = m;
    const name = rawName.toLowerCase();
    if (!BLOCK_TAGS.has(name) && !INLINE_TAGS.has(name) && name !== "a" && name !== "li" && name !== "dt") {
      continue; // e.g. "<client-id>": literal text, not markup
    }
    current += source.slice(last, m.index);
    last = m.index + whole.length;
    if (name === "code") {
      current += "`";
    } else if (name === "a") {
      if (closing === "") {
        href = /href\s*=\s*"([^"]*)"/.exec(attrs ?? "")?.[1];
      } else {
        if (href !== undefined && href !== "") current = current.replace(/\s+$/, "") + ` (${href})`;
        href = undefined;
      }
    } else if (name === "li" || name === "dt") {
      flush();
      if (closing === "") {
        pendingPrefix = (indent ? "  " : "") + "- ";
      }
    } else if (name === "ul" || name === "ol" || name === "dl") {
      flush();
      listDepth = Math.max(0, listDepth + (closing === "" ? 1 : -1));
    } else if (name === "dd") {
      flush();
      indent = closing === "";
    } else if (name === "note" || name === "important") {
      flush();
      if (closing === "") pendingPrefix = name === "note" ? "Note: " : "Important: ";
    } else if (BLOCK_TAGS.has(name)) {
      flush();
    }
    // other inline tags: dropped, their text kept
  }
  current += source.slice(last);
  flush();
  // Paragraphs are separated by a blank line; list items and their bodies by a newline.
  let out = "";
  let previousListy = false;
  for (const chunk of chunks) {
    const listy = chunk.startsWith("\u0001");
    const text = listy ? chunk.slice(1) : chunk;
    if (out !== "") out += listy && previousListy ? "\n" : "\n\n";
    out += text;
    previousListy = listy;
  }
  // `code` spans: drop spaces just inside the backticks ("` Foo `" -> "`Foo`").
  return out.replace(/`\s*([^`]*?)\s*`/g, "`$1`").trim();
}

interface DocInfo {
  doc: string;
  deprecated?: string;
}

/** The last JSDoc block before `node`, as plain text; `@public`/`@enum`/`@internal` dropped. */
function docOf(node: ts.Node, sourceText: string): DocInfo {
  const ranges = ts.getLeadingCommentRanges(sourceText, node.getFullStart()) ?? [];
  const jsdoc = ranges.filter((r) => sourceText.startsWith("/**", r.pos)).pop();
  if (jsdoc === undefined) return { doc: "" };
  const body = sourceText
    .slice(jsdoc.pos + 3, jsdoc.end - 2)
    .split("\n")
    .map((line) => line.replace(/^\s*\* ?/, ""))
    .join("\n");
  const parts = body.split(/^\s*(?=@[a-zA-Z]+)/m);
  const info: DocInfo = { doc: htmlToText(parts[0]) };
  for (const tag of parts.slice(1)) {
    const m = /^@([a-zA-Z]+)\s*([\s\S]*)$/.exec(tag.trim());
    if (m === null) continue;
    const [, name, text] = m;
    if (name === "public" || name === "enum" || name === "internal") continue;
    if (name === "deprecated") {
      info.deprecated = htmlToText(text) || "Deprecated.";
      continue;
    }
    throw new GeneratorError(`unexpected JSDoc tag @${name} in: ${node.getText().slice(0, 80)}`);
  }
  return info;
}

// ---------------------------------------------------------------------------------------
// The walk.

function generate(): { shapes: Map<string, Shape>; sdkVersion: string } {
  const sdkVersion = (JSON.parse(fs.readFileSync(path.join(SDK_DIR, "package.json"), "utf8")) as { version: string })
    .version;
  const files = declarationFiles(TYPES_DIR);
  const program = ts.createProgram(files, {
    noEmit: true,
    skipLibCheck: true,
    strict: true,
    target: ts.ScriptTarget.ES2022,
    moduleResolution: ts.ModuleResolutionKind.Node10,
    types: [],
  });
  const checker = program.getTypeChecker();

  // Interfaces by name, across the SDK's own declaration files only.
  const interfaces = new Map<string, ts.InterfaceDeclaration>();
  for (const sf of program.getSourceFiles()) {
    if (!files.includes(path.resolve(sf.fileName))) continue;
    for (const stmt of sf.statements) {
      if (ts.isInterfaceDeclaration(stmt)) {
        const name = stmt.name.text;
        if (interfaces.has(name)) throw new GeneratorError(`interface ${name} is declared twice`);
        interfaces.set(name, stmt);
      }
    }
  }

  const shapes = new Map<string, Shape>();
  const queue: string[] = [...ROOT_SHAPES];

  const resolveSymbol = (typeName: ts.EntityName): ts.Symbol | undefined => {
    let symbol = checker.getSymbolAtLocation(typeName);
    if (symbol !== undefined && symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
    return symbol;
  };

  const enumValues = (name: string, decl: ts.VariableDeclaration): string[] => {
    const type = decl.type;
    if (type === undefined || !ts.isTypeLiteralNode(type)) {
      throw new GeneratorError(`enum ${name}: expected a const object with a type literal`);
    }
    return type.members.map((m) => {
      if (!ts.isPropertySignature(m) || m.type === undefined || !ts.isLiteralTypeNode(m.type)) {
        throw new GeneratorError(`enum ${name}: unexpected member ${m.getText()}`);
      }
      const lit = m.type.literal;
      if (!ts.isStringLiteral(lit)) throw new GeneratorError(`enum ${name}: non-string value ${lit.getText()}`);
      return lit.text;
    });
  };

  const kindOf = (type: ts.TypeNode, where: string): Kind => {
    if (ts.isParenthesizedTypeNode(type)) return kindOf(type.type, where);
    if (ts.isUnionTypeNode(type)) {
      const rest = type.types.filter(
        (t) =>
          !(ts.isLiteralTypeNode(t) && t.literal.kind === ts.SyntaxKind.NullKeyword) &&
          t.kind !== ts.SyntaxKind.UndefinedKeyword,
      );
      if (rest.length !== 1) throw new GeneratorError(`${where}: unsupported union ${type.getText()}`);
      return kindOf(rest[0], where);
    }
    switch (type.kind) {
      case ts.SyntaxKind.StringKeyword:
        return "string";
      case ts.SyntaxKind.NumberKeyword:
        return "number";
      case ts.SyntaxKind.BooleanKeyword:
        return "boolean";
    }
    if (ts.isArrayTypeNode(type)) return { list: kindOf(type.elementType, `${where}[]`) };
    if (ts.isTypeReferenceNode(type)) {
      const name = type.typeName.getText();
      const args = type.typeArguments ?? [];
      if (name === "Date" && args.length === 0) return "date";
      if (name === "Array" && args.length === 1) return { list: kindOf(args[0], `${where}[]`) };
      if (name === "Record" && args.length === 2) {
        if (args[0].kind !== ts.SyntaxKind.StringKeyword) {
          throw new GeneratorError(`${where}: map with non-string keys ${type.getText()}`);
        }
        return { map: kindOf(args[1], `${where}{}`) };
      }
      const symbol = resolveSymbol(type.typeName);
      const decls = symbol?.declarations ?? [];
      const iface = decls.find(ts.isInterfaceDeclaration);
      if (iface !== undefined) {
        if (interfaces.get(name) !== iface) throw new GeneratorError(`${where}: ${name} is not an SDK shape`);
        if (!shapes.has(name) && !queue.includes(name)) queue.push(name);
        return { struct: name };
      }
      const alias = decls.find(ts.isTypeAliasDeclaration);
      const constDecl = decls.find(ts.isVariableDeclaration);
      if (alias !== undefined && constDecl !== undefined) {
        return { enum: name, values: enumValues(name, constDecl) };
      }
      if (alias !== undefined) return kindOf(alias.type, `${where} (${name})`);
    }
    throw new GeneratorError(`${where}: unsupported member type ${type.getText()}`);
  };

  while (queue.length > 0) {
    const name = queue.shift() as string;
    const decl = interfaces.get(name);
    if (decl === undefined) throw new GeneratorError(`shape ${name} not found in ${TYPES_DIR}`);
    if (decl.heritageClauses !== undefined && decl.heritageClauses.length > 0) {
      throw new GeneratorError(`shape ${name} extends another type; inheritance is not supported`);
    }
    if ((decl.typeParameters ?? []).length > 0) throw new GeneratorError(`shape ${name} is generic`);
    const sourceText = decl.getSourceFile().getFullText();
    const members: Member[] = [];
    const shape: Shape = { doc: docOf(decl, sourceText).doc, members };
    shapes.set(name, shape);
    for (const m of decl.members) {
      if (!ts.isPropertySignature(m) || m.type === undefined) {
        throw new GeneratorError(`${name}: unsupported member ${m.getText()}`);
      }
      if (!ts.isIdentifier(m.name)) throw new GeneratorError(`${name}: unsupported member name ${m.name.getText()}`);
      const api = m.name.text;
      const { doc, deprecated } = docOf(m, sourceText);
      const member: Member = {
        api,
        camel: camelCase(api),
        optional: m.questionToken !== undefined,
        kind: kindOf(m.type, `${name}.${api}`),
        doc,
      };
      if (deprecated !== undefined) member.deprecated = deprecated;
      const constraint = CONSTRAINTS[`${name}.${api}`];
      if (constraint !== undefined) Object.assign(member, constraint);
      if (member.kind === "number" && member.integer === undefined) {
        throw new GeneratorError(
          `${name}.${api}: a number with no entry in scripts/shapeConstraints.ts (integer or not?)`,
        );
      }
      members.push(member);
    }
    const seen = new Map<string, string>();
    for (const m of members) {
      const other = seen.get(m.camel);
      if (other !== undefined) throw new GeneratorError(`${name}: ${other} and ${m.api} both camelCase to ${m.camel}`);
      seen.set(m.camel, m.api);
    }
  }
  for (const key of Object.keys(CONSTRAINTS)) {
    const [shape, member] = key.split(".");
    if (!shapes.get(shape)?.members.some((m) => m.api === member)) {
      throw new GeneratorError(`scripts/shapeConstraints.ts: ${key} names no member of the SDK's shapes`);
    }
  }
  return { shapes, sdkVersion };
}

// ---------------------------------------------------------------------------------------
// Output.

function kindLiteral(kind: Kind): string {
  if (typeof kind === "string") return JSON.stringify(kind);
  if ("enum" in kind) return `{ enum: ${JSON.stringify(kind.enum)}, values: ${JSON.stringify(kind.values)} }`;
  if ("list" in kind) return `{ list: ${kindLiteral(kind.list)} }`;
  if ("map" in kind) return `{ map: ${kindLiteral(kind.map)} }`;
  return `{ struct: ${JSON.stringify(kind.struct)} }`;
}

function render(shapes: Map<string, Shape>, sdkVersion: string): string {
  const names = [...shapes.keys()].sort();
  const memberCount = names.reduce((n, s) => n + (shapes.get(s) as Shape).members.length, 0);
  const lines: string[] = [];
  lines.push(
    `// GENERATED FILE, DO NOT EDIT. Regenerate with: ${COMMAND}`,
    `// Check it is current with: ${COMMAND} --check`,
    `// Source: ${SDK_PACKAGE}@${sdkVersion} declaration files (dist-types).`,
    `// Roots: ${ROOT_SHAPES.join(", ")}.`,
    `// ${names.length} shapes, ${memberCount} members.`,
    "",
    "/** What a member holds. Enum values and list/map element kinds are spelled out. */",
    "export type MemberKind =",
    '    | "string"',
    '    | "number"',
    '    | "boolean"',
    '    | "date"',
    "    | { readonly enum: string; readonly values: readonly string[] }",
    "    | { readonly list: MemberKind }",
    "    | { readonly map: MemberKind }",
    "    | { readonly struct: string };",
    "",
    "/** One member of an API shape. */",
    "export interface MemberSpec {",
    "    /** The API (SDK) member name, e.g. `KMSKeyID`. */",
    "    readonly api: string;",
    "    /** The camelCase argument name, e.g. `kmsKeyId`. */",
    "    readonly camel: string;",
    "    /** Whether the SDK declares the member optional. */",
    "    readonly optional: boolean;",
    "    readonly kind: MemberKind;",
    "    /** The SDK's documentation of the member, as plain text. */",
    "    readonly doc: string;",
    "    /** Present when the SDK marks the member `@deprecated`. */",
    "    readonly deprecated?: string;",
    "    /** A whole number (from scripts/shapeConstraints.ts, like the limits below). */",
    "    readonly integer?: true;",
    "    /** Inclusive limits: characters of a string, value of a number, entries of a list or map. */",
    "    readonly min?: number;",
    "    readonly max?: number;",
    "    /** The API model's pattern, which the whole string must match (Unicode classes). */",
    "    readonly pattern?: string;",
    "    /** What the pattern allows, in words. */",
    "    readonly describe?: string;",
    "}",
    "",
    "/** One API shape (an SDK interface); members keyed by API name, in declaration order. */",
    "export interface ShapeSpec {",
    "    readonly doc: string;",
    "    readonly members: { readonly [api: string]: MemberSpec };",
    "}",
    "",
    `/** The version of ${SDK_PACKAGE} this table was generated from. */`,
    `export const SDK_VERSION = ${JSON.stringify(sdkVersion)};`,
    "",
    `/** The shapes this table starts from. */`,
    `export const ROOT_SHAPES = ${JSON.stringify(ROOT_SHAPES)} as const;`,
    "",
    "export const SHAPES = {",
  );
  for (const name of names) {
    const shape = shapes.get(name) as Shape;
    lines.push(`    ${name}: {`, `        doc: ${JSON.stringify(shape.doc)},`, "        members: {");
    for (const m of shape.members) {
      lines.push(
        `            ${m.api}: {`,
        `                api: ${JSON.stringify(m.api)},`,
        `                camel: ${JSON.stringify(m.camel)},`,
        `                optional: ${m.optional},`,
        `                kind: ${kindLiteral(m.kind)},`,
        `                doc: ${JSON.stringify(m.doc)},`,
      );
      if (m.deprecated !== undefined) lines.push(`                deprecated: ${JSON.stringify(m.deprecated)},`);
      if (m.integer !== undefined) lines.push(`                integer: true,`);
      for (const key of ["min", "max", "pattern", "describe"] as const) {
        if (m[key] !== undefined) lines.push(`                ${key}: ${JSON.stringify(m[key])},`);
      }
      lines.push("            },");
    }
    lines.push("        },", "    },");
  }
  lines.push(
    "} as const satisfies { readonly [shape: string]: ShapeSpec };",
    "",
    "/** The name of a shape in the table. */",
    "export type ShapeName = keyof typeof SHAPES;",
    "",
  );
  return lines.join("\n");
}

function main(argv: string[]): number {
  let check = false;
  let outputFile = OUTPUT_FILE;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === "--check") {
      check = true;
    } else if (argv[i] === "--output" && i + 1 < argv.length) {
      outputFile = path.resolve(argv[++i]); // for tests: check or write another file
    } else {
      console.error(`usage: ${COMMAND} [--check] [--output <file>]   (unexpected argument: ${argv[i]})`);
      return 2;
    }
  }
  let text: string;
  try {
    const { shapes, sdkVersion } = generate();
    text = render(shapes, sdkVersion);
  } catch (e) {
    if (e instanceof GeneratorError) {
      console.error(`generate-shapes: ${e.message}`);
      return 1;
    }
    throw e;
  }
  const rel = path.relative(REPO_ROOT, outputFile);
  const current = fs.existsSync(outputFile) ? fs.readFileSync(outputFile, "utf8") : undefined;
  if (check) {
    if (current === text) {
      console.log(`${rel} is up to date.`);
      return 0;
    }
    const why = current === undefined ? "is missing" : describeDifference(current, text);
    console.error(
      `${rel} is out of date with ${SDK_PACKAGE} in node_modules: ${why}.\n` +
        `Run \`${COMMAND}\` and commit the result.`,
    );
    return 1;
  }
  if (current === text) {
    console.log(`${rel} unchanged.`);
  } else {
    fs.mkdirSync(path.dirname(outputFile), { recursive: true });
    fs.writeFileSync(outputFile, text);
    console.log(`wrote ${rel} (${text.length} bytes).`);
  }
  return 0;
}

function describeDifference(current: string, wanted: string): string {
  const a = current.split("\n");
  const b = wanted.split("\n");
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if (a[i] !== b[i]) {
      const show = (s: string | undefined): string =>
        s === undefined ? "<end of file>" : JSON.stringify(s.trim().slice(0, 120));
      return `first difference at line ${i + 1}: committed ${show(a[i])}, expected ${show(b[i])}`;
    }
  }
  return "files differ";
}

if (require.main === module) {
  process.exitCode = main(process.argv.slice(2));
}
