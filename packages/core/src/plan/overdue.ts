import type { PlanAction } from "../schema/plan.js";
import type { Moment } from "../time/zone-clock.js";
import { instantKey } from "./instant-order.js";

/**
 * The actions with `overdue: true` on each pending one whose window closed before `now`, and the
 * mark taken off any other (done, skipped, or re-dated into the future). Actions that do not change
 * are returned as they are. The window's end itself still counts as on time.
 */
export function markOverdue(actions: readonly PlanAction[], now: Moment): PlanAction[] {
  const at = now.ns;
  return actions.map((action) => {
    const late = action.status === "pending" && action.due !== undefined && instantKey(action.due.end) < at;
    if (late) return action.overdue === true ? action : { ...action, overdue: true };
    if (action.overdue === undefined) return action;
    const { overdue: _, ...rest } = action;
    return rest;
  });
}
