import { LANGUAGE_NAMES } from "../languages/available.js";
import type { PlanContext } from "../plan/context.js";
import type { ThankYouChannel } from "../schema/enums.js";
import type { InterviewInput } from "../schema/interview-input.js";
import type { PlanAction, PlanDecision, PlanThankYou, Why } from "../schema/plan.js";
import { dateString, dayOfDateString, type Moment } from "../time/zone-clock.js";
import { countryLanguage } from "../timeline/languages/country.js";
import { dayLabel, listLabel } from "./describe.js";
import { emailWindow } from "./email-window.js";
import { askEmailFirstWhy, emailInsteadWhy, type LateLetter, postedLateWhy } from "./late-post.js";
import { type PostalLetter, type PostalOption, postalOption } from "./postal-option.js";
import {
  checksLabel,
  confirmRecipientsAction,
  copyPerson,
  type Delivery,
  deliveries,
  needsConfirmation,
  personLabel,
  recipientChecks,
  type SendingChannel,
} from "./recipients.js";
import { writingMoments } from "./timing.js";
import { why } from "./why.js";
import { withdrawAction } from "./withdraw.js";

/** The thank-you advice and the actions it puts on the candidate's list. */
export interface ThankYouPlan {
  advice: PlanThankYou;
  /** `confirm-recipients` (when needed), then one `write-thank-you` per interviewer, then the sends; or one `withdraw`. */
  actions: PlanAction[];
}

/**
 * The thank-you part of a plan (evidence `E-TY-MATTERS`, `E-TY-TIMING`, `E-TY-CHANNEL`, `E-POST-*`).
 * Internal: `adviseThankYou` and `createPlan` call it with a validated context and the decision window.
 *
 * - `not-interested` → no letter (`send: false`, `channel: "none"`) and a `withdraw` action;
 * - otherwise one personal letter per interviewer, written from the interview's end (plus the trip home
 *   when onsite) to `writeBy`; a `confirm-recipients` action first when a name, spelling or address is
 *   missing; post when it arrives in time (or the policy says so), else email; handwritten only with
 *   excellent handwriting on a posted letter.
 * - An interviewer without an email address gets a letter by post only when that letter arrives in time
 *   (`E-TY-CHANNEL`: latest arrival at least one employer business day before the earliest decision);
 *   otherwise the confirmation call asks for their email address first, and their send action gives the
 *   dates and the way round: the address, or the scheduler forwarding an email. A `postal` policy is
 *   followed, late or not, and a late letter says so.
 */
