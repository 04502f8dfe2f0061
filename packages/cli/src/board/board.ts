import { coordinatePlans, type Plan, type PlanAction } from "@afterview/core";
import type { ActionChannel, ActionKind, PlanStatus } from "@afterview/core/schema";
import { describeNowError } from "../inputs/load.js";
import { describeAction, isPastDue } from "../timeline/format-timeline.js";
import { epochMs } from "../timeline/when.js";
import { type BoardConflict, findConflicts, type LabelledPlan } from "./conflicts.js";
import type { BoardProblem } from "./find-plans.js";
import { planLabels } from "./plan-labels.js";

/** One interview on the board. */
export interface BoardPlan {
  /** The plan file, as shown (`kits/acme/plan.json`). */
  file: string;
  interviewId: string;
  company: string;
  role: string;
  /** The name its steps go by on the board: the company, with the role when two plans share it. */
  label: string;
  status: PlanStatus;
  /** When the employer is expected to decide: `YYYY-MM-DD` days in its calendar. */
  decision: { earliest: string; latest: string };
  /** The offer's deadline, when an offer with one is on the table. */
  deadline?: string;
}

/** One step still to do, from one plan. */
export interface BoardStep {
  /** The plan's `interviewId`. */
  plan: string;
  /** The plan's label, as in {@link BoardPlan.label}. */
  label: string;
  /** The action's `id` in its plan. */
  action: string;
  kind: ActionKind;
  channel?: ActionChannel;
  /** The step in words: `Follow up with Priya Raman by phone`. */
  text: string;
  /** The window to do it in, on the candidate's clock; absent for a step with no time of its own. */
  due?: { start: string; end: string };
  /** True when its window closed before `now`. */
  pastDue: boolean;
}

/**
 * Several interviews in one view, as `afterview board --json` prints it (`version` 1): the plans
 * (after `coordinatePlans`), every pending step across them soonest first, the conflicts between
 * them, the files left out with the reason, and the calendar written.
 */
export interface Board {
  version: 1;
  /** The instant the board is as of. */
  now: string;
  plans: BoardPlan[];
  steps: BoardStep[];
  conflicts: BoardConflict[];
  problems: BoardProblem[];
  /** The merged calendar's path, as shown. */
  calendar: string;
}

/** A plan as read from its file. */
export interface PlanFile {
  file: string;
  plan: Plan;
}

/**
 * Lays out the board for `files` as of `now`: runs core's `coordinatePlans` over the plans (which adds
 * to each plan still waiting for a decision a step to tell that employer of another's offer deadline),
 * names each plan, lists every pending step soonest first (steps without a window last) with its
 * past-due mark, and finds the conflicts. Returns the board and the coordinated plans, for the calendar.
 */
export function makeBoard(
  files: readonly PlanFile[],
  now: string,
  extra: { problems: BoardProblem[]; calendar: string },
): { board: Board; plans: Plan[] } {
  let plans: Plan[];
  try {
    plans = coordinatePlans(
      files.map((f) => f.plan),
      { now },
    );
  } catch (error) {
    throw describeNowError(error) ?? error;
  }
  const labels = planLabels(plans);
  const entries: LabelledPlan[] = plans.map((plan, i) => ({ plan, label: labels[i]! }));
  const labelOf = new Map(entries.map(({ plan, label }) => [plan.interviewId, label]));
  const steps = entries
    .flatMap(({ plan, label }) =>
      plan.actions
        .filter((action) => action.status === "pending")
        .map((action) => step(plan, label, action, now, labelOf)),
    )
    .map((s, order) => ({ s, order, at: s.due ? epochMs(s.due.start) : Number.POSITIVE_INFINITY }))
    .sort((a, b) => a.at - b.at || a.order - b.order)
    .map(({ s }) => s);
  const board: Board = {
    version: 1,
    now,
    plans: entries.map(({ plan, label }, i) => ({
      file: files[i]!.file,
      interviewId: plan.interviewId,
      company: plan.context.company,
      role: plan.context.role,
      label,
      status: plan.status,
      decision: { earliest: plan.decision.earliest, latest: plan.decision.latest },
      ...(plan.status === "offer" && plan.offer?.deadline ? { deadline: plan.offer.deadline } : {}),
    })),
    steps,
    conflicts: findConflicts(entries, now),
    problems: extra.problems,
    calendar: extra.calendar,
  };
  return { board, plans };
}

/** The id prefix of the steps `coordinatePlans` adds: `offer-deadline-<interviewId of the offer>`. */
const SHARE_DEADLINE = "offer-deadline-";

function step(
  plan: Plan,
  label: string,
  action: PlanAction,
  now: string,
  labelOf: ReadonlyMap<string, string>,
): BoardStep {
  // coordinatePlans' step is a follow-up like any other; say what it is for.
  const offer = action.id.startsWith(SHARE_DEADLINE) ? labelOf.get(action.id.slice(SHARE_DEADLINE.length)) : undefined;
  return {
    plan: plan.interviewId,
    label,
    action: action.id,
    kind: action.kind,
    ...(action.channel ? { channel: action.channel } : {}),
    text: `${describeAction(action)}${offer ? ` about ${offer}'s offer deadline` : ""}`,
    ...(action.due ? { due: { start: action.due.start, end: action.due.end } } : {}),
    pastDue: isPastDue(action, now),
  };
}
