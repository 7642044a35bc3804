/** User pool clients of the covered types (@pulumi/aws, @pulumi/aws-native), seen through normalised settings. */
import { namingOf, USER_POOL_CLIENT_TYPES, type ProviderNaming } from "./resourceTypes";
import { asBoolean, asString, asStrings, ResourceView, type Path, type Props } from "./resourceView";

const same = (path: Path): Readonly<Record<ProviderNaming, Path>> => ({ aws: path, awsNative: path });

const FIELD_PATHS = {
  preventUserExistenceErrors: same(["preventUserExistenceErrors"]),
  enableTokenRevocation: same(["enableTokenRevocation"]),
  explicitAuthFlows: same(["explicitAuthFlows"]),
  // @pulumi/aws spells it "Oauth", CloudFormation "OAuth".
  allowedOAuthFlows: { aws: ["allowedOauthFlows"], awsNative: ["allowedOAuthFlows"] },
} satisfies Record<string, Readonly<Record<ProviderNaming, Path>>>;

export type ClientField = keyof typeof FIELD_PATHS;

export class UserPoolClientView extends ResourceView<ProviderNaming, ClientField> {
  private constructor(naming: ProviderNaming, name: string, props: Props) {
    super(naming, name, props, FIELD_PATHS);
  }

  /** The view of a resource, or undefined when the type is not a covered user pool client type. */
  static of(type: string, name: string, props: Props): UserPoolClientView | undefined {
    const naming = namingOf(USER_POOL_CLIENT_TYPES, type);
    return naming === undefined ? undefined : new UserPoolClientView(naming, name, props);
  }

  get subject(): string {
    return `Cognito user pool client '${this.name}'`;
  }

  get preventUserExistenceErrors(): string | undefined {
    return asString(this.read("preventUserExistenceErrors"));
  }

  get enableTokenRevocation(): boolean | undefined {
    return asBoolean(this.read("enableTokenRevocation"));
  }

  /** The declared explicit auth flows, or undefined when they are left out. */
  get explicitAuthFlows(): string[] | undefined {
    return asStrings(this.read("explicitAuthFlows"));
  }

  /** The declared OAuth grant types, or undefined when they are left out. */
  get allowedOAuthFlows(): string[] | undefined {
    return asStrings(this.read("allowedOAuthFlows"));
  }
}
