import * as pulumi from "@pulumi/pulumi";
import { ARG_NAMES, COMPUTED_OUTPUT_NAMES, PROVIDER_KEY } from "../provider/convert";
import { OWNER_INPUT_KEY, topLevelUrn, USER_POOL_TYPE } from "../provider/ownership";
import { USER_POOL_PROVIDER_TEXT } from "./providerShim";
import type { SchemaAttributeArgs, UserPoolArgs } from "./types";

/** A schema attribute as Cognito reports it. */
export type SchemaAttributeOutput = pulumi.Unwrap<SchemaAttributeArgs>;

/** Every declared arg comes back as an output of the same name. */
export type UserPoolDeclaredOutputs = {
  readonly [K in keyof UserPoolArgs]-?: pulumi.Output<pulumi.Unwrap<UserPoolArgs[K]> | undefined>;
};

// Declaration merging gives the class one typed output per declared arg without restating the
// list: the dynamic resource sets each of them at run time.
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging, @typescript-eslint/no-empty-object-type
export interface UserPool extends UserPoolDeclaredOutputs {}

/**
 * Whether registering a pool may skip the stack trace that @pulumi/pulumi captures and formats for
 * each promise of the registration (runtime/debuggable.js, four per registered property,
 * runtime/rpc.js transferProperties): at 1,000 pools that is about 30% of the program's memory and
 * half of its preview time (issue 20; bench/README.md). Those traces are printed only under
 * PULUMI_DEBUG_PROMISE_LEAKS (debuggable.js reads it once, when loaded; here it is read at each
 * construction, so setting it in the program also keeps them). The source position the engine
 * reports for a resource is captured apart, with no limit (resource.js Resource.callsites), and is
 * kept either way. A transformation (ResourceOptions.transformations, the pool's own or inherited
 * from its parent or the stack) runs inside the same constructor (resource.js), so while one may
 * run, everything is left as is: an error it throws keeps its trace.
 */
function skipsPromiseStacks(opts: pulumi.CustomResourceOptions | undefined): boolean {
  if (process.env.PULUMI_DEBUG_PROMISE_LEAKS) return false;
  if ((opts?.transformations?.length ?? 0) > 0) return false;
  // The parent's transformations, the stack's included, are on an @internal field of Resource.
  const parent = (opts?.parent ?? pulumi.runtime.getStackResource()) as { __transformations?: unknown[] } | undefined;
  return (parent?.__transformations?.length ?? 0) === 0;
}

/**
 * An error thrown while registering with the stack limit at 0 (a parent that is not a resource, say) has
 * no frames: it gets those of the place the pool was constructed, captured before the limit was
 * lowered (V8 formats a captured trace only when `stack` is first read, so this costs little).
 */
function withFramesOf(error: unknown, site: Error): unknown {
  if (!(error instanceof Error)) return error;
  const head = `${error.name}: ${error.message}`;
  const stack = error.stack ?? "";
  // Frames are looked for after the message, which may itself quote a stack (an engine's answer).
  if ((stack.startsWith(head) ? stack.slice(head.length) : stack).includes("\n    at ")) return error;
  const frames = (site.stack ?? "").split("\n").slice(1).join("\n");
  try {
    error.stack = `${head}\n${frames}`;
  } catch {
    // A frozen error, or one whose `stack` cannot be set, is passed on as it came.
  }
  return error;
}

/** Makes `value` the instance's own `arg` property, shadowing the accessor below. */
function setOwn(pool: UserPool, arg: string, value: unknown): void {
  Object.defineProperty(pool, arg, { value, writable: true, enumerable: true, configurable: true });
}

