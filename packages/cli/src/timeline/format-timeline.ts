import type { Plan, PlanAction } from "@afterview/core";
import type { Style } from "../io/terminal.js";
import { ACTION_LABELS, CHANNEL_LABELS, personPreposition, STATUS_LABELS } from "./labels.js";
import { day, dueWindow, epochMs, when } from "./when.js";

/**
 * The plan as lines a person reads in a terminal: what the interview was, when the decision is
 * due, the thank-you advice, then every action in order with its due window (on the candidate's
 * clock), whom it goes to, how, and why. The first pending action is marked. With colour off
 * (`style` from `createColors(false)`) the lines are plain text. A pending action is marked
 * "past due" when the plan marks it `overdue` or its window closed before `now` (see
 * {@link isPastDue}). The plan's warnings (a zone such as `"EST"`) follow the header as "Check" lines.
 */
export function formatTimeline(plan: Plan, style: Style, now?: string): string[] {
  const { context, decision } = plan;
  const lines: string[] = [];
  lines.push(`${style.bold(`${context.role} at ${context.company}`)} ${style.dim(`(${STATUS_LABELS[plan.status]})`)}`);
  lines.push(`Interview ended ${when(context.interviewEnd)} (${context.employer.timeZone})`);
  const words = decision.timeline?.text;
  const said =
    decision.source === "stated"
      ? `they said "${words ?? ""}"`
      : decision.source === "unread"
        ? `they said "${words ?? ""}"; give it as a date, until then the usual wait`
        : "the usual wait";
  const range =
    decision.earliest === decision.latest
      ? day(decision.earliest)
      : `${day(decision.earliest)} to ${day(decision.latest)}`;
  lines.push(`Decision expected ${style.cyan(range)} (${said})`);
  lines.push(thankYouLine(plan, style));
  if (plan.quietUntil) lines.push(`Nothing needed between the thank-you and ${style.cyan(when(plan.quietUntil))}.`);
  lines.push(...warningLines(plan, style));
  lines.push("");
  lines.push(style.bold(`What to do, in order (your time, ${context.candidate.timeZone}):`));
  const first = firstPending(plan);
  plan.actions.forEach((action, index) => {
    lines.push(...actionLines(action, index + 1, action === first, isPastDue(action, now), style));
  });
  if (plan.actions.length === 0) lines.push("  Nothing left to do.");
  return lines;
}

/** The first action still pending, in plan order (plans keep actions sorted by due time). */
export function firstPending(plan: Plan): PlanAction | undefined {
  return plan.actions.find((action) => action.status === "pending");
}

function thankYouLine(plan: Plan, style: Style): string {
  const { thankYou } = plan;
  if (!thankYou.send) return "Thank-you: none planned (you are not interested in this job)";
  const parts = [`by ${thankYou.channel}`];
  if (thankYou.format) parts.push(thankYou.format);
  if (thankYou.writeBy) parts.push(`write by ${style.cyan(when(thankYou.writeBy))}`);
  if (thankYou.sendBy) parts.push(`send by ${style.cyan(when(thankYou.sendBy))}`);
  return `Thank-you: ${parts.join(", ")}`;
}

/**
 * True for a pending action that is past due: the plan marks it `overdue` (as of the `now` it was
 * made or last updated at), or its due window closed before `now`, the time the plan is shown at
 * (a stored plan is shown later than it was made, and core's mark does not move by itself).
 */
export function isPastDue(action: PlanAction, now?: string): boolean {
  if (action.status !== "pending" || !action.due) return false;
  if (action.overdue === true) return true;
  return now !== undefined && epochMs(action.due.end) < epochMs(now);
}

/** The plan's warnings, one line each: `Check candidate.timeZone: "EST" is a fixed offset …`. */
export function warningLines(plan: Plan, style: Style): string[] {
  return plan.warnings.map((warning) => `${style.yellow(`Check ${warning.path}:`)} ${warning.message}`);
}

function actionLines(action: PlanAction, number: number, isFirst: boolean, pastDue: boolean, style: Style): string[] {
  const mark = action.status === "done" ? "✓" : action.status === "skipped" ? "–" : `${number}.`;
  const due = action.due ? dueWindow(action.due.start, action.due.end) : "when you can";
  const what = describeAction(action);
  const late = pastDue ? style.red("  (past due)") : "";
  const status = action.status === "pending" ? "" : style.dim(`  (${action.status})`);
  const tail = `${late}${status}${isFirst ? style.yellow("  ← first") : ""}`;
  const head = action.status === "pending" ? `${style.cyan(due)}  ${style.bold(what)}` : style.dim(`${due}  ${what}`);
  const lines = [`${mark.padStart(3)} ${head}${tail}`];
  const why = action.why[0];
  if (why) lines.push(style.dim(`      why: ${why.text}${why.source ? ` [${why.source}]` : ""}`));
  return lines;
}

/** An action in words: `Follow up with Priya Raman by phone`. */
export function describeAction(action: PlanAction): string {
  const who = action.to?.name ? ` ${personPreposition(action.kind)} ${action.to.name}` : "";
  const how = action.channel ? ` ${CHANNEL_LABELS[action.channel]}` : "";
  return `${ACTION_LABELS[action.kind]}${who}${how}`;
}
