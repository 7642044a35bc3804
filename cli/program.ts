/**
 * The program the `generate` command writes for a live pool: a TypeScript Pulumi program that
 * declares the pool with UserPool, set to adopt it, plus its Pulumi.yaml, package.json and
 * tsconfig.json. Pure: the caller fetches DescribeUserPool and GetUserPoolMfaConfig.
 */
import type { GetUserPoolMfaConfigResponse, UserPoolType } from "@aws-sdk/client-cognito-identity-provider";
import { argsFromLive } from "../provider/convert";

export interface ProgramOptions {
  /** The pool's id (DescribeUserPool's Id is used when absent). */
  userPoolId?: string;
  /** This package's name and version, pinned in package.json. */
  packageName: string;
  packageVersion: string;
  /** How package.json depends on this package (default: packageVersion): a version, range or `file:` spec. */
  packageSpec?: string;
  /** Versions pinned for @pulumi/pulumi, typescript and @types/node. */
  pulumiVersion: string;
  typescriptVersion: string;
  typesNodeVersion: string;
  /** The program file's name (package.json's main). */
  programFile?: string;
}

export interface ProgramFiles {
  program: string;
  pulumiYaml: string;
  packageJson: string;
  tsconfigJson: string;
  /** The project and resource name used. */
  name: string;
}

/** A Pulumi project and resource name from the pool name: lower case, runs of other characters as "-". */
export function nameFromPool(poolName: string | undefined): string {
  const slug = (poolName ?? "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 90);
  return slug || "user-pool";
}

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

function key(name: string): string {
  return IDENTIFIER.test(name) ? name : JSON.stringify(name);
}

function isScalar(value: unknown): boolean {
  return value === null || ["string", "number", "boolean"].includes(typeof value);
}

/** A TypeScript literal for a JSON-like value: keys sorted, strings JSON-quoted, two-space indents. */
export function tsLiteral(value: unknown, indent = ""): string {
  if (typeof value === "string") return JSON.stringify(value);
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (value === null || value === undefined) return "undefined";
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) return "[]";
    const oneLine = `[${value.map((item) => tsLiteral(item)).join(", ")}]`;
    if (value.every(isScalar) && oneLine.length + indent.length <= 100) return oneLine;
    return `[\n${value.map((item) => `${inner}${tsLiteral(item, inner)},`).join("\n")}\n${indent}]`;
  }
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, member]) => member !== undefined && member !== null)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  if (entries.length === 0) return "{}";
  return `{\n${entries.map(([name, member]) => `${inner}${key(name)}: ${tsLiteral(member, inner)},`).join("\n")}\n${indent}}`;
}

/** The UserPool args for the live pool, adoptUserPoolId first, poolName next, the rest by name. */
export function programArgs(
  pool: UserPoolType,
  mfa: GetUserPoolMfaConfigResponse | undefined,
  userPoolId: string,
): Record<string, unknown> {
  const { poolName, ...rest } = argsFromLive(pool, mfa);
  const sorted = Object.fromEntries(Object.entries(rest).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  return { adoptUserPoolId: userPoolId, poolName: poolName ?? pool.Name ?? userPoolId, ...sorted };
}

function argsLiteral(args: Record<string, unknown>): string {
  const lines = Object.entries(args).map(([name, value]) => `  ${key(name)}: ${tsLiteral(value, "  ")},`);
  return `{\n${lines.join("\n")}\n}`;
}

export function programFiles(
  pool: UserPoolType,
  mfa: GetUserPoolMfaConfigResponse | undefined,
  options: ProgramOptions,
): ProgramFiles {
  const userPoolId = options.userPoolId ?? pool.Id;
  if (!userPoolId) throw new Error("DescribeUserPool returned no pool id");
  const name = nameFromPool(pool.Name);
  const args = programArgs(pool, mfa, userPoolId);
  const program = [
    `// Cognito user pool ${JSON.stringify(pool.Name ?? userPoolId)} (${userPoolId}), declared from its live settings by`,
    `// \`${options.packageName} generate\` (DescribeUserPool and GetUserPoolMfaConfig); settings entirely at`,
    "// Cognito's defaults are left out, the others are written whole (an object's omitted members would not say",
    "// what they mean). `pulumi up` adopts the pool (adoptUserPoolId): it keeps its id and its users,",
    "// nothing is created or deleted. Deploy in the pool's region (cognito:region, aws:region or AWS_REGION).",
    `import { UserPool } from ${JSON.stringify(options.packageName)};`,
    "",
    `const pool = new UserPool(${JSON.stringify(name)}, ${argsLiteral(args)});`,
    "",
    "export const userPoolId = pool.id;",
    "export const userPoolArn = pool.arn;",
    "",
  ].join("\n");
  const pulumiYaml = [
    `name: ${name}`,
    `description: ${JSON.stringify(`Cognito user pool ${pool.Name ?? userPoolId} (${userPoolId}), adopted from its live settings`)}`,
    "runtime:",
    "  name: nodejs",
    "  options:",
    "    typescript: true",
    "",
  ].join("\n");
  const packageJson = `${JSON.stringify(
    {
      name,
      private: true,
      main: options.programFile ?? "index.ts",
      dependencies: {
        "@pulumi/pulumi": options.pulumiVersion,
        [options.packageName]: options.packageSpec ?? options.packageVersion,
      },
      devDependencies: {
        "@types/node": options.typesNodeVersion,
        typescript: options.typescriptVersion,
      },
    },
    null,
    2,
  )}\n`;
  const tsconfigJson = `${JSON.stringify(
    {
      compilerOptions: {
        target: "ES2022",
        module: "commonjs",
        moduleResolution: "node",
        strict: true,
        esModuleInterop: true,
        skipLibCheck: true,
      },
    },
    null,
    2,
  )}\n`;
  return { program, pulumiYaml, packageJson, tsconfigJson, name };
}
