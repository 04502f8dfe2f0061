import type { TemplateId } from "../registry/types.js";
import type { ComposeContext } from "./context.js";

/**
 * The instant a document is dated from: the action's start when there is one; for thank-you
 * letters the plan's write-by time, else the interview's end; otherwise the latest event in the
 * plan's history, else the plan's creation. The date printed is the candidate's wall-clock date
 * of that instant.
 */
export function documentInstant(id: TemplateId, context: ComposeContext): string {
  const { action, plan, input } = context;
  if (action?.due) return action.due.start;
  if (id.startsWith("thank-you/")) return plan.thankYou.writeBy ?? input.end;
  return plan.history.at(-1)?.at ?? plan.createdAt;
}
