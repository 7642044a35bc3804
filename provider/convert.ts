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
import { declarableValue } from "./defaults";
import { PROVIDER_ARGS, USER_POOL_FIELDS, type FieldSpec } from "./fields";
import { withoutOwnerTags } from "./ownership";
import { camelCase, fromApi, toApi } from "./naming";
import { declaredSchemaFromLive, nonStandardAttributes, projectSchema } from "./schemaAttributes";
import { projectOntoDeclared } from "./values";

/** The user's args, camelCase, as Pulumi hands them to the provider. */
export type UserPoolArgsRecord = Record<string, unknown>;

/** Keys of the args that are the provider's own, not user pool settings. */
export const PROVIDER_KEY = "__provider";

/**
 * Each field's arg name, worked out once: every operation loops over the field table several
 * times, and re-casing the names on each pass was garbage each time (issue 20: a diff with no
 * change allocated 33 KB per pool, 8 KB without it).
 */
const ARG_NAME_BY_FIELD: ReadonlyMap<FieldSpec, string> = new Map(
  USER_POOL_FIELDS.map((field) => [field, camelCase(field.api)]),
);

export function argName(field: FieldSpec): string {
  return ARG_NAME_BY_FIELD.get(field) ?? camelCase(field.api);
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

/** Names of the args that are the provider's own (PROVIDER_ARGS), not user pool settings. */
export const PROVIDER_ARG_NAMES: ReadonlySet<string> = new Set(PROVIDER_ARGS.map((arg) => arg.name));

/** Every arg a UserPool takes: the user pool settings, then the provider's own. */
export const ARG_NAMES: readonly string[] = [...FIELD_BY_ARG.keys(), ...PROVIDER_ARG_NAMES];

/** The provider's own args (e.g. adoptUserPoolId) of an args or outputs record, when set. */
export function providerArgs(record: UserPoolArgsRecord): UserPoolArgsRecord {
  const result: UserPoolArgsRecord = {};
  for (const name of PROVIDER_ARG_NAMES) {
    if (record[name] !== undefined && record[name] !== null) result[name] = record[name];
  }
  return result;
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
export function mfaConfigRequest(
  userPoolId: string,
  desired: DesiredUserPool,
): SetUserPoolMfaConfigRequest | undefined {
  if (!usesMfaConfig(desired)) return undefined;
  return {
    UserPoolId: userPoolId,
    MfaConfiguration: desired.MfaConfiguration,
    SoftwareTokenMfaConfiguration: desired.SoftwareTokenMfaConfiguration,
    EmailMfaConfiguration: desired.EmailMfaConfiguration,
    WebAuthnConfiguration: desired.WebAuthnConfiguration,
    ...(desired.SmsMfaConfiguration ? { SmsMfaConfiguration: smsFactor(desired.SmsMfaConfiguration, desired) } : {}),
  };
}

/**
 * The SMS factor as SetUserPoolMfaConfig takes it: on only when the program declares
 * smsMfaConfiguration; its members left out follow the pool's smsConfiguration and
 * smsAuthenticationMessage. A pool with SMS for verification only declares no SMS factor.
 */
export function smsFactor(
  declared: NonNullable<DesiredUserPool["SmsMfaConfiguration"]>,
  pool: Pick<DesiredUserPool, "SmsConfiguration" | "SmsAuthenticationMessage">,
): NonNullable<DesiredUserPool["SmsMfaConfiguration"]> {
  const smsConfiguration = declared.SmsConfiguration ?? pool.SmsConfiguration;
  const message = declared.SmsAuthenticationMessage ?? pool.SmsAuthenticationMessage;
  return {
    ...(smsConfiguration !== undefined ? { SmsConfiguration: smsConfiguration } : {}),
    ...(message !== undefined ? { SmsAuthenticationMessage: message } : {}),
  };
}

/** Whether read needs GetUserPoolMfaConfig for these declared args. */
export function needsMfaRead(declared: UserPoolArgsRecord): boolean {
  return USER_POOL_FIELDS.some((f) => f.read.from === "mfaConfig" && declared[argName(f)] !== undefined);
}

/**
 * Each field's live value, camelCase and keyed by arg name, from DescribeUserPool's UserPool and
 * GetUserPoolMfaConfig's response, as the field table's `read` column says. The schema is
 * DescribeUserPool's SchemaAttributes as reported (standard attributes included, custom ones
 * under their `custom:`/`dev:custom:` names). Fields the service does not report are absent;
 * so are the MFA factor fields when `mfa` is not given, and those whose arg name `wanted`
 * refuses. Read and the program generator both start here: one conversion from DescribeUserPool
 * output to args.
 */
export function liveFieldValues(
  pool: UserPoolType,
  mfa: GetUserPoolMfaConfigResponse | undefined,
  wanted: (argName: string) => boolean = () => true,
): UserPoolArgsRecord {
  const result: UserPoolArgsRecord = {};
  for (const field of USER_POOL_FIELDS) {
    const name = argName(field);
    if (!wanted(name)) continue;
    const read = field.read;
    const member = read.from === "describeSchema" ? "SchemaAttributes" : read.member;
    const source = read.from === "mfaConfig" ? mfa : pool;
    const sourceShape = read.from === "mfaConfig" ? "GetUserPoolMfaConfigResponse" : "UserPoolType";
    const rawLive = (source as Record<string, unknown> | undefined)?.[member];
    if (rawLive === undefined || rawLive === null) continue;
    // A one-member object converts to at most one member, under the table's camel name: no re-casing here.
    const live = Object.values(fromApi(sourceShape, { [member]: rawLive } as Record<string, unknown>))[0];
    if (live !== undefined) result[name] = live;
  }
  // The provider's owner tag is not a setting of the program (provider/ownership.ts).
  if (result.userPoolTags !== undefined) {
    const tags = withoutOwnerTags(result.userPoolTags);
    if (tags === undefined) delete result.userPoolTags;
    else result.userPoolTags = tags;
  }
  return result;
}

/** What Cognito reports, in camelCase, for each declared field; undeclared fields stay out. */
export function declaredFromLive(
  declared: UserPoolArgsRecord,
  pool: UserPoolType,
  mfa: GetUserPoolMfaConfigResponse | undefined,
): UserPoolArgsRecord {
  // Only the declared fields are converted: the rest would be dropped below.
  const live = liveFieldValues(pool, mfa, (name) => declared[name] !== undefined && declared[name] !== null);
  const result: UserPoolArgsRecord = {};
  for (const field of USER_POOL_FIELDS) {
    const name = argName(field);
    const declaredValue = declared[name];
    if (declaredValue === undefined || declaredValue === null) continue;
    if (field.absentWhenOff && (live[name] === undefined || live[name] === null)) continue;
    result[name] =
      field.read.from === "describeSchema"
        ? projectSchema(declaredValue, live[name])
        : projectOntoDeclared(declaredValue, live[name], field.unordered);
  }
  return result;
}

/**
 * The live values (from {@link liveFieldValues}) as a program declares them: Cognito's defaults
 * left out; for the schema, the custom attributes (bare names) and the standard attributes that
 * differ from Cognito's standard definition; and the legacy
 * `adminCreateUserConfig.unusedAccountValidityDays` left out where
 * `policies.passwordPolicy.temporaryPasswordValidityDays` carries the same setting (Cognito
 * refuses both in one request). Fields that are all defaults are absent.
 */
export function declarableLiveValues(live: UserPoolArgsRecord): UserPoolArgsRecord {
  const result: UserPoolArgsRecord = {};
  for (const field of USER_POOL_FIELDS) {
    const name = argName(field);
    const value =
      field.read.from === "describeSchema" ? declaredSchemaFromLive(live[name]) : declarableValue(name, live[name]);
    if (value !== undefined) result[name] = value;
  }
  const temporaryDays = (live.policies as { passwordPolicy?: { temporaryPasswordValidityDays?: unknown } } | undefined)
    ?.passwordPolicy?.temporaryPasswordValidityDays;
  const adminCreate = result.adminCreateUserConfig as Record<string, unknown> | undefined;
  if (adminCreate && temporaryDays !== undefined && temporaryDays !== 0 && "unusedAccountValidityDays" in adminCreate) {
    const rest = Object.fromEntries(Object.entries(adminCreate).filter(([key]) => key !== "unusedAccountValidityDays"));
    if (Object.keys(rest).length > 0) result.adminCreateUserConfig = rest;
    else delete result.adminCreateUserConfig;
  }
  return result;
}

/**
 * The args that declare a live pool as it is: {@link liveFieldValues} as a program declares them
 * ({@link declarableLiveValues}). Read-only and computed members are never args.
 */
export function argsFromLive(pool: UserPoolType, mfa: GetUserPoolMfaConfigResponse | undefined): UserPoolArgsRecord {
  return declarableLiveValues(liveFieldValues(pool, mfa));
}

/** The members of DescribeUserPool's UserPool that are outputs beside the declared fields. */
const COMPUTED_MEMBERS = [
  "Arn",
  "Name",
  "CreationDate",
  "LastModifiedDate",
  "Status",
  "EstimatedNumberOfUsers",
  "Domain",
  "CustomDomain",
  "SchemaAttributes",
] as const satisfies ReadonlyArray<keyof UserPoolType>;

/** The computed outputs' names, as the resource exposes them (`arn`, `creationDate`, ...). */
export const COMPUTED_OUTPUT_NAMES: readonly string[] = COMPUTED_MEMBERS.map(camelCase);

/**
 * What Cognito computes about the pool, as the live description reads (`getUserPool`): every
 * member of {@link COMPUTED_MEMBERS} Cognito reports, `schemaAttributes` in full.
 */
export function liveComputedValues(pool: UserPoolType): Record<string, unknown> {
  const reported: Record<string, unknown> = {};
  for (const member of COMPUTED_MEMBERS) if (pool[member] !== undefined) reported[member] = pool[member];
  return fromApi("UserPoolType", reported) as Record<string, unknown>;
}

/**
 * What Cognito computes about the pool, as the resource's outputs keep it in state: members
 * Cognito does not report are left out rather than stored as nulls, and `schemaAttributes` holds
 * only the attributes Cognito's standard table does not already say (custom attributes, and
 * standard ones defined differently): the twenty-odd standard attributes every pool reports
 * identically were most of a pool's state, paid again on every checkpoint write (issue 20).
 * `getUserPool` reads the full list.
 */
export function computedOutputs(pool: UserPoolType): Record<string, unknown> {
  const live = liveComputedValues(pool);
  return { ...live, schemaAttributes: nonStandardAttributes(live.schemaAttributes) };
}
