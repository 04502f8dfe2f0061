import type { PlanContext } from "../plan/context.js";
import { hoursLabel, SHARED_HOURS_SEARCH_DAYS } from "../policy/candidate-hours.js";
import type { Person, PostalAddress } from "../schema/person.js";
import type { PlanAction, Why } from "../schema/plan.js";
import type { Moment } from "../time/zone-clock.js";
import { CONFIRM_MORNING_HOURS, type ConfirmWindow, candidateOnlyWindow, confirmWindow } from "./confirm-window.js";
import { clockLabel, dayLabel, listLabel, momentLabel } from "./describe.js";
import { why } from "./why.js";

/** A thank-you channel that sends something. */
export type SendingChannel = "email" | "postal" | "email-then-postal";

/** How one interviewer's letter travels. */
export interface Delivery {
  /** Position among the interviewers (0-based). */
  index: number;
  person: Person;
  /** The interviewer's address, else the company's. */
  address: PostalAddress | undefined;
  /**
   * Who receives the email: the interviewer; the scheduler (to pass it on); the interviewer at an address
   * to ask for first, because their letter would be late by post (`ask`); or someone still to find out.
   */
  email?: "self" | "scheduler" | "ask" | "unknown";
  /** True when a letter goes by post. */
  post: boolean;
}

/**
 * How each interviewer's letter travels under `channel`; `inTime[i]` says whether interviewer `i`'s
 * letter would arrive by post in time (evidence `E-TY-CHANNEL`):
 * - `postal`: by post, to the interviewer's address or the company's, in time or not (the policy asks);
 * - `email`: by email when the interviewer has an address; otherwise by post when a mailing address is
 *   known and the letter arrives in time; otherwise, when the post would be late, by email to an address
 *   the confirmation call asks for first (`ask`); with no mailing address at all, by email through the
 *   scheduler (who can pass it on) when the scheduler has an email address; otherwise an email whose
 *   address is still to be found (the confirmation call asks);
 * - `email-then-postal`: an email to each interviewer who has an address, and a letter to everyone; an
 *   interviewer without an email address whose letter would be late gets an email too (`ask`).
 */
export function deliveries(
  input: PlanContext["input"],
  channel: SendingChannel,
  inTime: readonly boolean[],
): Delivery[] {
  return input.interviewers.map((person, index) => {
    const address = person.address ?? input.company.address;
    const delivery: Delivery = { index, person, address, post: channel !== "email" };
    if (channel === "postal") return delivery;
    const late = Boolean(address) && inTime[index] === false;
    if (person.email) delivery.email = "self";
    else if (late) delivery.email = "ask";
    else if (channel === "email") {
      if (address) delivery.post = true;
      else delivery.email = input.scheduler?.email ? "scheduler" : "unknown";
    }
    return delivery;
  });
}

/** A plain copy of a person, without keys that hold `undefined`, so the plan survives a JSON round trip unchanged. */
export function copyPerson(person: Person): Person {
  const copy: Person = {};
  if (person.name !== undefined) copy.name = person.name;
  if (person.title !== undefined) copy.title = person.title;
  if (person.email !== undefined) copy.email = person.email;
  if (person.phone !== undefined) copy.phone = person.phone;
  if (person.spellingConfirmed !== undefined) copy.spellingConfirmed = person.spellingConfirmed;
  if (person.topics !== undefined) copy.topics = [...person.topics];
  if (person.formOfAddress !== undefined) {
    const { kind, title } = person.formOfAddress;
    copy.formOfAddress = title === undefined ? { kind } : { kind, title };
  }
  if (person.address !== undefined) {
    const { lines, locality, region, postalCode, country } = person.address;
    copy.address = { lines: [...lines], locality, country };
    if (region !== undefined) copy.address.region = region;
    if (postalCode !== undefined) copy.address.postalCode = postalCode;
  }
  return copy;
}

/** How the reasons name an interviewer: by name, else by position. */
export function personLabel(person: Person, index: number): string {
  return person.name ?? `interviewer ${index + 1}`;
}

/** What must be checked before the letters can go, grouped by kind; empty groups mean nothing to check. */
export interface RecipientChecks {
  noName: string[];
  spellingUnconfirmed: string[];
  spellingUnchecked: string[];
  noAddress: string[];
  unreachable: string[];
  /** No email address, and by post the letter would be late. */
  lateByPost: string[];
}