export function thankYouPlan(ctx: PlanContext, decision: PlanDecision): ThankYouPlan {
  const { input, policy } = ctx;
  if (input.interest === "not-interested") {
    return {
      advice: {
        send: false,
        channel: "none",
        recipients: [],
        why: [
          why(
            "thank-you.interest",
            "You do not want this job, so no thank-you letter: its first purpose is to say you want the job. Tell them you are withdrawing instead.",
            "E-TY-MATTERS",
          ),
        ],
      },
      actions: [withdrawAction(ctx)],
    };
  }

  const timing = writingMoments(ctx);
  const postal = postalOption(ctx, decision, timing.writeBy);
  const channel = chooseChannel(policy.thankYou.channel, postal.beforeDecision);
  const inTime = postal.letters.map((letter) => letter.beforeDecision);
  const list = deliveries(input, channel, inTime);
  const handwritten = input.candidate.handwriting === "excellent" && channel !== "email";
  const checks = recipientChecks(list);
  const margin = policy.thankYou.postalMarginBusinessDays;
  const letterOf = (delivery: Delivery) => postal.letters[delivery.index] ?? postal;
  const late = (delivery: Delivery): LateLetter => ({
    letter: letterOf(delivery),
    decision,
    mustArriveBy: postal.mustArriveBy,
    margin,
  });

  const actions: PlanAction[] = [];
  if (needsConfirmation(checks)) {
    const first = checks.lateByPost.length
      ? [askEmailFirstWhy(checks.lateByPost, { decision, mustArriveBy: postal.mustArriveBy, margin })]
      : [];
    actions.push(confirmRecipientsAction(ctx, checks, timing.writeBy, first));
  }

  const writeDue = { start: timing.start.toString(), end: timing.writeBy.toString() };
  for (const delivery of list) {
    const byPost = delivery.post;
    const action: PlanAction = {
      id: `write-thank-you-${delivery.index + 1}`,
      kind: "write-thank-you",
      due: writeDue,
      channel: byPost ? "postal" : "email",
      to: copyPerson(delivery.person),
      templateId: byPost ? (handwritten ? "thank-you/note" : "thank-you/letter") : "thank-you/email",
      status: "pending",
      why: [
        timing.why,
        ...(timing.hoursWhy ? [timing.hoursWhy] : []),
        why(
          "thank-you.recipients",
          `Write to ${personLabel(delivery.person, delivery.index)} personally: mention what you discussed together, not a copy of the other letters.`,
        ),
      ],
    };
    actions.push(action);
  }

  const email = list.some((d) => d.email) ? emailWindow(ctx, timing.writeBy, timing.start) : undefined;
  const postBy = postal.estimate.posting.postBy;
  for (const delivery of list) {
    if (delivery.email && email) {
      const action = emailAction(ctx, delivery, email.start, email.end, email.why);
      if (email.hoursWhy) action.why.push(email.hoursWhy);
      if (delivery.email === "ask") {
        action.why.push(emailInsteadWhy(late(delivery), personLabel(delivery.person, delivery.index), input.scheduler));
      }
      actions.push(action);
    }
  }
  for (const delivery of list) {
    if (!delivery.post) continue;
    const action = postAction(delivery, timing.writeBy, postBy, letterOf(delivery), handwritten);
    if (!letterOf(delivery).beforeDecision) {
      action.why.push(postedLateWhy(late(delivery), delivery.email !== undefined));
    }
    actions.push(action);
  }

  const sendBy = email ? email.end : postBy;
  const reasons: Why[] = [
    why(
      "thank-you.interest",
      input.interest === "want"
        ? "You want this job: a thank-you letter says so, thanks them, and sets you apart, since most candidates never send one."
        : "You are still deciding, but a thank-you letter keeps the door open; most candidates never send one.",
      "E-TY-MATTERS",
    ),
    timing.why,
    ...(timing.hoursWhy ? [timing.hoursWhy] : []),
    recipientsWhy(list, checks),
    postal.why,
    channelWhy(policy.thankYou.channel, margin, channel, postal, decision),
  ];
  if (email) reasons.push(email.why, ...(email.hoursWhy ? [email.hoursWhy] : []));
  const strays = list.filter((d) => channel === "email" && d.post);
  if (strays.length) {
    reasons.push(
      why(
        "thank-you.channel",
        `No email address for ${listLabel(strays.map((d) => personLabel(d.person, d.index)))}: their letter goes by post, and arrives in time.`,
        "E-TY-CHANNEL",
      ),
    );
  }
  const asks = list.filter((d) => d.email === "ask");
  if (asks.length) {
    const via = input.scheduler?.email
      ? `, or email it through ${input.scheduler.name ?? "the person who scheduled the interview"}`
      : "";
    reasons.push(
      why(
        "thank-you.channel",
        `No email address for ${listLabel(asks.map((d) => personLabel(d.person, d.index)))}, and by post the letter would be late: ask for their email address first${via}.`,
        "E-TY-CHANNEL",
      ),
    );
  }
  const viaScheduler = list.filter((d) => d.email === "scheduler");
  if (viaScheduler.length) {
    reasons.push(
      why(
        "thank-you.channel",
        `No email or mailing address for ${listLabel(viaScheduler.map((d) => personLabel(d.person, d.index)))}: email their letter to ${input.scheduler?.name ?? "the person who scheduled the interview"} and ask them to pass it on.`,
        "E-TY-CHANNEL",
      ),
    );
  }
  reasons.push(formatWhy(input.candidate.handwriting, channel, handwritten));
  const language = languageWhy(input);
  if (language) reasons.push(language);

  const advice: PlanThankYou = {
    send: true,
    channel,
    format: handwritten ? "handwritten" : "typed",
    writeBy: timing.writeBy.toString(),
    sendBy: sendBy.on(ctx.candidate.clock).toString(),
    recipients: input.interviewers.map(copyPerson),
    postal: {
      postBy: postBy.toString(),
      arrival: {
        earliest: dateString(postal.estimate.transit.earliest),
        latest: dateString(postal.estimate.transit.latest),
      },
      beforeDecision: postal.beforeDecision,
    },
    why: reasons,
  };
  return { advice, actions };
}

/**
 * Without `input.language`, letters stay in English; where the company's country (or region) mainly
 * speaks German, French or Spanish, this proposes that language without switching to it, since a
 * letter in a language the candidate did not choose reads worse than one in English.
 */
function languageWhy(input: InterviewInput): Why | undefined {
  if (input.language !== undefined) return undefined;
  const code = countryLanguage(input.company.country, input.company.region);
  const name = LANGUAGE_NAMES[code];
  if (name === undefined) return undefined;
  return why(
    "thank-you.language",
    `${name} is the main language where ${input.company.name} is: to write the letters in ${name}, set the interview's language to "${code}"; until then they are in English.`,
  );
}

