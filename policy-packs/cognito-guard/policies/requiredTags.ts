import { definePolicy } from "../policy";
import { listOf, subject } from "../text";

export type RequiredTagsConfig = {
  /** Tag keys every pool must carry. */
  readonly requiredTags: readonly string[];
};

export const requiredTagsPolicy = definePolicy<RequiredTagsConfig>({
  name: "cognito-user-pool-required-tags",
  displayName: "Cognito user pool required tags",
  description:
    "Cognito user pools must carry the configured tag keys (requiredTags), for ownership and cost allocation. " +
    "Common practice; disabled unless configured.",
  severity: "low",
  defaultEnforcementLevel: "disabled",
  remediationSteps: "Add the missing tag keys to the pool's tags.",
  configFields: {
    requiredTags: { type: "stringList", description: "Tag keys every Cognito user pool must carry." },
  },
  configDefaults: { requiredTags: [] },
  check(pool, config, report) {
    const present = new Set(pool.tagKeys);
    const missing = config.requiredTags.filter((key) => !present.has(key));
    if (missing.length > 0) {
      const noun = missing.length === 1 ? "tag" : "tags";
      report(
        `${subject(pool.name)} must carry the ${noun} ${listOf(missing)} (missing); add ${missing.length === 1 ? "it" : "them"} ` +
          `to ${pool.path("tags")}.`,
      );
    }
  },
});
