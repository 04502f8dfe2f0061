import type { Plan, PlanAction } from "@afterview/core";
import { actionTitle, isEmployerCall } from "../internal/action-title.js";
import { oneLine } from "../internal/clean-text.js";
import { calendarDay, type WallTime, wallTime } from "../internal/wall-time.js";
import { formatDay, formatTime, formatWindow } from "../internal/zoned.js";
import { escapeMarkdownInline, escapeMarkdownLine } from "./escape-markdown.js";

const STATUS_WORDS: Record<Plan["status"], string> = {
  "awaiting-decision": "waiting for the employer's decision",
  offer: "an offer is on the table",
  accepted: "offer accepted",
  declined: "offer declined",
  rejected: "not selected",
  withdrawn: "withdrawn",
  "closed-no-response": "closed: no response",
};

/**
 * Renders a plan as the dated checklist a person reads (Markdown, GFM task lists): where it
 * stands, when the employer should decide, then every action in order with its window in the
 * candidate's zone (calls also show the employer's clock), `- [ ]` while pending and `- [x]` when
 * done (skipped ones struck through), "past due" on those the plan marks `overdue`, who to reach
 * and how, and the reasons under each, with their evidence ids. Undated actions come last. The
 * plan's warnings (a zone such as `"EST"`) are listed with the facts, as "Check" lines. Every text
 * from the plan is escaped.
 *
 * Takes the plan as core returned it (or `parsePlan`'s copy of stored JSON) and does not validate it again.
 *
 * @example
 * ```ts
 * renderPlanMarkdown(plan);
 * //=> "# Senior Data Engineer at Acme Corp\n\n- **Status:** waiting for the employer's decision\n…
 * //    - [ ] **Tue 2026-12-01 08:30–10:30** (09:30–11:30 America/New_York): Follow-up call to Priya Raman …"
 * ```
 */
export function renderPlanMarkdown(plan: Plan): string {
  const checked = plan;
  const { context, decision } = checked;
  const zone = context.candidate.timeZone;
  const out: string[] = [];
  out.push(`# ${escapeMarkdownLine(`${oneLine(context.role)} at ${oneLine(context.company)}`)}`);

  const facts = [`- **Status:** ${STATUS_WORDS[checked.status]}`];
  const said = decision.timeline?.text ? oneLine(decision.timeline.text) : "";
  const earliest = calendarDay(decision.earliest);
  const latest = calendarDay(decision.latest);
  const span = earliest.date === latest.date ? formatDay(earliest) : `${formatDay(earliest)} to ${formatDay(latest)}`;
  facts.push(`- **Decision expected:** ${span} (${decisionBasis(decision.source, said)})`);
  if (checked.quietUntil) {
    const quiet = wallTime(checked.quietUntil, zone);
    facts.push(`- **Nothing to do until:** ${formatDay(quiet)} ${formatTime(quiet)}`);
  }
  facts.push(
    `- **Times:** yours (${escapeMarkdownInline(zone)})${context.employer.timeZone === zone ? "" : `; calls also in the employer's (${escapeMarkdownInline(context.employer.timeZone)})`}`,
  );
  for (const warning of checked.warnings) {
    facts.push(`- **Check ${escapeMarkdownInline(warning.path)}:** ${escapeMarkdownInline(oneLine(warning.message))}`);
  }
  out.push(facts.join("\n"));

  const dated = checked.actions.filter((a) => a.due);
  const undated = checked.actions.filter((a) => !a.due);
  if (dated.length) out.push("## Checklist", dated.map((a) => actionItem(a, checked)).join("\n"));
  if (undated.length) out.push("## When it happens", undated.map((a) => actionItem(a, checked)).join("\n"));
  return `${out.join("\n\n")}\n`;
}

/** Where the expected decision date comes from, in words; `said` is the employer's words on one line. */
function decisionBasis(source: Plan["decision"]["source"], said: string): string {
  const quoted = `“${escapeMarkdownInline(said)}”`;
  if (!said) return "the usual wait: nothing was said";
  if (source === "stated") return `they said ${quoted}`;
  if (source === "unread") return `they said ${quoted}; until you give that as a date, the usual wait`;
  return `they said ${quoted}, which names no time: the usual wait`;
}

function actionItem(action: PlanAction, plan: Plan): string {
  const zone = plan.context.candidate.timeZone;
  const box = action.status === "pending" ? "- [ ]" : "- [x]";
  const parts: string[] = [];
  if (action.due) {
    const start = wallTime(action.due.start, zone);
    const end = wallTime(action.due.end, zone);
    let when = `**${formatWindow(start, end)}**`;
    const employerZone = plan.context.employer.timeZone;
    if (isEmployerCall(action) && employerZone !== zone) {
      when += ` (${employerWindow(start, wallTime(action.due.start, employerZone), wallTime(action.due.end, employerZone))} ${escapeMarkdownInline(employerZone)})`;
    }
    // Only a pending action is late; core marks no other, but a hand-edited plan might.
    if (action.overdue && action.status === "pending") when += ", **past due**";
    parts.push(`${when}:`);
  }
  let title = escapeMarkdownInline(actionTitle(action, plan));
  if (action.status === "skipped") title = `~~${title}~~ (skipped)`;
  parts.push(title);
  const reach = contact(action);
  if (reach) parts.push(`(${reach})`);
  const lines = [`${box} ${parts.join(" ")}`];
  for (const why of action.why) {
    lines.push(`  - ${escapeMarkdownLine(oneLine(why.text))}${why.source ? ` _(${why.source})_` : ""}`);
  }
  return lines.join("\n");
}

function contact(action: PlanAction): string {
  const to = action.to;
  if (!to) return "";
  if (action.channel === "phone" && to.phone) return `phone ${escapeMarkdownInline(oneLine(to.phone))}`;
  if (action.channel === "email" && to.email) return `email ${escapeMarkdownInline(oneLine(to.email))}`;
  if (action.channel === "postal" && to.address) {
    const a = to.address;
    const place = [a.locality, a.region, a.postalCode].filter(Boolean).join(" ");
    return `post to ${escapeMarkdownInline(oneLine([...a.lines, place, a.country].join(", ")))}`;
  }
  return "";
}

/** The employer's side of a window: just the hours when it falls on the same calendar day as the candidate's. */
function employerWindow(mine: WallTime, start: WallTime, end: WallTime): string {
  const sameDay = start.date === mine.date && start.date === end.date;
  if (!sameDay) return formatWindow(start, end);
  return start.epochNanoseconds === end.epochNanoseconds
    ? `by ${formatTime(end)}`
    : `${formatTime(start)}–${formatTime(end)}`;
}
