/**
 * Writes plugin/schema.json: the Pulumi package schema of the resource plugin
 * (`cognito-userpool:index:UserPool`), from the same sources as sdk/types.ts: the field table
 * (provider/fields.ts), the name table derived from the SDK (provider/generated/shapes.ts), the
 * documented defaults (provider/defaults.ts), the validation limits (provider/validation) and the
 * computed outputs (provider/convert.ts). Secret members are the ones the AWS SDK's own model marks
 * sensitive. `pulumi package get-schema` on the plugin returns this file.
 *
 *   npx tsx scripts/generate-schema.ts          # regenerate
 *   npx tsx scripts/generate-schema.ts --check  # exit 1 when plugin/schema.json is stale
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { COMPUTED_OUTPUT_NAMES, argName } from "../provider/convert";
import { COGNITO_DEFAULTS } from "../provider/defaults";
import { CHANGE_NOTES, CREATE_ONLY_FIELDS, PROVIDER_ARGS, USER_POOL_FIELDS } from "../provider/fields";
import { camelCase, SHAPES, type MemberKind, type MemberSpec, type ShapeName } from "../provider/naming";
import { limitsFor } from "./limits";
import { PLUGIN_CONFIG } from "../plugin/config";
import { GET_USER_POOL_TOKEN, PACKAGE_NAME, USER_POOL_TOKEN } from "../plugin/token";
import { memberSensitive } from "./sdkSensitive";

const repo = path.resolve(__dirname, "..");
const outputFile = path.join(repo, "plugin", "schema.json");
const apiReference = "https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference";
const version = (JSON.parse(fs.readFileSync(path.join(repo, "package.json"), "utf8")) as { version: string }).version;

type Json = { [key: string]: unknown };

function pascal(name: string): string {
  const camel = camelCase(name);
  return camel.charAt(0).toUpperCase() + camel.slice(1);
}

/** `UserPoolPolicyType` → `cognito-userpool:index:UserPoolPolicy`; the same for enums. */
function typeToken(shape: string): string {
  return `${PACKAGE_NAME}:index:${pascal(shape.replace(/Type$/, ""))}`;
}

// --- Types ----------------------------------------------------------------------------------------
const types: Record<string, Json> = {};
const pendingStructs: string[] = [];
const structPaths = new Map<string, string>();

function typeSpec(kind: MemberKind, apiPath: string): Json {
  if (kind === "string" || kind === "date") return { type: "string" };
  // Every numeric member of these shapes is an Integer in the Cognito API reference.
  if (kind === "number") return { type: "integer" };
  if (kind === "boolean") return { type: "boolean" };
  if ("enum" in kind) {
    const token = typeToken(kind.enum);
    types[token] ??= {
      type: "string",
      description: `Values of ${kind.enum}.`,
      enum: kind.values.map((value) => ({ value })),
    };
    return { $ref: `#/types/${token}` };
  }
  if ("list" in kind) return { type: "array", items: typeSpec(kind.list, apiPath) };
  if ("map" in kind) return { type: "object", additionalProperties: typeSpec(kind.map, apiPath) };
  if (!structPaths.has(kind.struct)) {
    structPaths.set(kind.struct, apiPath);
    pendingStructs.push(kind.struct);
  }
  return { $ref: `#/types/${typeToken(kind.struct)}` };
}

function wrapText(paragraphs: string[]): string {
  return paragraphs.filter((p) => p.length > 0).join("\n\n");
}

function propertySpec(shape: string, member: MemberSpec, apiPath: string, extra: string[], see: string): Json {
  const limits = limitsFor(member, apiPath);
  const defaultNote = apiPath in COGNITO_DEFAULTS ? `Default: ${JSON.stringify(COGNITO_DEFAULTS[apiPath])}.` : "";
  const spec: Json = {
    ...typeSpec(member.kind, apiPath),
    description: wrapText([
      member.doc || `The ${member.api} setting.`,
      limits.length > 0 ? `Limits: ${limits.join("; ")}.` : "",
      ...extra,
      defaultNote,
      `See ${see}`,
    ]),
  };
  if (member.deprecated) spec.deprecationMessage = member.deprecated;
  if (memberSensitive(shape, member.api)) spec.secret = true;
  return spec;
}

