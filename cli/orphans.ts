/**
 * `pulumi-cognito-userpool orphans [--adopt | --delete [--force]]`: the user pools this stack
 * created that its state does not hold. CreateUserPool writes the resource's URN into the pool's
 * owner tag (provider/ownership.ts); a pool whose tag names this stack and whose id no resource of
 * the state has was left by an interrupted `pulumi up` (the CLI killed after CreateUserPool, before
 * the engine recorded the pool). `--adopt` records such a pool in the state as the resource whose
 * interrupted create is still pending there; `--delete` deletes them.
 */
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { parseArgs } from "node:util";
import {
  CognitoIdentityProviderClient,
  DeleteUserPoolCommand,
  DescribeUserPoolCommand,
  GetUserPoolMfaConfigCommand,
  ListUserPoolsCommand,
  UpdateUserPoolCommand,
  type UserPoolType,
} from "@aws-sdk/client-cognito-identity-provider";
import { computedOutputs, declaredFromLive, declaredFields, needsMfaRead } from "../provider/convert";
import { explainAwsError } from "../provider/errors";
import {
  OWNER_INPUT_KEY,
  OWNER_TAG_KEY,
  USER_POOL_TYPE,
  ownedByStack,
  ownerTagValue,
  stackPrefix,
  stackUrnPrefix,
} from "../provider/ownership";
import { planUpdate } from "../provider/threeWay";
import { PACKAGE_NAME, USER_POOL_TOKEN } from "../plugin/token";
import { cognitoClient, type ClientSettings } from "./cognitoClient";

/** The resource types whose creates tag pools: the dynamic resource and the resource plugin's. */
const OWNING_TYPES: ReadonlySet<string> = new Set([USER_POOL_TYPE, USER_POOL_TOKEN]);

export const ORPHANS_USAGE = `Usage: pulumi-cognito-userpool orphans [options]

Lists the Cognito user pools this stack created that its state does not hold: pools whose owner
tag (${OWNER_TAG_KEY}, written by CreateUserPool) names this stack, and whose id no resource of
the stack's state has. An interrupted \`pulumi up\` (the CLI killed after CreateUserPool returned,
before the engine recorded the pool) leaves such pools.

Options:
  --cwd DIR        the Pulumi project folder (default: the current folder)
  --stack NAME     the stack (default: the selected stack)
  --adopt          record each orphan whose interrupted create is still pending in the state as that
                   resource (run it after \`pulumi cancel\`, before the next \`pulumi up\`, which would
                   otherwise create the pool again); pools it cannot adopt are listed
  --delete         delete the orphans (a pool with deletion protection ACTIVE only with --force)
  --force          with --delete: turn deletion protection off first
  --region R       the pools' region (default: stack config cognito:region, cognito-userpool:region
                   or aws:region, then AWS_REGION)
  --endpoint URL   a Cognito endpoint other than AWS's (default: stack config cognito:endpoint or
                   cognito-userpool:endpoint)
  --profile P      the AWS profile (default: stack config cognito:profile or cognito-userpool:profile)
`;

export interface OrphansIo {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Runs `pulumi ARGS` in the project folder and returns its stdout; throws on failure. */
  pulumi?(args: string[], cwd: string): string;
  /** The Cognito client. */
  client?(settings: ClientSettings): CognitoIdentityProviderClient;
}

export class OrphansError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
    this.name = "OrphansError";
  }
}

interface StateResource {
  urn: string;
  type: string;
  id?: string;
  custom?: boolean;
  inputs?: Record<string, unknown>;
  outputs?: Record<string, unknown>;
  [key: string]: unknown;
}

interface PendingOperation {
  type: string;
  resource: StateResource;
}

export interface StackState {
  version: number;
  deployment: {
    resources?: StateResource[];
    pending_operations?: PendingOperation[];
    [key: string]: unknown;
  };
  [key: string]: unknown;
}

export interface Orphan {
  id: string;
  name?: string;
  created?: Date;
  /** The owner tag's value (the URN, or the stack prefix and the URN's hash). */
  owner: string;
  /** The URN of the resource whose create made it, when the state still knows it. */
  urn?: string;
  /** Whether the state has that resource's create still pending (and no resource of that URN). */
  adoptable: boolean;
  deletionProtection?: string;
}

function runPulumi(args: string[], cwd: string): string {
  return execFileSync("pulumi", [...args, "--non-interactive"], {
    cwd,
    encoding: "utf8",
    maxBuffer: 256 * 1024 * 1024,
    stdio: ["ignore", "pipe", "pipe"],
  });
}

