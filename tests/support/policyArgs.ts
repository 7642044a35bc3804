/**
 * Running @pulumi/policy policies the way the engine does, without the engine: building
 * `ResourceValidationArgs` for a resource, calling `validateResource(args, reportViolation)` and
 * `remediateResource(args)`, and reconciling policy pack configuration as `pulumi preview` does.
 */
import { createRequire } from "node:module";
import type {
  EnforcementLevel,
  PolicyPackConfig,
  PolicyResourceOptions,
  ResourceValidationArgs,
  ResourceValidationPolicy,
} from "@pulumi/policy";

// Runtime members of @pulumi/policy that its type declarations leave out.
const load = createRequire(__filename);
const policyProxy = load("@pulumi/policy/proxy") as {
  unknownCheckingProxy<T extends object>(value: T): T;
  unknownStringValue: string;
  unknownBooleanValue: string;
  unknownNumberValue: string;
  unknownObjectValue: string;
  unknownArrayValue: string;
};
const policyDeserialize = load("@pulumi/policy/deserialize") as {
  serializeProperties(value: unknown): Promise<unknown>;
};

/** The sentinels the engine puts where a value is unknown during preview. */
export const UNKNOWN = {
  string: policyProxy.unknownStringValue,
  boolean: policyProxy.unknownBooleanValue,
  number: policyProxy.unknownNumberValue,
  object: policyProxy.unknownObjectValue,
  array: policyProxy.unknownArrayValue,
} as const;

export type Props = Record<string, unknown>;

export interface ArgsOptions {
  /** The resource's name in the program (default "pool"). */
  readonly name?: string;
  /** What `getConfig()` returns: the policy's configuration as the engine passes it. */
  readonly config?: Readonly<Record<string, unknown>>;
  /**
   * Hand props behind @pulumi/policy's unknown-checking proxy, as the engine does (default true),
   * so that reading a value unknown during preview throws.
   */
  readonly proxy?: boolean;
}

/** Thrown by `args.notApplicable(reason)`, as the engine's NotApplicableError is. */
export class NotApplicable extends Error {
  constructor(readonly reason: string | undefined) {
    super(reason ?? "not applicable");
  }
}

const NO_OPTIONS: PolicyResourceOptions = {
  protect: false,
  ignoreChanges: [],
  aliases: [],
  customTimeouts: { createSeconds: 0, updateSeconds: 0, deleteSeconds: 0 },
  additionalSecretOutputs: [],
};

/** `ResourceValidationArgs` for a resource of `type` with inputs `props` (deep-copied first). */
export function resourceValidationArgs(type: string, props: Props, options: ArgsOptions = {}): ResourceValidationArgs {
  const name = options.name ?? "pool";
  const copy = structuredClone(props);
  const inputs = options.proxy === false ? copy : policyProxy.unknownCheckingProxy(copy);
  const config = options.config ?? {};
  const pulumiTypeOf = (resourceClass: object) => (resourceClass as { __pulumiType?: unknown }).__pulumiType;
  return {
    type,
    props: inputs,
    urn: `urn:pulumi:test::cognito-guard::${type}::${name}`,
    name,
    opts: NO_OPTIONS,
    stackTags: new Map<string, string>(),
    isType: (resourceClass) => pulumiTypeOf(resourceClass) === type,
    asType: (resourceClass) => (pulumiTypeOf(resourceClass) === type ? inputs : undefined) as never,
    getConfig: <T extends object>() => structuredClone(config) as T,
    notApplicable: (reason?: string): never => {
      throw new NotApplicable(reason);
    },
  };
}

export interface ValidationResult {
  readonly violations: string[];
  /** The reason the policy gave for not applying, if it did not. */
  readonly notApplicable?: string;
}

/** Runs every `validateResource` of `policy` on `args`, collecting what it reports. */
export async function validate(
  policy: ResourceValidationPolicy,
  args: ResourceValidationArgs,
): Promise<ValidationResult> {
  const violations: string[] = [];
  const validations = policy.validateResource === undefined ? [] : [policy.validateResource].flat();
  try {
    for (const validation of validations) {
      await validation(args, (message) => violations.push(message));
    }
  } catch (error) {
    if (error instanceof NotApplicable) return { violations, notApplicable: error.reason ?? "" };
    throw error;
  }
  return { violations };
}

export interface RemediationResult {
  /** The props the remediation returned, serialised as the engine serialises them; undefined for none. */
  readonly props?: Props;
  readonly notApplicable?: string;
}

