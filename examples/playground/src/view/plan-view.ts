import type { Plan, PlanAction, Why } from "@afterview/core";
import { el } from "./dom.js";
import { dateElement, instantElement, windowText } from "./format-time.js";

const ACTION_LABELS: Readonly<Record<PlanAction["kind"], string>> = {
  "confirm-timeline": "Give the decision date you heard",
  "confirm-recipients": "Confirm names and addresses",
  "write-thank-you": "Write the thank-you letter",
  "send-thank-you": "Send the thank-you letter",
  "follow-up": "Follow up",
  reflect: "Reflect on the interview",
  "respond-to-offer": "Respond to the offer",
  negotiate: "Negotiate",
  "accept-offer": "Accept the offer",
  celebrate: "Celebrate",
  "reply-to-rejection": "Reply to the rejection",
  withdraw: "Withdraw",
  "restart-search": "Restart the search",
};

const CHANNEL_LABELS: Readonly<Record<string, string>> = {
  email: "by email",
  postal: "by post",
  "email-then-postal": "by email now, then a posted letter",
  phone: "by phone",
  "in-person": "in person",
  none: "not at all",
};

/** Shows a plan: the decision window, the thank-you advice, the follow-ups and every action with its reasons. */
export function renderPlan(container: HTMLElement, plan: Plan, locale: string): void {
  container.replaceChildren(decisionSection(plan, locale), thankYouSection(plan, locale));
  container.append(followUpSection(plan, locale), actionSection(plan, locale));
}

function decisionSection(plan: Plan, locale: string): HTMLElement {
  const { decision } = plan;
  const said =
    decision.source === "stated" && decision.timeline !== undefined
      ? `From what they said: “${decision.timeline.text}”.`
      : "They gave no timeline, so the plan assumes the usual wait.";
  return el(
    "section",
    { id: "decision", "aria-labelledby": "decision-heading" },
    el("h3", { id: "decision-heading" }, "When they are likely to decide"),
    el(
      "p",
      {},
      "Between ",
      dateElement(decision.earliest, locale),
      " and ",
      dateElement(decision.latest, locale),
      ". ",
      said,
    ),
  );
}

function thankYouSection(plan: Plan, locale: string): HTMLElement {
  const { thankYou } = plan;
  const section = el(
    "section",
    { id: "thank-you", "aria-labelledby": "thank-you-heading" },
    el("h3", { id: "thank-you-heading" }, "Thank-you letters"),
  );
  if (!thankYou.send) {
    section.append(el("p", {}, "The plan does not send a thank-you letter."));
  } else {
    const facts = el("dl", {});
    const fact = (term: string, ...value: (Node | string)[]) =>
      facts.append(el("dt", {}, term), el("dd", {}, ...value));
    fact("How", CHANNEL_LABELS[thankYou.channel] ?? thankYou.channel, thankYou.format ? `, ${thankYou.format}` : "");
    fact("To", thankYou.recipients.map((person) => person.name).join(", ") || "—");
    if (thankYou.writeBy) fact("Write by", instantElement(thankYou.writeBy, locale));
    if (thankYou.sendBy) fact("Send by", instantElement(thankYou.sendBy, locale));
    section.append(facts);
  }
  section.append(whyList(thankYou.why));
  return section;
}

function followUpSection(plan: Plan, locale: string): HTMLElement {
  const list = el("ol", { id: "follow-ups" });
  for (const followUp of plan.followUps) {
    list.append(
      el(
        "li",
        { "data-opens": followUp.opens, "data-closes": followUp.closes },
        el("strong", {}, `Call ${followUp.attempt}, ${CHANNEL_LABELS[followUp.channel] ?? followUp.channel}: `),
        instantElement(followUp.opens, locale),
        el("br"),
        `Their time: ${windowText(followUp.opens, followUp.closes, locale)}`,
        el("br"),
        `Your time: ${windowText(followUp.forCandidate.opens, followUp.forCandidate.closes, locale)}`,
        whyList(followUp.why),
      ),
    );
  }
  return el(
    "section",
    { id: "follow-up", "aria-labelledby": "follow-up-heading" },
    el("h3", { id: "follow-up-heading" }, "Follow-up calls"),
    plan.followUps.length > 0 ? list : el("p", {}, "No follow-up is planned."),
  );
}

function actionSection(plan: Plan, locale: string): HTMLElement {
  const list = el("ol", { id: "actions" });
  for (const action of plan.actions) {
    const item = el(
      "li",
      { "data-kind": action.kind, "data-status": action.status },
      el("strong", {}, ACTION_LABELS[action.kind] ?? action.kind),
    );
    if (action.to !== undefined) item.append(` — ${action.to.name}`);
    if (action.channel !== undefined) item.append(`, ${CHANNEL_LABELS[action.channel] ?? action.channel}`);
    if (action.status !== "pending") item.append(` (${action.status})`);
    if (action.due !== undefined) item.append(el("br"), windowText(action.due.start, action.due.end, locale));
    item.append(whyList(action.why));
    list.append(item);
  }
  return el(
    "section",
    { id: "steps", "aria-labelledby": "steps-heading" },
    el("h3", { id: "steps-heading" }, "Every step, in order, and why"),
    list,
  );
}

function whyList(why: readonly Why[]): HTMLElement {
  const list = el("ul", { class: "why" });
  for (const reason of why) {
    const item = el("li", { "data-rule": reason.rule }, reason.text);
    if (reason.source !== undefined) item.append(" ", el("span", { class: "source" }, `[${reason.source}]`));
    list.append(item);
  }
  return list;
}
