/**
 * `getUserPool`: the full live description of any user pool, managed by this stack, another one or
 * none, like `aws.cognito.getUserPool`. The UserPool resource keeps in state only what a pool does
 * not share with every other pool (`schemaAttributes` without the standard attributes Cognito
 * reports identically for each); this reads everything, at the time of the call.
 */
import * as pulumi from "@pulumi/pulumi";
import type { ConfigSource } from "../provider/config";
import type { SchemaAttributeOutput } from "./userPool";
import type { UserPoolArgs } from "./types";

export interface GetUserPoolArgs {
  /** The pool's id, `<region>_<id>` (e.g. `us-east-1_AbC123xyZ`). */
  userPoolId: string;
}

/**
 * Every setting of the pool as Cognito reports it (camelCase, as the args name it, Cognito's
 * defaults included, the MFA factors from GetUserPoolMfaConfig), and what Cognito computes.
 */
export type GetUserPoolResult = Omit<pulumi.Unwrap<UserPoolArgs>, "schema" | "adoptUserPoolId"> & {
  readonly userPoolId: string;
  readonly arn: string;
  readonly name: string;
  readonly creationDate?: string;
  readonly lastModifiedDate?: string;
  readonly status?: string;
  readonly estimatedNumberOfUsers?: number;
  readonly domain?: string;
  readonly customDomain?: string;
  /** Every attribute of the pool, standard ones included; custom ones as `custom:x`/`dev:custom:x`. */
  readonly schemaAttributes: SchemaAttributeOutput[];
};

/** The stack's `cognito:*` and `aws:*` config, read the way the UserPool provider reads it. */
function stackConfig(): ConfigSource {
  return {
    get: (key) => {
      const [namespace, name] = key.split(":");
      return new pulumi.Config(namespace).get(name);
    },
  };
}

/**
 * Describes the pool `userPoolId` (DescribeUserPool and GetUserPoolMfaConfig), connecting as the
 * UserPool resource does: stack config `cognito:region`, `cognito:endpoint`, `cognito:profile`,
 * `aws:region`, then the standard AWS chain. Runs at preview too. Fails, naming the id and region,
 * when there is no such pool.
 */
export async function getUserPool(args: GetUserPoolArgs): Promise<GetUserPoolResult> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded on call, so a program that never reads a pool never loads the AWS SDK
  const { UserPoolProvider } = require("../provider/userPoolProvider") as typeof import("../provider/userPoolProvider");
  const core = new UserPoolProvider();
  try {
    await core.configure({ config: stackConfig() });
    return (await core.describeUserPool(args.userPoolId)) as GetUserPoolResult;
  } finally {
    core.dispose();
  }
}

/** {@link getUserPool} for an id that is an Input (e.g. another resource's output). */
export function getUserPoolOutput(args: { userPoolId: pulumi.Input<string> }): pulumi.Output<GetUserPoolResult> {
  return pulumi.output(args.userPoolId).apply((userPoolId) => getUserPool({ userPoolId }));
}
