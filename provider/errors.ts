/**
 * Turns Cognito's exceptions into messages that name the property at fault and the fix.
 * Messages carry Cognito's own text but never credentials or connection settings.
 */

interface Translation {
  /** The user's property (camelCase path) the exception is about, when one is. */
  property?: string;
  /** What the user should do. */
  fix: string;
}

const TRANSLATIONS: Record<string, Translation> = {
  InvalidParameterException: {
    fix: "Cognito rejected a parameter; the message above names it. Correct that property and run the update again.",
  },
  InvalidSmsRoleAccessPolicyException: {
    property: "smsConfiguration.snsCallerArn",
    fix:
      'The IAM role in smsConfiguration.snsCallerArn must allow sns:Publish (on "*", as SMS has no topic). ' +
      "Attach such a policy to the role, or name a role that has one.",
  },
  InvalidSmsRoleTrustRelationshipException: {
    property: "smsConfiguration.snsCallerArn",
    fix:
      "The role's trust policy must let the service principal cognito-idp.amazonaws.com call sts:AssumeRole, " +
      "with a condition sts:ExternalId equal to smsConfiguration.externalId. Fix the trust policy or the externalId so they match.",
  },
  InvalidEmailRoleAccessPolicyException: {
    property: "emailConfiguration.sourceArn",
    fix:
      "Cognito isn't allowed to send from the SES identity in emailConfiguration.sourceArn: its sending authorization " +
      "policy must allow cognito-idp.amazonaws.com ses:SendEmail and ses:SendRawEmail, and the identity must be verified " +
      "in that Region.",
  },
  LimitExceededException: {
    fix:
      "An account or pool quota is reached (e.g. user pools per Region, or 50 custom attributes per pool). Delete what is " +
      "unused or request a quota increase in Service Quotas.",
  },
  NotAuthorizedException: {
    fix:
      "The AWS identity the provider runs as is not allowed to do this. Grant it the cognito-idp permission named in the " +
      "operation (e.g. cognito-idp:CreateUserPool), or use another profile (cognito:profile).",
  },
  TooManyRequestsException: {
    fix:
      "Cognito throttled the request even after the client's retries. Raise cognito:maxAttempts, use " +
      "cognito:retryMode adaptive, or deploy with a lower --parallel.",
  },
  UserPoolTaggingException: {
    property: "userPoolTags",
    fix:
      "The tags could not be set: keys must be 1-128 characters and values 0-256, at most 50 tags, and the identity " +
      "needs cognito-idp:TagResource.",
  },
  FeatureUnavailableInTierException: {
    property: "userPoolTier",
    fix:
      "A feature you set needs a higher feature plan. Threat protection (userPoolAddOns.advancedSecurityMode other " +
      'than OFF) needs userPoolTier "PLUS"; most other advanced features need "ESSENTIALS" or higher. Raise ' +
      "userPoolTier or turn the feature off.",
  },
  TierChangeNotAllowedException: {
    property: "userPoolTier",
    fix:
      "The feature plan can't be changed this way right now (for example a downgrade while features of the current plan " +
      "are in use). Turn those features off first, or keep the current userPoolTier.",
  },
  InternalErrorException: {
    fix: "Cognito had an internal error. Nothing in your program needs to change: run the operation again.",
  },
  ResourceNotFoundException: {
    fix: "The user pool does not exist (any more). Run `pulumi refresh` to bring the state up to date.",
  },
  CredentialsProviderError: {
    fix:
      "No AWS credentials were found. Set AWS_PROFILE (or cognito:profile), AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY, " +
      "or log in with `aws sso login`.",
  },
};

/** An error a user sees, already worded; it carries no stack worth showing. */
export class UserPoolError extends Error {
  constructor(
    message: string,
    readonly property?: string,
    readonly awsErrorName?: string,
  ) {
    super(message);
    this.name = "UserPoolError";
    // The dynamic provider's server logs a failed diff, read or delete as `${error}: ${error.stack}`
    // before the engine prints the message itself: without this the message appeared three times.
    // The message is worded for users and has no stack worth showing, so the log line stays short.
    this.stack = "the provider's message is the error shown with the resource";
  }

  override toString(): string {
    return this.name;
  }
}

/** The exception name of an SDK error (or "Error"). */
export function errorName(error: unknown): string {
  if (error && typeof error === "object" && "name" in error && typeof error.name === "string") return error.name;
  return "Error";
}

function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}

/**
 * Explains a failed call. `operation` is the API action (e.g. "CreateUserPool") and `poolLabel`
 * says which pool (its name or id).
 */
export function explainAwsError(error: unknown, operation: string, poolLabel: string): UserPoolError {
  if (error instanceof UserPoolError) return error;
  const name = errorName(error);
  const translation = TRANSLATIONS[name];
  const awsText = `${name}: ${errorMessage(error)}`;
  if (!translation) {
    return new UserPoolError(`Cognito user pool ${poolLabel}: ${operation} failed (${awsText}).`, undefined, name);
  }
  const where = translation.property ? ` Property ${translation.property}:` : "";
  return new UserPoolError(
    `Cognito user pool ${poolLabel}: ${operation} failed (${awsText}).${where} ${translation.fix}`,
    translation.property,
    name,
  );
}

export function isNotFound(error: unknown): boolean {
  return errorName(error) === "ResourceNotFoundException";
}

/** The exception names this module explains; the unit tests cover each. */
export const EXPLAINED_EXCEPTIONS = Object.keys(TRANSLATIONS);