function structType(shape: string): Json {
  const spec = SHAPES[shape as ShapeName];
  const basePath = structPaths.get(shape) ?? shape;
  const properties: Record<string, Json> = {};
  const required: string[] = [];
  for (const member of Object.values(spec.members) as MemberSpec[]) {
    const see = `${apiReference}/API_${shape}.html#CognitoUserPools-Type-${shape}-${member.api}`;
    properties[member.camel] = propertySpec(shape, member, `${basePath}.${member.api}`, [], see);
    if (!member.optional) required.push(member.camel);
  }
  return {
    type: "object",
    description: wrapText([spec.doc || shape, `See ${apiReference}/API_${shape}.html`]),
    properties,
    ...(required.length > 0 ? { required } : {}),
  };
}

// --- The resource ---------------------------------------------------------------------------------
function userPoolResource(): Json {
  const inputProperties: Record<string, Json> = {};
  const requiredInputs: string[] = [];
  for (const field of USER_POOL_FIELDS) {
    const member = SHAPES[field.container].members[
      field.api as keyof (typeof SHAPES)[typeof field.container]["members"]
    ] as MemberSpec;
    const page = field.container === "CreateUserPoolRequest" ? "API_CreateUserPool" : "API_SetUserPoolMfaConfig";
    const see = `${apiReference}/${page}.html#CognitoUserPools-${page.slice(4)}-request-${field.api}`;
    inputProperties[argName(field)] = {
      ...propertySpec(field.container, member, field.api, [CHANGE_NOTES[field.change]], see),
      // A change needs a new pool: the engine and generated SDKs show it as a replacement.
      ...(CREATE_ONLY_FIELDS.includes(field) ? { replaceOnChanges: true } : {}),
    };
    if (!member.optional) requiredInputs.push(argName(field));
  }
  for (const arg of PROVIDER_ARGS) {
    inputProperties[arg.name] = { type: arg.type, description: wrapText([...arg.doc]) };
  }
  const properties: Record<string, Json> = { ...inputProperties, ...computedProperties("resource") };
  return {
    description: wrapText([
      "An Amazon Cognito user pool. Every CreateUserPool parameter is an input (camelCased), plus the MFA " +
        "factor settings of SetUserPoolMfaConfig; left out, a setting takes Cognito's default. Changes apply in " +
        "place where Cognito allows it; a change to a field fixed at creation needs a new pool, which has none of " +
        "the old pool's users, and is refused while deletionProtection is ACTIVE.",
      "Import an existing pool, keeping its id and users: `pulumi import " +
        `${USER_POOL_TOKEN} <name> <region>_<id>\`.`,
      `See ${apiReference}/API_CreateUserPool.html`,
    ]),
    inputProperties,
    requiredInputs,
    properties,
    required: ["poolName", "schemaAttributes"],
  };
}

/**
 * What Cognito computes, as properties. The resource keeps in state only the schema attributes the
 * standard table does not already say (provider/convert.ts, computedOutputs); getUserPool reads all.
 */
function computedProperties(reader: "resource" | "getUserPool"): Record<string, Json> {
  const properties: Record<string, Json> = {};
  const userPoolMembers = Object.values(SHAPES.UserPoolType.members) as MemberSpec[];
  for (const name of COMPUTED_OUTPUT_NAMES) {
    const member = userPoolMembers.find((m) => m.camel === name);
    if (!member) throw new Error(`computed output ${name} is no member of UserPoolType`);
    const see = `${apiReference}/API_UserPoolType.html#CognitoUserPools-Type-UserPoolType-${member.api}`;
    const notes = ["Computed by Cognito."];
    if (name === "schemaAttributes") {
      notes.push(
        reader === "resource"
          ? "Kept in state: only the attributes Cognito's standard table does not already say, i.e. custom " +
              "attributes (`custom:x`, `dev:custom:x`) and standard attributes defined differently from the " +
              `standard definition. The full list, standard attributes included: the ${GET_USER_POOL_TOKEN} function.`
          : "Every attribute of the pool, standard ones included.",
      );
    }
    properties[name] = propertySpec("UserPoolType", member, `UserPoolType.${member.api}`, notes, see);
  }
  return properties;
}

