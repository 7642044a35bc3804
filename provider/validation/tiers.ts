/**
 * Feature plans (`UserPoolTier`): features a plan lacks fail with FeatureUnavailableInTierException.
 * An omitted tier means ESSENTIALS for a new pool. Only features whose plan AWS documents are
 * listed here.
 */
import { UserPoolTierType } from "@aws-sdk/client-cognito-identity-provider";
import type { ApiPath, Violation } from "../desiredPool";
import { at, int, obj, str, stringItems, UNKNOWN } from "./read";
import { arg } from "./text";

type Tier = "LITE" | "ESSENTIALS" | "PLUS";
const RANK: Record<Tier, number> = { LITE: 0, ESSENTIALS: 1, PLUS: 2 };

interface Feature {
  path: ApiPath;
  /** What the user set, e.g. `"ENFORCED"` or `an email MFA configuration`. */
  what: string;
  /** The feature in words, e.g. `threat protection`. */
  feature: string;
  needs: Tier;
  /** How to do without the feature. */
  instead: string;
}

/** The features `pool` uses that need more than the lowest plan. */
export function tieredFeatures(pool: unknown): Feature[] {
  const features: Feature[] = [];
  const mode = str(pool, "UserPoolAddOns", "AdvancedSecurityMode");
  if (mode === "AUDIT" || mode === "ENFORCED") {
    features.push({
      path: ["UserPoolAddOns", "AdvancedSecurityMode"],
      what: JSON.stringify(mode),
      feature: "threat protection (advanced security)",
      needs: "PLUS",
      instead: `set ${arg("UserPoolAddOns.AdvancedSecurityMode")} to "OFF"`,
    });
  }
  const custom = str(pool, "UserPoolAddOns", "AdvancedSecurityAdditionalFlows", "CustomAuthMode");
  if (custom === "AUDIT" || custom === "ENFORCED") {
    features.push({
      path: ["UserPoolAddOns", "AdvancedSecurityAdditionalFlows", "CustomAuthMode"],
      what: JSON.stringify(custom),
      feature: "threat protection for custom authentication",
      needs: "PLUS",
      instead: `remove ${arg("UserPoolAddOns.AdvancedSecurityAdditionalFlows")}`,
    });
  }
  const version = str(pool, "LambdaConfig", "PreTokenGenerationConfig", "LambdaVersion");
  if (version === "V2_0" || version === "V3_0") {
    features.push({
      path: ["LambdaConfig", "PreTokenGenerationConfig", "LambdaVersion"],
      what: JSON.stringify(version),
      feature: "access token customization (pre token generation events V2_0 and V3_0)",
      needs: "ESSENTIALS",
      instead: `set ${arg("LambdaConfig.PreTokenGenerationConfig.LambdaVersion")} to "V1_0" (ID tokens only)`,
    });
  }
  if (obj(pool, "EmailMfaConfiguration") !== undefined) {
    features.push({
      path: ["EmailMfaConfiguration"],
      what: "an email MFA configuration",
      feature: "email MFA and email sign-in codes",
      needs: "ESSENTIALS",
      instead: `remove ${arg("EmailMfaConfiguration")}`,
    });
  }
  const history = int(pool, "Policies", "PasswordPolicy", "PasswordHistorySize");
  if (history !== undefined && history > 0) {
    features.push({
      path: ["Policies", "PasswordPolicy", "PasswordHistorySize"],
      what: String(history),
      feature: "password history (preventing password reuse)",
      needs: "ESSENTIALS",
      instead: `set ${arg("Policies.PasswordPolicy.PasswordHistorySize")} to 0 or remove it`,
    });
  }
  for (const { value, index } of stringItems(pool, "Policies", "SignInPolicy", "AllowedFirstAuthFactors")) {
    if (value !== "EMAIL_OTP" && value !== "SMS_OTP" && value !== "WEB_AUTHN") continue;
    features.push({
      path: ["Policies", "SignInPolicy", "AllowedFirstAuthFactors", index],
      what: JSON.stringify(value),
      feature: "passwordless sign-in (choice-based authentication)",
      needs: "ESSENTIALS",
      instead: `allow only "PASSWORD" in ${arg("Policies.SignInPolicy.AllowedFirstAuthFactors")}`,
    });
  }
  if (str(pool, "WebAuthnConfiguration", "FactorConfiguration") === "MULTI_FACTOR_WITH_USER_VERIFICATION") {
    features.push({
      path: ["WebAuthnConfiguration", "FactorConfiguration"],
      what: '"MULTI_FACTOR_WITH_USER_VERIFICATION"',
      feature: "passkeys as multi-factor authentication",
      needs: "ESSENTIALS",
      instead: `set ${arg("WebAuthnConfiguration.FactorConfiguration")} to "SINGLE_FACTOR"`,
    });
  }
  if (obj(pool, "DcrConfiguration") !== undefined && str(pool, "DcrConfiguration", "EnableStatus") !== "Disabled") {
    features.push({
      path: ["DcrConfiguration"],
      what: "a dynamic client registration configuration",
      feature: "dynamic client registration",
      needs: "ESSENTIALS",
      instead: `remove ${arg("DcrConfiguration")} or set its enableStatus to "Disabled"`,
    });
  }
  const acr = obj(pool, "AcrConfiguration");
  if (acr !== undefined && Object.keys(acr).length > 0) {
    features.push({
      path: ["AcrConfiguration"],
      what: "custom ACR level names",
      feature: "custom authentication context class reference (ACR) names",
      needs: "ESSENTIALS",
      instead: `remove ${arg("AcrConfiguration")}`,
    });
  }
  return features;
}

export function checkTiers(pool: unknown): Violation[] {
  const raw = at(pool, "UserPoolTier");
  if (raw === UNKNOWN) return [];
  if (raw !== undefined && !(Object.values(UserPoolTierType) as unknown[]).includes(raw)) return [];
  const declared = str(pool, "UserPoolTier");
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
