import * as fs from "node:fs";
import { CognitoIdentityProviderClient } from "@aws-sdk/client-cognito-identity-provider";
import type { ConnectionSettings } from "./config";
import { standardRetryStrategy } from "./retry";

/**
 * When set, every API call the provider sends is appended to this file as one line (the command
 * name). The benchmarks count calls with it; nothing else is written, so no secret can leak.
 */
export const API_CALL_LOG_VARIABLE = "PULUMI_COGNITO_API_CALL_LOG";

/** The SDK client for the given settings; credentials come from the standard AWS chain. */
export function createCognitoClient(settings: ConnectionSettings): CognitoIdentityProviderClient {
  const client = new CognitoIdentityProviderClient({
    ...(settings.region ? { region: settings.region } : {}),
    ...(settings.endpoint ? { endpoint: settings.endpoint } : {}),
    ...(settings.profile ? { profile: settings.profile } : {}),
    // "adaptive" and "legacy" are the SDK's own; "standard" is the SDK's with a shorter cap on the wait.
    ...(settings.retryMode === "standard"
      ? { retryStrategy: standardRetryStrategy(settings.maxAttempts) }
      : { maxAttempts: settings.maxAttempts, retryMode: settings.retryMode }),
  });
  const callLog = process.env[API_CALL_LOG_VARIABLE];
  if (callLog) {
    client.middlewareStack.add(
      (next, context) => (args) => {
        fs.appendFileSync(callLog, `${context.commandName ?? "unknown"}\n`);
        return next(args);
      },
      { step: "initialize", name: "apiCallLog" },
    );
  }
  return client;
}
