import { CognitoIdentityProviderClient } from "@aws-sdk/client-cognito-identity-provider";
import { UserPoolProvider, type Reporter } from "../provider/userPoolProvider";
import { emulatorCredentials, emulatorRegion, type RunningEmulator } from "./emulators";

/**
 * The provider configured as the plugin process configures it, through `configure()` with stack
 * config pointing at the emulator. Its client has the emulator's fixed credentials and the SDK's
 * own retries rather than provider/client.ts's strategy: they differ only once a call is retried.
 */
export async function providerFor(emulator: RunningEmulator, report?: Reporter): Promise<UserPoolProvider> {
  const provider = new UserPoolProvider(
    (settings) =>
      new CognitoIdentityProviderClient({
        endpoint: settings.endpoint,
        region: settings.region,
        credentials: emulatorCredentials,
        maxAttempts: settings.maxAttempts,
      }),
    report,
  );
  const config: Record<string, string> = { "cognito:endpoint": emulator.endpoint, "cognito:region": emulatorRegion };
  await provider.configure({ config: { get: (key: string) => config[key] } });
  return provider;
}
