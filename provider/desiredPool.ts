import type {
  CreateUserPoolRequest,
  EmailMfaConfigType,
  SmsMfaConfigType,
  SoftwareTokenMfaConfigType,
  WebAuthnConfigurationType,
} from "@aws-sdk/client-cognito-identity-provider";

/**
 * A user pool as the user declared it, in API shape: everything CreateUserPool takes, plus the
 * MFA factor settings that only SetUserPoolMfaConfig takes (as Terraform and the CDK offer them).
 */
export interface DesiredUserPool extends CreateUserPoolRequest {
  SmsMfaConfiguration?: SmsMfaConfigType;
  SoftwareTokenMfaConfiguration?: SoftwareTokenMfaConfigType;
  EmailMfaConfiguration?: EmailMfaConfigType;
  WebAuthnConfiguration?: WebAuthnConfigurationType;
}
