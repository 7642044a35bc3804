/**
 * User pools, user pool clients and identity pools of each covered resource type, as the engine
 * hands their inputs to a policy. Every fixture is typed with its type's own Args (this project's
 * UserPoolArgs, @pulumi/aws's and @pulumi/aws-native's, type imports only), so that an upstream
 * rename breaks the build; the property paths are restated here, not taken from the pack, so that
 * a wrong path in the pack fails a test.
 */
import type {
  IdentityPoolArgs as AwsIdentityPoolArgs,
  UserPoolArgs as AwsUserPoolArgs,
  UserPoolClientArgs as AwsUserPoolClientArgs,
} from "@pulumi/aws/cognito";
import type {
  IdentityPoolArgs as NativeIdentityPoolArgs,
  UserPoolArgs as NativeUserPoolArgs,
  UserPoolClientArgs as NativeUserPoolClientArgs,
} from "@pulumi/aws-native/cognito";
import type * as pulumi from "@pulumi/pulumi";
import type { UserPoolArgs } from "../../../sdk/types";
import type { Props } from "../../support/policyArgs";

export type Kind = "dynamic" | "aws" | "awsNative";
export const KINDS: readonly Kind[] = ["dynamic", "aws", "awsNative"];

export const TYPE: Record<Kind, string> = {
  dynamic: "pulumi-nodejs:dynamic/cognito:UserPool",
  aws: "aws:cognito/userPool:UserPool",
  awsNative: "aws-native:cognito:UserPool",
};

type Path = readonly string[];

/** Where settings whose path differs between the types live. */
export const PATH = {
  passwordPolicy: {
    dynamic: ["policies", "passwordPolicy"],
    aws: ["passwordPolicy"],
    awsNative: ["policies", "passwordPolicy"],
  },
  tags: { dynamic: ["userPoolTags"], aws: ["tags"], awsNative: ["userPoolTags"] },
} as const satisfies Record<string, Record<Kind, Path>>;

/** A path as a message writes it. */
export const dotted = (path: Path): string => path.join(".");

const STRONG_PASSWORDS = {
  minimumLength: 14,
  requireUppercase: true,
  requireLowercase: true,
  requireNumbers: true,
  requireSymbols: true,
  temporaryPasswordValidityDays: 3,
};
const ADD_ONS: pulumi.Unwrap<UserPoolArgs["userPoolAddOns"]> = {
  advancedSecurityMode: "ENFORCED",
  advancedSecurityAdditionalFlows: { customAuthMode: "ENFORCED" },
};
const RECOVERY: pulumi.Unwrap<UserPoolArgs["accountRecoverySetting"]> = {
  recoveryMechanisms: [
    { name: "verified_email", priority: 1 },
    { name: "verified_phone_number", priority: 2 },
  ],
};
const TAGS = { owner: "identity-team", env: "prod" };

/** Typed against this project's UserPoolArgs, so that a renamed arg breaks the build. */
const DYNAMIC_POOL: pulumi.Unwrap<UserPoolArgs> = {
  poolName: "guarded",
  deletionProtection: "ACTIVE",
  policies: { passwordPolicy: STRONG_PASSWORDS },
  mfaConfiguration: "ON",
  softwareTokenMfaConfiguration: { enabled: true },
  userPoolTier: "PLUS",
  userPoolAddOns: ADD_ONS,
  adminCreateUserConfig: { allowAdminCreateUserOnly: true },
  accountRecoverySetting: RECOVERY,
  usernameConfiguration: { caseSensitive: false },
  userPoolTags: TAGS,
};

const AWS_POOL: pulumi.Unwrap<AwsUserPoolArgs> = {
  name: "guarded",
  deletionProtection: "ACTIVE",
  passwordPolicy: STRONG_PASSWORDS,
  mfaConfiguration: "ON",
  softwareTokenMfaConfiguration: { enabled: true },
  userPoolTier: "PLUS",
  userPoolAddOns: ADD_ONS,
  adminCreateUserConfig: { allowAdminCreateUserOnly: true },
  accountRecoverySetting: RECOVERY,
  usernameConfiguration: { caseSensitive: false },
  tags: TAGS,
};

