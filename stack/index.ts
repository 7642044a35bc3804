// The stack `npm start` deploys, with CognitoGuard enforced (--policy-pack policy-packs/cognito-guard):
// a hardened pool for an application's customers, and a pool for its staff that is wired to it
// (its name and tags are outputs of the first pool, unknown until that pool exists).
import * as pulumi from "@pulumi/pulumi";
import { UserPool, type UserPoolArgs } from "pulumi-cognito-userpool";

const config = new pulumi.Config();
const app = config.get("appName") ?? "cognito-userpool";

// What both pools share: no self sign-up, sign-in by email (case-insensitive), recovery by email
// only, a strong password policy, TOTP MFA required, threat protection enforced (which needs the
// PLUS feature plan), and deletion protection, so a pool full of users is never deleted by accident.
const passwordPolicy = {
  minimumLength: 14,
  requireLowercase: true,
  requireUppercase: true,
  requireNumbers: true,
  requireSymbols: true,
  temporaryPasswordValidityDays: 3,
  passwordHistorySize: 5,
};
const hardened: Omit<UserPoolArgs, "poolName"> = {
  deletionProtection: "ACTIVE",
  usernameAttributes: ["email"],
  autoVerifiedAttributes: ["email"],
  usernameConfiguration: { caseSensitive: false },
  adminCreateUserConfig: { allowAdminCreateUserOnly: true },
  accountRecoverySetting: { recoveryMechanisms: [{ name: "verified_email", priority: 1 }] },
  policies: { passwordPolicy },
  mfaConfiguration: "ON",
  softwareTokenMfaConfiguration: { enabled: true },
  userPoolTier: "PLUS",
  userPoolAddOns: { advancedSecurityMode: "ENFORCED", advancedSecurityAdditionalFlows: { customAuthMode: "ENFORCED" } },
};

const customers = new UserPool("customers", {
  ...hardened,
  poolName: `${app}-customers`,
  // Custom attributes: the customer's tenant and plan, set by the application's back end.
  schema: [
    {
      name: "tenant_id",
      attributeDataType: "String",
      mutable: false,
      stringAttributeConstraints: { minLength: "1", maxLength: "64" },
    },
    { name: "plan", attributeDataType: "String", mutable: true },
    {
      name: "seats",
      attributeDataType: "Number",
      mutable: true,
      numberAttributeConstraints: { minValue: "1", maxValue: "10000" },
    },
  ],
  userPoolTags: { app, audience: "customers" },
});

const staff = new UserPool("staff", {
  ...hardened,
  poolName: pulumi.interpolate`${customers.name}-staff`,
  policies: { passwordPolicy: { ...passwordPolicy, minimumLength: 16 } },
  userPoolTags: { app, audience: "staff", "supports-pool": customers.id },
});

export const customersPoolId = customers.id;
export const customersPoolArn = customers.arn;
export const customersCustomAttributes = customers.schemaAttributes.apply((attributes) =>
  (attributes ?? []).map((attribute) => attribute.name).filter((name) => name?.startsWith("custom:")),
);
export const staffPoolId = staff.id;
export const staffPoolName = staff.name;
