import { definePolicy } from "../policy";
import { subject } from "../text";
import type { RecoveryMechanism } from "../userPoolView";

export type AccountRecoveryConfig = {
  /**
   * Accept verified_phone_number as the first recovery mechanism when verified_email follows it.
   * false is Prowler's stricter rule: SMS must never come first.
   */
  readonly allowSmsPreferred: boolean;
};

const PHONE = "verified_phone_number";
const EMAIL = "verified_email";
const EMAIL_FIRST = `[{ name: "${EMAIL}", priority: 1 }, { name: "${PHONE}", priority: 2 }]`;

function byPriority(mechanisms: readonly RecoveryMechanism[]): RecoveryMechanism[] {
  const rank = (m: RecoveryMechanism) => m.priority ?? Number.MAX_SAFE_INTEGER;
  return [...mechanisms].sort((a, b) => rank(a) - rank(b));
}

export const accountRecoveryPolicy = definePolicy<AccountRecoveryConfig>({
  name: "cognito-user-pool-account-recovery",
  displayName: "Cognito user pool account recovery",
  description:
    "Cognito user pools must declare account recovery that does not rely on SMS alone (SMS codes can be taken " +
    "over by SIM swapping); an undeclared setting means Cognito's legacy behaviour, which prefers SMS. Mirrors " +
    "Prowler cognito_user_pool_account_recovery_sms_not_preferred.",
  severity: "medium",
  defaultEnforcementLevel: "advisory",
  remediationSteps:
    'Set accountRecoverySetting.recoveryMechanisms with "verified_email" at priority 1 (or "admin_only").',
  configFields: {
    allowSmsPreferred: {
      type: "boolean",
      description:
        'Accept "verified_phone_number" at priority 1 when "verified_email" follows it; false also fails that (Prowler).',
    },
  },
  configDefaults: { allowSmsPreferred: true },
  check(pool, config, report) {
    const mechanisms = pool.recoveryMechanisms;
    const path = pool.path("recoveryMechanisms");
    if (mechanisms === undefined || mechanisms.length === 0) {
      report(
        `${subject(pool.name)} must declare how users recover their accounts (${pool.path("accountRecoverySetting")} ` +
          `is not set, so Cognito's legacy behaviour applies, which prefers SMS); set ${path}: ${EMAIL_FIRST}.`,
      );
      return;
    }
    const ordered = byPriority(mechanisms);
    const first = ordered[0];
    if (first.name !== PHONE) return;
    const hasEmail = ordered.some((m) => m.name === EMAIL);
    if (!hasEmail) {
      report(
        `${subject(pool.name)} must not rely on SMS alone for account recovery ("${PHONE}" comes first and no ` +
          `"${EMAIL}" follows); set ${path}: ${EMAIL_FIRST}.`,
      );
    } else if (!config.allowSmsPreferred) {
      report(
        `${subject(pool.name)} must not prefer SMS for account recovery ("${PHONE}" has priority ` +
          `${first.priority ?? "unset"}); set ${path}: ${EMAIL_FIRST}.`,
      );
    }
  },
});
