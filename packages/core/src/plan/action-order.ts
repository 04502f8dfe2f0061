import type { ActionKind } from "../schema/enums.js";
import type { PlanAction } from "../schema/plan.js";
import { instantKey } from "./instant-order.js";

/**
 * The order of actions that fall due at the same instant: what unblocks the rest comes first
 * (confirm the names before writing, write before sending), and what closes a chapter comes last.
 */
const KIND_ORDER: Readonly<Record<ActionKind, number>> = {
  "confirm-timeline": -1,
  "confirm-recipients": 0,
  "write-thank-you": 1,
  "send-thank-you": 2,
  "follow-up": 3,
  "respond-to-offer": 4,
  negotiate: 5,
  "accept-offer": 6,
  "reply-to-rejection": 7,
  withdraw: 8,
  celebrate: 9,
  reflect: 10,
  "restart-search": 11,
};

/**
 * The actions sorted by when they fall due (`due.start`, as instants, whatever their zones), then by
 * {@link KIND_ORDER}, then by id with numbers compared as numbers (`send-thank-you-2` before
 * `send-thank-you-10`). Actions without a due window go last. Returns a new array.
 */
export function sortActions(actions: readonly PlanAction[]): PlanAction[] {
  const keyed = actions.map((action) => ({ action, at: startOf(action) }));
  keyed.sort((a, b) => {
    if (a.at !== b.at) {
      if (a.at === null) return 1;
      if (b.at === null) return -1;
      return a.at < b.at ? -1 : 1;
    }
    return KIND_ORDER[a.action.kind] - KIND_ORDER[b.action.kind] || compareIds(a.action.id, b.action.id);
  });
  return keyed.map((k) => k.action);
}

function startOf(action: PlanAction): bigint | null {
  return action.due ? instantKey(action.due.start) : null;
}

const CHUNKS = /\d+|\D+/g;

/** Compares ids piecewise: runs of digits by value, other runs as strings. */
export function compareIds(a: string, b: string): number {
  if (a === b) return 0;
  const x = a.match(CHUNKS) ?? [];
  const y = b.match(CHUNKS) ?? [];
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    const p = x[i]!;
    const q = y[i]!;
    if (p === q) continue;
    const pn = /^\d/.test(p);
    const qn = /^\d/.test(q);
    if (pn && qn) {
      const diff = Number(p) - Number(q);
      if (diff !== 0) return diff;
    }
    return p < q ? -1 : 1;
  }
  return x.length - y.length || (a < b ? -1 : 1);
}