const NATIVE_POOL: pulumi.Unwrap<NativeUserPoolArgs> = {
  userPoolName: "guarded",
  deletionProtection: "ACTIVE",
  policies: { passwordPolicy: STRONG_PASSWORDS },
  mfaConfiguration: "ON",
  enabledMfas: ["SOFTWARE_TOKEN_MFA"],
  userPoolTier: "PLUS",
  userPoolAddOns: ADD_ONS,
  adminCreateUserConfig: { allowAdminCreateUserOnly: true },
  accountRecoverySetting: RECOVERY,
  usernameConfiguration: { caseSensitive: false },
  userPoolTags: TAGS,
};

/** A pool of `kind` that passes every policy (required tags: "owner" and "env"). */
export function compliantPool(kind: Kind): Props {
  switch (kind) {
    case "dynamic":
      // The dynamic resource's inputs also carry its serialised provider.
      return structuredClone({ ...DYNAMIC_POOL, __provider: "exports.handler = __f0;" });
    case "aws":
      return structuredClone(AWS_POOL);
    case "awsNative":
      return structuredClone(NATIVE_POOL);
  }
}

/** A copy of `props` with `path` set to `value` (removed when `value` is undefined). */
export function withPath(props: Props, path: Path, value: unknown): Props {
  const copy = structuredClone(props);
  let current: Record<string, unknown> = copy;
  for (const key of path.slice(0, -1)) {
    const next = current[key];
    if (typeof next !== "object" || next === null) current[key] = {};
    current = current[key] as Record<string, unknown>;
  }
  const last = path[path.length - 1];
  if (value === undefined) delete current[last];
  else current[last] = value;
  return copy;
}

/** `compliantPool(kind)` with each `[path, value]` applied in turn. */
export function poolWith(kind: Kind, ...changes: ReadonlyArray<readonly [Path, unknown]>): Props {
  return changes.reduce((props, [path, value]) => withPath(props, path, value), compliantPool(kind));
}

export type Factor = "totp" | "sms" | "email";

const SMS_CONFIGURATION = { snsCallerArn: "arn:aws:iam::123456789012:role/cognito-sms", externalId: "guarded" };
/** Email MFA needs the pool's own SES identity (emailSendingAccount DEVELOPER). */
const DEVELOPER_EMAIL = {
  emailSendingAccount: "DEVELOPER",
  sourceArn: "arn:aws:ses:us-east-1:123456789012:identity/example.com",
  from: "no-reply@example.com",
};

/** `compliantPool(kind)` with no MFA factor configured. */
export function poolWithoutFactors(kind: Kind): Props {
  return poolWith(
    kind,
    [["softwareTokenMfaConfiguration"], undefined],
    [["enabledMfas"], undefined],
    [["smsConfiguration"], undefined],
    [["emailMfaConfiguration"], undefined],
  );
}

/** A pool of `kind` whose only MFA factor is `factor`, configured the way that type does it. */
export function poolWithFactor(kind: Kind, factor: Factor): Props {
  const base = poolWithoutFactors(kind);
  if (kind === "awsNative") {
    const enabled = { totp: "SOFTWARE_TOKEN_MFA", sms: "SMS_MFA", email: "EMAIL_OTP" }[factor];
    const withList = withPath(base, ["enabledMfas"], [enabled]);
    if (factor === "email") return withPath(withList, ["emailConfiguration"], DEVELOPER_EMAIL);
    return factor === "sms" ? withPath(withList, ["smsConfiguration"], SMS_CONFIGURATION) : withList;
  }
  switch (factor) {
    case "totp":
      return withPath(base, ["softwareTokenMfaConfiguration"], { enabled: true });
    case "sms":
      return withPath(base, ["smsConfiguration"], SMS_CONFIGURATION);
    case "email":
      return withPath(
        withPath(base, ["emailMfaConfiguration"], { message: "Your code is {####}", subject: "Sign-in code" }),
        ["emailConfiguration"],
        DEVELOPER_EMAIL,
      );
  }
}

export { DEVELOPER_EMAIL, SMS_CONFIGURATION };