function defaultClient(settings: ClientSettings): CognitoIdentityProviderClient {
  return cognitoClient(settings, 8);
}

/** The URN prefix (`urn:pulumi:<stack>::<project>::`) of the stack the state belongs to. */
export function statePrefix(state: StackState, fallback: () => string): string {
  const urns = [
    ...(state.deployment.resources ?? []).map((r) => r.urn),
    ...(state.deployment.pending_operations ?? []).map((op) => op.resource.urn),
  ];
  for (const urn of urns) {
    const prefix = stackPrefix(urn);
    if (prefix) return prefix;
  }
  return fallback();
}

/**
 * Pure: which of the stack's tagged pools the state does not hold. `pools` are the described pools
 * whose owner tag names this stack.
 */
export function findOrphans(state: StackState, pools: readonly UserPoolType[]): Orphan[] {
  const resources = state.deployment.resources ?? [];
  const known = new Set(resources.filter((r) => OWNING_TYPES.has(r.type) && r.id).map((r) => r.id));
  const inState = new Set(resources.map((r) => r.urn));
  const pending = new Map<string, PendingOperation>();
  for (const op of state.deployment.pending_operations ?? []) {
    if (op.type === "creating" && OWNING_TYPES.has(op.resource.type)) pending.set(ownerTagValue(op.resource.urn), op);
  }
  const orphans: Orphan[] = [];
  const adoptedUrns = new Set<string>();
  // Newest first, so when one resource's create was interrupted twice the newest pool is adopted.
  const sorted = [...pools].sort((a, b) => (b.CreationDate?.getTime() ?? 0) - (a.CreationDate?.getTime() ?? 0));
  for (const pool of sorted) {
    if (!pool.Id || known.has(pool.Id)) continue;
    const owner = pool.UserPoolTags?.[OWNER_TAG_KEY] ?? "";
    const op = pending.get(owner);
    const urn = op?.resource.urn ?? (owner.startsWith("urn:pulumi:") && !owner.includes("sha256:") ? owner : undefined);
    const adoptable = op !== undefined && !inState.has(op.resource.urn) && !adoptedUrns.has(op.resource.urn);
    if (adoptable && op) adoptedUrns.add(op.resource.urn);
    orphans.push({
      id: pool.Id,
      name: pool.Name,
      created: pool.CreationDate,
      owner,
      urn,
      adoptable,
      deletionProtection: pool.DeletionProtection,
    });
  }
  return orphans.sort((a, b) => a.id.localeCompare(b.id));
}

/**
 * The state with `orphan` recorded as the resource whose create is pending: the pending
 * operation's resource with the pool's id, and outputs as `read` would report them (declared
 * fields as the live pool has them, so the next `pulumi up` converges whatever the interrupted
 * create did not finish).
 */
export function adoptIntoState(
  state: StackState,
  orphan: Orphan,
  pool: UserPoolType,
  mfa: Parameters<typeof declaredFromLive>[2],
): StackState {
  const operations = state.deployment.pending_operations ?? [];
  const index = operations.findIndex(
    (op) => op.type === "creating" && op.resource.urn === orphan.urn && OWNING_TYPES.has(op.resource.type),
  );
  if (index < 0) throw new OrphansError(`No pending create for ${orphan.urn} in the state.`);
  const resource = operations[index].resource;
  const inputs = resource.inputs ?? {};
  const plain = Object.fromEntries(
    Object.entries(declaredFields(inputs)).filter(([, value]) => !isSecretEnvelope(value)),
  );
  const outputs: Record<string, unknown> = {
    ...inputs,
    ...declaredFromLive(plain, pool, mfa),
    ...computedOutputs(pool),
  };
  delete outputs[OWNER_INPUT_KEY];
  const deployment = {
    ...state.deployment,
    resources: [...(state.deployment.resources ?? []), { ...resource, id: orphan.id, outputs }],
    pending_operations: operations.filter((_, i) => i !== index),
  };
  return { ...state, deployment };
}

/** Pulumi's encoding of a secret in a checkpoint. */
function isSecretEnvelope(value: unknown): boolean {
  return typeof value === "object" && value !== null && "4dabf18193072939515e22adb298388d" in value;
}

interface Options {
  cwd: string;
  stack?: string;
  adopt: boolean;
  delete: boolean;
  force: boolean;
  region?: string;
  endpoint?: string;
  profile?: string;
}

