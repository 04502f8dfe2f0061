import { toZoned } from "@afterview/core";
import type { Style } from "../io/terminal.js";
import { STATUS_LABELS } from "../timeline/labels.js";
import { day, dueWindow, when } from "../timeline/when.js";
import type { Board, BoardPlan } from "./board.js";

/**
 * The board as lines for the terminal: the interviews and where each stands, every step still to do
 * across them soonest first (each naming its company, past-due steps marked, the first one pointed
 * at), then the conflicts with `coordinatePlans`' advice under each. `zones` are the candidate's
 * zones across the plans (one, unless they moved): the first is the clock of the "as of" line and
 * of the offer deadlines.
 */
export function formatBoard(board: Board, style: Style, zones: readonly string[]): string[] {
  const zone = zones[0] ?? "UTC";
  const count = board.plans.length;
  const lines = [
    style.bold(`${count} interview${count === 1 ? "" : "s"}, as of ${when(toZoned(board.now, zone).toString())}:`),
    ...board.plans.map((plan) => `  ${planLine(plan, style, zone)}  ${style.dim(`(${plan.file})`)}`),
    "",
  ];
  const clock = zones.length === 1 ? `your time, ${zones[0]}` : "each on its own plan's clock";
  lines.push(style.bold(`Next steps, soonest first (${clock}):`));
  if (board.steps.length === 0) lines.push("  Nothing left to do.");
  const width = String(board.steps.length).length + 1;
  board.steps.forEach((step, index) => {
    const due = step.due ? dueWindow(step.due.start, step.due.end) : "when you can";
    const late = step.pastDue ? style.red("  (past due)") : "";
    const first = index === 0 ? style.yellow("  ← first") : "";
    lines.push(
      `  ${`${index + 1}.`.padStart(width)} ${style.cyan(due)}  ${style.bold(`${step.label}:`)} ${step.text}${late}${first}`,
    );
  });
  if (board.conflicts.length > 0) {
    lines.push("", style.bold(`Conflicts (${board.conflicts.length}):`));
    for (const conflict of board.conflicts) {
      if (conflict.kind === "calls-overlap") {
        lines.push(
          `  ${style.yellow("!")} Two calls in the same hours, ${dueWindow(conflict.from, conflict.to)}; decide which to make first:`,
        );
        for (const call of conflict.calls) {
          const step = board.steps.find((s) => s.plan === call.plan && s.action === call.action);
          if (step?.due) lines.push(`      ${step.label}: ${step.text}, ${dueWindow(step.due.start, step.due.end)}`);
        }
        continue;
      }
      lines.push(`  ${style.yellow("!")} ${conflict.text}`);
      if (conflict.advice) {
        const { text, source } = conflict.advice;
        lines.push(`      ${text}${source ? ` ${style.dim(`[${source}]`)}` : ""}`);
      }
    }
  }
  return lines;
}

function planLine(plan: BoardPlan, style: Style, zone: string): string {
  const head = `${plan.role} at ${plan.company}: ${STATUS_LABELS[plan.status]}`;
  if (plan.deadline) return `${head}, answer by ${style.cyan(when(toZoned(plan.deadline, zone).toString()))}`;
  if (plan.status !== "awaiting-decision") return head;
  const { earliest, latest } = plan.decision;
  const range = earliest === latest ? day(earliest) : `${day(earliest)} to ${day(latest)}`;
  return `${head}, expected ${style.cyan(range)}`;
}
