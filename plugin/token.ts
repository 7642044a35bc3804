/**
 * The plugin's package name, the UserPool's type token and the getUserPool function's token: what users type
 * (`pulumi import cognito-userpool:index:UserPool ...`, `type: cognito-userpool:UserPool` in YAML).
 */
export const PACKAGE_NAME = "cognito-userpool";
export const USER_POOL_TOKEN = `${PACKAGE_NAME}:index:UserPool`;
export const GET_USER_POOL_TOKEN = `${PACKAGE_NAME}:index:getUserPool`;
