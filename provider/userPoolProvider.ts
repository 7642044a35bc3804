/**
 * The UserPool provider's implementation. The serialised shim in the SDK loads this module by
 * package name at call time and forwards to `userPoolProvider`; nothing here is serialised.
 */
import {
  AddCustomAttributesCommand,
  CreateUserPoolCommand,
  DeleteUserPoolCommand,
  DescribeUserPoolCommand,
  GetUserPoolMfaConfigCommand,
  SetUserPoolMfaConfigCommand,
  UntagResourceCommand,
  UpdateUserPoolCommand,
  type CognitoIdentityProviderClient,
  type CreateUserPoolRequest,
  type GetUserPoolMfaConfigResponse,
  type SchemaAttributeType,
  type UserPoolType,
} from "@aws-sdk/client-cognito-identity-provider";
import type * as pulumi from "@pulumi/pulumi";
import { checkArgs } from "./check";
import type { DesiredUserPool } from "./desiredPool";
import { createCognitoClient } from "./client";
import { connectionSettingsFrom, type ConfigSource, type ConnectionSettings } from "./config";
import {
  argsFromLive,
  computedOutputs,
  createRequest,
  liveComputedValues,
  liveFieldValues,
  declaredFields,
  declaredFromLive,
  desiredFromArgs,
  mfaConfigRequest,
  needsMfaRead,
  providerArgs,
  updateRequest,
  type UserPoolArgsRecord,
} from "./convert";
import { describeAdoption, planAdoption } from "./adopt";
import { diffArgs } from "./diff";
import { regionOfUserPoolId } from "./poolId";
import { explainAwsError, isNotFound, UserPoolError } from "./errors";
import { fromApi, toApi } from "./naming";
import type { PlainObject } from "./values";
import { compareSchemas, standardAttributeMismatch } from "./schemaAttributes";
import { OWNER_INPUT_KEY, withOwnerTag } from "./ownership";
import { exitWhenEngineGone } from "./engineWatch";
import { describeRemovals, planUpdate, removalNotes, touchesMfaFactors } from "./threeWay";

export type ClientFactory = (settings: ConnectionSettings) => CognitoIdentityProviderClient;

/**
 * Where the provider's notes for the person running `pulumi up` go. A dynamic provider has no
 * engine log stream of its own: what it writes to stderr is shown by the CLI (under the stack's
 * diagnostics, measured with pulumi 3.274.1), so the default is console.error.
 */
export type Reporter = (line: string) => void;
const consoleReporter: Reporter = (line) => console.error(line);

function label(args: UserPoolArgsRecord, id?: string): string {
  const name = typeof args.poolName === "string" ? `'${args.poolName}'` : "";
  return [name, id ? `(${id})` : ""].filter(Boolean).join(" ") || "(unnamed)";
}

/**
 * The CreateUserPool request for a pool's checked inputs, with the owner tag: which stack and
 * resource made the pool, from the first moment it exists (provider/ownership.ts).
 */
export function createUserPoolRequest(
  inputs: UserPoolArgsRecord,
  desired: DesiredUserPool = desiredFromArgs(declaredFields(inputs)),
): CreateUserPoolRequest {
  const request = createRequest(desired);
  const tags = withOwnerTag(request.UserPoolTags, inputs[OWNER_INPUT_KEY]);
  if (tags) request.UserPoolTags = tags;
  return request;
}

export class UserPoolProvider implements pulumi.dynamic.ResourceProvider {
  private settings: ConnectionSettings = connectionSettingsFrom(undefined);
  private client?: CognitoIdentityProviderClient;

  constructor(
    private readonly clientFactory: ClientFactory = createCognitoClient,
    private readonly report: Reporter = consoleReporter,
  ) {}

  async configure(req: { config: ConfigSource }): Promise<void> {
    exitWhenEngineGone();
    this.settings = connectionSettingsFrom(req.config);
    this.client?.destroy();
    this.client = undefined;
  }

  private cognito(): CognitoIdentityProviderClient {
    this.client ??= this.clientFactory(this.settings);
    return this.client;
  }

  private async call<T>(operation: string, poolLabel: string, send: () => Promise<T>): Promise<T> {
    try {
      return await send();
    } catch (error) {
      throw explainAwsError(error, operation, poolLabel);
    }
  }

  async check(olds: UserPoolArgsRecord, news: UserPoolArgsRecord): Promise<pulumi.dynamic.CheckResult> {
    return checkArgs(olds, news);
  }

  async diff(id: string, olds: UserPoolArgsRecord, news: UserPoolArgsRecord): Promise<pulumi.dynamic.DiffResult> {
    const result = diffArgs(olds, news, id);
    if (result.changes && (result.replaces ?? []).length === 0) {
      // What removing a setting does is not visible in the property diff: say it at preview.
      for (const line of describeRemovals(label(declaredFields(news), id), removalNotes(olds, news))) {
        this.report(line);
      }
    }
    return result;
  }