/** Runs `policy.remediateResource` on `args`. */
export async function remediate(
  policy: ResourceValidationPolicy,
  args: ResourceValidationArgs,
): Promise<RemediationResult> {
  if (policy.remediateResource === undefined) throw new Error(`${policy.name} has no remediateResource`);
  try {
    const result: unknown = await policy.remediateResource(args);
    if (result === undefined || result === null) return {};
    return { props: (await policyDeserialize.serializeProperties(result)) as Props };
  } catch (error) {
    if (error instanceof NotApplicable) return { notApplicable: error.reason ?? "" };
    throw error;
  }
}

// ---------------------------------------------------------------------------------------------
// Policy pack configuration, as the engine reconciles it (pkg/resource/analyzer, Pulumi 3.x).

export interface EffectiveConfig {
  readonly enforcementLevel: EnforcementLevel;
  readonly properties: Record<string, unknown>;
}

type Entry = { enforcementLevel?: EnforcementLevel; properties: Record<string, unknown> };

function normalise(config: PolicyPackConfig): Map<string, Entry> {
  const out = new Map<string, Entry>();
  for (const [key, value] of Object.entries(config)) {
    if (typeof value === "string") {
      out.set(key, { enforcementLevel: value, properties: {} });
    } else {
      const { enforcementLevel, ...properties } = value as { enforcementLevel?: EnforcementLevel } & Record<
        string,
        unknown
      >;
      out.set(key, { enforcementLevel, properties });
    }
  }
  return out;
}

function apply(result: Map<string, EffectiveConfig>, config: PolicyPackConfig): void {
  const given = normalise(config);
  const all = given.get("all")?.enforcementLevel;
  if (all !== undefined) {
    for (const [name, value] of result) result.set(name, { ...value, enforcementLevel: all });
  }
  for (const [name, entry] of given) {
    const current = result.get(name);
    if (name === "all" || current === undefined) continue;
    result.set(name, {
      enforcementLevel: entry.enforcementLevel ?? current.enforcementLevel,
      properties: { ...current.properties, ...entry.properties },
    });
  }
}

/**
 * Each policy's level and configuration as the engine computes them: the policy's own level (else
 * the pack's, "advisory" unless given) and its schema defaults, then the pack's initial
 * configuration (from code), then the configuration from `--policy-pack-config` or Pulumi Cloud;
 * in each, "all" first.
 */
export function reconcilePolicyPackConfig(
  policies: readonly ResourceValidationPolicy[],
  initialConfig: PolicyPackConfig = {},
  config: PolicyPackConfig = {},
  packLevel: EnforcementLevel = "advisory",
): Map<string, EffectiveConfig> {
  const result = new Map<string, EffectiveConfig>();
  for (const policy of policies) {
    const properties: Record<string, unknown> = {};
    for (const [key, schema] of Object.entries(policy.configSchema?.properties ?? {})) {
      if (schema.default !== undefined) properties[key] = structuredClone(schema.default);
    }
    result.set(policy.name, { enforcementLevel: policy.enforcementLevel ?? packLevel, properties });
  }
  apply(result, initialConfig);
  apply(result, config);
  return result;
}

/**
 * The problems of `properties` against a policy's `configSchema`, for the schema features the
 * engine's validation would use here (type, minimum, maximum, enum, items of type string); empty when valid.
 */
export function schemaProblems(
  policy: ResourceValidationPolicy,
  properties: Readonly<Record<string, unknown>>,
): string[] {
  const problems: string[] = [];
  for (const [key, value] of Object.entries(properties)) {
    const schema = policy.configSchema?.properties[key];
    if (schema === undefined) continue;
    const where = `${policy.name}.${key}`;
    switch (schema.type) {
      case "boolean":
        if (typeof value !== "boolean") problems.push(`${where}: not a boolean`);
        break;
      case "integer":
        if (!Number.isInteger(value)) problems.push(`${where}: not an integer`);
        else if (
          (schema.minimum !== undefined && (value as number) < schema.minimum) ||
          (schema.maximum !== undefined && (value as number) > schema.maximum)
        ) {
          problems.push(`${where}: out of range`);
        }
        break;
      case "string":
        if (typeof value !== "string") problems.push(`${where}: not a string`);
        else if (schema.enum !== undefined && !schema.enum.includes(value))
          problems.push(`${where}: not one of the enum`);
        break;
      case "array":
        if (!Array.isArray(value) || !value.every((v) => typeof v === "string"))
          problems.push(`${where}: not a list of strings`);
        break;
      default:
        problems.push(`${where}: unexpected schema type ${JSON.stringify(schema.type)}`);
    }
  }
  return problems;
}
