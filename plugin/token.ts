/**
 * The plugin's package name and the UserPool's type token: what users type
 * (`pulumi import cognito-userpool:index:UserPool ...`, `type: cognito-userpool:UserPool` in YAML).
 */
export const PACKAGE_NAME = "cognito-userpool";
export const USER_POOL_TOKEN = `${PACKAGE_NAME}:index:UserPool`;
