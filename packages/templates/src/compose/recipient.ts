import type { Person } from "@afterview/core";
import type { TemplateId } from "../registry/types.js";
import type { ComposeContext } from "./context.js";

/**
 * Whom a template addresses when the context names no one: the action's `to`; else, for thank-you
 * letters, the first interviewer; for calls, offers and replies, the scheduler (who knows where the
 * decision stands), else the first interviewer. A withdrawal after accepting this offer goes to the
 * other employers, so it names no one here. Worksheets and checklists address no one.
 */
export function defaultRecipient(id: TemplateId, context: ComposeContext): Person | undefined {
  if (context.recipient) return context.recipient;
  if (id === "outcome/reflection" || id === "outcome/celebrate") return undefined;
  if (id === "outcome/withdrawal" && context.plan.status === "accepted") return undefined;
  if (context.action?.to) return context.action.to;
  const { input } = context;
  if (id.startsWith("thank-you/")) return input.interviewers[0];
  return input.scheduler ?? input.interviewers[0];
}
