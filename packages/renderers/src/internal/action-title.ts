import type { Plan, PlanAction } from "@afterview/core";
import { oneLine } from "./clean-text.js";

/** Who an action is addressed to, in words: their name, else their title, else the company. */
export function recipientName(action: PlanAction, plan: Plan): string {
  const to = action.to;
  return oneLine(to?.name ?? to?.title ?? plan.context.company) || "the employer";
}

/**
 * One line saying what an action asks, as plain (unescaped) text, e.g. "Follow-up call to Priya Raman".
 * Shared by the Markdown checklist and the calendar so both say the same thing.
 */
export function actionTitle(action: PlanAction, plan: Plan): string {
  const who = recipientName(action, plan);
  const company = oneLine(plan.context.company);
  const medium = action.channel === "postal" ? "letter" : action.channel === "email" ? "email" : "letter";
  switch (action.kind) {
    case "confirm-timeline":
      return `Write down when ${company} said it would decide, as a date`;
    case "confirm-recipients":
      return `Call ${who} to confirm the interviewers' names and addresses`;
    case "write-thank-you":
      return `Write the thank-you ${medium} to ${who}`;
    case "send-thank-you":
      return action.channel === "postal"
        ? `Post the thank-you letter to ${who}`
        : `Send the thank-you ${medium} to ${who}`;
    case "follow-up":
      return action.channel === "email" ? `Follow-up email to ${who}` : `Follow-up call to ${who}`;
    case "reflect":
      return "Reflect on the interview and note what to keep and what to change";
    case "respond-to-offer":
      return `Respond to the offer from ${company}`;
    case "negotiate":
      return `Negotiate the offer with ${who}`;
    case "accept-offer":
      return `Accept the offer from ${company}`;
    case "celebrate":
      return "Celebrate the new job";
    case "reply-to-rejection":
      return `Reply graciously to ${who}`;
    case "withdraw":
      return `Tell ${who} you are withdrawing`;
    case "restart-search":
      return "Restart the search";
  }
}

/** `true` for a phone call to the employer, which happens on the employer's clock. */
export function isEmployerCall(action: PlanAction): boolean {
  return action.channel === "phone" || (action.kind === "follow-up" && action.channel !== "email");
}
