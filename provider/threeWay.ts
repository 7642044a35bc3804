/**
 * Three-way updates, as `kubectl apply` does them. UpdateUserPool "sets [every parameter it is not
 * given] to its default value" (all but UserPoolTier), and AWS's own procedure for changing a pool
 * is: DescribeUserPool, turn its output into the UpdateUserPool request, change what you mean to
 * change, send it
 * (https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pool-updating.html,
 * "Updating a user pool with the Amazon Cognito API or AWS CLI"). So the request is built from
 * three inputs, member by member (objects and maps member by member, lists whole):
 * - declared by this program: the declared value;
 * - declared by the previous program and removed from this one: Cognito's default
 *   (defaults.ts `resetValue`), except the settings in KEPT_WHEN_REMOVED;
 * - never declared: the live value, so a change made outside Pulumi is not lost.
 * Pure: the caller describes the pool (and reads its MFA configuration) just before.
 */
import type {
  GetUserPoolMfaConfigResponse,
  SetUserPoolMfaConfigRequest,
  UpdateUserPoolRequest,
  UserPoolType,
} from "@aws-sdk/client-cognito-identity-provider";
import { argName, declaredFields, desiredFromArgs, smsFactor, type UserPoolArgsRecord } from "./convert";
import { resetValue } from "./defaults";
import { USER_POOL_FIELDS, type FieldSpec } from "./fields";
import { argPath, toApi } from "./naming";
import { OWNER_TAG_KEY } from "./ownership";
import { isPlainObject, sameValue } from "./values";

type Json = Record<string, unknown>;

/**
 * Settings that removing from the program does not change on the pool, and why. The preview says
 * so (removalNotes), and the live value is sent back unchanged.
 */
export const KEPT_WHEN_REMOVED: Readonly<Record<string, string>> = {
  DeletionProtection:
    'deletion protection is never lowered by leaving it out; declare deletionProtection: "INACTIVE" to turn it off',
  UserPoolTier:
    "UpdateUserPool never changes the feature plan it is not given " +
    "(https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_UpdateUserPool.html); " +
    "declare userPoolTier to change it",
  SmsConfiguration:
    "Cognito cannot remove an SMS configuration from a pool once it has one (UpdateUserPool leaves the SNS role " +
    "in place: https://github.com/aws/aws-sdk-js/issues/3148); it stays on the pool as it is",
};

/** Pairs of members that carry the same setting; Cognito takes one, so they must agree. */
const COUPLED: ReadonlyArray<readonly [string, string]> = [
  ["EmailVerificationMessage", "VerificationMessageTemplate.EmailMessage"],
  ["EmailVerificationSubject", "VerificationMessageTemplate.EmailSubject"],
  ["SmsVerificationMessage", "VerificationMessageTemplate.SmsMessage"],
];

function isSet(value: unknown): boolean {
  return value !== undefined && value !== null;
}

function get(root: unknown, path: string): unknown {
  let value = root;
  for (const segment of path.split(".")) {
    if (!isPlainObject(value)) return undefined;
    value = value[segment];
  }
  return value;
}

/** Sets `path` in `root` when its parent object exists; deletes it for undefined. */
function put(root: Json, path: string, value: unknown): void {
  const segments = path.split(".");
  const parent = get(root, segments.slice(0, -1).join("."));
  const target = segments.length === 1 ? root : parent;
  if (!isPlainObject(target)) return;
  const key = segments[segments.length - 1];
  if (value === undefined) delete (target as Json)[key];
  else (target as Json)[key] = value;
}

