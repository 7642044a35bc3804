/**
 * The provider core for unit tests: its client has fixed fake credentials, so the calls reach the
 * SDK stub (aws-sdk-client-mock) and never the environment's credential chain.
 */
import { CognitoIdentityProviderClient } from "@aws-sdk/client-cognito-identity-provider";
import { UserPoolProvider } from "../../provider/userPoolProvider";

export function stubbedProvider(report?: (line: string) => void): UserPoolProvider {
  return new UserPoolProvider(
    () =>
      new CognitoIdentityProviderClient({
        region: "us-east-1",
        credentials: { accessKeyId: "a", secretAccessKey: "b" },
      }),
    report,
  );
}
