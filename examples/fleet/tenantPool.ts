/**
 * What one tenant's stack holds: a user pool hardened as examples/hardened is (it passes every
 * CognitoGuard policy at its default level), named after the tenant.
 */
import { UserPool } from "pulumi-cognito-userpool";

export interface Tenant {
  /** Names the tenant's stack and pool: lower-case letters, digits and dashes. */
  id: string;
  /** Password policy minimum length; 14 when not given. */
  passwordMinimumLength?: number;
  /** Extra tags on the pool (`tenant` is always set). */
  tags?: Record<string, string>;
}

const TENANT_ID = /^[a-z0-9][a-z0-9-]{0,62}$/;

/** Reads a tenants list (a JSON array of {@link Tenant}); every mistake is reported at once. */
export function parseTenants(json: string, source: string): Tenant[] {
  const parsed: unknown = JSON.parse(json);
  if (!Array.isArray(parsed)) throw new Error(`${source}: expected a JSON array of tenants`);
  const problems: string[] = [];
  const seen = new Set<string>();
  parsed.forEach((entry: Partial<Tenant>, index) => {
    const id = entry?.id;
    if (typeof id !== "string" || !TENANT_ID.test(id)) {
      problems.push(`[${index}].id must be 1-63 lower-case letters, digits or dashes; got ${JSON.stringify(id)}`);
    } else if (seen.has(id)) {
      problems.push(`[${index}].id "${id}" is listed twice`);
    } else {
      seen.add(id);
    }
    const length = entry?.passwordMinimumLength;
    if (length !== undefined && !(Number.isInteger(length) && length >= 6 && length <= 99)) {
      problems.push(
        `[${index}].passwordMinimumLength must be a whole number from 6 to 99; got ${JSON.stringify(length)}`,
      );
    }
  });
  if (problems.length > 0) throw new Error(`${source}:\n  ${problems.join("\n  ")}`);
  return parsed as Tenant[];
}

/**
 * The tenant's Pulumi program. `deletionProtection` is ACTIVE for a live tenant; removing a tenant
 * first runs this program with INACTIVE, since Cognito refuses to delete a protected pool.
 */
export function tenantProgram(tenant: Tenant, deletionProtection: "ACTIVE" | "INACTIVE" = "ACTIVE") {
  return async () => {
    const pool = new UserPool("pool", {
      poolName: `tenant-${tenant.id}`,
      deletionProtection,
      usernameAttributes: ["email"],
      autoVerifiedAttributes: ["email"],
      usernameConfiguration: { caseSensitive: false },
      adminCreateUserConfig: { allowAdminCreateUserOnly: true },
      accountRecoverySetting: { recoveryMechanisms: [{ name: "verified_email", priority: 1 }] },
      policies: {
        passwordPolicy: {
          minimumLength: tenant.passwordMinimumLength ?? 14,
          requireLowercase: true,
          requireUppercase: true,
          requireNumbers: true,
          requireSymbols: true,
          temporaryPasswordValidityDays: 3,
        },
      },
      mfaConfiguration: "ON",
      softwareTokenMfaConfiguration: { enabled: true },
      userPoolTier: "PLUS",
      userPoolAddOns: {
        advancedSecurityMode: "ENFORCED",
        advancedSecurityAdditionalFlows: { customAuthMode: "ENFORCED" },
      },
      userPoolTags: { ...tenant.tags, tenant: tenant.id },
    });
    // The tenant's own entry, so that removing the tenant later can rebuild this program unprotected.
    return { userPoolId: pool.id, userPoolArn: pool.arn, tenant: JSON.stringify(tenant) };
  };
}