/** The three-way value at API path `path`. */
function merge(path: string, declared: unknown, previous: unknown, live: unknown): unknown {
  if (!isSet(declared) && isPlainObject(previous) && isPlainObject(live) && !(path in KEPT_WHEN_REMOVED)) {
    // An object (or map) removed from the program: the members it declared go back to Cognito's
    // defaults, members it never declared (set outside Pulumi) keep their live values.
    const members = merge(path, {}, previous, live);
    return isPlainObject(members) && Object.keys(members).length > 0 ? members : undefined;
  }
  if (isSet(declared)) {
    if (isPlainObject(declared) && isPlainObject(live)) {
      const before = isPlainObject(previous) ? previous : {};
      const result: Json = {};
      for (const key of new Set([...Object.keys(live), ...Object.keys(declared), ...Object.keys(before)])) {
        const value = merge(`${path}.${key}`, declared[key], before[key], live[key]);
        if (value !== undefined) result[key] = value;
      }
      return result;
    }
    return declared;
  }
  if (isSet(previous)) return path in KEPT_WHEN_REMOVED ? (live ?? undefined) : resetValue(path);
  return live ?? undefined;
}

function liveValue(field: FieldSpec, pool: UserPoolType, mfa: GetUserPoolMfaConfigResponse | undefined): unknown {
  if (field.read.from === "describeSchema") return undefined;
  const source = (field.read.from === "mfaConfig" ? mfa : pool) as Json | undefined;
  return source?.[field.read.member] ?? undefined;
}

export interface UpdatePlan {
  update: UpdateUserPoolRequest;
  /** SetUserPoolMfaConfig, when the MFA factors change (sent before UpdateUserPool). */
  mfa?: SetUserPoolMfaConfigRequest;
  /** Tag keys this program removed: if UpdateUserPool leaves one on the pool, it is untagged. */
  removedTagKeys: string[];
}

/** Whether the update touches MFA factors (declared now or before, and not the same). */
export function touchesMfaFactors(olds: UserPoolArgsRecord, news: UserPoolArgsRecord): boolean {
  const before = desiredFromArgs(declaredFields(olds)) as unknown as Json;
  const after = desiredFromArgs(declaredFields(news)) as unknown as Json;
  const factors = USER_POOL_FIELDS.filter((f) => f.change === "mfaConfig");
  const declaredSomewhere = factors.some((f) => isSet(before[f.api]) || isSet(after[f.api]));
  if (!declaredSomewhere) return false;
  return [...factors.map((f) => f.api), "MfaConfiguration", "SmsConfiguration", "SmsAuthenticationMessage"].some(
    (api) => !sameValue(before[api], after[api]),
  );
}

/**
 * The requests that take the live pool to what this program declares, three ways. `mfa` is the
 * live GetUserPoolMfaConfig response; it is needed only when touchesMfaFactors(olds, news).
 */
