/**
 * Adoption: how a live pool differs from the declared args, decided field by field from the field
 * table, before the provider takes the pool over (`adoptUserPoolId`). Pure: no API calls here.
 */
import type { GetUserPoolMfaConfigResponse, UserPoolType } from "@aws-sdk/client-cognito-identity-provider";
import { argName, declarableLiveValues, liveFieldValues, type UserPoolArgsRecord } from "./convert";
import { USER_POOL_FIELDS } from "./fields";
import { bareAttributeName, isStandardAttribute, liveNamesFor, projectSchema, withBareName } from "./schemaAttributes";
import { isPlainObject, projectOntoDeclared, sameValue, type PlainObject } from "./values";

export interface AdoptionDifference {
  /** The arg (camelCase), e.g. `policies`. */
  arg: string;
  /**
   * - `change`: declared, and the live pool differs: converged in place.
   * - `kept`: set on the live pool, not declared, and not changed by adopting: the update is
   *   three-way (threeWay.ts), so what the program does not declare keeps its live value.
   * - `add`: a declared custom attribute the pool lacks: added with AddCustomAttributes.
   * - `unreported`: declared, but the service does not report it: a create-only value is assumed;
   *   an updatable one or an MFA factor is applied, to be sure.
   */
  kind: "change" | "kept" | "add" | "unreported";
  live?: unknown;
  declared?: unknown;
  /** For `unreported`: whether the declared value is applied (true) or assumed (false). */
  applied?: boolean;
}

export interface AdoptionPlan {
  /** Create-only settings that differ from the live pool: adoption is refused. */
  conflicts: string[];
  differences: AdoptionDifference[];
  /** Declared custom attributes the live pool lacks (camelCase, as declared). */
  attributesToAdd: PlainObject[];
  /** Whether an UpdateUserPool (declared settings over the live ones) is needed to converge. */
  needsUpdate: boolean;
  /** Whether a SetUserPoolMfaConfig is needed to converge. */
  needsMfaConfig: boolean;
}

function compact(value: unknown, max = 240): string {
  const text = JSON.stringify(value) ?? "undefined";
  return text.length > max ? `${text.slice(0, max - 3)}...` : text;
}

export function planAdoption(
  args: UserPoolArgsRecord,
  pool: UserPoolType,
  mfa: GetUserPoolMfaConfigResponse | undefined,
): AdoptionPlan {
  const live = liveFieldValues(pool, mfa);
  const declarable = declarableLiveValues(live);
  const plan: AdoptionPlan = {
    conflicts: [],
    differences: [],
    attributesToAdd: [],
    needsUpdate: false,
    needsMfaConfig: false,
  };
  for (const field of USER_POOL_FIELDS) {
    const arg = argName(field);
    const declared = args[arg];
    const liveValue = live[arg];
    const isDeclared = declared !== undefined && declared !== null;

    if (field.change === "addOnly") {
      planSchema(plan, arg, declared, liveValue);
      continue;
    }
    if (!isDeclared) {
      const undeclaredLive = declarable[arg];
      if (undeclaredLive === undefined) continue;
      plan.differences.push({ arg, kind: "kept", live: undeclaredLive });
      continue;
    }
    if (liveValue === undefined) {
      plan.differences.push({ arg, kind: "unreported", declared, applied: field.change !== "replace" });
      if (field.change === "mfaConfig") plan.needsMfaConfig = true;
      else if (field.change === "update") plan.needsUpdate = true;
      continue;
    }
    const projected = projectOntoDeclared(declared, liveValue, field.unordered);
    if (field.change !== "replace") {
      // Members set on the live pool inside a declared object but not declared keep their values.
      const outside = outsideDeclared(declarable[arg], declared);
      if (outside !== undefined) plan.differences.push({ arg, kind: "kept", live: outside });
    }
    if (sameValue(projected, declared, field.unordered)) continue;
    if (field.change === "replace") {
      plan.conflicts.push(
        `${arg} is ${compact(projected)} on the live pool but ${compact(declared)} is declared; it can only be set ` +
          `when a pool is created. Declare the live value (${arg}: ${compact(projected)}).`,
      );
      continue;
    }
    plan.differences.push({ arg, kind: "change", live: projected, declared });
    if (field.change === "mfaConfig") plan.needsMfaConfig = true;
    else plan.needsUpdate = true;
  }
  return plan;
}