/** The channel rule (evidence `E-TY-CHANNEL`): `auto` posts only when the letter arrives in time; other settings are followed. */
export function chooseChannel(
  preference: PlanContext["policy"]["thankYou"]["channel"],
  inTime: boolean,
): SendingChannel {
  if (preference === "auto") return inTime ? "postal" : "email";
  return preference;
}

function emailAction(ctx: PlanContext, delivery: Delivery, start: Moment, end: Moment, timing: Why): PlanAction {
  const zone = ctx.candidate.clock;
  const action: PlanAction = {
    id: `send-thank-you-${delivery.index + 1}`,
    kind: "send-thank-you",
    due: { start: start.on(zone).toString(), end: end.on(zone).toString() },
    channel: "email",
    templateId: "thank-you/email",
    status: "pending",
    why: [timing],
  };
  const label = personLabel(delivery.person, delivery.index);
  // An `ask` letter is still theirs: its address comes from the confirmation call.
  if (delivery.email === "self" || delivery.email === "ask") action.to = copyPerson(delivery.person);
  else if (delivery.email === "scheduler" && ctx.input.scheduler) {
    action.to = copyPerson(ctx.input.scheduler);
    action.why.push(
      why(
        "thank-you.recipients",
        `No address for ${label} is known: send it to the scheduler to pass on.`,
        "E-TY-CHANNEL",
      ),
    );
  } else {
    action.why.push(
      why(
        "thank-you.recipients",
        `No address for ${label} is known yet: ask for it when you confirm the names.`,
        "E-TY-CHANNEL",
      ),
    );
  }
  return action;
}

function postAction(
  delivery: Delivery,
  writeBy: Moment,
  postBy: Moment,
  letter: PostalLetter,
  handwritten: boolean,
): PlanAction {
  const to = copyPerson(delivery.person);
  if (!to.address && delivery.address) to.address = copyPerson({ address: delivery.address }).address;
  return {
    id: `post-thank-you-${delivery.index + 1}`,
    kind: "send-thank-you",
    due: { start: writeBy.toString(), end: postBy.toString() },
    channel: "postal",
    to,
    templateId: handwritten ? "thank-you/note" : "thank-you/letter",
    status: "pending",
    why: [letter.why],
  };
}

function recipientsWhy(list: readonly Delivery[], checks: ReturnType<typeof recipientChecks>): Why {
  const names = listLabel(list.map((d) => personLabel(d.person, d.index)));
  const count = list.length === 1 ? "the interviewer" : `each of the ${list.length} interviewers`;
  let text = `One personal letter to ${count}: ${names}.`;
  if (needsConfirmation(checks)) text += ` Check first: ${checksLabel(checks)}.`;
  return why("thank-you.recipients", text);
}

function channelWhy(
  preference: PlanContext["policy"]["thankYou"]["channel"],
  postalMargin: number,
  channel: ThankYouChannel,
  postal: PostalOption,
  decision: Pick<PlanDecision, "earliest">,
): Why {
  const latest = dayLabel(postal.estimate.transit.latest);
  const deadline = dayLabel(postal.mustArriveBy);
  const earliest = dayLabel(dayOfDateString(decision.earliest));
  const bound =
    postalMargin === 0
      ? `by ${deadline}, the day of the earliest decision`
      : `by ${deadline}, ${postalMargin === 1 ? "one business day" : `${postalMargin} business days`} before the earliest decision (${earliest})`;
  const timing = postal.beforeDecision
    ? `a posted letter arrives by ${latest}, in time: it must arrive ${bound}`
    : `a posted letter may arrive as late as ${latest}, but it must arrive ${bound}`;
  let text: string;
  if (preference === "auto") {
    text = postal.beforeDecision
      ? `Send it by post: ${timing}. A real letter stands out among emails.`
      : `Send it by email: ${timing}.`;
  } else if (channel === "email-then-postal") {
    text = `Email it now and post a letter too, as your policy asks: ${timing}.`;
  } else if (channel === "postal") {
    text = postal.beforeDecision
      ? `Send it by post, as your policy asks: ${timing}.`
      : `Send it by post, as your policy asks, but beware: ${timing}. An email would arrive in time.`;
  } else {
    text = `Send it by email, as your policy asks (${timing}).`;
  }
  return why("thank-you.channel", text, "E-TY-CHANNEL");
}

function formatWhy(handwriting: string | undefined, channel: SendingChannel, handwritten: boolean): Why {
  let text: string;
  if (handwritten) text = "Write it by hand: your handwriting is excellent and the letter goes by post.";
  else if (channel === "email") text = "Type it: it goes by email.";
  else if (handwriting === undefined)
    text = "Type it: a handwritten note only helps with excellent handwriting, and yours is not rated.";
  else text = `Type it: a handwritten note only helps with excellent handwriting (yours: ${handwriting}).`;
  return why("thank-you.format", text);
}
