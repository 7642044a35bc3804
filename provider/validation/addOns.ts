/** Threat protection add-ons (the settings; their feature-plan needs are in ./tiers). */
import { AdvancedSecurityEnabledModeType, AdvancedSecurityModeType } from "@aws-sdk/client-cognito-identity-provider";
import type { FieldRule } from "./rules";

export const addOnRules: readonly FieldRule[] = [
  { kind: "enum", path: ["UserPoolAddOns", "AdvancedSecurityMode"], values: Object.values(AdvancedSecurityModeType) },
  {
    kind: "enum",
    path: ["UserPoolAddOns", "AdvancedSecurityAdditionalFlows", "CustomAuthMode"],
    values: Object.values(AdvancedSecurityEnabledModeType),
  },
];
