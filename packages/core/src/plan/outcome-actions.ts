import { formatMoney } from "../money/format-money.js";
import type { NegotiationAdvice } from "../negotiation/types.js";
import type { Offer } from "../schema/offer.js";
import type { Person } from "../schema/person.js";
import type { PlanAction, Why } from "../schema/plan.js";
import { readInstant } from "../time/instant.js";
import { timeOfDay } from "../time/wall-clock.js";
import { Moment } from "../time/zone-clock.js";
import type { RulesContext } from "./context.js";
import { copyPerson } from "./context-data.js";
import { businessDays, moment } from "./wording.js";

/*
 * On the candidate's clock (`time/zone-clock.ts`), in day numbers and nanoseconds, not Temporal
 * objects: an app that applies events in the browser then carries temporal-polyfill's functional API
 * only, as one that only plans does. The times are the ones the Temporal classes gave.
 */

/**
 * The actions an outcome adds to a plan (a rejection, an offer, silence). Every due window starts at
 * `at` (the event, in the candidate's zone) and ends on the candidate's own calendar at the end of
 * business hours (`policy.thankYou.businessHours.end`), unless the offer names a deadline.
 */
export interface OutcomeContext {
  rules: RulesContext;
  /** When the outcome became known, on the candidate's clock, never before the interview's end. */
  at: Moment;
  /** Whom to write to: the scheduler, else the first interviewer. */
  contact: Person | undefined;
}

type Due = NonNullable<PlanAction["due"]>;

/** The end of business hours `n` candidate business days after `at` (never before `at`). */
function withinBusinessDays(o: OutcomeContext, n: number): Moment {
  const { candidate, policy } = o.rules;
  const day = candidate.days.addBusinessDays(candidate.clock.day(o.at.ns), n);
  const end = candidate.clock.moment(day, timeOfDay(policy.thankYou.businessHours.end));
  return end.ns < o.at.ns ? o.at : end;
}

/**
 * While the memory is fresh, as for the thank-you letter (E-TY-TIMING): by the evening write-by time
 * on the same day, or by the next day's late write-by time when the news came after `lateAfter`.
 */
function whileFresh(o: OutcomeContext): Moment {
  const { thankYou } = o.rules.policy;
  const clock = o.rules.candidate.clock;
  const { day, time } = clock.wall(o.at.ns);
  const end =
    time > timeOfDay(thankYou.lateAfter)
      ? clock.moment(day + 1, timeOfDay(thankYou.lateWriteBy))
      : clock.moment(day, timeOfDay(thankYou.writeBy));
  return end.ns > o.at.ns ? end : o.at.plusMinutes(60);
}

function due(o: OutcomeContext, end: Moment): Due {
  return { start: o.at.toString(), end: end.toString() };
}

function action(
  o: OutcomeContext,
  fields: Pick<PlanAction, "id" | "kind" | "channel" | "templateId"> & { end: Moment; why: Why[] },
  addressed: boolean,
): PlanAction {
  const out: PlanAction = {
    id: fields.id,
    kind: fields.kind,
    due: due(o, fields.end),
    status: "pending",
    why: fields.why,
  };
  if (fields.channel) out.channel = fields.channel;
  if (addressed && o.contact) out.to = copyPerson(o.contact);
  if (fields.templateId) out.templateId = fields.templateId;
  return out;
}

/** Write down what went well and what to change, the same evening (E-TY-TIMING's "while it is fresh"). */
export function reflectAction(o: OutcomeContext): PlanAction {
  const end = whileFresh(o);
  return action(
    o,
    {
      id: "reflect",
      kind: "reflect",
      templateId: "outcome/reflection",
      end,
      why: [
        {
          rule: "outcome.reflect",
          text: `Note what went well and what you would do differently while it is fresh, by ${moment(end)}.`,
          source: "E-TY-TIMING",
        },
      ],
    },
    false,
  );
}

/** Pick the search back up on the next business day; after silence, say why (E-FU-STATED). */
export function restartSearchAction(o: OutcomeContext, reason: "rejected" | "no-response" | "declined"): PlanAction {
  const end = withinBusinessDays(o, 1);
  const why: Why =
    reason === "no-response"
      ? {
          rule: "outcome.no-response",
          text: `Every follow-up went unanswered, so treat the silence as a no and put your effort into other openings from ${moment(end)}.`,
          source: "E-FU-STATED",
        }
      : {
          rule: "outcome.restart-search",
          text: `Keep your other applications moving and pick the search back up by ${moment(end)}.`,
        };
  return action(o, { id: "restart-search", kind: "restart-search", end, why: [why] }, false);
}

