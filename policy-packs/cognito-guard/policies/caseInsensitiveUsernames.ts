import type { NoConfig } from "../config";
import { definePolicy, USER_POOLS } from "../policy";
import type { PoolNaming } from "../resourceTypes";
import type { UserPoolView } from "../userPoolView";

/**
 * What changing case sensitivity does to an existing pool, per type. Cognito fixes it at creation
 * (UpdateUserPool takes no UsernameConfiguration,
 * https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_UpdateUserPool.html):
 * - this project's UserPool replaces the pool (provider/fields.ts: usernameConfiguration is create-only),
 *   and refuses that at preview while deletion protection is ACTIVE;
 * - @pulumi/aws replaces it: case_sensitive is ForceNew in hashicorp/terraform-provider-aws
 *   internal/service/cognitoidp/user_pool.go;
 * - @pulumi/aws-native does not: its schema has no create-only property for it (CloudFormation
 *   documents "Update requires: No interruption",
 *   https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-cognito-userpool-usernameconfiguration.html),
 *   so the update is sent to a service that cannot apply it, and fails.
 */
const CHANGE_ON_EXISTING_POOL: Readonly<Record<PoolNaming, string>> = {
  api:
    "changing it on an existing pool replaces the pool (refused at preview while deletion protection is ACTIVE), " +
    "and the new pool has none of the old pool's users",
  aws: "changing it on an existing pool replaces the pool, and the new pool has none of the old pool's users",
  awsNative:
    "aws-native does not replace a pool for it, so changing it on an existing pool fails the update; " +
    "set it when the pool is created",
};

/**
 * Mirrors AWS's own recommendation: "For most use cases, set case sensitivity to False (case
 * insensitive) as a best practice."
 * (https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_UsernameConfigurationType.html)
 * No Security Hub, Config, Prowler or cdk-nag check covers it.
 */
export const caseInsensitiveUsernamesPolicy = definePolicy<NoConfig, UserPoolView>({
  name: "cognito-user-pool-case-insensitive-usernames",
  displayName: "Cognito user pool case-insensitive usernames",
  description:
    "Cognito user pools must have case-insensitive usernames (UsernameConfiguration.CaseSensitive false), so that " +
    '"Alice" and "alice" cannot be two users. It is fixed when the pool is created. Mirrors AWS\'s recommendation ' +
    "in the UsernameConfigurationType documentation.",
  severity: "low",
  defaultEnforcementLevel: "advisory",
  remediationSteps:
    "Set usernameConfiguration.caseSensitive to false when creating the pool; Cognito cannot change it on an existing " +
    "pool (@pulumi/aws and this project's UserPool replace the pool, aws-native fails the update).",
  configFields: {},
  configDefaults: {},
  appliesTo: USER_POOLS,
  check(pool, _config, report) {
    const value = pool.caseSensitive;
    if (value !== false) {
      const how =
        value === undefined ? "not set, which for a pool created through the API means case-sensitive" : "got true";
      report(
        `${pool.subject} must have case-insensitive usernames (${how}); set ${pool.path("caseSensitive")}: false. ` +
          `It is fixed at creation: ${CHANGE_ON_EXISTING_POOL[pool.naming]}.`,
      );
    }
  },
});
