import { CognitoIdentityProviderClient } from "@aws-sdk/client-cognito-identity-provider";
import type { ConnectionSettings } from "./config";

/** The SDK client for the given settings; credentials come from the standard AWS chain. */
export function createCognitoClient(settings: ConnectionSettings): CognitoIdentityProviderClient {
  return new CognitoIdentityProviderClient({
    ...(settings.region ? { region: settings.region } : {}),
    ...(settings.endpoint ? { endpoint: settings.endpoint } : {}),
    ...(settings.profile ? { profile: settings.profile } : {}),
    maxAttempts: settings.maxAttempts,
    retryMode: settings.retryMode,
  });
}