export function planUpdate(
  userPoolId: string,
  olds: UserPoolArgsRecord,
  news: UserPoolArgsRecord,
  pool: UserPoolType,
  mfa?: GetUserPoolMfaConfigResponse,
): UpdatePlan {
  const declared = desiredFromArgs(declaredFields(news)) as unknown as Json;
  // What the previous program put on the pool: what it declared and what was derived from that
  // (see withDerivedMembers). A derived member is Pulumi's too, so removing its source removes it.
  const previous = withDerivedMembers(desiredFromArgs(declaredFields(olds)) as unknown as Json);
  const merged: Json = {};
  for (const field of USER_POOL_FIELDS) {
    if (field.change !== "update" && field.change !== "mfaConfig") continue;
    // A copy: the merged request is adjusted in place below, and the described pool stays as read.
    const live = structuredClone(liveValue(field, pool, mfa));
    const value = merge(field.api, declared[field.api], previous[field.api], live);
    if (value !== undefined) merged[field.api] = value;
  }

  // The provider's owner tag stays, whatever the program does with its tags.
  const ownerTag = pool.UserPoolTags?.[OWNER_TAG_KEY];
  if (ownerTag !== undefined) {
    merged.UserPoolTags = {
      ...(isPlainObject(merged.UserPoolTags) ? merged.UserPoolTags : {}),
      [OWNER_TAG_KEY]: ownerTag,
    };
  }

  for (const [a, b] of COUPLED) {
    const declaredA = isSet(get(declared, a));
    const declaredB = isSet(get(declared, b));
    if ((declaredA || isSet(get(previous, a))) && !declaredB) put(merged, b, get(merged, a));
    else if ((declaredB || isSet(get(previous, b))) && !declaredA) put(merged, a, get(merged, b));
  }
  alignPreTokenGeneration(merged, declared);
  // "When you set TemporaryPasswordValidityDays for a user pool, you can no longer set a value for
  // the legacy UnusedAccountValidityDays parameter" (API_PasswordPolicyType).
  if (
    isSet(get(merged, "Policies.PasswordPolicy.TemporaryPasswordValidityDays")) &&
    !isSet(get(declared, "AdminCreateUserConfig.UnusedAccountValidityDays"))
  ) {
    put(merged, "AdminCreateUserConfig.UnusedAccountValidityDays", undefined);
  }

  const update: Json = { UserPoolId: userPoolId };
  for (const field of USER_POOL_FIELDS) {
    if (field.change === "update" && merged[field.api] !== undefined) update[field.api] = merged[field.api];
  }

  let mfaRequest: SetUserPoolMfaConfigRequest | undefined;
  if (mfa && touchesMfaFactors(olds, news)) {
    const request: Json = { UserPoolId: userPoolId, MfaConfiguration: merged.MfaConfiguration ?? "OFF" };
    for (const field of USER_POOL_FIELDS) {
      if (field.change === "mfaConfig" && merged[field.api] !== undefined) request[field.api] = merged[field.api];
    }
    if (isPlainObject(declared.SmsMfaConfiguration)) {
      request.SmsMfaConfiguration = smsFactor(declared.SmsMfaConfiguration, merged);
    }
    const liveMfa: Json = { MfaConfiguration: mfa.MfaConfiguration ?? "OFF" };
    const wanted: Json = { MfaConfiguration: request.MfaConfiguration };
    for (const field of USER_POOL_FIELDS) {
      if (field.change !== "mfaConfig") continue;
      liveMfa[field.api] = liveValue(field, pool, mfa);
      wanted[field.api] = request[field.api];
    }
    if (!sameValue(liveMfa, wanted)) mfaRequest = request as unknown as SetUserPoolMfaConfigRequest;
  }

  const tagsBefore = isPlainObject(previous.UserPoolTags) ? Object.keys(previous.UserPoolTags) : [];
  const tagsNow = isPlainObject(declared.UserPoolTags) ? declared.UserPoolTags : {};
  return {
    update: update as unknown as UpdateUserPoolRequest,
    mfa: mfaRequest,
    removedTagKeys: tagsBefore.filter((key) => !isSet(tagsNow[key]) && key !== OWNER_TAG_KEY),
  };
}

/**
 * The declared settings (API shape) with the members that follow from them filled in: for each
 * COUPLED pair, the member not declared carries the declared one's value, and the legacy
 * LambdaConfig.PreTokenGeneration carries PreTokenGenerationConfig.LambdaArn. These are what the
 * provider writes beside the declared members (planUpdate's COUPLED step and
 * alignPreTokenGeneration), and what Cognito fills itself on CreateUserPool. A member derived this
 * way from the previous program is Pulumi's, not a setting made outside Pulumi: the three-way
 * merge counts it as previously declared, so it is reset with the setting it was derived from.
 */
export function withDerivedMembers(desired: Json): Json {
  const result = structuredClone(desired);
  const ensureParent = (path: string): void => {
    const segments = path.split(".");
    let target: Json = result;
    for (const segment of segments.slice(0, -1)) {
      if (!isPlainObject(target[segment])) target[segment] = {};
      target = target[segment] as Json;
    }
  };
  const derive = (from: string, to: string): void => {
    const value = get(result, from);
    if (!isSet(value) || isSet(get(result, to))) return;
    ensureParent(to);
    put(result, to, value);
  };
  for (const [a, b] of COUPLED) {
    derive(a, b);
    derive(b, a);
  }
  derive("LambdaConfig.PreTokenGenerationConfig.LambdaArn", "LambdaConfig.PreTokenGeneration");
  // The SMS factor's members left out follow the pool's SMS settings (convert.ts smsFactor).
  if (isPlainObject(result.SmsMfaConfiguration)) {
    derive("SmsConfiguration", "SmsMfaConfiguration.SmsConfiguration");
    derive("SmsAuthenticationMessage", "SmsMfaConfiguration.SmsAuthenticationMessage");
  }
  return result;
}

