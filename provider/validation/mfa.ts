/** Multi-factor authentication: the mode and the factors that make it possible. */
import {
  UserPoolMfaType,
  UserVerificationType,
  WebAuthnFactorConfigurationType,
} from "@aws-sdk/client-cognito-identity-provider";
import type { Violation } from "../desiredPool";
import { bool, isSet, isUnknown, obj, str } from "./read";
import type { FieldRule } from "./rules";
import { arg } from "./text";

export const mfaRules: readonly FieldRule[] = [
  { kind: "enum", path: ["MfaConfiguration"], values: Object.values(UserPoolMfaType) },
  { kind: "length", path: ["WebAuthnConfiguration", "RelyingPartyId"], min: 1, max: 127 },
  { kind: "enum", path: ["WebAuthnConfiguration", "UserVerification"], values: Object.values(UserVerificationType) },
  {
    kind: "enum",
    path: ["WebAuthnConfiguration", "FactorConfiguration"],
    values: Object.values(WebAuthnFactorConfigurationType),
  },
];

export function checkMfa(pool: unknown): Violation[] {
  const out: Violation[] = [];
  if (isUnknown(pool, "MfaConfiguration")) return out; // every rule here needs the mode
  const raw = str(pool, "MfaConfiguration");
  const mode = raw === undefined ? "OFF" : raw;
  const sms = isSet(pool, "SmsConfiguration");
  const totp = bool(pool, "SoftwareTokenMfaConfiguration", "Enabled") === true;
  const email = obj(pool, "EmailMfaConfiguration") !== undefined;
  // A factor not known yet may be configured: only definite absence of all of them fails.
  const maybeFactor =
    sms || isSet(pool, "EmailMfaConfiguration") || isUnknown(pool, "SoftwareTokenMfaConfiguration", "Enabled");

  if ((mode === "ON" || mode === "OPTIONAL") && !maybeFactor && !totp) {
    out.push({
      path: ["MfaConfiguration"],
      reason:
        `"${mode}" needs at least one MFA factor; got none. Cognito rejects MFA ${mode === "ON" ? "required" : "optional"} ` +
        `with nothing to verify it: set ${arg("SmsConfiguration")} (SMS codes), ` +
        `softwareTokenMfaConfiguration.enabled to true (authenticator apps), or ${arg("EmailMfaConfiguration")} ` +
        `(email codes), or set mfaConfiguration to "OFF".`,
    });
  }
  if (mode === "OFF") {
    const why = raw === undefined ? `mfaConfiguration is not set, which means "OFF"` : `mfaConfiguration is "OFF"`;
    if (totp) {
      out.push({
        path: ["SoftwareTokenMfaConfiguration", "Enabled"],
        reason:
          `must not be true while MFA is off; got true, but ${why}. Cognito refuses to enable an MFA factor in a ` +
          `pool without MFA: set mfaConfiguration to "OPTIONAL" or "ON", or set ` +
          `softwareTokenMfaConfiguration.enabled to false.`,
      });
    }
    if (email) {
      out.push({
        path: ["EmailMfaConfiguration"],
        reason:
          `must be left out while MFA is off; got an object, but ${why}. Setting it turns email MFA on, which ` +
          `Cognito refuses in a pool without MFA: set mfaConfiguration to "OPTIONAL" or "ON", or remove ` +
          `${arg("EmailMfaConfiguration")}.`,
      });
    }
  }
  if (email && !isUnknown(pool, "EmailConfiguration", "EmailSendingAccount")) {
    const account = str(pool, "EmailConfiguration", "EmailSendingAccount");
    if (account !== "DEVELOPER") {
      out.push({
        path: ["EmailMfaConfiguration"],
        reason:
          `needs emailConfiguration.emailSendingAccount "DEVELOPER"; got ` +
          `${account === undefined ? 'nothing (which means "COGNITO_DEFAULT")' : JSON.stringify(account)}. ` +
          `Cognito sends MFA and sign-in codes by email only through your own Amazon SES identity: set ` +
          `${arg("EmailConfiguration.EmailSendingAccount")} to "DEVELOPER" with ${arg("EmailConfiguration.SourceArn")} ` +
          `naming a verified SES identity, or remove ${arg("EmailMfaConfiguration")}.`,
      });
    }
  }
  return out;
}