/** The members of `live` (an object) that `declared` does not have, recursively; undefined when none. */
function outsideDeclared(live: unknown, declared: unknown): unknown {
  if (!isPlainObject(live) || !isPlainObject(declared)) return undefined;
  const result: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(live)) {
    if (declared[key] === undefined || declared[key] === null) result[key] = value;
    else {
      const nested = outsideDeclared(value, declared[key]);
      if (nested !== undefined) result[key] = nested;
    }
  }
  return Object.keys(result).length > 0 ? result : undefined;
}

function planSchema(plan: AdoptionPlan, arg: string, declared: unknown, liveAttributes: unknown): void {
  const liveList = Array.isArray(liveAttributes) ? liveAttributes.filter(isPlainObject) : [];
  const liveByName = new Map(liveList.filter((a) => typeof a.name === "string").map((a) => [a.name as string, a]));
  const matched = new Set<string>();
  for (const attribute of Array.isArray(declared) ? declared : []) {
    if (!isPlainObject(attribute) || typeof attribute.name !== "string") continue;
    const name = bareAttributeName(attribute.name);
    const liveName = liveNamesFor(attribute).find((n) => liveByName.has(n));
    if (liveName === undefined) {
      // Standard attributes always exist (an emulator may not report them); custom ones can be added.
      if (!isStandardAttribute(name)) {
        plan.attributesToAdd.push(attribute);
        plan.differences.push({ arg: `${arg}[${name}]`, kind: "add", declared: attribute });
      }
      continue;
    }
    matched.add(liveName);
    const projected = (projectSchema([attribute], liveList) as unknown[])[0];
    if (!sameValue(withBareName(projected), withBareName(attribute))) {
      plan.conflicts.push(
        `schema attribute "${name}" is ${compact(withBareName(projected))} on the live pool but ` +
          `${compact(withBareName(attribute))} is declared; Cognito never changes an attribute once it exists. ` +
          `Declare it as the live pool has it.`,
      );
    }
  }
  for (const attribute of liveList) {
    const name = String(attribute.name);
    if (matched.has(name) || !/^(dev:)?custom:/.test(name)) continue;
    plan.differences.push({ arg: `${arg}[${bareAttributeName(name)}]`, kind: "kept", live: attribute });
  }
}

/** The adoption report, one line per difference, for the `pulumi up` output. */
export function describeAdoption(poolLabel: string, plan: AdoptionPlan): string[] {
  if (plan.differences.length === 0) {
    return [`Adopting Cognito user pool ${poolLabel}: its live settings match the declared ones; nothing to change.`];
  }
  const lines = [`Adopting Cognito user pool ${poolLabel}: how the live pool differs from the declared settings:`];
  for (const d of plan.differences) {
    switch (d.kind) {
      case "change":
        lines.push(`  ~ ${d.arg}: live ${compact(d.live)} -> declared ${compact(d.declared)}`);
        break;
      case "kept":
        lines.push(`  = ${d.arg}: live ${compact(d.live)}, not declared -> left as it is`);
        break;
      case "add":
        lines.push(`  + ${d.arg}: declared custom attribute missing on the pool -> added (AddCustomAttributes)`);
        break;
      case "unreported":
        lines.push(
          `  ? ${d.arg}: not reported by the service -> the declared ${compact(d.declared)} is ` +
            (d.applied ? "applied, to be sure" : "assumed (fixed at creation)"),
        );
        break;
    }
  }
  const steps = [
    plan.attributesToAdd.length > 0 ? "AddCustomAttributes" : "",
    plan.needsMfaConfig ? "SetUserPoolMfaConfig" : "",
    plan.needsUpdate ? "UpdateUserPool (the declared settings; the rest as they are live)" : "",
  ].filter(Boolean);
  lines.push(
    steps.length > 0 ? `  Converging in place with ${steps.join(", then ")}.` : "  Nothing to change in place.",
  );
  return lines;
}
