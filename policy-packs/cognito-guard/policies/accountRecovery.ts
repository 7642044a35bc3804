import { definePolicy, USER_POOLS } from "../policy";
import type { RecoveryMechanism, UserPoolView } from "../userPoolView";

export type AccountRecoveryConfig = {
  /**
   * Accept verified_phone_number as the first recovery mechanism when verified_email follows it;
   * false: SMS must never come first.
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

/**
 * Common practice: no Security Hub, Config, Prowler (main branch) or cdk-nag check covers it.
 * AWS: "In the absence of this setting, Amazon Cognito uses the legacy behavior to determine the
 * recovery method where SMS is preferred over email. As a best practice, configure both
 * verified_email and verified_phone_number, with one having a higher priority than the other."
 * (AccountRecoverySetting, https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_CreateUserPool.html;
 * https://docs.aws.amazon.com/cognito/latest/developerguide/how-to-recover-a-user-account.html)
 */
export const accountRecoveryPolicy = definePolicy<AccountRecoveryConfig, UserPoolView>({
  name: "cognito-user-pool-account-recovery",
  displayName: "Cognito user pool account recovery",
  description:
    "Cognito user pools must declare account recovery that does not rely on SMS alone (SMS codes can be taken " +
    "over by SIM swapping); an undeclared setting means Cognito's legacy behaviour, which prefers SMS. Common " +
    "practice, after AWS's AccountRecoverySetting guidance.",
  severity: "medium",
  defaultEnforcementLevel: "advisory",
  remediationSteps:
    'Set accountRecoverySetting.recoveryMechanisms with "verified_email" at priority 1 (or "admin_only").',
  configFields: {
    allowSmsPreferred: {
      type: "boolean",
      description:
        'Accept "verified_phone_number" at priority 1 when "verified_email" follows it; false also fails that.',
    },
  },
  configDefaults: { allowSmsPreferred: true },
  appliesTo: USER_POOLS,
  check(pool, config, report) {
    const mechanisms = pool.recoveryMechanisms;
    const path = pool.path("recoveryMechanisms");
    if (mechanisms === undefined || mechanisms.length === 0) {
      report(
        `${pool.subject} must declare how users recover their accounts (${pool.path("accountRecoverySetting")} ` +
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
        `${pool.subject} must not rely on SMS alone for account recovery ("${PHONE}" comes first and no ` +
          `"${EMAIL}" follows); set ${path}: ${EMAIL_FIRST}.`,
      );
    } else if (!config.allowSmsPreferred) {
      report(
        `${pool.subject} must not prefer SMS for account recovery ("${PHONE}" has priority ` +
          `${first.priority ?? "unset"}); set ${path}: ${EMAIL_FIRST}.`,
      );
    }
  },
});
