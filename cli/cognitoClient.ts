/** The Cognito client the package's commands use when the caller (a test) gives none. */
import { CognitoIdentityProviderClient } from "@aws-sdk/client-cognito-identity-provider";

/** Where and as whom a command talks to Cognito; unset members are left to the AWS SDK's chain. */
export interface ClientSettings {
  region?: string;
  endpoint?: string;
  profile?: string;
}

export function cognitoClient(settings: ClientSettings, maxAttempts: number): CognitoIdentityProviderClient {
  return new CognitoIdentityProviderClient({
    ...(settings.region ? { region: settings.region } : {}),
    ...(settings.endpoint ? { endpoint: settings.endpoint } : {}),
    ...(settings.profile ? { profile: settings.profile } : {}),
    maxAttempts,
  });
}
