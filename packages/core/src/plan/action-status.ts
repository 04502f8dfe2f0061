import type { ActionKind } from "../schema/enums.js";
import type { PlanAction } from "../schema/plan.js";

/** The actions with every pending one for which `pick` is true set to `status`. Returns new objects for changed ones. */
export function settle(
  actions: readonly PlanAction[],
  status: "done" | "skipped",
  pick: (action: PlanAction) => boolean,
): PlanAction[] {
  return actions.map((a) => (a.status === "pending" && pick(a) ? { ...a, status } : a));
}

/** Every pending action skipped, except those of `doneKinds`, which are marked done (they happened). */
export function closeAll(actions: readonly PlanAction[], doneKinds: readonly ActionKind[] = []): PlanAction[] {
  return actions.map((a) =>
    a.status === "pending"
      ? { ...a, status: doneKinds.includes(a.kind) ? ("done" as const) : ("skipped" as const) }
      : a,
  );
}

/**
 * `added` appended to `actions`, each id made unique against the ones already there (`reflect`,
 * then `reflect-2`…), so an id always names one action.
 */
export function appendUnique(actions: readonly PlanAction[], added: readonly PlanAction[]): PlanAction[] {
  const taken = new Set(actions.map((a) => a.id));
  const out = [...actions];
  for (const action of added) {
    let id = action.id;
    for (let n = 2; taken.has(id); n++) id = `${action.id}-${n}`;
    taken.add(id);
    out.push(id === action.id ? action : { ...action, id });
  }
  return out;
}