/**
 * What to check before writing: a missing name; a spelling marked unconfirmed (`spellingConfirmed: false`);
 * a spelling never checked with nothing written to copy it from (no `spellingConfirmed`, no email
 * address); no mailing address for a letter that goes by post; no way to reach them at all; no email
 * address when the letter would be late by post.
 */
export function recipientChecks(list: readonly Delivery[]): RecipientChecks {
  const checks: RecipientChecks = {
    noName: [],
    spellingUnconfirmed: [],
    spellingUnchecked: [],
    noAddress: [],
    unreachable: [],
    lateByPost: [],
  };
  for (const { person, index, address, post, email } of list) {
    const label = personLabel(person, index);
    if (person.name === undefined) checks.noName.push(label);
    else if (person.spellingConfirmed === false) checks.spellingUnconfirmed.push(label);
    else if (person.spellingConfirmed === undefined && !person.email) checks.spellingUnchecked.push(label);
    if (post && !address) checks.noAddress.push(label);
    if (email === "unknown") checks.unreachable.push(label);
    if (email === "ask") checks.lateByPost.push(label);
  }
  return checks;
}

/** True when any check is open. */
export function needsConfirmation(checks: RecipientChecks): boolean {
  return Object.values(checks).some((list) => list.length > 0);
}

/**
 * The sentence that lists what is open, e.g. "no name for interviewer 2; spelling not confirmed for Dana Whitfield".
 * A missing email address for a letter that would be late by post comes first: it decides the channel.
 */
export function checksLabel(checks: RecipientChecks): string {
  const parts: string[] = [];
  if (checks.lateByPost.length) {
    parts.push(`no email address for ${listLabel(checks.lateByPost, 80)}, and a letter by post would be late`);
  }
  if (checks.noName.length) parts.push(`no name for ${listLabel(checks.noName, 80)}`);
  if (checks.spellingUnconfirmed.length)
    parts.push(`spelling not confirmed for ${listLabel(checks.spellingUnconfirmed, 80)}`);
  if (checks.spellingUnchecked.length) {
    parts.push(`spelling never checked, and no email to copy it from, for ${listLabel(checks.spellingUnchecked, 80)}`);
  }
  if (checks.noAddress.length) parts.push(`no mailing address for ${listLabel(checks.noAddress, 80)}`);
  if (checks.unreachable.length) parts.push(`no email or mailing address for ${listLabel(checks.unreachable, 80)}`);
  return parts.join("; ");
}

/**
 * The `confirm-recipients` action, the first of the plan. It goes to the person who scheduled the
 * interview, by phone when they have a phone number, else by email; with no scheduler, to the first
 * interviewer with an email address; else to nobody in particular (call the company's main line).
 * One template, `recipients/call-script`, covers both the call and the email.
 *
 * Due from the interview's end to the earlier of `writeBy` and the close of the employer's business
 * hours that day (candidate's zone). When that leaves no time (the interview ended after business
 * hours, or on a day off), it is due by the end of the next employer business morning
 * (`businessHours.start` plus {@link CONFIRM_MORNING_HOURS} hours): write with the names as heard
 * meanwhile, and let the letter wait for the check. `first` are reasons for what to ask first (an email
 * address when the post would be late), placed right after the list of checks.
 *
 * Only where the employer's business hours meet the candidate's (`policy.candidateHours`, E-FU-HOURS;
 * calls on the candidate's weekdays; see {@link confirmWindow}). When a call never meets them within
 * the employer's next 5 business days, the ask goes by email to whoever has an address (the scheduler,
 * else the first interviewer); with no address at all, the call is made at the start of the
 * candidate's day, leaving a message.
 */
