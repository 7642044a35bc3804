/**
 * `pulumi-cognito-userpool generate --user-pool-id ID [--region R] [--endpoint URL] [--profile P]
 * [--out FILE] [--force]`: reads a live pool (DescribeUserPool, GetUserPoolMfaConfig) and writes a
 * Pulumi program that declares it with UserPool, set to adopt it.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { parseArgs } from "node:util";
import {
  CognitoIdentityProviderClient,
  DescribeUserPoolCommand,
  GetUserPoolMfaConfigCommand,
  type GetUserPoolMfaConfigResponse,
  type UserPoolType,
} from "@aws-sdk/client-cognito-identity-provider";
import { USER_POOL_ID_PATTERN } from "../provider/check";
import { errorName, explainAwsError } from "../provider/errors";
import { regionOfUserPoolId } from "../provider/poolId";
import { cognitoClient, type ClientSettings } from "./cognitoClient";
import { dependencySpec } from "./packageSpec";
import { programFiles } from "./program";

export const GENERATE_USAGE = `Usage: pulumi-cognito-userpool generate --user-pool-id ID [options]

Writes a TypeScript Pulumi program that declares the existing Cognito user pool ID with UserPool,
set to adopt it (adoptUserPoolId): \`pulumi up\` then takes the pool over, keeping its id and users.
Settings entirely at Cognito's defaults are left out; the others are written whole.

Options:
  --user-pool-id ID   the pool to read, e.g. us-east-1_AbC123xyZ (required)
  --region R          its region (default: the AWS configuration chain, else the id's prefix)
  --endpoint URL      a Cognito endpoint other than AWS's (an emulator)
  --profile P         the AWS profile for credentials and region
  --out FILE          write the program to FILE and Pulumi.yaml beside it (plus package.json and
                      tsconfig.json where absent); without it the program goes to stdout
  --force             overwrite FILE and Pulumi.yaml when they exist
  --package-spec SPEC how the written package.json depends on this package: a version or range,
                      or the path of its tarball (npm pack) or folder (default: this version)
`;

export interface GenerateIo {
  stdout(text: string): void;
  stderr(text: string): void;
  /** The Cognito client; the AWS SDK's by default. */
  client?(settings: ClientSettings): CognitoIdentityProviderClient;
}

/** A user-facing failure: printed as is, exit code 1 (2 for usage). */
export class GenerateError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
    this.name = "GenerateError";
  }
}

/** `us-east-1`, `eu-central-2`, `us-gov-west-1`, `cn-north-1`: what a pool id's prefix looks like on AWS. */

function defaultClient(settings: ClientSettings): CognitoIdentityProviderClient {
  return cognitoClient(settings, 5);
}

/** This package's name and version, and the versions it pins, from its package.json. */
export function packageInfo(): {
  name: string;
  version: string;
  pulumi: string;
  typescript: string;
  typesNode: string;
} {
  let dir = __dirname;
  for (;;) {
    const file = path.join(dir, "package.json");
    if (fs.existsSync(file)) {
      const pkg = JSON.parse(fs.readFileSync(file, "utf8")) as {
        name?: string;
        version?: string;
        peerDependencies?: Record<string, string>;
        devDependencies?: Record<string, string>;
      };
      if (pkg.name === "pulumi-cognito-userpool") {
        return {
          name: pkg.name,
          version: pkg.version ?? "0.0.0",
          pulumi: pkg.devDependencies?.["@pulumi/pulumi"] ?? pkg.peerDependencies?.["@pulumi/pulumi"] ?? "^3",
          typescript: pkg.devDependencies?.typescript ?? "^5",
          typesNode: pkg.devDependencies?.["@types/node"] ?? "^20",
        };
      }
    }
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error("pulumi-cognito-userpool: cannot find its own package.json");
    dir = parent;
  }
}

