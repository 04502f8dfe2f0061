import type { Span } from "../policy/candidate-hours.js";
import type { PlanAction, PlanDecision } from "../schema/plan.js";
import type { MomentSpan } from "../time/zone-clock.js";

const QUOTE_LIMIT = 120;

/**
 * The `confirm-timeline` action for a decision whose words named a time that could not be read
 * (`decision.source === "unread"`): the candidate gives the date they heard, as a `timeline-updated`
 * event with words the parser reads ("by 15 January"), and the plan is re-planned from it. Due within
 * `due`: the candidate's first hours (`candidateHours`) from the interview's end or the event that
 * brought the words, while they are fresh, in the candidate's zone. The plan's dates wait on it, so
 * it is the first thing on the list (a chosen default, no study). No template: nobody to write to.
 *
 * @param id `confirm-timeline`, or a fresh id when the plan already holds one.
 * @param defaultBusinessDays The policy's default wait (`decision.defaultBusinessDays`, E-FU-STATED).
 */
export function confirmTimelineAction(
  decision: PlanDecision,
  due: Span | MomentSpan,
  id: string,
  defaultBusinessDays: number,
): PlanAction {
  const said = (decision.timeline?.text ?? "").replace(/\s+/g, " ").trim();
  const quoted = said.length > QUOTE_LIMIT ? `${said.slice(0, QUOTE_LIMIT - 1)}…` : said;
  return {
    id,
    kind: "confirm-timeline",
    due: { start: due.start.toString(), end: due.end.toString() },
    status: "pending",
    why: [
      {
        rule: "decision.unread",
        text: `The employer said "${quoted}", which names a time afterview could not turn into dates. Give the date you understood (for example "by 15 January") so the follow-up calls are planned from it; until then the plan waits the default ${defaultBusinessDays} business day${defaultBusinessDays === 1 ? "" : "s"}, to ${decision.latest}.`,
        source: "E-FU-STATED",
      },
    ],
  };
}

/** A `confirm-timeline` id not yet used by `actions`. */
export function freshConfirmTimelineId(actions: readonly PlanAction[]): string {
  const taken = new Set(actions.map((a) => a.id));
  if (!taken.has("confirm-timeline")) return "confirm-timeline";
  let n = 2;
  while (taken.has(`confirm-timeline-${n}`)) n++;
  return `confirm-timeline-${n}`;
}
