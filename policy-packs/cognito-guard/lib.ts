/**
 * CognitoGuard as a library: what a team's own policy pack imports from the `cognito-guard`
 * package (`import { CognitoGuard } from "cognito-guard"`). Importing it serves nothing; a pack
 * is served when `new CognitoGuard(...)` (or a PolicyPack of the team's own) is constructed.
 */
export { CognitoGuard, cognitoGuardPolicies, DEFAULT_PACK_NAME, type CognitoGuardPolicies } from "./guard";
export type * from "./args";
export type { BuiltPolicy, CognitoPolicy } from "./policy";
export * from "./policies";
export { IDENTITY_POOL_TYPES, USER_POOL_CLIENT_TYPES, USER_POOL_TYPES } from "./resourceTypes";
export type { PoolNaming, ProviderNaming } from "./resourceTypes";