/** The region the AWS configuration chain gives (AWS_REGION, profile), or undefined. */
async function chainRegion(
  make: (settings: ClientSettings) => CognitoIdentityProviderClient,
  profile?: string,
): Promise<string | undefined> {
  const client = make({ profile });
  try {
    const region = await client.config.region();
    return region || undefined;
  } catch {
    return undefined;
  } finally {
    client.destroy();
  }
}

function explain(
  error: unknown,
  operation: string,
  userPoolId: string,
  region: string,
  endpoint?: string,
): GenerateError {
  const name = errorName(error);
  const where = `region ${region}${endpoint ? ` at ${endpoint}` : ""}`;
  if (name === "ResourceNotFoundException") {
    return new GenerateError(
      `No user pool ${userPoolId} in ${where}. Check the id (\`aws cognito-idp list-user-pools --max-results 60 ` +
        `--region ${region}\` lists the pools) and the region (--region).`,
    );
  }
  if (name === "CredentialsProviderError" || /credential/i.test(name)) {
    return new GenerateError(
      `No AWS credentials found to call ${operation} (${(error as Error).message}). Set AWS_PROFILE or pass ` +
        `--profile, set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or run \`aws sso login\`.`,
    );
  }
  if (["UnrecognizedClientException", "InvalidSignatureException", "ExpiredTokenException"].includes(name)) {
    return new GenerateError(
      `AWS rejected the credentials for ${operation} in ${where} (${name}: ${(error as Error).message}). Refresh them ` +
        `(\`aws sso login\`, new access keys) or pick another profile with --profile.`,
    );
  }
  return new GenerateError(explainAwsError(error, operation, userPoolId).message);
}

interface ParsedOptions {
  userPoolId: string;
  region?: string;
  endpoint?: string;
  profile?: string;
  out?: string;
  force: boolean;
  packageSpec?: string;
}

function parse(argv: string[]): ParsedOptions | "help" {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        "user-pool-id": { type: "string" },
        region: { type: "string" },
        endpoint: { type: "string" },
        profile: { type: "string" },
        out: { type: "string" },
        force: { type: "boolean", default: false },
        "package-spec": { type: "string" },
        help: { type: "boolean", short: "h", default: false },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    throw new GenerateError(`${(error as Error).message}\n\n${GENERATE_USAGE}`, 2);
  }
  if (values.help) return "help";
  const userPoolId = values["user-pool-id"];
  if (!userPoolId) throw new GenerateError(`--user-pool-id is required.\n\n${GENERATE_USAGE}`, 2);
  if (userPoolId.length > 55 || !USER_POOL_ID_PATTERN.test(userPoolId)) {
    throw new GenerateError(
      `--user-pool-id ${JSON.stringify(userPoolId)} is not a user pool id: it looks like <region>_<id>, e.g. us-east-1_AbC123xyZ.`,
      2,
    );
  }
  return {
    userPoolId,
    region: values.region,
    endpoint: values.endpoint,
    profile: values.profile,
    out: values.out,
    force: values.force ?? false,
    packageSpec: values["package-spec"],
  };
}

/** Which region to call: --region, else the AWS chain, else the id's prefix; a mismatch with the prefix is an error. */
async function resolveRegion(
  options: ParsedOptions,
  make: (settings: ClientSettings) => CognitoIdentityProviderClient,
): Promise<string> {
  const prefixRegion = regionOfUserPoolId(options.userPoolId);
  const fromChain = options.region ? undefined : await chainRegion(make, options.profile);
  const region = options.region ?? fromChain;
  const source = options.region ? "--region" : "the AWS configuration (AWS_REGION, AWS_PROFILE or ~/.aws/config)";
  if (region && prefixRegion && region !== prefixRegion) {
    throw new GenerateError(
      `User pool ${options.userPoolId} is in region ${prefixRegion} (its id says so), but the region from ${source} is ` +
        `${region}. Pass --region ${prefixRegion}.`,
    );
  }
  const resolved = region ?? prefixRegion;
  if (!resolved) throw new GenerateError(`No region: pass --region (the id ${options.userPoolId} does not name one).`);
  return resolved;
}

