import type { ActionChannel, ActionKind, PlanStatus } from "@afterview/core/schema";

/** What each kind of action asks, as a person reads it in a list. */
export const ACTION_LABELS: Readonly<Record<ActionKind, string>> = {
  "confirm-timeline": "Give the decision date you heard",
  "confirm-recipients": "Confirm names and addresses",
  "write-thank-you": "Write the thank-you letter",
  "send-thank-you": "Send the thank-you letter",
  "follow-up": "Follow up",
  reflect: "Reflect on the interview",
  "respond-to-offer": "Answer the offer",
  negotiate: "Negotiate",
  "accept-offer": "Accept the offer in writing",
  celebrate: "Celebrate",
  "reply-to-rejection": "Reply to the rejection",
  withdraw: "Withdraw from other processes",
  "restart-search": "Restart the search",
};

/** Where a plan stands, in words. */
export const STATUS_LABELS: Readonly<Record<PlanStatus, string>> = {
  "awaiting-decision": "waiting for their decision",
  offer: "an offer is on the table",
  accepted: "offer accepted",
  declined: "offer declined",
  rejected: "not selected",
  withdrawn: "you withdrew",
  "closed-no-response": "closed: no answer came",
};

/** How an action goes, after its label: `by email`, `by post`. */
export const CHANNEL_LABELS: Readonly<Record<ActionChannel, string>> = {
  email: "by email",
  postal: "by post",
  phone: "by phone",
  "in-person": "in person",
};

/** The word before the person an action concerns: a call is made *with* someone, a letter goes *to* them. */
export function personPreposition(kind: ActionKind): "to" | "with" {
  return kind === "confirm-recipients" || kind === "follow-up" || kind === "negotiate" ? "with" : "to";
}
