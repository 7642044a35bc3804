/**
 * The resource plugin's door to the provider core: `cognito-userpool:index:UserPool` served through
 * `@pulumi/pulumi/provider`. Every method forwards to the same UserPoolProvider the dynamic
 * resource's shim loads; this file only translates the engine's wire values (secrets, output
 * values, unknowns; see ./values) and adds what only the plugin has: the schema, a read for
 * `pulumi import`, where nothing is declared yet, and the `getUserPool` function (invoke).
 */
import type * as pulumi from "@pulumi/pulumi";
import type * as provider from "@pulumi/pulumi/provider";
import type { ConfigSource } from "../provider/config";
import { declaredFields } from "../provider/convert";
import { OWNER_INPUT_KEY } from "../provider/ownership";
import { UserPoolProvider, userPoolProvider } from "../provider/userPoolProvider";
import { GET_USER_POOL_TOKEN, USER_POOL_TOKEN } from "./token";
import { unwrap, wrapSecrets, type WireRecord } from "./values";
import schema from "./schema.json";

function typeOf(urn: string): string {
  return urn.split("::")[2]?.split("$").pop() ?? "";
}

export class UserPoolPlugin implements provider.Provider {
  readonly version: string;
  readonly schema = JSON.stringify(schema);

  constructor(
    private readonly core: UserPoolProvider = userPoolProvider,
    version: string = schema.version,
  ) {
    this.version = version;
  }

  /** Stack config `cognito-userpool:*`, handed over by ./server's Configure. */
  configure(config: ConfigSource): Promise<void> {
    return this.core.configure({ config });
  }

  private ensureType(urn: string): void {
    const type = typeOf(urn);
    if (type !== USER_POOL_TOKEN)
      throw new Error(`unknown resource type ${type}: this plugin serves ${USER_POOL_TOKEN}`);
  }

  async check(urn: string, olds: WireRecord, news: WireRecord): Promise<provider.CheckResult> {
    this.ensureType(urn);
    const next = unwrap(news);
    const result = await this.core.check(unwrap(olds).plain, next.plain);
    return {
      inputs: wrapSecrets((result.inputs ?? next.plain) as WireRecord, next.secretKeys),
      failures: result.failures ?? [],
    };
  }

  async diff(id: string, urn: string, olds: WireRecord, news: WireRecord): Promise<provider.DiffResult> {
    this.ensureType(urn);
    return this.core.diff(id, unwrap(olds).plain, unwrap(news).plain);
  }

  async create(urn: string, inputs: WireRecord): Promise<provider.CreateResult> {
    this.ensureType(urn);
    const given = unwrap(inputs);
    // The URN goes into the pool's owner tag at CreateUserPool, as the SDK's hidden input does for the
    // dynamic resource (provider/ownership.ts), so `orphans` finds a pool an interrupted create left.
    const result = await this.core.create({ ...given.plain, [OWNER_INPUT_KEY]: urn });
    return { id: result.id, outs: wrapSecrets(result.outs as WireRecord, given.secretKeys) };
  }

  async read(id: string, urn: string, props?: WireRecord): Promise<provider.ReadResult> {
    this.ensureType(urn);
    const state = unwrap(props);
    const result: pulumi.dynamic.ReadResult =
      Object.keys(declaredFields(state.plain)).length === 0
        ? await this.core.readUndeclared(id)
        : await this.core.read(id, state.plain);
    return {
      id: result.id,
      props: wrapSecrets((result.props ?? {}) as WireRecord, state.secretKeys),
      inputs: result.inputs === undefined ? undefined : wrapSecrets(result.inputs as WireRecord, state.secretKeys),
    };
  }

  async update(id: string, urn: string, olds: WireRecord, news: WireRecord): Promise<provider.UpdateResult> {
    this.ensureType(urn);
    const before = unwrap(olds);
    const after = unwrap(news);
    const result = await this.core.update(id, before.plain, after.plain);
    return { outs: wrapSecrets(result.outs as WireRecord, after.secretKeys) };
  }

  /** `cognito-userpool:index:getUserPool`: the full live description of any pool. */
  async invoke(token: string, inputs: WireRecord): Promise<provider.InvokeResult> {
    if (token !== GET_USER_POOL_TOKEN) {
      throw new Error(`unknown function ${token}: this plugin serves ${GET_USER_POOL_TOKEN}`);
    }
    const userPoolId = unwrap(inputs).plain.userPoolId;
    if (typeof userPoolId !== "string" || userPoolId === "") {
      return {
        failures: [
          {
            property: "userPoolId",
            reason: `userPoolId must be a pool id such as "us-east-1_AbC123xyZ"; got ${JSON.stringify(userPoolId)}.`,
          },
        ],
      };
    }
    return { outputs: await this.core.describeUserPool(userPoolId) };
  }

  async delete(id: string, urn: string, props: WireRecord): Promise<void> {
    this.ensureType(urn);
    await this.core.delete(id, unwrap(props).plain);
  }
}
