/**
 * How a Cognito policy is declared (`definePolicy`) and turned into a @pulumi/policy
 * `ResourceValidationPolicy` at an enforcement level with its configuration (`build`).
 */
import type { EnforcementLevel, ResourceValidationArgs, ResourceValidationPolicy, Severity } from "@pulumi/policy";
import { configSchema, readConfig, type ConfigFields, type ConfigValues } from "./config";
import { IdentityPoolView } from "./identityPoolView";
import type { Path, Props } from "./resourceView";
import { UserPoolClientView } from "./userPoolClientView";
import { UserPoolView } from "./userPoolView";

/** A property a remediation sets. */
export interface PropertyChange {
  readonly segments: Path;
  readonly value: string;
}

/** The resources a policy applies to: how to view one, and how to say which they are. */
export interface Applicability<V> {
  of(type: string, name: string, props: Props): V | undefined;
  /** For the engine's "not applicable" record, e.g. "Cognito user pools". */
  readonly covers: string;
}

export const USER_POOLS: Applicability<UserPoolView> = {
  of: (type, name, props) => UserPoolView.of(type, name, props),
  covers: "Cognito user pools (this project's UserPool, @pulumi/aws and @pulumi/aws-native)",
};
export const USER_POOL_CLIENTS: Applicability<UserPoolClientView> = {
  of: (type, name, props) => UserPoolClientView.of(type, name, props),
  covers: "Cognito user pool clients (@pulumi/aws and @pulumi/aws-native)",
};
export const IDENTITY_POOLS: Applicability<IdentityPoolView> = {
  of: (type, name, props) => IdentityPoolView.of(type, name, props),
  covers: "Cognito identity pools (@pulumi/aws and @pulumi/aws-native)",
};

/** What a policy module declares. */
export interface CognitoPolicySpec<C extends ConfigValues, V> {
  readonly name: string;
  readonly displayName: string;
  /** Says what passes and which controls the policy mirrors; the engine prefixes it to every violation. */
  readonly description: string;
  readonly severity: Severity;
  /** The level when neither the guard's args nor the policy pack config set one. */
  readonly defaultEnforcementLevel: EnforcementLevel;
  readonly remediationSteps: string;
  readonly configFields: ConfigFields<C>;
  readonly configDefaults: C;
  readonly appliesTo: Applicability<V>;
  /**
   * Why a resource of a covered type is outside the scope of the control the policy mirrors
   * (reported to the engine as not applicable), or undefined when it is in scope.
   */
  outOfScope?(resource: V, config: C): string | undefined;
  /** Reports a violation per unmet requirement; each message says what to set. */
  check(resource: V, config: C, report: (message: string) => void): void;
  /** The properties to set so that the resource passes; empty when it already does. */
  remediate?(resource: V): readonly PropertyChange[];
}

/** A policy built for a pack: the @pulumi/policy policy and its resolved configuration. */
export interface BuiltPolicy {
  readonly policy: ResourceValidationPolicy;
  readonly config: ConfigValues;
}

/** A declared policy with its configuration and resource types erased, as the guard lists them. */
export interface CognitoPolicy {
  readonly name: string;
  readonly defaultEnforcementLevel: EnforcementLevel;
  readonly configDefaults: ConfigValues;
  /**
   * The policy at `level`, configured with `given` (checked; undeclared keys ignored) over the
   * defaults. The resolved values become the defaults of its `configSchema`; configuration the
   * engine passes at run time (`--policy-pack-config`) is read over them.
   */
  build(level: EnforcementLevel, given: Readonly<Record<string, unknown>>): BuiltPolicy;
}

function viewOf<V>(applicability: Applicability<V>, args: ResourceValidationArgs): V {
  return (
    applicability.of(args.type, args.name, args.props) ?? args.notApplicable(`applies only to ${applicability.covers}`)
  );
}

function setAt(target: Record<string, unknown>, path: Path, value: unknown): void {
  let current = target;
  for (const key of path.slice(0, -1)) {
    const next = current[key];
    if (typeof next === "object" && next !== null && !Array.isArray(next)) {
      current = next as Record<string, unknown>;
    } else {
      const created: Record<string, unknown> = {};
      current[key] = created;
      current = created;
    }
  }
  current[path[path.length - 1]] = value;
}

export function definePolicy<C extends ConfigValues, V>(spec: CognitoPolicySpec<C, V>): CognitoPolicy {
  return {
    name: spec.name,
    defaultEnforcementLevel: spec.defaultEnforcementLevel,
    configDefaults: spec.configDefaults,
    build(level, given) {
      const config = readConfig(spec.configFields, spec.configDefaults, given, `CognitoGuard policy ${spec.name}`);
      const policy: ResourceValidationPolicy = {
        name: spec.name,
        displayName: spec.displayName,
        description: spec.description,
        severity: spec.severity,
        enforcementLevel: level,
        remediationSteps: spec.remediationSteps,
        configSchema: configSchema(spec.configFields, config),
        validateResource: (args, reportViolation) => {
          const resource = viewOf(spec.appliesTo, args);
          const runtime = args.getConfig<Record<string, unknown>>();
          const effective = readConfig(spec.configFields, config, runtime, `policy ${spec.name} configuration`);
          const outOfScope = spec.outOfScope?.(resource, effective);
          if (outOfScope !== undefined) args.notApplicable(outOfScope);
          spec.check(resource, effective, (message) => reportViolation(message));
        },
      };
      const remediate = spec.remediate;
      if (remediate !== undefined) {
        // Props are changed in place and returned, as @pulumi/policy's remediation examples do:
        // nothing else is read, so values unknown during preview stay untouched.
        policy.remediateResource = (args) => {
          const changes = remediate(viewOf(spec.appliesTo, args));
          if (changes.length === 0) return undefined;
          for (const change of changes) setAt(args.props, change.segments, change.value);
          return args.props;
        };
      }
      return { policy, config };
    },
  };
}