function parse(argv: string[]): Options | "help" {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        cwd: { type: "string" },
        stack: { type: "string" },
        adopt: { type: "boolean", default: false },
        delete: { type: "boolean", default: false },
        force: { type: "boolean", default: false },
        region: { type: "string" },
        endpoint: { type: "string" },
        profile: { type: "string" },
        help: { type: "boolean", short: "h", default: false },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    throw new OrphansError(`${(error as Error).message}\n\n${ORPHANS_USAGE}`, 2);
  }
  if (values.help) return "help";
  if (values.adopt && values.delete)
    throw new OrphansError(`Pass --adopt or --delete, not both.\n\n${ORPHANS_USAGE}`, 2);
  if (values.force && !values.delete) throw new OrphansError(`--force only goes with --delete.\n\n${ORPHANS_USAGE}`, 2);
  return {
    cwd: path.resolve(values.cwd ?? "."),
    stack: values.stack,
    adopt: values.adopt ?? false,
    delete: values.delete ?? false,
    force: values.force ?? false,
    region: values.region,
    endpoint: values.endpoint,
    profile: values.profile,
  };
}

/**
 * The stack's connection config, which the provider uses too: `cognito:*` (the dynamic resource),
 * `cognito-userpool:*` (the resource plugin), and `aws:region`.
 */
function stackSettings(pulumi: (args: string[]) => string, stackArgs: string[]): Record<string, string | undefined> {
  try {
    const config = JSON.parse(pulumi(["config", "--json", ...stackArgs])) as Record<string, { value?: string }>;
    const setting = (name: string): string | undefined =>
      config[`cognito:${name}`]?.value ?? config[`${PACKAGE_NAME}:${name}`]?.value;
    return {
      region: setting("region") ?? config["aws:region"]?.value,
      endpoint: setting("endpoint"),
      profile: setting("profile"),
    };
  } catch {
    return {};
  }
}

function describeOrphan(orphan: Orphan): string {
  const when = orphan.created ? ` created ${orphan.created.toISOString()}` : "";
  const protectedNote = orphan.deletionProtection === "ACTIVE" ? ", deletion protection ACTIVE" : "";
  const status = orphan.adoptable
    ? "its create is still pending in the state: --adopt records it"
    : orphan.urn
      ? "not in the state (the resource has another pool, or is gone): --delete removes it"
      : "not in the state: --delete removes it";
  return `  ${orphan.id}  ${JSON.stringify(orphan.name ?? "")}${when}${protectedNote}\n    for ${orphan.urn ?? orphan.owner}\n    ${status}\n`;
}

export async function runOrphans(argv: string[], io: OrphansIo): Promise<number> {
  try {
    const options = parse(argv);
    if (options === "help") {
      io.stdout(ORPHANS_USAGE);
      return 0;
    }
    const run = (args: string[]): string => {
      try {
        return (io.pulumi ?? runPulumi)(args, options.cwd);
      } catch (error) {
        const stderr = (error as { stderr?: string }).stderr;
        throw new OrphansError(
          `\`pulumi ${args.join(" ")}\` failed in ${options.cwd}: ${stderr || (error as Error).message}`,
        );
      }
    };
    const stackArgs = options.stack ? ["--stack", options.stack] : [];
    const state = JSON.parse(run(["stack", "export", ...stackArgs])) as StackState;
    const prefix = statePrefix(state, () => {
      const project = /^name:\s*(\S+)/m.exec(fs.readFileSync(path.join(options.cwd, "Pulumi.yaml"), "utf8"))?.[1];
      const stack = options.stack ?? run(["stack", "--show-name"]).trim();
      return stackUrnPrefix(stack.split("/").pop() ?? stack, String(project));
    });
    const config = stackSettings(run, stackArgs);
    const client = (io.client ?? defaultClient)({
      region: options.region ?? config.region,
      endpoint: options.endpoint ?? config.endpoint,
      profile: options.profile ?? config.profile,
    });
    try {
      const owned = await ownedPools(client, prefix);
      const orphans = findOrphans(state, owned);
      if (orphans.length === 0) {
        io.stdout(`No user pools of stack ${prefix.slice("urn:pulumi:".length, -2)} are missing from its state.\n`);
        return 0;
      }
      io.stdout(
        `${orphans.length} user pool${orphans.length > 1 ? "s" : ""} created by stack ` +
          `${prefix.slice("urn:pulumi:".length, -2)} ${orphans.length > 1 ? "are" : "is"} not in its state:\n`,
      );
      for (const orphan of orphans) io.stdout(describeOrphan(orphan));
      if (options.adopt) return await adopt(orphans, owned, state, client, run, stackArgs, io);
      if (options.delete) return await remove(orphans, owned, client, options.force, io);
      io.stdout("Run with --adopt to record the pending ones in the state, or --delete to delete them.\n");
      return 0;
    } finally {
      client.destroy();
    }
  } catch (error) {
    if (error instanceof OrphansError) {
      io.stderr(`error: ${error.message}\n`);
      return error.exitCode;
    }
    throw error;
  }
}

