import * as assert from "node:assert/strict";
import { EXPLAINED_EXCEPTIONS, explainAwsError, isNotFound } from "../../provider/errors";

function awsError(name: string, message: string): Error {
  const error = new Error(message);
  error.name = name;
  return error;
}

/** Every exception in the CreateUserPool API reference's table. */
const API_REFERENCE_EXCEPTIONS = [
  "FeatureUnavailableInTierException",
  "InternalErrorException",
  "InvalidEmailRoleAccessPolicyException",
  "InvalidParameterException",
  "InvalidSmsRoleAccessPolicyException",
  "InvalidSmsRoleTrustRelationshipException",
  "LimitExceededException",
  "NotAuthorizedException",
  "TierChangeNotAllowedException",
  "TooManyRequestsException",
  "UserPoolTaggingException",
];

const EXPECTED: Record<string, { property?: string; mentions: RegExp }> = {
  FeatureUnavailableInTierException: { property: "userPoolTier", mentions: /PLUS/ },
  InternalErrorException: { mentions: /run the operation again/ },
  InvalidEmailRoleAccessPolicyException: { property: "emailConfiguration.sourceArn", mentions: /ses:SendEmail/ },
  InvalidParameterException: { mentions: /Correct that property/ },
  InvalidSmsRoleAccessPolicyException: { property: "smsConfiguration.snsCallerArn", mentions: /sns:Publish/ },
  InvalidSmsRoleTrustRelationshipException: {
    property: "smsConfiguration.snsCallerArn",
    mentions: /sts:ExternalId.*externalId/,
  },
  LimitExceededException: { mentions: /quota/ },
  NotAuthorizedException: { mentions: /cognito-idp/ },
  TierChangeNotAllowedException: { property: "userPoolTier", mentions: /feature plan/ },
  TooManyRequestsException: { mentions: /cognito:maxAttempts/ },
  UserPoolTaggingException: { property: "userPoolTags", mentions: /TagResource/ },
};

describe("error translation", function () {
  it("explains every exception of the API reference's table", function () {
    for (const name of API_REFERENCE_EXCEPTIONS) assert.ok(EXPLAINED_EXCEPTIONS.includes(name), name);
  });

  for (const name of API_REFERENCE_EXCEPTIONS) {
    it(`${name}: names the pool, the operation, the property and the fix, and keeps Cognito's text`, function () {
      const explained = explainAwsError(awsError(name, "service text"), "CreateUserPool", "'my-pool'");
      const expected = EXPECTED[name];
      assert.match(explained.message, /'my-pool'/);
      assert.match(explained.message, /CreateUserPool failed/);
      assert.match(explained.message, new RegExp(`${name}: service text`));
      assert.match(explained.message, expected.mentions);
      assert.equal(explained.property, expected.property);
      if (expected.property)
        assert.match(explained.message, new RegExp(`Property ${expected.property.replace(".", "\\.")}`));
    });
  }

  it("keeps unknown errors' text and names the operation", function () {
    const explained = explainAwsError(awsError("SomethingNew", "boom"), "UpdateUserPool", "'p'");
    assert.match(explained.message, /UpdateUserPool failed \(SomethingNew: boom\)/);
  });

  it("recognises a missing pool", function () {
    assert.equal(isNotFound(awsError("ResourceNotFoundException", "gone")), true);
    assert.equal(isNotFound(awsError("InvalidParameterException", "x")), false);
  });
});