export async function runGenerate(argv: string[], io: GenerateIo): Promise<number> {
  try {
    const options = parse(argv);
    if (options === "help") {
      io.stdout(GENERATE_USAGE);
      return 0;
    }
    const programDir = path.dirname(path.resolve(options.out ?? "index.ts"));
    const dependency = dependencySpec(options.packageSpec, packageInfo().version, programDir);
    if ("error" in dependency) throw new GenerateError(dependency.error, 2);
    const make = io.client ?? defaultClient;
    const region = await resolveRegion(options, make);
    const client = make({ region, endpoint: options.endpoint, profile: options.profile });
    let pool: UserPoolType | undefined;
    let mfa: GetUserPoolMfaConfigResponse;
    try {
      try {
        pool = (await client.send(new DescribeUserPoolCommand({ UserPoolId: options.userPoolId }))).UserPool;
      } catch (error) {
        throw explain(error, "DescribeUserPool", options.userPoolId, region, options.endpoint);
      }
      if (!pool) throw new GenerateError(`DescribeUserPool returned no pool for ${options.userPoolId}.`);
      try {
        mfa = await client.send(new GetUserPoolMfaConfigCommand({ UserPoolId: options.userPoolId }));
      } catch (error) {
        throw explain(error, "GetUserPoolMfaConfig", options.userPoolId, region, options.endpoint);
      }
    } finally {
      client.destroy();
    }
    const pkg = packageInfo();
    const files = programFiles(pool, mfa, {
      userPoolId: options.userPoolId,
      packageName: pkg.name,
      packageVersion: pkg.version,
      packageSpec: dependency.spec,
      pulumiVersion: pkg.pulumi,
      typescriptVersion: pkg.typescript,
      typesNodeVersion: pkg.typesNode,
      programFile: options.out ? path.basename(options.out) : undefined,
    });
    if (!options.out) {
      io.stdout(files.program);
      io.stderr(
        `Wrote the program for ${options.userPoolId} to stdout; pass --out index.ts to write it with a Pulumi.yaml.\n`,
      );
      return 0;
    }
    writeFiles(options, region, files, io);
    return 0;
  } catch (error) {
    if (error instanceof GenerateError) {
      io.stderr(`error: ${error.message}\n`);
      return error.exitCode;
    }
    throw error;
  }
}

function writeFiles(
  options: ParsedOptions,
  region: string,
  files: ReturnType<typeof programFiles>,
  io: GenerateIo,
): void {
  const out = path.resolve(options.out as string);
  const dir = path.dirname(out);
  const targets: Array<{ file: string; text: string; replace: boolean }> = [
    { file: out, text: files.program, replace: true },
    { file: path.join(dir, "Pulumi.yaml"), text: files.pulumiYaml, replace: true },
    { file: path.join(dir, "package.json"), text: files.packageJson, replace: false },
    { file: path.join(dir, "tsconfig.json"), text: files.tsconfigJson, replace: false },
  ];
  const clobbered = targets.filter((t) => t.replace && fs.existsSync(t.file)).map((t) => t.file);
  if (clobbered.length > 0 && !options.force) {
    throw new GenerateError(
      `${clobbered.join(" and ")} already exist${clobbered.length > 1 ? "" : "s"}; pass --force to overwrite.`,
    );
  }
  fs.mkdirSync(dir, { recursive: true });
  const written: string[] = [];
  for (const target of targets) {
    if (!target.replace && fs.existsSync(target.file)) continue;
    fs.writeFileSync(target.file, target.text);
    written.push(path.relative(process.cwd(), target.file) || target.file);
  }
  io.stderr(
    `Wrote ${written.join(", ")} for user pool ${options.userPoolId} (project ${files.name}).\n` +
      `Next: npm install, \`pulumi stack init\`, \`pulumi config set cognito:region ${region}\`, then \`pulumi up\` ` +
      `adopts the pool (no new pool, no users lost).\n`,
  );
}