/**
 * Every pool whose owner tag names the stack. ListUserPools does not return tags, so each pool is
 * described: one ListUserPools per 60 pools, one DescribeUserPool per pool in the region.
 */
async function ownedPools(client: CognitoIdentityProviderClient, prefix: string): Promise<UserPoolType[]> {
  const owned: UserPoolType[] = [];
  let token: string | undefined;
  do {
    const page = await client
      .send(new ListUserPoolsCommand({ MaxResults: 60, NextToken: token }))
      .catch((error: unknown) => {
        throw new OrphansError(explainAwsError(error, "ListUserPools", "(all)").message);
      });
    for (const summary of page.UserPools ?? []) {
      if (!summary.Id) continue;
      const pool = await client
        .send(new DescribeUserPoolCommand({ UserPoolId: summary.Id }))
        .then((r) => r.UserPool)
        .catch(() => undefined);
      if (pool && ownedByStack(pool.UserPoolTags?.[OWNER_TAG_KEY], prefix)) owned.push(pool);
    }
    token = page.NextToken;
  } while (token);
  return owned;
}

async function adopt(
  orphans: Orphan[],
  pools: UserPoolType[],
  state: StackState,
  client: CognitoIdentityProviderClient,
  run: (args: string[]) => string,
  stackArgs: string[],
  io: OrphansIo,
): Promise<number> {
  let next = state;
  const adopted: Orphan[] = [];
  for (const orphan of orphans.filter((o) => o.adoptable)) {
    const pool = pools.find((p) => p.Id === orphan.id) as UserPoolType;
    const inputs = next.deployment.pending_operations?.find((op) => op.resource.urn === orphan.urn)?.resource.inputs;
    const mfa =
      inputs && needsMfaRead(declaredFields(inputs))
        ? await client.send(new GetUserPoolMfaConfigCommand({ UserPoolId: orphan.id }))
        : undefined;
    next = adoptIntoState(next, orphan, pool, mfa);
    adopted.push(orphan);
  }
  if (adopted.length > 0) {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "orphans-")), "state.json");
    try {
      fs.writeFileSync(file, JSON.stringify(next));
      run(["stack", "import", "--file", file, ...stackArgs]);
    } finally {
      fs.rmSync(path.dirname(file), { recursive: true, force: true });
    }
    for (const orphan of adopted) io.stdout(`Adopted ${orphan.id} as ${orphan.urn}.\n`);
    io.stdout("Run `pulumi up`: it uses these pools instead of creating new ones.\n");
  }
  const left = orphans.filter((o) => !o.adoptable);
  if (left.length > 0) {
    io.stdout(
      `${left.length} pool${left.length > 1 ? "s" : ""} could not be adopted (no pending create of ${left.length > 1 ? "their resources" : "its resource"} in the state): ` +
        `${left.map((o) => o.id).join(", ")}. Delete ${left.length > 1 ? "them" : "it"} with --delete.\n`,
    );
  }
  return 0;
}

async function remove(
  orphans: Orphan[],
  pools: UserPoolType[],
  client: CognitoIdentityProviderClient,
  force: boolean,
  io: OrphansIo,
): Promise<number> {
  let failed = 0;
  for (const orphan of orphans) {
    const pool = pools.find((p) => p.Id === orphan.id) as UserPoolType;
    try {
      if (pool.DeletionProtection === "ACTIVE") {
        if (!force) {
          io.stdout(`Kept ${orphan.id}: its deletion protection is ACTIVE (pass --force to turn it off and delete).\n`);
          failed++;
          continue;
        }
        // A three-way update that changes nothing but the protection (UpdateUserPool resets the rest).
        const { update } = planUpdate(orphan.id, {}, { deletionProtection: "INACTIVE" }, pool);
        await client.send(new UpdateUserPoolCommand(update));
      }
      await client.send(new DeleteUserPoolCommand({ UserPoolId: orphan.id }));
      io.stdout(`Deleted ${orphan.id}.\n`);
    } catch (error) {
      io.stderr(`error: ${explainAwsError(error, "DeleteUserPool", orphan.id).message}\n`);
      failed++;
    }
  }
  return failed > 0 ? 1 : 0;
}