// ---------------------------------------------------------------------------------------------
// User pool clients and identity pools: @pulumi/aws and @pulumi/aws-native only.

export type ProviderKind = "aws" | "awsNative";
export const PROVIDER_KINDS: readonly ProviderKind[] = ["aws", "awsNative"];

export const CLIENT_TYPE: Record<ProviderKind, string> = {
  aws: "aws:cognito/userPoolClient:UserPoolClient",
  awsNative: "aws-native:cognito:UserPoolClient",
};

export const IDENTITY_POOL_TYPE: Record<ProviderKind, string> = {
  aws: "aws:cognito/identityPool:IdentityPool",
  awsNative: "aws-native:cognito:IdentityPool",
};

/** Client settings whose path differs between the types. */
export const CLIENT_PATH = {
  allowedOAuthFlows: { aws: ["allowedOauthFlows"], awsNative: ["allowedOAuthFlows"] },
} as const satisfies Record<string, Record<ProviderKind, Path>>;

const AWS_CLIENT: pulumi.Unwrap<AwsUserPoolClientArgs> = {
  name: "web",
  userPoolId: "us-east-1_Guarded01",
  preventUserExistenceErrors: "ENABLED",
  enableTokenRevocation: true,
  explicitAuthFlows: ["ALLOW_USER_SRP_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"],
  allowedOauthFlowsUserPoolClient: true,
  allowedOauthFlows: ["code"],
  allowedOauthScopes: ["openid", "email"],
  callbackUrls: ["https://app.example.com/callback"],
  supportedIdentityProviders: ["COGNITO"],
};

const NATIVE_CLIENT: pulumi.Unwrap<NativeUserPoolClientArgs> = {
  clientName: "web",
  userPoolId: "us-east-1_Guarded01",
  preventUserExistenceErrors: "ENABLED",
  enableTokenRevocation: true,
  explicitAuthFlows: ["ALLOW_USER_SRP_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"],
  allowedOAuthFlowsUserPoolClient: true,
  allowedOAuthFlows: ["code"],
  allowedOAuthScopes: ["openid", "email"],
  callbackUrls: ["https://app.example.com/callback"],
  supportedIdentityProviders: ["COGNITO"],
};

/** A user pool client of `kind` that passes every policy. */
export function compliantClient(kind: ProviderKind): Props {
  return structuredClone(kind === "aws" ? AWS_CLIENT : NATIVE_CLIENT);
}

/** `compliantClient(kind)` with each `[path, value]` applied in turn. */
export function clientWith(kind: ProviderKind, ...changes: ReadonlyArray<readonly [Path, unknown]>): Props {
  return changes.reduce((props, [path, value]) => withPath(props, path, value), compliantClient(kind));
}

const USER_POOL_PROVIDER = {
  clientId: "7example0client0id0abcdefgh",
  providerName: "cognito-idp.us-east-1.amazonaws.com/us-east-1_Guarded01",
  serverSideTokenCheck: true,
};

const AWS_IDENTITY_POOL: pulumi.Unwrap<AwsIdentityPoolArgs> = {
  identityPoolName: "guarded",
  allowUnauthenticatedIdentities: false,
  allowClassicFlow: false,
  cognitoIdentityProviders: [USER_POOL_PROVIDER],
};

const NATIVE_IDENTITY_POOL: pulumi.Unwrap<NativeIdentityPoolArgs> = {
  identityPoolName: "guarded",
  allowUnauthenticatedIdentities: false,
  allowClassicFlow: false,
  cognitoIdentityProviders: [USER_POOL_PROVIDER],
};

/** An identity pool of `kind` that passes every policy. */
export function compliantIdentityPool(kind: ProviderKind): Props {
  return structuredClone(kind === "aws" ? AWS_IDENTITY_POOL : NATIVE_IDENTITY_POOL);
}

/** `compliantIdentityPool(kind)` with each `[path, value]` applied in turn. */
export function identityPoolWith(kind: ProviderKind, ...changes: ReadonlyArray<readonly [Path, unknown]>): Props {
  return changes.reduce((props, [path, value]) => withPath(props, path, value), compliantIdentityPool(kind));
}
