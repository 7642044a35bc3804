/** Identity pools of the covered types (@pulumi/aws, @pulumi/aws-native), seen through normalised settings. */
import { IDENTITY_POOL_TYPES, namingOf, type ProviderNaming } from "./resourceTypes";
import { asBoolean, ResourceView, type Path, type Props } from "./resourceView";

const same = (path: Path): Readonly<Record<ProviderNaming, Path>> => ({ aws: path, awsNative: path });

const FIELD_PATHS = {
  allowUnauthenticatedIdentities: same(["allowUnauthenticatedIdentities"]),
  allowClassicFlow: same(["allowClassicFlow"]),
} satisfies Record<string, Readonly<Record<ProviderNaming, Path>>>;

export type IdentityPoolField = keyof typeof FIELD_PATHS;

export class IdentityPoolView extends ResourceView<ProviderNaming, IdentityPoolField> {
  private constructor(naming: ProviderNaming, name: string, props: Props) {
    super(naming, name, props, FIELD_PATHS);
  }

  /** The view of a resource, or undefined when the type is not a covered identity pool type. */
  static of(type: string, name: string, props: Props): IdentityPoolView | undefined {
    const naming = namingOf(IDENTITY_POOL_TYPES, type);
    return naming === undefined ? undefined : new IdentityPoolView(naming, name, props);
  }

  get subject(): string {
    return `Cognito identity pool '${this.name}'`;
  }

  get allowUnauthenticatedIdentities(): boolean | undefined {
    return asBoolean(this.read("allowUnauthenticatedIdentities"));
  }

  get allowClassicFlow(): boolean | undefined {
    return asBoolean(this.read("allowClassicFlow"));
  }
}
