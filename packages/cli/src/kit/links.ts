import { AfterviewValidationError, type Plan, type PlanAction } from "@afterview/core";
import { type CalendarLinks, calendarLinks, type MailtoLink, mailtoLink } from "@afterview/renderers";
import { describeAction } from "../timeline/format-timeline.js";
import { dueWindow } from "../timeline/when.js";
import { documentsByAction, type KitDocument } from "./build-kit.js";

/** The hand-offs for one pending step: calendar links when it is dated, a `mailto:` link when it is an email. */
export interface StepLinks {
  action: PlanAction;
  calendar: CalendarLinks | undefined;
  mail: MailtoLink | undefined;
  /** The draft's text file, to paste from when the message is too long for the link. */
  text: string | undefined;
}

/**
 * The links of every pending step, in plan order: Google Calendar and Outlook on the web for a
 * dated one (`calendarLinks`), and a `mailto:` link for one whose draft is an email (`mailtoLink`).
 * Made with the renderers' defaults: each link at most 2,000 characters, so that browsers and mail
 * apps take it. A link the renderers refuse (an address that will not go in one) is left out.
 */
export function stepLinks(plan: Plan, documents: readonly KitDocument[]): StepLinks[] {
  const byAction = documentsByAction(plan, documents);
  return plan.actions
    .filter((action) => action.status === "pending")
    .map((action) => {
      const draft = byAction.get(action);
      const mail = draft?.doc.kind === "email" ? tryLink(() => mailtoLink(draft.doc)) : undefined;
      return {
        action,
        calendar: tryLink(() => calendarLinks(action, plan)),
        mail,
        text: draft?.files.find((file) => file.endsWith(".txt")),
      };
    })
    .filter((links) => links.calendar !== undefined || links.mail !== undefined);
}

/**
 * The section the kit adds to its copy of plan.md: for each pending step, links that put it in a
 * web calendar or open its email in the mail app, for people who do not import plan.ics.
 */
export function planMarkdownLinks(links: readonly StepLinks[]): string {
  if (links.length === 0) return "";
  const lines = [
    "",
    "## Hand-offs",
    "",
    "Put a step in your calendar, or open its email ready to send, without importing plan.ics. The",
    "emails carry the kit's drafts: if you changed a draft, send it from its file instead.",
    "",
  ];
  for (const { action, calendar, mail, text } of links) {
    const parts: string[] = [];
    if (calendar) {
      parts.push(`[Google Calendar](<${calendar.google}>)`);
      parts.push(`[Outlook](<${calendar.outlook}>)`);
      parts.push(`[Outlook.com](<${calendar.outlookCom}>)`);
    }
    if (mail) {
      const paste = !mail.complete && text ? ` (too long for a link: paste the message from ${text})` : "";
      parts.push(`[email](<${mail.href}>)${paste}`);
    }
    lines.push(`- ${escapeText(stepTitle(action))}: ${parts.join(" · ")}`);
  }
  return `${lines.join("\n")}\n`;
}

/** The lines START-HERE.txt gives the links of the first `count` steps, each link on its own line. */
export function startHereLinks(links: readonly StepLinks[], plan: Plan, count: number): string[] {
  const ids = new Set(
    plan.actions
      .filter((action) => action.status === "pending")
      .slice(0, count)
      .map((action) => action.id),
  );
  const first = links.filter((links) => ids.has(links.action.id));
  if (first.length === 0) return [];
  const lines = ["Links for these steps (plan.md has them for every step):"];
  for (const { action, calendar, mail, text } of first) {
    lines.push(`  ${stepTitle(action)}`);
    if (calendar) {
      lines.push(`    Google Calendar: ${calendar.google}`);
      lines.push(`    Outlook: ${calendar.outlook}`);
    }
    if (mail) {
      lines.push(`    Email: ${mail.href}`);
      if (!mail.complete && text) lines.push(`    (the message is too long for a link: paste it from ${text})`);
    }
  }
  return lines;
}

function stepTitle(action: PlanAction): string {
  const due = action.due ? `${dueWindow(action.due.start, action.due.end)}  ` : "";
  return `${due}${describeAction(action)}`;
}

function escapeText(text: string): string {
  return text.replace(/[\\`*_[\]<>]/g, "\\$&");
}

function tryLink<T>(make: () => T): T | undefined {
  try {
    return make();
  } catch (error) {
    if (error instanceof AfterviewValidationError) return undefined;
    throw error;
  }
}
