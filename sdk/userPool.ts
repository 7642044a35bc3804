import * as pulumi from "@pulumi/pulumi";
import { argName, COMPUTED_OUTPUT_NAMES } from "../provider/convert";
import { PROVIDER_ARGS, USER_POOL_FIELDS } from "../provider/fields";
import { OWNER_INPUT_KEY, USER_POOL_TYPE } from "../provider/ownership";
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
    const props: Record<string, unknown> = { ...args };
    // Undeclared args are still outputs (undefined), so every output property exists.
    for (const field of USER_POOL_FIELDS) if (!(argName(field) in props)) props[argName(field)] = undefined;
    for (const arg of PROVIDER_ARGS) if (!(arg.name in props)) props[arg.name] = undefined;
    for (const output of COMPUTED_OUTPUT_NAMES) props[output] = undefined;
    // The resource's URN, which CreateUserPool writes into the pool's owner tag (provider/ownership.ts),
    // so a pool whose creation was interrupted can be traced to this stack and resource.
    props[OWNER_INPUT_KEY] = pulumi.createUrn(name, USER_POOL_TYPE, opts?.parent);
    // What pulumi.dynamic.Resource does (type token pulumi-nodejs:dynamic/cognito:UserPool, served by
    // the Node.js dynamic provider host), with a hand-written __provider instead of a serialised
    // closure: see ./providerShim.
    props.__provider = USER_POOL_PROVIDER_TEXT;
    super(USER_POOL_TYPE, name, props, opts);
  }
}
