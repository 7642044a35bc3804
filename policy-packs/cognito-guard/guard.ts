/**
 * CognitoGuard: the policy pack, configurable in code the way @pulumi/awsguard's AwsGuard is.
 *
 *     new CognitoGuard({ all: "mandatory", mfa: { enforcementLevel: "advisory", allowOptional: true } });
 *
 * Levels and configuration given here become each policy's `enforcementLevel` and the defaults
 * of its `configSchema`, and are sent to the engine as the pack's initial configuration, so that
 * `--policy-pack-config` (or Pulumi Cloud) still overrides them.
 */
import { PolicyPack, type PolicyPackConfig, type ResourceValidationPolicy } from "@pulumi/policy";
import { resolveSettings, type CognitoGuardArgs } from "./args";
import { POLICIES, POLICY_KEYS } from "./policies";

export const DEFAULT_PACK_NAME = "cognito-guard";

export interface CognitoGuardPolicies {
  readonly policies: ResourceValidationPolicy[];
  /** Each policy's level and configuration, as PolicyPack's initial configuration. */
  readonly initialConfig: PolicyPackConfig;
}

/**
 * The guard's policies for `args`, without starting a policy pack: to add them to a pack of your
 * own (a process serves one pack), or to inspect them.
 */
export function cognitoGuardPolicies(args: CognitoGuardArgs = {}): CognitoGuardPolicies {
  const policies: ResourceValidationPolicy[] = [];
  const initialConfig: PolicyPackConfig = {};
  for (const key of POLICY_KEYS) {
    const entry = POLICIES[key];
    const { level, given } = resolveSettings(key, entry.defaultEnforcementLevel, args);
    const { policy, config } = entry.build(level, given);
    policies.push(policy);
    initialConfig[policy.name] = { enforcementLevel: level, ...config };
  }
  return { policies, initialConfig };
}

/** The CognitoGuard policy pack; constructing it serves the pack to the Pulumi engine. */
export class CognitoGuard extends PolicyPack {
  /** The policies as served, with their resolved levels and configuration schemas. */
  readonly guardPolicies: readonly ResourceValidationPolicy[];
  readonly initialConfig: PolicyPackConfig;

  constructor(args?: CognitoGuardArgs);
  constructor(name: string, args?: CognitoGuardArgs);
  constructor(nameOrArgs?: string | CognitoGuardArgs, maybeArgs?: CognitoGuardArgs) {
    const name = typeof nameOrArgs === "string" ? nameOrArgs : DEFAULT_PACK_NAME;
    const args = (typeof nameOrArgs === "string" ? maybeArgs : nameOrArgs) ?? {};
    const { policies, initialConfig } = cognitoGuardPolicies(args);
    super(
      name,
      {
        policies,
        enforcementLevel: "advisory",
        displayName: "CognitoGuard",
        description: "Safe Amazon Cognito user pools, user pool clients and identity pools, checked at preview time.",
        provider: "aws",
        tags: ["aws", "cognito", "security"],
      },
      initialConfig,
    );
    this.guardPolicies = policies;
    this.initialConfig = initialConfig;
  }
}

export type * from "./args";
