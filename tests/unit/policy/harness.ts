/** Building the guard's policies for a test, and constructing CognitoGuard without serving it. */
import { createRequire } from "node:module";
import type { EnforcementLevel, PolicyPackArgs, PolicyPackConfig, ResourceValidationPolicy } from "@pulumi/policy";
import * as sinon from "sinon";
import { cognitoGuardPolicies, type CognitoGuardArgs } from "../../../policy-packs/cognito-guard/guard";
import {
  remediate,
  resourceValidationArgs,
  validate,
  type ArgsOptions,
  type Props,
  type RemediationResult,
  type ValidationResult,
} from "../../support/policyArgs";

export const NAMES = {
  deletionProtection: "cognito-user-pool-deletion-protection",
  passwordPolicy: "cognito-user-pool-password-policy",
  mfa: "cognito-user-pool-mfa",
  threatProtection: "cognito-user-pool-threat-protection",
  customAuthThreatProtection: "cognito-user-pool-custom-auth-threat-protection",
  plusTier: "cognito-user-pool-plus-tier",
  selfSignup: "cognito-user-pool-self-signup",
  accountRecovery: "cognito-user-pool-account-recovery",
  caseInsensitiveUsernames: "cognito-user-pool-case-insensitive-usernames",
  requiredTags: "cognito-user-pool-required-tags",
  clientUserExistenceErrors: "cognito-user-pool-client-prevent-user-existence-errors",
  clientTokenRevocation: "cognito-user-pool-client-token-revocation",
  clientUserPasswordAuth: "cognito-user-pool-client-no-user-password-auth",
  clientImplicitGrant: "cognito-user-pool-client-no-implicit-grant",
  identityPoolGuestAccess: "cognito-identity-pool-no-guest-access",
  identityPoolClassicFlow: "cognito-identity-pool-no-classic-flow",
} as const;

/** The guard's policy called `name`, built for `args` (defaults when omitted). */
export function policyNamed(name: string, args: CognitoGuardArgs = {}): ResourceValidationPolicy {
  const policy = cognitoGuardPolicies(args).policies.find((p) => p.name === name);
  if (policy === undefined) throw new Error(`no policy ${name}`);
  return policy;
}

export interface RunOptions extends ArgsOptions {
  /** The guard's in-code arguments the policy is built with. */
  readonly guard?: CognitoGuardArgs;
}

/** The violations policy `name` reports for a resource of `type` with `props`. */
export function check(name: string, type: string, props: Props, options: RunOptions = {}): Promise<ValidationResult> {
  return validate(policyNamed(name, options.guard), resourceValidationArgs(type, props, options));
}

/** What policy `name`'s remediation returns for a resource of `type` with `props`. */
export function fix(name: string, type: string, props: Props, options: RunOptions = {}): Promise<RemediationResult> {
  return remediate(policyNamed(name, options.guard), resourceValidationArgs(type, props, options));
}

// ---------------------------------------------------------------------------------------------
// PolicyPack's constructor serves the pack over gRPC (once per process); tests stub that out.

const policyServer = createRequire(__filename)("@pulumi/policy/server") as {
  serve(
    name: string,
    version: string,
    level: EnforcementLevel,
    args: PolicyPackArgs,
    initialConfig?: PolicyPackConfig,
  ): void;
};

/** What a PolicyPack handed to @pulumi/policy's server. */
export interface Served {
  readonly name: string;
  readonly version: string;
  readonly enforcementLevel: EnforcementLevel;
  readonly args: PolicyPackArgs;
  readonly initialConfig: PolicyPackConfig | undefined;
}

/** Runs `construct` with the policy server stubbed, returning its result and what was served. */
export function withoutServing<T>(construct: () => T): { value: T; served: Served[] } {
  const stub = sinon.stub(policyServer, "serve");
  try {
    const value = construct();
    const served = stub.getCalls().map((call) => {
      const [name, version, enforcementLevel, args, initialConfig] = call.args;
      return { name, version, enforcementLevel, args, initialConfig };
    });
    return { value, served };
  } finally {
    stub.restore();
  }
}
