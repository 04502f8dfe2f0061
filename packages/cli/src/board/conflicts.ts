import { type Plan, type PlanAction, toZoned, type Why } from "@afterview/core";
import { describeAction } from "../timeline/format-timeline.js";
import { day, dueWindow, epochMs, when } from "../timeline/when.js";

/** One plan on the board, as the conflicts read it: the plan (after `coordinatePlans`) and its short name. */
export interface LabelledPlan {
  plan: Plan;
  /** `Acme Corp`, or `Globex (Data Engineer)` when two plans share the company. */
  label: string;
}

/** A step of one plan, named by its interview and action ids. */
export interface StepRef {
  /** The plan's `interviewId`. */
  plan: string;
  /** The action's `id` in that plan. */
  action: string;
}

/** Two calls to different employers whose windows overlap. */
export interface CallsOverlap {
  kind: "calls-overlap";
  /** The two calls, the earlier-starting first. */
  calls: [StepRef, StepRef];
  /** When the overlap starts and ends (instants on the candidate's clock). */
  from: string;
  to: string;
  /** The conflict in words, one line. */
  text: string;
}

/** An offer whose deadline comes before another employer expects to decide. */
export interface DeadlineBeforeDecision {
  kind: "deadline-before-decision";
  /** The `interviewId` of the plan holding the offer. */
  offer: string;
  /** The offer's deadline, as the offer gives it. */
  deadline: string;
  /** The `interviewId` of the plan still waiting for a decision. */
  waiting: string;
  /** The waiting employer's expected decision, `YYYY-MM-DD` days in its calendar. */
  decision: { earliest: string; latest: string };
  /** The conflict in words, one line. */
  text: string;
  /** What `coordinatePlans` advises (the reason of its `offer-deadline-…` step), when that step is pending. */
  advice?: Why;
}

/** Something across plans that needs the candidate's attention. */
export type BoardConflict = CallsOverlap | DeadlineBeforeDecision;

type Call = { entry: LabelledPlan; action: PlanAction & { due: { start: string; end: string } } };

/**
 * The conflicts between plans, as of `now`: calls to different employers whose windows overlap
 * (pending phone steps whose windows have not closed), then offers whose deadline, still ahead, falls
 * on or before the last day another employer, still deciding, is expected to answer. Each deadline
 * conflict carries `coordinatePlans`' advice for the waiting plan, so the plans must have been
 * through it.
 */
export function findConflicts(entries: readonly LabelledPlan[], now: string): BoardConflict[] {
  return [...overlappingCalls(entries, now), ...deadlinesBeforeDecisions(entries, now)];
}

function overlappingCalls(entries: readonly LabelledPlan[], now: string): CallsOverlap[] {
  const nowMs = epochMs(now);
  const calls: Call[] = entries.flatMap((entry) =>
    entry.plan.actions
      .filter((action): action is Call["action"] => isOpenCall(action) && epochMs(action.due!.end) > nowMs)
      .map((action) => ({ entry, action })),
  );
  calls.sort((a, b) => epochMs(a.action.due.start) - epochMs(b.action.due.start));
  const found: CallsOverlap[] = [];
  for (const [i, a] of calls.entries()) {
    for (const b of calls.slice(i + 1)) {
      if (a.entry === b.entry) continue;
      const from = Math.max(epochMs(a.action.due.start), epochMs(b.action.due.start));
      const to = Math.min(epochMs(a.action.due.end), epochMs(b.action.due.end));
      if (from >= to) continue;
      const fromAt =
        epochMs(a.action.due.start) >= epochMs(b.action.due.start) ? a.action.due.start : b.action.due.start;
      const toAt = epochMs(a.action.due.end) <= epochMs(b.action.due.end) ? a.action.due.end : b.action.due.end;
      found.push({
        kind: "calls-overlap",
        calls: [ref(a), ref(b)],
        from: fromAt,
        to: toAt,
        text: `Two calls in the same hours, ${dueWindow(fromAt, toAt)}: ${callWords(a)} and ${callWords(b)}; decide which to make first.`,
      });
    }
  }
  return found;
}

function isOpenCall(action: PlanAction): boolean {
  return action.status === "pending" && action.channel === "phone" && action.due !== undefined;
}

const ref = ({ entry, action }: Call): StepRef => ({ plan: entry.plan.interviewId, action: action.id });

const callWords = ({ entry, action }: Call) =>
  `${entry.label}, ${describeAction(action)} (${dueWindow(action.due.start, action.due.end)})`;

function deadlinesBeforeDecisions(entries: readonly LabelledPlan[], now: string): DeadlineBeforeDecision[] {
  const nowMs = epochMs(now);
  const found: DeadlineBeforeDecision[] = [];
  for (const offered of entries) {
    const deadline = offered.plan.status === "offer" ? offered.plan.offer?.deadline : undefined;
    if (deadline === undefined || epochMs(deadline) <= nowMs) continue;
    const yours = offered.plan.context.candidate.timeZone;
    const by = when(toZoned(deadline, yours).toString());
    for (const waiting of entries) {
      if (waiting === offered || waiting.plan.status !== "awaiting-decision") continue;
      const { earliest, latest } = waiting.plan.decision;
      // The deadline's day in the waiting employer's calendar, the calendar its decision dates are in.
      const deadlineDay = toZoned(deadline, waiting.plan.context.employer.timeZone).toPlainDate().toString();
      if (deadlineDay > latest) continue;
      const expected = earliest === latest ? day(earliest) : `${day(earliest)} to ${day(latest)}`;
      const relation =
        deadlineDay < earliest
          ? `before ${waiting.label} expects to decide (${expected})`
          : `while ${waiting.label} may still be deciding (expected ${expected})`;
      const step = waiting.plan.actions.find(
        (a) => a.id === `offer-deadline-${offered.plan.interviewId}`.slice(0, 200),
      );
      const advice = step?.status === "pending" ? step.why[0] : undefined;
      found.push({
        kind: "deadline-before-decision",
        offer: offered.plan.interviewId,
        deadline,
        waiting: waiting.plan.interviewId,
        decision: { earliest, latest },
        text: `${offered.label} wants your answer by ${by}, ${relation}.`,
        ...(advice ? { advice } : {}),
      });
    }
  }
  return found;
}
