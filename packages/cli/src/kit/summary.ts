import type { Plan, PlanAction } from "@afterview/core";
import type { Style } from "../io/terminal.js";
import { describeAction, isPastDue, warningLines } from "../timeline/format-timeline.js";
import { dueWindow } from "../timeline/when.js";
import { documentsByAction, type Kit } from "./build-kit.js";

/** How many actions "what to do first" lists. */
export const FIRST_STEPS = 3;

/**
 * The next {@link FIRST_STEPS} pending actions, each with its due window and the kit file to open:
 * the lines `afterview kit` prints and START-HERE.txt begins with. A step whose window has passed
 * (the plan marks it `overdue`) still counts, first in order as it is the oldest, and says
 * "past due": a late thank-you or call is still worth making, and dropping it would hide that it
 * was missed.
 */
export function firstSteps(plan: Plan, kit: Pick<Kit, "documents">, style: Style): string[] {
  const byAction = documentsByAction(plan, kit.documents);
  const pending = plan.actions.filter((action) => action.status === "pending").slice(0, FIRST_STEPS);
  if (pending.length === 0) return ["Nothing left to do in this plan."];
  const lines = [style.bold("What to do first:")];
  pending.forEach((action, index) => {
    const due = action.due ? `${style.cyan(dueWindow(action.due.start, action.due.end))}  ` : "";
    const late = isPastDue(action) ? style.red("  (past due)") : "";
    lines.push(`  ${index + 1}. ${due}${describeAction(action)}${late}`);
    const file = fileToOpen(action, byAction.get(action)?.files ?? []);
    if (file) lines.push(`     open ${file}`);
  });
  return lines;
}

/** The files of a kit, one line per document: `03-thank-you-letter-marek-szczepanski  .pdf .docx .txt .md`. */
export function fileLines(kit: Pick<Kit, "documents" | "planFiles">): string[] {
  const lines = [`  ${[...kit.planFiles, "START-HERE.txt", "kit.json"].join("  ")}`];
  const width = Math.max(0, ...kit.documents.map((entry) => entry.base.length));
  for (const entry of kit.documents) {
    if (entry.files.length === 0) continue;
    const extensions = entry.files.map((file) => file.slice(entry.base.length));
    lines.push(`  ${entry.base.padEnd(width)}  ${extensions.join(" ")}`);
  }
  return lines;
}

/**
 * START-HERE.txt: the plan in a sentence, anything in the input to check (the plan's warnings),
 * what to do first, where everything is, how to keep it current, and the files left out of the kit
 * with the reason and the fix.
 */
export function startHereLines(
  plan: Plan,
  kit: Pick<Kit, "documents" | "planFiles" | "skipped">,
  style: Style,
): string[] {
  const { context } = plan;
  const lines = [`${context.role} at ${context.company}: your follow-through kit`, ""];
  const checks = warningLines(plan, style);
  if (checks.length > 0) lines.push(...checks, "");
  lines.push(...firstSteps(plan, kit, style));
  lines.push("", "The whole plan, in order:");
  if (kit.planFiles.includes("plan.md")) lines.push("  plan.md   the checklist, with the reason for every date");
  if (kit.planFiles.includes("plan.ics")) lines.push("  plan.ics  every dated step, to import into your calendar");
  lines.push("  plan.json the plan itself; keep it up to date as things happen:");
  lines.push("            afterview event plan.json sent.json");
  lines.push("", "Files:", ...fileLines(kit));
  if (kit.skipped.length > 0) {
    lines.push("", "Not in this kit:", ...kit.skipped.map((skip) => `  ${skip.file}: ${skip.reason}`));
  }
  return lines;
}

/** Writing a letter starts in the editable .docx; everything else opens its first (best) file. */
function fileToOpen(action: PlanAction, files: readonly string[]): string | undefined {
  if (action.kind === "write-thank-you") return files.find((file) => file.endsWith(".docx")) ?? files[0];
  return files[0];
}
