import { LIMITS } from "../schema/limits.js";
import type { Why } from "../schema/plan.js";

const EVIDENCE_ID = /^E-[A-Z0-9]+(?:-[A-Z0-9]+)*$/;

/**
 * One reason, clipped to the plan's sentence limit. `source` is kept only when it is an evidence id
 * (a policy may name its own postal source in free text; that text is not an evidence id).
 */
export function why(rule: string, text: string, source?: string): Why {
  const clipped = text.length > LIMITS.sentence ? `${text.slice(0, LIMITS.sentence - 1)}…` : text;
  return source !== undefined && EVIDENCE_ID.test(source) ? { rule, text: clipped, source } : { rule, text: clipped };
}