/**
 * An Amazon Cognito user pool.
 *
 * Every CreateUserPool parameter is an arg (camelCased). Changes are applied in place where
 * Cognito allows it; a change to a field fixed at creation (`usernameAttributes`,
 * `aliasAttributes`, `usernameConfiguration`, an existing schema attribute) needs a new pool,
 * which has none of the old pool's users, and is refused while `deletionProtection` is ACTIVE.
 *
 * An existing pool is brought under management, keeping its id and users, with `adoptUserPoolId`
 * (`npx pulumi-cognito-userpool generate --user-pool-id ID` writes such a program from the live pool).
 *
 * Region, endpoint and credentials come from stack config (`cognito:region`, `cognito:endpoint`,
 * `cognito:profile`, `aws:region`) and the standard AWS chain, never from args.
 *
 * @see https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_CreateUserPool.html
 */
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export class UserPool extends pulumi.CustomResource {
  /** The pool's ARN. */
  declare readonly arn: pulumi.Output<string>;
  /** The pool's name as Cognito reports it. */
  declare readonly name: pulumi.Output<string>;
  /** When the pool was created (ISO 8601). */
  declare readonly creationDate: pulumi.Output<string>;
  /** When the pool was last modified (ISO 8601). */
  declare readonly lastModifiedDate: pulumi.Output<string>;
  /** The pool's status, as Cognito reports it (deprecated by AWS; may be empty). */
  declare readonly status: pulumi.Output<string | undefined>;
  /** Cognito's estimate of the number of users in the pool. */
  declare readonly estimatedNumberOfUsers: pulumi.Output<number | undefined>;
  /** The pool's Cognito domain prefix, if one is set. */
  declare readonly domain: pulumi.Output<string | undefined>;
  /** The pool's custom domain, if one is set. */
  declare readonly customDomain: pulumi.Output<string | undefined>;
  /**
   * The pool's attributes that Cognito's standard table does not already say: custom attributes (as
   * `custom:x`/`dev:custom:x`, as Cognito reports them) and standard attributes defined differently
   * from the standard definition. The standard attributes every pool reports identically are not
   * kept in state; `getUserPool` reads the full list.
   */
  declare readonly schemaAttributes: pulumi.Output<SchemaAttributeOutput[]>;

  constructor(name: string, args: UserPoolArgs, opts?: pulumi.CustomResourceOptions) {
    const props: Record<string, unknown> = {};
    // Only args with a value are registered (an arg given as undefined is undeclared, as an omitted
    // one is; see the static block below), and what Cognito computes.
    for (const [arg, value] of Object.entries(args)) if (value !== undefined) props[arg] = value;
    for (const output of COMPUTED_OUTPUT_NAMES) props[output] = undefined;
    // The resource's URN, which CreateUserPool writes into the pool's owner tag (provider/ownership.ts),
    // so a pool whose creation was interrupted can be traced to this stack and resource.
    // Without a parent it is known now; pulumi.createUrn's Output chain made 1,000 pools take 6.1-6.2 s
    // to construct under Pulumi's mocks against 5.4-5.6 s with the string (issue 20).
    props[OWNER_INPUT_KEY] = opts?.parent
      ? pulumi.createUrn(name, USER_POOL_TYPE, opts.parent)
      : topLevelUrn(pulumi.getStack(), pulumi.getProject(), name);
    // What pulumi.dynamic.Resource does (type token pulumi-nodejs:dynamic/cognito:UserPool, served by
    // the Node.js dynamic provider host), with a hand-written __provider instead of a serialised
    // closure: see ./providerShim.
    props[PROVIDER_KEY] = USER_POOL_PROVIDER_TEXT;
    const site = skipsPromiseStacks(opts) ? new Error() : undefined;
    const stackTraceLimit = Error.stackTraceLimit;
    if (site) Error.stackTraceLimit = 0;
    try {
      super(USER_POOL_TYPE, name, props, opts);
    } catch (error) {
      throw site ? withFramesOf(error, site) : error;
    } finally {
      Error.stackTraceLimit = stackTraceLimit;
    }
    // The engine's refusal of the registration (or the mocks') rejects the pool's outputs with an
    // error @pulumi/pulumi created during the constructor (resource.js registerResource,
    // preallocError), so with no frames: it too gets those of the construction. The handler is on
    // a promise derived from the URN's, so the rejection still reaches the program as before. An
    // error the SDK's asynchronous preparation makes synchronously (an invalid `replaceWith`
    // resource, say) reaches the program by neither path and keeps no frames, only its message.
    if (site) {
      // Output.promise() is @internal: the value's promise, which apply() also waits on.
      const urn = this.urn as unknown as { promise(): Promise<unknown> };
      urn.promise().then(undefined, (error: unknown) => void withFramesOf(error, site));
    }
  }

  /**
   * Every arg is an output of the pool, but only a declared one is registered with the engine. An
   * undeclared arg is never in the provider's outputs (they hold the declared args and what Cognito
   * computes), and registering it as an `undefined` property cost the program four promises, each
   * with a captured stack trace (@pulumi/pulumi runtime/rpc.js transferProperties), for each of
   * the 33 args a pool might leave out: most of the dynamic door's preview time in a stack of
   * hundreds of pools (issue 20; bench/README.md). Its output is made when first read, from the
   * pool's id: unknown while the pool is still to be created, `undefined` once it exists, and it
   * depends on the pool as any output does.
   */
  static {
    for (const arg of ARG_NAMES) {
      Object.defineProperty(UserPool.prototype, arg, {
        configurable: true,
        get(this: UserPool) {
          // Read before the resource is registered (a transformation sees the resource then): as
          // before, nothing yet, and nothing cached in the way of the registered output.
          if (!Object.hasOwn(this, "id")) return undefined;
          const undeclared = this.id.apply((): undefined => undefined);
          setOwn(this, arg, undeclared);
          return undeclared;
        },
        // How a registered arg's output is assigned to the instance (rpc.transferProperties).
        set(this: UserPool, output: unknown) {
          setOwn(this, arg, output);
        },
      });
    }
  }
}