export function confirmRecipientsAction(
  ctx: Pick<PlanContext, "input" | "policy" | "employer" | "candidate" | "end">,
  checks: RecipientChecks,
  writeBy: Moment,
  first: readonly Why[] = [],
): PlanAction {
  const { input } = ctx;
  const reasons: Why[] = [
    why(
      "thank-you.recipients",
      `Before the letters go, check names, spellings and addresses: ${checksLabel(checks)}. A misspelt name undoes a good letter.`,
    ),
    ...first,
  ];
  const scheduler = input.scheduler;
  const firstWithEmail = input.interviewers.find((p) => p.email);
  const byEmail = scheduler?.email ? scheduler : firstWithEmail;
  const schedulerReachable = Boolean(scheduler && (scheduler.phone || scheduler.email));
  let channel: "phone" | "email" = schedulerReachable
    ? scheduler?.phone
      ? "phone"
      : "email"
    : firstWithEmail
      ? "email"
      : "phone";
  let window = confirmWindow(ctx, writeBy, channel === "phone" ? "call" : "write");
  let apart: Apart | undefined;
  if (!window && channel === "phone" && byEmail) {
    channel = "email";
    apart = "no-call";
    window = confirmWindow(ctx, writeBy, "write");
  }
  if (!window) {
    apart ??= channel === "phone" ? "voicemail" : "no-hours";
    window = candidateOnlyWindow(ctx, channel === "phone" ? "call" : "write");
  }
  const action: PlanAction = {
    id: "confirm-recipients",
    kind: "confirm-recipients",
    due: { start: window.start.toString(), end: window.end.toString() },
    templateId: "recipients/call-script",
    status: "pending",
    why: reasons,
    channel,
  };

  const target = channel === "email" ? (apart ? byEmail : schedulerReachable ? scheduler : firstWithEmail) : scheduler;
  if (target && (schedulerReachable || channel === "email")) {
    action.to = copyPerson(target);
    const isScheduler = target === scheduler;
    reasons.push(
      why(
        "thank-you.recipients",
        isScheduler
          ? `${channel === "phone" ? "Call" : "Email"} ${scheduler?.name ?? "the person who scheduled the interview"}, who arranged the interview and has the details.`
          : `No way to reach the person who scheduled the interview is known${apart ? " in your hours" : ""}, so email ${personLabel(target, input.interviewers.indexOf(target))} and ask.`,
      ),
    );
  } else {
    reasons.push(
      why(
        "thank-you.recipients",
        `No contact is known for the scheduler or the interviewers: call ${input.company.name}'s main line and ask for the people who interviewed you.`,
      ),
    );
  }
  if (apart) reasons.push(apartWhy(ctx, apart));
  else if (window.shaped) reasons.push(shapedWhy(ctx, window));
  if (window.nextMorning && !apart) {
    reasons.push(
      why(
        "thank-you.recipients",
        window.shaped
          ? `What is left of their business hours today falls outside your day, so ask by ${momentLabel(window.end)} your time; write with the names as you heard them and send once they are checked.`
          : `The interview ended after the employer's business hours (or on their day off), so ask by ${momentLabel(window.end)} your time; write with the names as you heard them and send once they are checked.`,
      ),
    );
  }
  return action;
}

/** The ask moved or was cut short to fit the candidate's day (E-FU-HOURS). */
function shapedWhy(ctx: Pick<PlanContext, "policy" | "employer" | "candidate">, window: ConfirmWindow): Why {
  const theirs = (at: Moment) => clockLabel(at.on(ctx.employer.clock));
  return why(
    "thank-you.candidate-hours",
    `Ask where their business hours (${hoursLabel(ctx.policy.thankYou.businessHours)} in ${ctx.employer.zone}) meet your day (${hoursLabel(ctx.policy.candidateHours)} in ${ctx.candidate.zone}): ${clockLabel(window.start)}–${clockLabel(window.end)} on ${dayLabel(window.start.day)} your time, ${theirs(window.start)}–${theirs(window.end)} theirs.`,
    "E-FU-HOURS",
  );
}

/**
 * Why the ask does not fit the two clocks: no call meets the candidate's hours (`no-call`, so it goes by
 * email), no hours meet at all for an email (`no-hours`), or no call meets and no address is known (`voicemail`).
 */
type Apart = "no-call" | "no-hours" | "voicemail";

/** Their business hours never meet the candidate's day: ask by email, or leave a message (E-FU-HOURS). */
function apartWhy(ctx: Pick<PlanContext, "policy" | "employer" | "candidate">, how: Apart): Why {
  const hours = ctx.policy.candidateHours;
  const yours =
    how === "no-hours"
      ? `your day (${hoursLabel(hours)} in ${ctx.candidate.zone})`
      : `your hours for calls (${hoursLabel(hours)} in ${ctx.candidate.zone}${hours.weekendCalls ? "" : ", on your weekdays"})`;
  const clocks = `Their business hours (${hoursLabel(ctx.policy.thankYou.businessHours)} in ${ctx.employer.zone}) do not meet ${yours} in their next ${SHARED_HOURS_SEARCH_DAYS} business days`;
  return why(
    "thank-you.candidate-hours",
    how === "voicemail"
      ? `${clocks}, and no email address is known, so call at the start of your day and leave a message asking for the names, spellings and an email address to reply to.`
      : `${clocks}, so ask by email in your hours: they will read it when their office opens.`,
    "E-FU-HOURS",
  );
}
