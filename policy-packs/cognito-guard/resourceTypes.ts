/**
 * The Cognito resource types the guard checks, by type token, each with the property names it
 * uses. Policies match on the token only: the pack imports neither @pulumi/aws nor
 * @pulumi/aws-native. To cover another resource type, add its token with the naming it follows.
 */

/**
 * How a user pool type spells its properties: `api` is CreateUserPool's parameters camelCased
 * (`policies.passwordPolicy`), `aws` is @pulumi/aws 7.x (`passwordPolicy`), `awsNative` is
 * CloudFormation's (`policies.passwordPolicy`, `enabledMfas`).
 */
export type PoolNaming = "api" | "aws" | "awsNative";

/** How a user pool client or identity pool type spells its properties. */
export type ProviderNaming = "aws" | "awsNative";

export const USER_POOL_TYPES: Readonly<Record<string, PoolNaming>> = {
  /** This project's dynamic resource (`new UserPool(...)` from pulumi-cognito-userpool). */
  "pulumi-nodejs:dynamic/cognito:UserPool": "api",
  /** `aws.cognito.UserPool` from @pulumi/aws. */
  "aws:cognito/userPool:UserPool": "aws",
  /** `awsnative.cognito.UserPool` from @pulumi/aws-native. */
  "aws-native:cognito:UserPool": "awsNative",
  /**
   * This project's resource plugin (`pulumi-resource-cognito-userpool`, used from Pulumi YAML, other
   * languages and `pulumi import`): it serves the dynamic resource's provider core, with the same args.
   */
  "cognito-userpool:index:UserPool": "api",
};

export const USER_POOL_CLIENT_TYPES: Readonly<Record<string, ProviderNaming>> = {
  "aws:cognito/userPoolClient:UserPoolClient": "aws",
  "aws-native:cognito:UserPoolClient": "awsNative",
};

export const IDENTITY_POOL_TYPES: Readonly<Record<string, ProviderNaming>> = {
  "aws:cognito/identityPool:IdentityPool": "aws",
  "aws-native:cognito:IdentityPool": "awsNative",
};

/** The naming a type token follows in `table`, or undefined when the table does not cover it. */
export function namingOf<N extends string>(table: Readonly<Record<string, N>>, type: string): N | undefined {
  return Object.hasOwn(table, type) ? table[type] : undefined;
}
