/**
 * Feature plans (`UserPoolTier`): features a plan lacks fail with FeatureUnavailableInTierException.
 * An omitted tier means ESSENTIALS for a new pool; an existing or adopted pool keeps its live plan,
 * so check.ts hands it over as not known yet. Only features whose plan AWS documents are listed here.
 */
import { UserPoolTierType } from "@aws-sdk/client-cognito-identity-provider";
import type { Path } from "./read";
import type { Violation } from "./walk";
import { at, int, obj, str, stringItems, UNKNOWN } from "./read";

type Tier = "LITE" | "ESSENTIALS" | "PLUS";
const RANK: Record<Tier, number> = { LITE: 0, ESSENTIALS: 1, PLUS: 2 };

interface Feature {
  path: Path;
  /** What the user set, e.g. `"ENFORCED"` or `an email MFA configuration`. */
  what: string;
  /** The feature in words, e.g. `threat protection`. */
  feature: string;
  needs: Tier;
  /** How to do without the feature. */
  instead: string;
}

/** The features `pool` uses that need more than the lowest plan. */
function tieredFeatures(pool: unknown): Feature[] {
  const features: Feature[] = [];
  const mode = str(pool, "userPoolAddOns", "advancedSecurityMode");
  if (mode === "AUDIT" || mode === "ENFORCED") {
    features.push({
      path: ["userPoolAddOns", "advancedSecurityMode"],
      what: JSON.stringify(mode),
      feature: "threat protection (advanced security)",
      needs: "PLUS",
      instead: `set userPoolAddOns.advancedSecurityMode to "OFF"`,
    });
  }
  const custom = str(pool, "userPoolAddOns", "advancedSecurityAdditionalFlows", "customAuthMode");
  if (custom === "AUDIT" || custom === "ENFORCED") {
    features.push({
      path: ["userPoolAddOns", "advancedSecurityAdditionalFlows", "customAuthMode"],
      what: JSON.stringify(custom),
      feature: "threat protection for custom authentication",
      needs: "PLUS",
      instead: `remove userPoolAddOns.advancedSecurityAdditionalFlows`,
    });
  }
  const version = str(pool, "lambdaConfig", "preTokenGenerationConfig", "lambdaVersion");
  if (version === "V2_0" || version === "V3_0") {
    features.push({
      path: ["lambdaConfig", "preTokenGenerationConfig", "lambdaVersion"],
      what: JSON.stringify(version),
      feature: "access token customization (pre token generation events V2_0 and V3_0)",
      needs: "ESSENTIALS",
      instead: `set lambdaConfig.preTokenGenerationConfig.lambdaVersion to "V1_0" (ID tokens only)`,
    });
  }
  if (obj(pool, "emailMfaConfiguration") !== undefined) {
    features.push({
      path: ["emailMfaConfiguration"],
      what: "an email MFA configuration",
      feature: "email MFA and email sign-in codes",
      needs: "ESSENTIALS",
      instead: `remove emailMfaConfiguration`,
    });
  }
  const history = int(pool, "policies", "passwordPolicy", "passwordHistorySize");
  if (history !== undefined && history > 0) {
    features.push({
      path: ["policies", "passwordPolicy", "passwordHistorySize"],
      what: String(history),
      feature: "password history (preventing password reuse)",
      needs: "ESSENTIALS",
      instead: `set policies.passwordPolicy.passwordHistorySize to 0 or remove it`,
    });
  }
  for (const { value, index } of stringItems(pool, "policies", "signInPolicy", "allowedFirstAuthFactors")) {
    if (value !== "EMAIL_OTP" && value !== "SMS_OTP" && value !== "WEB_AUTHN") continue;
    features.push({
      path: ["policies", "signInPolicy", "allowedFirstAuthFactors", index],
      what: JSON.stringify(value),
      feature: "passwordless sign-in (choice-based authentication)",
      needs: "ESSENTIALS",
      instead: `allow only "PASSWORD" in policies.signInPolicy.allowedFirstAuthFactors`,
    });
  }
  if (str(pool, "webAuthnConfiguration", "factorConfiguration") === "MULTI_FACTOR_WITH_USER_VERIFICATION") {
    features.push({
      path: ["webAuthnConfiguration", "factorConfiguration"],
      what: '"MULTI_FACTOR_WITH_USER_VERIFICATION"',
      feature: "passkeys as multi-factor authentication",
      needs: "ESSENTIALS",
      instead: `set webAuthnConfiguration.factorConfiguration to "SINGLE_FACTOR"`,
    });
  }
  if (obj(pool, "dcrConfiguration") !== undefined && str(pool, "dcrConfiguration", "enableStatus") !== "Disabled") {
    features.push({
      path: ["dcrConfiguration"],
      what: "a dynamic client registration configuration",
      feature: "dynamic client registration",
      needs: "ESSENTIALS",
      instead: `remove dcrConfiguration or set its enableStatus to "Disabled"`,
    });
  }
  const acr = obj(pool, "acrConfiguration");
  if (acr !== undefined && Object.keys(acr).length > 0) {
    features.push({
      path: ["acrConfiguration"],
      what: "custom ACR level names",
      feature: "custom authentication context class reference (ACR) names",
      needs: "ESSENTIALS",
      instead: `remove acrConfiguration`,
    });
  }
  return features;
}

export function checkTiers(pool: unknown): Violation[] {
  const raw = at(pool, "userPoolTier");
  if (raw === UNKNOWN) return [];
  if (raw !== undefined && !(Object.values(UserPoolTierType) as unknown[]).includes(raw)) return [];
  const declared = str(pool, "userPoolTier");
  const tier = (declared ?? "ESSENTIALS") as Tier;
  const got =
    declared === undefined
      ? `userPoolTier is not set, which means "ESSENTIALS" for a new pool`
      : `userPoolTier is ${JSON.stringify(declared)}`;
  return tieredFeatures(pool)
    .filter((f) => RANK[tier] < RANK[f.needs])
    .map((f) => ({
      path: f.path,
      reason:
        `needs userPoolTier ${JSON.stringify(f.needs)}${f.needs === "ESSENTIALS" ? ' or "PLUS"' : ""} for ${f.feature}; ` +
        `got ${f.what} while ${got}. That feature plan lacks it, so Cognito would fail with ` +
        `FeatureUnavailableInTierException: set userPoolTier to ${JSON.stringify(f.needs)}, or ${f.instead}.`,
    }));
}
