import type { NoConfig } from "../config";
import { definePolicy } from "../policy";
import { subject } from "../text";

export const caseInsensitiveUsernamesPolicy = definePolicy<NoConfig>({
  name: "cognito-user-pool-case-insensitive-usernames",
  displayName: "Cognito user pool case-insensitive usernames",
  description:
    "Cognito user pools must have case-insensitive usernames (UsernameConfiguration.CaseSensitive false), so that " +
    '"Alice" and "alice" cannot be two users. It is fixed when the pool is created. Mirrors AWS\'s recommendation ' +
    "in the UsernameConfiguration documentation (see also aws-cdk issue 23524).",
  severity: "low",
  defaultEnforcementLevel: "advisory",
  remediationSteps:
    "Set usernameConfiguration.caseSensitive to false when creating the pool; on an existing pool this replaces " +
    "it, and the new pool has none of the old pool's users.",
  configFields: {},
  configDefaults: {},
  check(pool, _config, report) {
    const value = pool.caseSensitive;
    if (value !== false) {
      const how =
        value === undefined ? "not set, which for a pool created through the API means case-sensitive" : "got true";
      report(
        `${subject(pool.name)} must have case-insensitive usernames (${how}); set ` +
          `${pool.path("caseSensitive")}: false. It is fixed at creation: changing it on an existing pool replaces ` +
          `the pool, and the new pool has none of the old pool's users.`,
      );
    }
  },
});
