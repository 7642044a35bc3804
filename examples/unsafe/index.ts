// A pool CognitoGuard must stop: no deletion protection, a weak password policy.
import { UserPool } from "pulumi-cognito-userpool";

const pool = new UserPool("unsafe", {
  poolName: "unsafe-pool",
  deletionProtection: "INACTIVE",
  policies: {
    passwordPolicy: {
      minimumLength: 6,
      requireLowercase: true,
      requireUppercase: true,
      requireNumbers: true,
      requireSymbols: false,
      temporaryPasswordValidityDays: 7,
    },
  },
});

export const userPoolId = pool.id;
