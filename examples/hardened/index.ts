// A pool that passes every CognitoGuard policy at its default level.
import { UserPool } from "pulumi-cognito-userpool";

const pool = new UserPool("hardened", {
  poolName: "hardened-pool",
  deletionProtection: "ACTIVE",
  usernameAttributes: ["email"],
  autoVerifiedAttributes: ["email"],
  usernameConfiguration: { caseSensitive: false },
  adminCreateUserConfig: { allowAdminCreateUserOnly: true },
  accountRecoverySetting: { recoveryMechanisms: [{ name: "verified_email", priority: 1 }] },
  policies: {
    passwordPolicy: {
      minimumLength: 14,
      requireLowercase: true,
      requireUppercase: true,
      requireNumbers: true,
      requireSymbols: true,
      temporaryPasswordValidityDays: 3,
    },
  },
  mfaConfiguration: "ON",
  softwareTokenMfaConfiguration: { enabled: true },
  userPoolTier: "PLUS",
  userPoolAddOns: {
    advancedSecurityMode: "ENFORCED",
    advancedSecurityAdditionalFlows: { customAuthMode: "ENFORCED" },
  },
});

export const userPoolId = pool.id;