/**
 * LambdaConfig.PreTokenGeneration (legacy) and PreTokenGenerationConfig.LambdaArn must be the same
 * function ("If you also set an ARN in PreTokenGenerationConfig, its value must be identical to
 * PreTokenGeneration": https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_LambdaConfigType.html).
 * The one the program does not declare follows the one it does.
 */
function alignPreTokenGeneration(merged: Json, declared: Json): void {
  const legacy = "LambdaConfig.PreTokenGeneration";
  const config = "LambdaConfig.PreTokenGenerationConfig";
  const declaredLegacy = isSet(get(declared, legacy));
  const declaredConfig = isSet(get(declared, config));
  if (declaredConfig && !declaredLegacy) put(merged, legacy, get(merged, `${config}.LambdaArn`));
  else if (declaredLegacy && !declaredConfig) {
    const live = get(merged, config);
    if (isPlainObject(live) && live.LambdaArn !== get(merged, legacy)) put(merged, config, undefined);
  }
}

export interface RemovalNote {
  /** The removed setting, as an arg path (`emailVerificationSubject`, `policies.passwordPolicy.requireSymbols`). */
  arg: string;
  /** `reset`: goes back to Cognito's default; `kept`: stays as it is on the pool. */
  kind: "reset" | "kept";
  /** For `reset`: the default sent (undefined: left out, which resets it). */
  value?: unknown;
  /** For `kept`: why. */
  reason?: string;
}

/**
 * One field's declared value in API shape; `unknown` when it cannot be converted, as at preview
 * for a value that is an output of another resource (still declared, so no removal).
 */
function fieldValue(field: FieldSpec, args: UserPoolArgsRecord): unknown {
  const name = argName(field);
  const value = args[name];
  if (!isSet(value)) return undefined;
  try {
    return (toApi(field.container, { [name]: value }) as Json)[field.api];
  } catch {
    return UNCONVERTIBLE;
  }
}

const UNCONVERTIBLE = Symbol("unconvertible");

/** What removing settings from the program does to the pool, one note per removed setting. */
export function removalNotes(olds: UserPoolArgsRecord, news: UserPoolArgsRecord): RemovalNote[] {
  const notes: RemovalNote[] = [];
  const visit = (field: FieldSpec, segments: string[], before: unknown, now: unknown): void => {
    const path = segments.join(".");
    if (!isSet(before) || before === UNCONVERTIBLE || now === UNCONVERTIBLE) return;
    if (!isSet(now)) {
      const arg = argPath(field.container, segments);
      if (path in KEPT_WHEN_REMOVED) notes.push({ arg, kind: "kept", reason: KEPT_WHEN_REMOVED[path] });
      else notes.push({ arg, kind: "reset", value: resetValue(path) });
      return;
    }
    if (isPlainObject(before) && isPlainObject(now)) {
      for (const key of Object.keys(before)) {
        if (segments[0] === "UserPoolTags" && key === OWNER_TAG_KEY) continue;
        visit(field, [...segments, key], before[key], now[key]);
      }
    }
  };
  for (const field of USER_POOL_FIELDS) {
    if (field.change !== "update" && field.change !== "mfaConfig") continue;
    visit(field, [field.api], fieldValue(field, olds), fieldValue(field, news));
  }
  return notes;
}

/** The preview lines for removal notes. */
export function describeRemovals(poolLabel: string, notes: readonly RemovalNote[]): string[] {
  return notes.map((note) =>
    note.kind === "kept"
      ? `Cognito user pool ${poolLabel}: ${note.arg} was removed from the program, but the pool keeps its current ` +
        `value: ${note.reason}.`
      : `Cognito user pool ${poolLabel}: ${note.arg} was removed from the program; \`pulumi up\` sets it back to ` +
        `Cognito's default${note.value === undefined ? "" : ` (${JSON.stringify(note.value)})`}.`,
  );
}
