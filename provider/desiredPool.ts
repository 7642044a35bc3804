import type {
  CreateUserPoolRequest,
  EmailMfaConfigType,
  SoftwareTokenMfaConfigType,
  WebAuthnConfigurationType,
} from "@aws-sdk/client-cognito-identity-provider";

/**
 * A user pool as the user declared it, in API shape: everything CreateUserPool takes, plus the
 * MFA factor settings that only SetUserPoolMfaConfig takes (as Terraform and the CDK offer them).
 */
export interface DesiredUserPool extends CreateUserPoolRequest {
  SoftwareTokenMfaConfiguration?: SoftwareTokenMfaConfigType;
  EmailMfaConfiguration?: EmailMfaConfigType;
  WebAuthnConfiguration?: WebAuthnConfigurationType;
}

/** A property path in API shape, e.g. ["Policies", "PasswordPolicy", "MinimumLength"] or ["Schema", 0, "Name"]. */
export type ApiPath = ReadonlyArray<string | number>;

/** One reason an input is invalid, found before any API call. */
export interface Violation {
  /** Where, in API shape; the provider translates it to the user's camelCase property path. */
  path: ApiPath;
  /** What is wrong, the value received, what AWS requires, and how to fix it. */
  reason: string;
}
