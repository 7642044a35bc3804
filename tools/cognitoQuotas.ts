/**
 * Cognito's request-rate quotas for the operations this package sends, by operation category.
 *
 * Amazon Cognito developer guide, "Quotas in Amazon Cognito", table "Amazon Cognito user pools
 * per-category request rate quotas" (https://docs.aws.amazon.com/cognito/latest/developerguide/quotas.html#category_operations),
 * read in two mirrors of that page with the same rows: github.com/c2hans/aws-docs
 * docs/cognito/latest/developerguide/quotas.md @ 2b828ab147ef350db2fb775663eb79fce16b8de3 and
 * github.com/crowecawcaw/aws-docs-history, same path, @ 03fd4a538d5edc3e6fd494e1a4212033d39c22b8
 * (the rates alone, without the operation lists, also in awsdocs/amazon-cognito-developer-guide
 * doc_source/limits.md, 2021-2023):
 * - UserPoolRead, "Operations that read your user pools.": DescribeUserPool, ListUserPools; 15 RPS.
 * - UserPoolUpdate, "Operations that create, update, or delete your user pools.": CreateUserPool,
 *   UpdateUserPool, DeleteUserPool; 15 RPS.
 * - UserPoolResourceRead, "Operations that retrieve information about resources ... from a user
 *   pool.": GetUserPoolMfaConfig and ListTagsForResource among them; 20 RPS.
 * - UserPoolResourceUpdate, "Operations that modify resources ... in a user pool.":
 *   SetUserPoolMfaConfig, AddCustomAttributes, TagResource and UntagResource among them; 15 RPS.
 * None is adjustable. Each rate is per account and Region, shared by every user pool and so by every
 * stack deploying at once. The two resource categories carry footnote 3: "Any individual operation
 * in this category has a constraint that prevents the operation from being called at a rate higher
 * than 5 RPS for a single user pool." An excess request fails with TooManyRequestsException.
 * Listed: every operation the provider sends (provider/userPoolProvider.ts) and ListTagsForResource;
 * any other operation passes the proxy unlimited.
 */
export interface QuotaCategory {
  /** Cognito's default quota, requests per second, for the account and Region. */
  defaultRps: number;
  /** Cognito's cap on any one operation of the category for a single user pool, if it has one. */
  perPoolOperationRps?: number;
  operations: readonly string[];
}

export const COGNITO_QUOTA_CATEGORIES = {
  UserPoolRead: { defaultRps: 15, operations: ["DescribeUserPool", "ListUserPools"] },
  UserPoolUpdate: { defaultRps: 15, operations: ["CreateUserPool", "UpdateUserPool", "DeleteUserPool"] },
  UserPoolResourceRead: {
    defaultRps: 20,
    perPoolOperationRps: 5,
    operations: ["GetUserPoolMfaConfig", "ListTagsForResource"],
  },
  UserPoolResourceUpdate: {
    defaultRps: 15,
    perPoolOperationRps: 5,
    operations: ["SetUserPoolMfaConfig", "AddCustomAttributes", "TagResource", "UntagResource"],
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
