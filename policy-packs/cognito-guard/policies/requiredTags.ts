import { definePolicy, USER_POOLS } from "../policy";
import { listOf } from "../text";
import type { UserPoolView } from "../userPoolView";

export type RequiredTagsConfig = {
  /** Tag keys every pool must carry; empty: at least one tag. */
  readonly requiredTags: readonly string[];
};

/** AWS Config does not count tags whose key starts with "aws:" (reserved for AWS). */
const isUserTag = (key: string) => !key.startsWith("aws:");

/**
 * Mirrors AWS Config cognito-user-pool-tagged: "NON_COMPLIANT if there are no tags or if the
 * specified tag keys are not present. The rule does not check for tags starting with 'aws:'."
 * (https://docs.aws.amazon.com/config/latest/developerguide/cognito-user-pool-tagged.html; its
 * requiredKeyTags parameter is this policy's requiredTags.)
 */
export const requiredTagsPolicy = definePolicy<RequiredTagsConfig, UserPoolView>({
  name: "cognito-user-pool-required-tags",
  displayName: "Cognito user pool required tags",
  description:
    "Cognito user pools must carry the configured tag keys (requiredTags), or at least one tag when none is " +
    "configured. Mirrors AWS Config cognito-user-pool-tagged; disabled unless configured.",
  severity: "low",
  defaultEnforcementLevel: "disabled",
  remediationSteps: "Add the missing tag keys to the pool's tags.",
  configFields: {
    requiredTags: {
      type: "stringList",
      description: "Tag keys every Cognito user pool must carry; empty means at least one tag (AWS Config's rule).",
    },
  },
  configDefaults: { requiredTags: [] },
  appliesTo: USER_POOLS,
  check(pool, config, report) {
    const present = new Set(pool.tagKeys.filter(isUserTag));
    if (config.requiredTags.length === 0) {
      if (present.size === 0)
        report(`${pool.subject} must carry at least one tag (it has none); add one to ${pool.path("tags")}.`);
      return;
    }
    const missing = config.requiredTags.filter((key) => !present.has(key));
    if (missing.length > 0) {
      const noun = missing.length === 1 ? "tag" : "tags";
      report(
        `${pool.subject} must carry the ${noun} ${listOf(missing)} (missing); add ${missing.length === 1 ? "it" : "them"} ` +
          `to ${pool.path("tags")}.`,
      );
    }
  },
});
