/** Multi-factor authentication: the mode and the factors that make it possible. */
import type { Violation } from "./walk";
import { bool, isSet, isUnknown, obj, str } from "./read";

export function checkMfa(pool: unknown): Violation[] {
  const out: Violation[] = [];
  if (isUnknown(pool, "mfaConfiguration")) return out; // every rule here needs the mode
  const raw = str(pool, "mfaConfiguration");
  const mode = raw === undefined ? "OFF" : raw;
  // The SMS factor: declared on its own (smsMfaConfiguration, as SetUserPoolMfaConfig takes it), or,
  // where the program uses none of SetUserPoolMfaConfig's factors, what CreateUserPool does alone
  // with an smsConfiguration (SMS MFA).
  const setFactors = [
    "smsMfaConfiguration",
    "softwareTokenMfaConfiguration",
    "emailMfaConfiguration",
    "webAuthnConfiguration",
  ];
  const sms =
    isSet(pool, "smsMfaConfiguration") ||
    (isSet(pool, "smsConfiguration") && !setFactors.some((factor) => isSet(pool, factor)));
  const totp = bool(pool, "softwareTokenMfaConfiguration", "enabled") === true;
  const email = obj(pool, "emailMfaConfiguration") !== undefined;
  // A factor not known yet may be configured: only definite absence of all of them fails.
  const maybeFactor =
    sms || isSet(pool, "emailMfaConfiguration") || isUnknown(pool, "softwareTokenMfaConfiguration", "enabled");

  if ((mode === "ON" || mode === "OPTIONAL") && !maybeFactor && !totp) {
    out.push({
      path: ["mfaConfiguration"],
      reason:
        `"${mode}" needs at least one MFA factor; got none. Cognito rejects MFA ${mode === "ON" ? "required" : "optional"} ` +
        `with nothing to verify it: set smsMfaConfiguration (SMS codes, with smsConfiguration), ` +
        `softwareTokenMfaConfiguration.enabled to true (authenticator apps), or emailMfaConfiguration ` +
        `(email codes), or set mfaConfiguration to "OFF".`,
    });
  }
  if (mode === "OFF") {
    const why = raw === undefined ? `mfaConfiguration is not set, which means "OFF"` : `mfaConfiguration is "OFF"`;
    if (totp) {
      out.push({
        path: ["softwareTokenMfaConfiguration", "enabled"],
        reason:
          `must not be true while MFA is off; got true, but ${why}. Cognito refuses to enable an MFA factor in a ` +
          `pool without MFA: set mfaConfiguration to "OPTIONAL" or "ON", or set ` +
          `softwareTokenMfaConfiguration.enabled to false.`,
      });
    }
    if (email) {
      out.push({
        path: ["emailMfaConfiguration"],
        reason:
          `must be left out while MFA is off; got an object, but ${why}. Setting it turns email MFA on, which ` +
          `Cognito refuses in a pool without MFA: set mfaConfiguration to "OPTIONAL" or "ON", or remove ` +
          `emailMfaConfiguration.`,
      });
    }
  }
  if (email && !isUnknown(pool, "emailConfiguration", "emailSendingAccount")) {
    const account = str(pool, "emailConfiguration", "emailSendingAccount");
    if (account !== "DEVELOPER") {
      out.push({
        path: ["emailMfaConfiguration"],
        reason:
          `needs emailConfiguration.emailSendingAccount "DEVELOPER"; got ` +
          `${account === undefined ? 'nothing (which means "COGNITO_DEFAULT")' : JSON.stringify(account)}. ` +
          `Cognito sends MFA and sign-in codes by email only through your own Amazon SES identity: set ` +
          `emailConfiguration.emailSendingAccount to "DEVELOPER" with emailConfiguration.sourceArn ` +
          `naming a verified SES identity, or remove emailMfaConfiguration.`,
      });
    }
  }
  return out;
}
