import type { Plan, PlanAction } from "@afterview/core";
import type { Style } from "../io/terminal.js";
import { describeAction, isPastDue, warningLines } from "../timeline/format-timeline.js";
import { dueWindow } from "../timeline/when.js";
import { documentsByAction, type Kit } from "./build-kit.js";
import { startHereLinks, stepLinks } from "./links.js";
import type { KeptFile, RefreshPlan } from "./refresh.js";

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
  const links = startHereLinks(stepLinks(plan, kit.documents), plan, FIRST_STEPS);
  if (links.length > 0) lines.push("", ...links);
  lines.push("", "The whole plan, in order:");
  if (kit.planFiles.includes("plan.md")) {
    lines.push("  plan.md   the checklist, with the reason for every date, and links for every step");
  }
  if (kit.planFiles.includes("plan.ics")) lines.push("  plan.ics  every dated step, to import into your calendar");
  lines.push("  plan.json the plan itself. As things happen, tell afterview, and it brings this folder up to date:");
  lines.push("            afterview event <this folder> sent");
  lines.push('            afterview event <this folder> heard-back --timeline "by Friday"');
  lines.push("            A file you change here is never overwritten: the new version goes beside it (name.new.txt).");
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

/**
 * What a refresh did, for the terminal: the files written and removed, grouped by draft, then one
 * line for each file kept because someone changed it.
 *
 * @example
 * ```ts
 * refreshLines("kit", refresh, style);
 * //=> ["Updated kit/: wrote 6 files, removed 2.",
 * //    "  wrote    plan.json  plan.md  plan.ics  START-HERE.txt  kit.json",
 * //    "  removed  04-follow-up-call-script-priya-raman  .txt .md",
 * //    "  kept     02-thank-you-email-dana-whitfield.txt, which you changed; the new version is beside it: 02-thank-you-email-dana-whitfield.new.txt"]
 * ```
 */
export function refreshLines(
  out: string,
  refresh: Pick<RefreshPlan, "write" | "remove" | "kept">,
  style: Style,
): string[] {
  const besides = new Set(refresh.kept.flatMap((kept) => (kept.beside && !kept.handedOver ? [kept.beside] : [])));
  const wrote = [...refresh.write.map((file) => file.path).filter((path) => !besides.has(path)), "kit.json"];
  const count = refresh.write.length + 1;
  const removed = refresh.remove.length > 0 ? `, removed ${refresh.remove.length}` : "";
  const lines = [`Updated ${style.bold(out)}/: wrote ${count} file${count === 1 ? "" : "s"}${removed}.`];
  const block = (label: string, names: readonly string[]) =>
    groupedNames(names).forEach((line, index) => {
      lines.push(`  ${(index === 0 ? label : "").padEnd(7)}  ${line}`);
    });
  block("wrote", wrote);
  block("removed", refresh.remove);
  for (const kept of refresh.kept) lines.push(`  kept     ${keptLine(kept)}`);
  return lines;
}

/** Why a file was kept, in one line. */
function keptLine(kept: KeptFile): string {
  if (!kept.handedOver) return `${kept.file}, which you changed; the new version is beside it: ${kept.beside}`;
  if (kept.beside) {
    return `${kept.file}, which you changed, and the kit's last version of it, ${kept.beside}; the plan no longer needs them, so they are yours now`;
  }
  return `${kept.file}, which you changed; the plan no longer needs it, so it is yours now`;
}

/**
 * File names grouped for reading: the plan's files on one line, then one line per draft with its
 * extensions (`04-follow-up-call-script-priya-raman  .txt .md`).
 */
export function groupedNames(names: readonly string[]): string[] {
  const single: string[] = [];
  const drafts = new Map<string, string[]>();
  for (const name of names) {
    if (!/^\d+-/.test(name)) {
      single.push(name);
      continue;
    }
    const base = name.replace(/(-envelope)?(\.new\d*)?\.[^.]+$/, "");
    drafts.set(base, [...(drafts.get(base) ?? []), name.slice(base.length)]);
  }
  const width = Math.max(0, ...[...drafts.keys()].map((base) => base.length));
  return [
    ...(single.length > 0 ? [single.join("  ")] : []),
    ...[...drafts].map(([base, extensions]) => `${base.padEnd(width)}  ${extensions.join(" ")}`),
  ];
}