  async create(inputs: UserPoolArgsRecord): Promise<pulumi.dynamic.CreateResult> {
    if (typeof inputs.adoptUserPoolId === "string") return this.adopt(inputs.adoptUserPoolId, inputs);
    const args = declaredFields(inputs);
    const desired = desiredFromArgs(args);
    const poolLabel = label(args);
    const request = createUserPoolRequest(inputs, desired);
    const created = await this.call("CreateUserPool", poolLabel, () =>
      this.cognito().send(new CreateUserPoolCommand(request)),
    );
    const id = created.UserPool?.Id;
    if (!id) throw new UserPoolError(`Cognito user pool ${poolLabel}: CreateUserPool returned no pool id.`);
    try {
      const mfaRequest = mfaConfigRequest(id, desired);
      if (mfaRequest) {
        await this.call("SetUserPoolMfaConfig", label(args, id), () =>
          this.cognito().send(new SetUserPoolMfaConfigCommand(mfaRequest)),
        );
      }
    } catch (error) {
      await this.rollBackCreate(id, desired.DeletionProtection, args);
      throw error;
    }
    return { id, outs: outputs(args, created.UserPool ?? {}) };
  }

  /**
   * Takes over the existing pool `id` instead of creating one: refuses when it does not exist or a
   * field fixed at creation differs, reports the other differences, adds missing custom attributes
   * and converges the pool in place. Never CreateUserPool, never DeleteUserPool.
   */
  private async adopt(id: string, inputs: UserPoolArgsRecord): Promise<pulumi.dynamic.CreateResult> {
    const args = declaredFields(inputs);
    const poolLabel = label(args, id);
    const client = this.cognito();
    const pool = await this.describe(id, poolLabel);
    if (!pool) {
      const region = await this.regionName();
      const prefix = regionOfUserPoolId(id);
      const hint =
        region && prefix && prefix !== region
          ? ` The id's prefix names region ${prefix}, but the provider uses ${region}: set cognito:region (or aws:region) to ${prefix}.`
          : " Check the id, and the provider's region (cognito:region, aws:region or AWS_REGION).";
      throw new UserPoolError(
        `Cannot adopt Cognito user pool ${id}: there is no such pool in region ${region ?? "(unknown)"}. Nothing was ` +
          `created or changed.${hint}`,
        "adoptUserPoolId",
      );
    }
    const mfa = await this.readMfa(id, poolLabel);
    const plan = planAdoption(args, pool, mfa);
    if (plan.conflicts.length > 0) {
      throw new UserPoolError(
        `Cannot adopt Cognito user pool ${poolLabel}: ${plan.conflicts.join(" ")} Changing ${plan.conflicts.length > 1 ? "these" : "this"} ` +
          `would need a new pool, which would have none of this pool's users, so adopt the pool with its live values. ` +
          `Nothing was changed. (\`npx pulumi-cognito-userpool generate --user-pool-id ${id}\` writes a program with them.)`,
        plan.conflicts[0].split(" ")[0],
      );
    }
    for (const line of describeAdoption(poolLabel, plan)) this.report(line);

    await this.addCustomAttributes(id, poolLabel, plan.attributesToAdd);
    // Three-way from nothing declared before: declared settings over the live pool, so a setting the
    // program leaves out (deletion protection, a trigger, a tag) keeps its live value.
    const requests = planUpdate(id, {}, inputs, pool, mfa);
    const mfaRequest = plan.needsMfaConfig ? requests.mfa : undefined;
    if (mfaRequest) {
      await this.call("SetUserPoolMfaConfig", poolLabel, () =>
        client.send(new SetUserPoolMfaConfigCommand(mfaRequest)),
      );
    }
    if (plan.needsUpdate) {
      await this.call("UpdateUserPool", poolLabel, () => client.send(new UpdateUserPoolCommand(requests.update)));
    }
    const adopted =
      plan.attributesToAdd.length > 0 || mfaRequest || plan.needsUpdate ? await this.describe(id, poolLabel) : pool;
    if (!adopted) throw new UserPoolError(`Cognito user pool ${poolLabel} disappeared while it was being adopted.`);
    return { id, outs: { ...outputs(args, adopted), ...providerArgs(inputs) } };
  }

