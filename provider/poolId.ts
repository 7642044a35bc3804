/** What a user pool id says by itself: Cognito ids are `<region>_<suffix>`. */
const REGION_SHAPED = /^[a-z]{2}(-[a-z]+)+-\d+$/;

/** The region a pool id names, or undefined when its prefix is not region-shaped (an emulator's id). */
export function regionOfUserPoolId(id: string): string | undefined {
  const prefix = id.split("_")[0];
  return REGION_SHAPED.test(prefix) ? prefix : undefined;
}
