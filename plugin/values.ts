/**
 * Between the engine's wire values and the provider core's plain values. Through the plugin, the
 * engine sends a secret as `{ [specialSigKey]: specialSecretSig, value }` and may send an output
 * value (`specialOutputValueSig`, whose `value` is absent while unknown); the dynamic provider's
 * runtime unwraps both before the core sees them. So the plugin unwraps them the same way, passing
 * an unknown value on as the engine's unknown sentinel string that the core already handles (it
 * skips rules on unknowns), and notes which top-level args held a secret so that the same keys of
 * what it returns go back as secrets: a value marked secret stays secret in state and output.
 */
import { specialOutputValueSig, specialSecretSig, specialSigKey, unknownValue } from "@pulumi/pulumi/runtime/rpc";

export type WireRecord = Record<string, unknown>;

export interface Unwrapped {
  /** The values as the core takes them: no secret or output wrappers, unknowns as the sentinel. */
  readonly plain: WireRecord;
  /** Top-level keys whose value was, or held, a secret. */
  readonly secretKeys: ReadonlySet<string>;
}

function unwrapValue(value: unknown, secret: { found: boolean }): unknown {
  if (Array.isArray(value)) return value.map((item) => unwrapValue(item, secret));
  if (typeof value !== "object" || value === null) return value;
  const record = value as WireRecord;
  if (record[specialSigKey] === specialSecretSig) {
    secret.found = true;
    return unwrapValue(record.value, secret);
  }
  if (record[specialSigKey] === specialOutputValueSig) {
    if (record.secret === true) secret.found = true;
    return "value" in record ? unwrapValue(record.value, secret) : unknownValue;
  }
  return Object.fromEntries(Object.entries(record).map(([key, member]) => [key, unwrapValue(member, secret)]));
}

export function unwrap(record: WireRecord | undefined): Unwrapped {
  const plain: WireRecord = {};
  const secretKeys = new Set<string>();
  for (const [key, value] of Object.entries(record ?? {})) {
    const secret = { found: false };
    plain[key] = unwrapValue(value, secret);
    if (secret.found) secretKeys.add(key);
  }
  return { plain, secretKeys };
}

/** `record` with the values under `secretKeys` marked secret for the engine. */
export function wrapSecrets(record: WireRecord, secretKeys: ReadonlySet<string>): WireRecord {
  const result: WireRecord = {};
  for (const [key, value] of Object.entries(record)) {
    if (value === undefined) continue; // a protobuf Struct has no undefined
    result[key] =
      secretKeys.has(key) && value !== undefined && value !== null
        ? { [specialSigKey]: specialSecretSig, value }
        : value;
  }
  return result;
}
