import { AfterviewValidationError } from "../errors/afterview-error.js";
import { toValidationIssues } from "../schema/messages.js";
import { DEFAULT_POLICY, type NegotiationPolicy, type Policy, type PostalService } from "./defaults.js";
import { type PolicyOverrides, PolicyOverridesSchema } from "./overrides.js";

/**
 * The defaults with the caller's overrides laid over them. Validates the overrides (untyped JSON welcome).
 *
 * @example
 * ```ts
 * resolvePolicy({ followUp: { touches: 2 } }).followUp.touches;
 * //=> 2
 * ```
 * @throws {AfterviewValidationError} with paths under `policy`, e.g. `policy.followUp.touches`.
 */
export function resolvePolicy(overrides?: unknown): Policy {
  if (overrides === undefined || overrides === null) return DEFAULT_POLICY as Policy;
  const parsed = PolicyOverridesSchema.safeParse(overrides);
  if (!parsed.success) {
    // Worded like every other input's issues (a misspelt key is named on its own path).
    throw new AfterviewValidationError(toValidationIssues(parsed.error.issues), { cause: parsed.error }).under(
      "policy",
      { subject: "policy" },
    );
  }
  const o = parsed.data;
  const base = DEFAULT_POLICY;
  const postal: Record<string, PostalService> = { ...base.postal };
  for (const [key, service] of Object.entries(o.postal ?? {})) {
    postal[key] = { ...(base.postal[key] ?? base.postal.DEFAULT!), ...dropUndefined(service) } as PostalService;
  }
  const policy: Policy = {
    candidateHours: { ...base.candidateHours, ...dropUndefined(o.candidateHours ?? {}) },
    thankYou: { ...base.thankYou, ...dropUndefined(o.thankYou ?? {}) },
    postal,
    decision: { ...base.decision, ...dropUndefined(o.decision ?? {}) },
    followUp: {
      ...base.followUp,
      ...dropUndefined(o.followUp ?? {}),
      callingWindows: o.followUp?.callingWindows ?? base.followUp.callingWindows,
    },
    outcome: { ...base.outcome, ...dropUndefined(o.outcome ?? {}) },
    negotiation: negotiationPolicy(base.negotiation, o.negotiation),
  };
  return policy;
}

/** The negotiation section: nested groups merge field by field; `targetPosition` and the spans are replaced whole. */
function negotiationPolicy(base: NegotiationPolicy, o: PolicyOverrides["negotiation"]): NegotiationPolicy {
  if (!o) return base;
  return {
    ...base,
    ...(dropUndefined(o) as Partial<NegotiationPolicy>),
    leverageWeights: { ...base.leverageWeights, ...dropUndefined(o.leverageWeights ?? {}) },
    levers: { ...base.levers, ...(dropUndefined(o.levers ?? {}) as Partial<NegotiationPolicy["levers"]>) },
  };
}

function dropUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
