/**
 * The Cognito user pool resource types the guard checks, by type token. Policies match on the
 * token only: the pack imports neither @pulumi/aws nor @pulumi/aws-native.
 */
export const USER_POOL_TYPES = {
  /** This project's dynamic resource (`new UserPool(...)` from pulumi-cognito-userpool). */
  dynamic: "pulumi-nodejs:dynamic/cognito:UserPool",
  /** `aws.cognito.UserPool` from @pulumi/aws (Terraform-bridged, 7.x property names). */
  aws: "aws:cognito/userPool:UserPool",
  /** `awsnative.cognito.UserPool` from @pulumi/aws-native (CloudFormation-shaped). */
  awsNative: "aws-native:cognito:UserPool",
} as const;

/** Which of the covered resource types a pool is. */
export type PoolKind = keyof typeof USER_POOL_TYPES;

export const POOL_KINDS: readonly PoolKind[] = ["dynamic", "aws", "awsNative"];

/**
 * Tokens of other resources that take the same args as one of the kinds above: this project's
 * resource plugin (`pulumi-resource-cognito-userpool`, used from Pulumi YAML, other languages and
 * `pulumi import`) serves the provider core of the dynamic resource, with the same property names.
 */
export const SAME_ARGS_TYPES: Readonly<Record<string, PoolKind>> = {
  "cognito-userpool:index:UserPool": "dynamic",
};

/** The kind of a resource type token, or undefined when it is not a covered user pool type. */
export function poolKindOf(type: string): PoolKind | undefined {
  return POOL_KINDS.find((kind) => USER_POOL_TYPES[kind] === type) ?? SAME_ARGS_TYPES[type];
}