/** `getUserPool`: the full live description of any pool (provider/userPoolProvider.ts, describeUserPool). */
function getUserPoolFunction(resource: Json): Json {
  const settings = { ...(resource.inputProperties as Record<string, Json>) };
  delete settings.schema;
  for (const arg of PROVIDER_ARGS) delete settings[arg.name];
  const userPoolId = { type: "string", description: "The pool's id, `<region>_<id>` (e.g. `us-east-1_AbC123xyZ`)." };
  return {
    description: wrapText([
      "Reads an existing Amazon Cognito user pool, managed by this stack, another one or none: every setting as " +
        "DescribeUserPool and GetUserPoolMfaConfig report it (Cognito's defaults included) and what Cognito " +
        "computes, schemaAttributes in full. Fails when there is no such pool in the provider's region.",
      `See ${apiReference}/API_DescribeUserPool.html`,
    ]),
    inputs: { properties: { userPoolId }, required: ["userPoolId"] },
    outputs: {
      properties: { userPoolId, ...settings, ...computedProperties("getUserPool") },
      required: ["userPoolId", "arn", "schemaAttributes"],
    },
  };
}

function configVariables(): Record<string, Json> {
  return Object.fromEntries(PLUGIN_CONFIG.map((c) => [c.name, { type: c.type, description: c.description }]));
}

function generate(): string {
  const resource = userPoolResource();
  while (pendingStructs.length > 0) {
    const shape = pendingStructs.shift() as string;
    types[typeToken(shape)] = structType(shape);
  }
  const sortedTypes = Object.fromEntries(
    Object.keys(types)
      .sort()
      .map((token) => [token, types[token]]),
  );
  const schema = {
    name: PACKAGE_NAME,
    displayName: "Cognito UserPool",
    version,
    description:
      "Amazon Cognito user pools: every CreateUserPool option, no spurious diffs, no replacement of a pool " +
      "full of users behind your back, and errors that name the property to fix.",
    keywords: ["pulumi", "aws", "cognito", "category/cloud"],
    license: "Apache-2.0",
    meta: { moduleFormat: "(.*)" },
    config: { variables: configVariables() },
    provider: {
      description: "The cognito-userpool provider: how to reach Cognito. Credentials come from the AWS chain.",
      inputProperties: configVariables(),
      properties: configVariables(),
    },
    types: sortedTypes,
    resources: { [USER_POOL_TOKEN]: resource },
    functions: { [GET_USER_POOL_TOKEN]: getUserPoolFunction(resource) },
    language: {
      nodejs: { packageName: "@pulumi-cognito-userpool/sdk", respectSchemaVersion: true },
      python: { packageName: "pulumi_cognito_userpool", respectSchemaVersion: true },
      go: {
        importBasePath: "github.com/pulumi-cognito-userpool/sdk/go/cognitouserpool",
        generateResourceContainerTypes: true,
        respectSchemaVersion: true,
      },
      csharp: { rootNamespace: "PulumiCognitoUserPool", respectSchemaVersion: true },
    },
  };
  return `${JSON.stringify(schema, null, 2)}\n`;
}

const text = generate();
if (process.argv.includes("--check")) {
  const current = fs.existsSync(outputFile) ? fs.readFileSync(outputFile, "utf8") : "";
  if (current !== text) {
    process.stderr.write(
      "plugin/schema.json is stale. Run `npx tsx scripts/generate-schema.ts` and commit the result.\n",
    );
    process.exit(1);
  }
  process.stdout.write("plugin/schema.json is up to date\n");
} else {
  fs.writeFileSync(outputFile, text);
  process.stdout.write(`wrote ${path.relative(process.cwd(), outputFile)} (${text.length} bytes)\n`);
}
