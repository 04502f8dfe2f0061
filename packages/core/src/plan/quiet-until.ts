import type { PlanAction } from "../schema/plan.js";
import { instantKey } from "./instant-order.js";

/**
 * Until when there is truly nothing to do while waiting: the opening, on the candidate's
 * clock, of the earliest pending follow-up. `undefined` when no follow-up is pending.
 */
export function quietUntil(actions: readonly PlanAction[]): string | undefined {
  let best: string | undefined;
  let bestAt: bigint | undefined;
  for (const a of actions) {
    if (a.kind !== "follow-up" || a.status !== "pending" || !a.due) continue;
    const at = instantKey(a.due.start);
    if (bestAt === undefined || at < bestAt) {
      best = a.due.start;
      bestAt = at;
    }
  }
  return best;
}
