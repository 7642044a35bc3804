/**
 * Between the user's args (camelCase) and the API's shapes, field by field from the field table.
 */
import type {
  CreateUserPoolRequest,
  GetUserPoolMfaConfigResponse,
  SetUserPoolMfaConfigRequest,
  UpdateUserPoolRequest,
  UserPoolType,
} from "@aws-sdk/client-cognito-identity-provider";
import type { DesiredUserPool } from "./desiredPool";
import { USER_POOL_FIELDS, type FieldSpec } from "./fields";
import { camelCase, fromApi, toApi } from "./naming";
import { projectSchema } from "./schemaAttributes";
import { projectOntoDeclared } from "./values";

/** The user's args, camelCase, as Pulumi hands them to the provider. */
export type UserPoolArgsRecord = Record<string, unknown>;

/** Keys of the args that are the provider's own, not user pool settings. */
export const PROVIDER_KEY = "__provider";

export function argName(field: FieldSpec): string {
  return camelCase(field.api);
}

const FIELD_BY_ARG = new Map(USER_POOL_FIELDS.map((field) => [argName(field), field]));

export function fieldForArg(arg: string): FieldSpec | undefined {
  return FIELD_BY_ARG.get(arg);
}

/** The declared settings in API shape. Throws NamingError for a key no field knows. */
export function desiredFromArgs(args: UserPoolArgsRecord): DesiredUserPool {
  const desired: Record<string, unknown> = {};
  for (const field of USER_POOL_FIELDS) {
    const value = args[argName(field)];
    if (value === undefined || value === null) continue;
    desired[field.api] = toApi(field.container, { [argName(field)]: value })[field.api];
  }
  return desired as unknown as DesiredUserPool;
}

/** Arg keys that are neither fields nor the provider's own: the caller reports them. */
export function unknownArgKeys(args: UserPoolArgsRecord, allowed: ReadonlySet<string> = new Set()): string[] {
  return Object.keys(args).filter((key) => key !== PROVIDER_KEY && !FIELD_BY_ARG.has(key) && !allowed.has(key));
}

/** Only the declared fields of an args or outputs record, camelCase. */
export function declaredFields(record: UserPoolArgsRecord): UserPoolArgsRecord {
  const result: UserPoolArgsRecord = {};
  for (const field of USER_POOL_FIELDS) {
    const value = record[argName(field)];
    if (value !== undefined && value !== null) result[argName(field)] = value;
  }
  return result;
}

function usesMfaConfig(desired: DesiredUserPool): boolean {
  return USER_POOL_FIELDS.some((f) => f.change === "mfaConfig" && desired[f.api] !== undefined);
}

function pick<T>(desired: DesiredUserPool, include: (field: FieldSpec) => boolean): T {
  const request: Record<string, unknown> = {};
  for (const field of USER_POOL_FIELDS) {
    if (include(field) && desired[field.api] !== undefined) request[field.api] = desired[field.api];
  }
  return request as T;
}

/**
 * CreateUserPool's request. When TOTP, email or WebAuthn factors are declared, MFA is switched on
 * afterwards by SetUserPoolMfaConfig (Cognito refuses MFA ON before a factor is configured).
 */
export function createRequest(desired: DesiredUserPool): CreateUserPoolRequest {
  const request = pick<CreateUserPoolRequest>(desired, (f) => f.container === "CreateUserPoolRequest");
  if (usesMfaConfig(desired)) delete request.MfaConfiguration;
  return request;
}

/** UpdateUserPool's request: the complete desired configuration, as UpdateUserPool resets what it is not given. */
export function updateRequest(userPoolId: string, desired: DesiredUserPool): UpdateUserPoolRequest {
  return {
    UserPoolId: userPoolId,
    ...pick<Omit<UpdateUserPoolRequest, "UserPoolId">>(desired, (f) => f.change === "update"),
  };
}

/** SetUserPoolMfaConfig's request, or undefined when no factor beyond SMS is declared. */
export function mfaConfigRequest(userPoolId: string, desired: DesiredUserPool): SetUserPoolMfaConfigRequest | undefined {
  if (!usesMfaConfig(desired)) return undefined;
  return {
    UserPoolId: userPoolId,
    MfaConfiguration: desired.MfaConfiguration,
    SoftwareTokenMfaConfiguration: desired.SoftwareTokenMfaConfiguration,
    EmailMfaConfiguration: desired.EmailMfaConfiguration,
    WebAuthnConfiguration: desired.WebAuthnConfiguration,
    ...(desired.SmsConfiguration
      ? {
          SmsMfaConfiguration: {
            SmsConfiguration: desired.SmsConfiguration,
            SmsAuthenticationMessage: desired.SmsAuthenticationMessage,
          },
        }
      : {}),
  };
}

/** Whether read needs GetUserPoolMfaConfig for these declared args. */
export function needsMfaRead(declared: UserPoolArgsRecord): boolean {
  return USER_POOL_FIELDS.some((f) => f.read.from === "mfaConfig" && declared[argName(f)] !== undefined);
}

/** What Cognito reports, in camelCase, for each declared field; undeclared fields stay out. */
export function declaredFromLive(
  declared: UserPoolArgsRecord,
  pool: UserPoolType,
  mfa: GetUserPoolMfaConfigResponse | undefined,
): UserPoolArgsRecord {
  const result: UserPoolArgsRecord = {};
  for (const field of USER_POOL_FIELDS) {
    const name = argName(field);
    const declaredValue = declared[name];
    if (declaredValue === undefined || declaredValue === null) continue;
    const read = field.read;
    if (read.from === "describeSchema") {
      const live = fromApi("UserPoolType", { SchemaAttributes: pool.SchemaAttributes }).schemaAttributes;
      result[name] = projectSchema(declaredValue, live);
      continue;
    }
    const source = read.from === "describe" ? pool : mfa;
    const sourceShape = read.from === "describe" ? "UserPoolType" : "GetUserPoolMfaConfigResponse";
    const rawLive = (source as Record<string, unknown> | undefined)?.[read.member];
    const live =
      rawLive === undefined
        ? undefined
        : (fromApi(sourceShape, { [read.member]: rawLive } as Record<string, unknown>) as Record<string, unknown>)[
            camelCase(read.member)
          ];
    result[name] = projectOntoDeclared(declaredValue, live, field.unordered);
  }
  return result;
}

/** What Cognito computes about the pool: outputs beside the declared fields. */
export function computedOutputs(pool: UserPoolType): Record<string, unknown> {
  const camel = fromApi("UserPoolType", {
    Arn: pool.Arn,
    Name: pool.Name,
    CreationDate: pool.CreationDate,
    LastModifiedDate: pool.LastModifiedDate,
    Status: pool.Status,
    EstimatedNumberOfUsers: pool.EstimatedNumberOfUsers,
    Domain: pool.Domain,
    CustomDomain: pool.CustomDomain,
    SchemaAttributes: pool.SchemaAttributes,
  });
  return {
    arn: camel.arn ?? null,
    name: camel.name ?? null,
    creationDate: camel.creationDate ?? null,
    lastModifiedDate: camel.lastModifiedDate ?? null,
    status: camel.status ?? null,
    estimatedNumberOfUsers: camel.estimatedNumberOfUsers ?? null,
    domain: camel.domain ?? null,
    customDomain: camel.customDomain ?? null,
    schemaAttributes: camel.schemaAttributes ?? [],
  };
}