  /** AddCustomAttributes for new custom attributes (declared, camelCase), at most 25 per call. */
  private async addCustomAttributes(id: string, poolLabel: string, attributes: readonly unknown[]): Promise<void> {
    if (attributes.length === 0) return;
    const customAttributes = toApi("CreateUserPoolRequest", { schema: attributes }).Schema as SchemaAttributeType[];
    for (let start = 0; start < customAttributes.length; start += 25) {
      const batch = customAttributes.slice(start, start + 25);
      await this.call("AddCustomAttributes", poolLabel, () =>
        this.cognito().send(new AddCustomAttributesCommand({ UserPoolId: id, CustomAttributes: batch })),
      );
    }
  }

  /** The region the client resolves (stack config or the AWS chain), when it resolves one. */
  private async regionName(): Promise<string | undefined> {
    try {
      return await this.cognito().config.region();
    } catch {
      return undefined;
    }
  }

  /** A pool whose setup failed half way is deleted, so nothing leaks; protection is lifted first. */
  private async rollBackCreate(id: string, protection: string | undefined, args: UserPoolArgsRecord): Promise<void> {
    try {
      if (protection === "ACTIVE") {
        await this.cognito().send(
          new UpdateUserPoolCommand({ ...updateRequest(id, desiredFromArgs(args)), DeletionProtection: "INACTIVE" }),
        );
      }
      await this.cognito().send(new DeleteUserPoolCommand({ UserPoolId: id }));
    } catch (cleanupError) {
      throw new UserPoolError(
        `Cognito user pool ${label(args, id)}: setting it up failed, and deleting the half-made pool failed too ` +
          `(${(cleanupError as Error).name}: ${(cleanupError as Error).message}). Delete pool ${id} by hand.`,
      );
    }
  }

  /**
   * A three-way update (provider/threeWay.ts): the live pool is described first, so settings the
   * program never declared keep their live values, declared ones get the declared values, and ones
   * the previous program declared and this one removed go back to Cognito's defaults.
   */
  async update(id: string, olds: UserPoolArgsRecord, news: UserPoolArgsRecord): Promise<pulumi.dynamic.UpdateResult> {
    const args = declaredFields(news);
    const poolLabel = label(args, id);
    const client = this.cognito();
    const live = await this.describe(id, poolLabel);
    if (!live) {
      throw new UserPoolError(
        `Cognito user pool ${poolLabel} no longer exists, so it cannot be updated. Run \`pulumi refresh\` to drop it ` +
          `from the stack, then \`pulumi up\` creates a new pool.`,
      );
    }

    const schemaChange = compareSchemas(olds.schema, args.schema);
    // A standard attribute the program starts declaring is one the pool has: never added (it would
    // become custom:<name>), and refused, before anything changes, where the pool's definition differs.
    const mismatches = schemaChange.addedStandard
      .map(({ attribute }) => standardAttributeMismatch(attribute, liveAttribute(live, attribute)))
      .filter((reason): reason is string => reason !== undefined);
    if (mismatches.length > 0) {
      throw new UserPoolError(
        `Cognito user pool ${poolLabel} was not changed: ${mismatches.join(" ")} A different definition needs a new ` +
          `pool, which would have none of this pool's users.`,
        "schema",
      );
    }
    await this.addCustomAttributes(id, poolLabel, schemaChange.added);

    const mfa = touchesMfaFactors(olds, news) ? await this.readMfa(id, poolLabel) : undefined;
    const plan = planUpdate(id, olds, news, live, mfa);
    // Factors first, so an UpdateUserPool that keeps MFA ON never meets a pool without a factor.
    const mfaRequest = plan.mfa;
    if (mfaRequest) {
      await this.call("SetUserPoolMfaConfig", poolLabel, () =>
        client.send(new SetUserPoolMfaConfigCommand(mfaRequest)),
      );
    }
    await this.call("UpdateUserPool", poolLabel, () => client.send(new UpdateUserPoolCommand(plan.update)));
    const pool = await this.describe(id, poolLabel);
    if (!pool) throw new UserPoolError(`Cognito user pool ${poolLabel} disappeared during the update.`);
    const leftOver = plan.removedTagKeys.filter((key) => pool.UserPoolTags?.[key] !== undefined);
    if (leftOver.length > 0 && pool.Arn) {
      const arn = pool.Arn;
      await this.call("UntagResource", poolLabel, () =>
        client.send(new UntagResourceCommand({ ResourceArn: arn, TagKeys: leftOver })),
      );
    }
    return { outs: { ...outputs(args, pool), ...providerArgs(news) } };
  }

  async read(id: string, props: UserPoolArgsRecord): Promise<pulumi.dynamic.ReadResult> {
    const declared = declaredFields(props);
    const poolLabel = label(declared, id);
    const pool = await this.describe(id, poolLabel);
    if (!pool) return { id: undefined, props: {} };
    const mfa = needsMfaRead(declared) ? await this.readMfa(id, poolLabel) : undefined;
    const live = declaredFromLive(declared, pool, mfa);
    const own = providerArgs(props);
    return { id, props: { ...live, ...computedOutputs(pool), ...own }, inputs: { ...live, ...own } };
  }

