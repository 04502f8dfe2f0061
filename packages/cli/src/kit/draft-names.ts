import type { Plan } from "@afterview/core";
import type { Document } from "@afterview/templates";
import { documentBaseName } from "./file-names.js";
import type { KitDraft } from "./manifest.js";

/** A composed document with the plan action it was written for and its file name. */
export interface NamedDraft extends KitDraft {
  doc: Document;
}

/**
 * Names each document of `composePlan(plan, …)` (in plan order) after the action it was written
 * for. A draft the previous kit already had for the same action keeps its file name and its
 * `madeAt`, so a refresh updates `04-follow-up-call-script-priya-raman.txt` in place instead of
 * renumbering every draft; a new one takes the next free number (`07-offer-acceptance-priya-raman`).
 * With no previous kit the numbers run 1, 2, 3… in plan order.
 *
 * Documents are matched to actions as `composePlan` makes them: one per pending action with a
 * template, in order, for the same template and person (a send action repeating its write
 * action's letter is not composed again, so the write action comes first).
 */
export function nameDrafts(
  plan: Plan,
  documents: readonly Document[],
  previous: readonly KitDraft[],
  now: string,
): NamedDraft[] {
  const byAction = new Map(previous.map((draft) => [draft.action, draft]));
  let last = Math.max(0, ...previous.map((draft) => numberOf(draft.base)));
  let cursor = 0;
  return documents.map((doc, index) => {
    const found = plan.actions.findIndex(
      (action, at) =>
        at >= cursor &&
        action.status === "pending" &&
        action.templateId === doc.templateId &&
        action.to?.name === doc.to?.name,
    );
    if (found >= 0) cursor = found + 1;
    // Unmatched only if composePlan's rules change; the document still gets a name of its own.
    const action = found >= 0 ? (plan.actions[found]?.id ?? "") : `${doc.templateId}#${index + 1}`;
    const earlier = byAction.get(action);
    const tail = withoutNumber(documentBaseName(0, doc.templateId, doc.to?.name));
    if (earlier && withoutNumber(earlier.base) === tail)
      return { doc, action, base: earlier.base, madeAt: earlier.madeAt };
    last += 1;
    return { doc, action, base: documentBaseName(last, doc.templateId, doc.to?.name), madeAt: now };
  });
}

/** The number a draft's name starts with (`04-…` → 4); 0 when it has none. */
function numberOf(base: string): number {
  const match = /^(\d+)-/.exec(base);
  return match ? Number(match[1]) : 0;
}

/** A draft's name after its number: `04-follow-up-call-script-priya-raman` → `follow-up-call-script-priya-raman`. */
function withoutNumber(base: string): string {
  return base.replace(/^\d+-/, "");
}
