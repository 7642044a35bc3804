/**
 * How a Cognito policy is declared (`definePolicy`) and turned into a @pulumi/policy
 * `ResourceValidationPolicy` at an enforcement level with its configuration (`build`).
 */
import type { EnforcementLevel, ResourceValidationArgs, ResourceValidationPolicy, Severity } from "@pulumi/policy";
import { configSchema, readConfig, type ConfigFields, type ConfigValues } from "./config";
import { UserPoolView, type PoolField } from "./userPoolView";

/** A property a remediation sets. */
export interface PropertyChange {
  readonly field: PoolField;
  readonly value: string;
}

/** What a policy module declares. */
export interface CognitoPolicySpec<C extends ConfigValues> {
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
  /** Reports a violation per unmet requirement; each message says what to set. */
  check(pool: UserPoolView, config: C, report: (message: string) => void): void;
  /** The properties to set so that the pool passes; empty when it already does. */
  remediate?(pool: UserPoolView): readonly PropertyChange[];
}

/** A policy built for a pack: the @pulumi/policy policy and its resolved configuration. */
export interface BuiltPolicy {
  readonly policy: ResourceValidationPolicy;
  readonly config: ConfigValues;
}

/** A declared policy with its configuration type erased, as the guard lists them. */
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

function poolOf(args: ResourceValidationArgs): UserPoolView {
  return (
    UserPoolView.of(args.type, args.name, args.props) ??
    args.notApplicable("applies only to Cognito user pools (@pulumi/aws, @pulumi/aws-native and the dynamic UserPool)")
  );
}

function setAt(target: Record<string, unknown>, path: readonly string[], value: unknown): void {
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

export function definePolicy<C extends ConfigValues>(spec: CognitoPolicySpec<C>): CognitoPolicy {
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
          const pool = poolOf(args);
          const runtime = args.getConfig<Record<string, unknown>>();
          const effective = readConfig(spec.configFields, config, runtime, `policy ${spec.name} configuration`);
          spec.check(pool, effective, (message) => reportViolation(message));
        },
      };
      const remediate = spec.remediate;
      if (remediate !== undefined) {
        // Props are changed in place and returned, as @pulumi/policy's remediation examples do:
        // nothing else is read, so values unknown during preview stay untouched.
        policy.remediateResource = (args) => {
          const pool = poolOf(args);
          const changes = remediate(pool);
          if (changes.length === 0) return undefined;
          for (const change of changes) setAt(args.props, pool.segments(change.field), change.value);
          return args.props;
        };
      }
      return { policy, config };
    },
  };
}