  /**
   * Reads a pool nothing is declared for yet (`pulumi import` through the plugin): its live settings
   * as a program declares them (Cognito's defaults left out, as `generate` writes them) become the
   * inputs, so the program written from them shows no changes. No id when the pool does not exist.
   */
  async readUndeclared(id: string): Promise<pulumi.dynamic.ReadResult> {
    const pool = await this.describe(id, id);
    if (!pool) return { id: undefined, props: {} };
    const args = argsFromLive(pool, await this.readMfa(id, id));
    return { id, props: { ...args, ...computedOutputs(pool) }, inputs: args };
  }

  /**
   * The full live description of a pool, managed by any stack or none (`getUserPool` through both
   * doors, like `aws.cognito.getUserPool`): every setting as DescribeUserPool and
   * GetUserPoolMfaConfig report it, camelCase as the args name it, Cognito's defaults included,
   * and every computed member, `schemaAttributes` in full, standard attributes included. The raw
   * schema is `schemaAttributes`, so no `schema` beside it; the provider's owner tag is left out
   * of `userPoolTags`, as everywhere.
   */
  async describeUserPool(id: string): Promise<UserPoolArgsRecord> {
    const pool = await this.describe(id, id);
    if (!pool) {
      const region = await this.regionName();
      throw new UserPoolError(
        `getUserPool: there is no Cognito user pool ${id} in region ${region ?? "(unknown)"}. Check userPoolId, and ` +
          `the provider's region (cognito:region, aws:region or AWS_REGION).`,
        "userPoolId",
      );
    }
    const settings = liveFieldValues(pool, await this.readMfa(id, id));
    delete settings.schema;
    return { userPoolId: id, ...settings, ...liveComputedValues(pool) };
  }

  /** Closes the SDK client's connections (a program's getUserPool must not keep its process alive). */
  dispose(): void {
    this.client?.destroy();
    this.client = undefined;
  }

  async delete(id: string, props: UserPoolArgsRecord): Promise<void> {
    const declared = declaredFields(props);
    const poolLabel = label(declared, id);
    const refuse = (where: string): UserPoolError =>
      new UserPoolError(
        `Cognito user pool ${poolLabel} has deletion protection ACTIVE (${where}), so it was not deleted and stays in ` +
          `the stack. To delete it, set deletionProtection: "INACTIVE" and run \`pulumi up\`, then destroy again. ` +
          `To drop it from the stack but keep the pool and its users, run \`pulumi state delete <urn>\`.`,
        "deletionProtection",
      );
    if (declared.deletionProtection === "ACTIVE") throw refuse("in the stack's state");
    const live = await this.describe(id, poolLabel);
    if (!live) return;
    if (live.DeletionProtection === "ACTIVE") throw refuse("on the live pool");
    try {
      await this.cognito().send(new DeleteUserPoolCommand({ UserPoolId: id }));
    } catch (error) {
      if (isNotFound(error)) return;
      throw explainAwsError(error, "DeleteUserPool", poolLabel);
    }
  }

  /** DescribeUserPool, or undefined when the pool does not exist. */
  private async describe(id: string, poolLabel: string): Promise<UserPoolType | undefined> {
    try {
      const response = await this.cognito().send(new DescribeUserPoolCommand({ UserPoolId: id }));
      return response.UserPool;
    } catch (error) {
      if (isNotFound(error)) return undefined;
      throw explainAwsError(error, "DescribeUserPool", poolLabel);
    }
  }

  private readMfa(id: string, poolLabel: string): Promise<GetUserPoolMfaConfigResponse> {
    return this.call("GetUserPoolMfaConfig", poolLabel, () =>
      this.cognito().send(new GetUserPoolMfaConfigCommand({ UserPoolId: id })),
    );
  }
}

/** A standard attribute's definition as DescribeUserPool reports it (camelCase), if it does. */
function liveAttribute(pool: UserPoolType, attribute: PlainObject): PlainObject | undefined {
  const reported = pool.SchemaAttributes?.find((a) => a.Name === attribute.name);
  return reported ? (fromApi("SchemaAttributeType", reported as Record<string, unknown>) as PlainObject) : undefined;
}

/**
 * After create and update the declared fields are what Cognito accepted, so they are stored as
 * declared: a second `pulumi up` then shows no change. Refresh is where live values come in.
 */
function outputs(args: UserPoolArgsRecord, pool: UserPoolType): Record<string, unknown> {
  return { ...args, ...computedOutputs(pool) };
}

export const userPoolProvider = new UserPoolProvider();
