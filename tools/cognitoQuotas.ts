/**
 * Cognito's request-rate quotas for the operations this package sends, by operation category.
 *
 * Amazon Cognito developer guide, "Quotas in Amazon Cognito", section "Amazon Cognito user pools API
 * operation categories and request rate quotas":
 * https://docs.aws.amazon.com/cognito/latest/developerguide/quotas.html#category_operations
 * (the guide's earlier text, same table: https://github.com/awsdocs/amazon-cognito-developer-guide/blob/master/doc_source/limits.md).
 * UserPoolRead, "operations that read your user pools": 15 requests per second, not adjustable;
 * UserPoolUpdate, "operations that create, update, and delete your user pools": 15 requests per
 * second, not adjustable. Each quota is per account and Region, shared by every user pool and so by
 * every stack deploying at once; an excess request fails with TooManyRequestsException.
 * Only the operations a fleet of pools sends are listed; any other operation passes unlimited.
 */
export interface QuotaCategory {
  /** Cognito's default quota, requests per second. */
  defaultRps: number;
  operations: readonly string[];
}

export const COGNITO_QUOTA_CATEGORIES = {
  UserPoolRead: {
    defaultRps: 15,
    operations: ["DescribeUserPool", "GetUserPoolMfaConfig", "ListUserPools"],
  },
  UserPoolUpdate: {
    defaultRps: 15,
    operations: ["CreateUserPool", "UpdateUserPool", "DeleteUserPool", "SetUserPoolMfaConfig"],
  },
} as const satisfies Record<string, QuotaCategory>;

export type QuotaCategoryName = keyof typeof COGNITO_QUOTA_CATEGORIES;

/** The category an operation (the name after `AWSCognitoIdentityProviderService.`) counts against. */
export function quotaCategoryOf(operation: string): QuotaCategoryName | undefined {
  for (const [name, category] of Object.entries(COGNITO_QUOTA_CATEGORIES)) {
    if ((category.operations as readonly string[]).includes(operation)) return name as QuotaCategoryName;
  }
  return undefined;
}