/** A gracious reply to a rejection within `policy.outcome.rejectionReplyBusinessDays` (2, inferred). */
export function rejectionReplyAction(o: OutcomeContext): PlanAction {
  const n = o.rules.policy.outcome.rejectionReplyBusinessDays;
  const end = withinBusinessDays(o, n);
  return action(
    o,
    {
      id: "reply-to-rejection",
      kind: "reply-to-rejection",
      channel: "email",
      templateId: "outcome/rejection-reply",
      end,
      why: [
        {
          rule: "outcome.rejection-reply",
          text: `Reply graciously within ${businessDays(n)}, by ${moment(end)}: thank them for their time and ask to be kept in mind for future openings.`,
        },
      ],
    },
    true,
  );
}

/** When an answer to `offer` is due: its deadline, else `offerResponseBusinessDays` (2, E-NEG-ROOM). */
function answerBy(o: OutcomeContext, offer: Offer): { end: Moment; why: Why } {
  if (offer.deadline !== undefined) {
    const { candidate } = o.rules;
    const deadline = new Moment(readInstant(offer.deadline, "offer.deadline", candidate.zone).ns, candidate.clock);
    if (deadline.ns > o.at.ns) {
      return {
        end: deadline,
        why: { rule: "offer.respond", text: `Answer the offer by its deadline, ${moment(deadline)}.` },
      };
    }
    return {
      end: o.at,
      why: {
        rule: "offer.respond",
        text: `The offer's deadline, ${moment(deadline)}, has passed: answer now, or ask at once for more time.`,
      },
    };
  }
  const n = o.rules.policy.outcome.offerResponseBusinessDays;
  const end = withinBusinessDays(o, n);
  return {
    end,
    why: {
      rule: "offer.respond",
      text: `The offer names no deadline: answer within ${businessDays(n)}, by ${moment(end)}, so it stays open while you weigh it.`,
      source: "E-NEG-ROOM",
    },
  };
}

function describeOffer(offer: Offer): string {
  return `${offer.base.amount.toLocaleString("en-US")} ${offer.base.currency} a ${offer.period}`;
}

/** The most reasons an action carries (the plan schema's list limit). */
const MAX_WHY = 20;

const LEVER_WORDS: Record<string, string> = {
  "sign-on-bonus": "a sign-on bonus",
  "start-date": "a later start date",
  "pto-days": "more paid days off",
  title: "the title",
  "review-timing": "an earlier pay review",
};

/** The advice's verdict for the answer itself, when it is to accept or to consider declining. */
function verdict(advice: NegotiationAdvice | undefined): Why[] {
  if (!advice) return [];
  const rule = advice.recommendation === "accept" ? "negotiation.accept" : "negotiation.walk-away";
  if (advice.recommendation !== "accept" && advice.recommendation !== "consider-declining") return [];
  return advice.why.filter((w) => w.rule === rule).slice(0, 1);
}

/** Answer the offer (accept or decline) by its deadline, else within `offerResponseBusinessDays`. */
export function respondAction(
  o: OutcomeContext,
  offer: Offer,
  revised = false,
  advice?: NegotiationAdvice,
): PlanAction {
  const { end, why } = answerBy(o, offer);
  const what = revised ? `The offer is now ${describeOffer(offer)}` : `You have an offer of ${describeOffer(offer)}`;
  return action(
    o,
    {
      id: "respond-to-offer",
      kind: "respond-to-offer",
      channel: "email",
      end,
      why: [{ rule: "offer.received", text: `${what}; weigh it before you answer.` }, why, ...verdict(advice)],
    },
    true,
  );
}

/** The negotiate action's reasons from the advice: a headline with the figures and the deadline, then the advice's own. */
function adviceWhy(advice: NegotiationAdvice, end: Moment): Why[] {
  const per = `a ${advice.period === "hour" ? "n hour" : advice.period}`.replace("a n", "an");
  const head: Why =
    advice.recommendation === "negotiate" && advice.ask && advice.target && advice.floor
      ? {
          rule: "offer.negotiate",
          text: `Counter with ${formatMoney(advice.ask)} ${per} before ${moment(end)}; expect to settle near ${formatMoney(advice.target)} and do not go below ${formatMoney(advice.floor)}.`,
          source: "E-NEG-SIZE",
        }
      : {
          rule: "offer.negotiate",
          text: `Make no counter on the base; before ${moment(end)}, ask about other terms: ${advice.levers.map((l) => LEVER_WORDS[l.kind]).join(", ")}.`,
          source: "E-NEG-LEVERS",
        };
  return [head, ...advice.why].slice(0, MAX_WHY);
}

/**
 * Negotiate before answering: the base when it is open (E-NEG-ROOM), other terms when the salary is
 * fixed (E-NEG-LEVERS). Due by the same time as the answer. With `advice` (from `adviseNegotiation`),
 * the reasons are the advice's: the ask, target and floor, or the levers, each with its evidence id.
 */
export function negotiateAction(o: OutcomeContext, offer: Offer, advice?: NegotiationAdvice): PlanAction {
  const { end } = answerBy(o, offer);
  if (advice) {
    return action(
      o,
      {
        id: "negotiate",
        kind: "negotiate",
        channel: "email",
        templateId: "offer/negotiation-email",
        end,
        why: adviceWhy(advice, end),
      },
      true,
    );
  }
  const why: Why = offer.salaryFixed
    ? {
        rule: "offer.negotiate",
        text: `The base salary is fixed, so ask about other terms before ${moment(end)}: a sign-on bonus, the start date, extra paid days off.`,
        source: "E-NEG-LEVERS",
      }
    : {
        rule: "offer.negotiate",
        text: `70% of hiring managers expect a counter and 52% of employers offer less than they would pay: make your counter before ${moment(end)}.`,
        source: "E-NEG-ROOM",
      };
  return action(
    o,
    {
      id: "negotiate",
      kind: "negotiate",
      channel: "email",
      templateId: "offer/negotiation-email",
      end,
      why: [why],
    },
    true,
  );
}

/** Accept in writing, by the offer's deadline or within `offerResponseBusinessDays`. */
export function acceptAction(o: OutcomeContext, offer: Offer | undefined): PlanAction {
  const end = offer ? answerBy(o, offer).end : withinBusinessDays(o, o.rules.policy.outcome.offerResponseBusinessDays);
  return action(
    o,
    {
      id: "accept-offer",
      kind: "accept-offer",
      channel: "email",
      templateId: "offer/acceptance",
      end,
      why: [
        {
          rule: "offer.accept",
          text: `Accept in writing by ${moment(end)}, restating the salary, start date and any terms you agreed.`,
        },
      ],
    },
    true,
  );
}

/** Celebrate, and close the loop with everyone else (by the next business day). */
export function celebrateAction(o: OutcomeContext): PlanAction {
  const end = withinBusinessDays(o, 1);
  return action(
    o,
    {
      id: "celebrate",
      kind: "celebrate",
      templateId: "outcome/celebrate",
      end,
      why: [
        {
          rule: "offer.celebrate",
          text: "Celebrate, then close the loop: accept in writing, tell the other employers you were talking to, and thank your references and everyone who helped.",
        },
      ],
    },
    false,
  );
}

/** Withdraw from the other open processes, by the next business day, so those employers can move on. */
export function withdrawOthersAction(o: OutcomeContext): PlanAction {
  const end = withinBusinessDays(o, 1);
  return action(
    o,
    {
      id: "withdraw-from-other-processes",
      kind: "withdraw",
      channel: "email",
      templateId: "outcome/withdrawal",
      end,
      why: [
        {
          rule: "offer.withdraw-others",
          text: `Withdraw from your other open applications by ${moment(end)} so those employers can move on.`,
        },
      ],
    },
    false,
  );
}

/** Decline in writing, by the offer's deadline or within `offerResponseBusinessDays`. */
export function declineAction(o: OutcomeContext, offer: Offer | undefined): PlanAction {
  const end = offer ? answerBy(o, offer).end : withinBusinessDays(o, o.rules.policy.outcome.offerResponseBusinessDays);
  return action(
    o,
    {
      id: "decline-offer",
      kind: "respond-to-offer",
      channel: "email",
      templateId: "offer/decline",
      end,
      why: [
        {
          rule: "offer.decline",
          text: `Decline in writing by ${moment(end)}: thank them for the offer and leave the door open.`,
        },
      ],
    },
    true,
  );
}
