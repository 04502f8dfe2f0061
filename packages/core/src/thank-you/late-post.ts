import type { Person } from "../schema/person.js";
import type { PlanDecision, Why } from "../schema/plan.js";
import { dayOfDateString } from "../time/zone-clock.js";
import { dayLabel, listLabel } from "./describe.js";
import type { PostalLetter } from "./postal-option.js";
import { why } from "./why.js";

/*
 * What the plan says when a letter by post would come too late (evidence `E-TY-CHANNEL`): the dates,
 * plainly, and what to do instead. One place for the wording, so the send action, the confirmation
 * call and the advice say the same thing.
 */

/** The dates a late letter is judged by. */
export interface LateLetter {
  letter: PostalLetter;
  decision: Pick<PlanDecision, "earliest">;
  /** The option's `mustArriveBy` (a day number). */
  mustArriveBy: number;
  /** `postalMarginBusinessDays`: how many employer business days `mustArriveBy` is before the decision. */
  margin: number;
}

/**
 * `"By post this letter would arrive between Fri 2026-11-27 and Thu 2026-12-03, after the earliest decision
 * (Wed 2026-11-25); to count it must arrive by Tue 2026-11-24, one business day before the decision."`
 */
export function lateSentence({ letter, decision, mustArriveBy, margin }: LateLetter): string {
  const { earliest, latest } = letter.estimate.transit;
  const decided = dayOfDateString(decision.earliest);
  const when = `(${dayLabel(decided)})`;
  const relation =
    earliest > decided
      ? `after the earliest decision ${when}`
      : latest > decided
        ? `possibly after the earliest decision ${when}`
        : latest === decided
          ? `as late as the day of the earliest decision ${when}`
          : `too close to the earliest decision ${when}`;
  return (
    `By post this letter would arrive between ${dayLabel(earliest)} and ${dayLabel(latest)}, ${relation}; ` +
    `to count it must arrive by ${dayLabel(mustArriveBy)}${marginLabel(margin)} the decision.`
  );
}

/**
 * The send action's reason when an interviewer without an email address would get a late letter:
 * the dates, then email instead, by asking the scheduler for the address or asking them to forward it.
 */
export function emailInsteadWhy(late: LateLetter, person: string, scheduler: Person | undefined): Why {
  const name = scheduler?.name ?? "the person who scheduled the interview";
  let instead: string;
  if (scheduler?.email) {
    instead = `ask ${name} for ${person}'s email address when you confirm the names, or email the letter to ${name} and ask them to forward it.`;
  } else if (scheduler?.phone) {
    instead = `ask ${name} for ${person}'s email address when you call to confirm the names, or for theirs, to forward it.`;
  } else {
    // No way to reach the scheduler: the confirmation goes to an interviewer or the main line, who can give the address.
    instead = `ask for ${person}'s email address when you confirm the names.`;
  }
  return why("thank-you.channel", `${lateSentence(late)} Email it instead: ${instead}`, "E-TY-CHANNEL");
}

/** The reason on a posted letter that will be late, when the policy asks for post anyway. */
export function postedLateWhy(late: LateLetter, emailToo: boolean): Why {
  const then = emailToo
    ? "Post it as your policy asks; the email reaches them in time."
    : "Post it as your policy asks, or email it to be in time.";
  return why("thank-you.channel", `${lateSentence(late)} ${then}`, "E-TY-CHANNEL");
}

/** The confirmation call's reason to ask first for the email addresses of the people whose letters would be late. */
export function askEmailFirstWhy(people: readonly string[], late: Omit<LateLetter, "letter">): Why {
  const one = people.length === 1;
  const decided = dayLabel(dayOfDateString(late.decision.earliest));
  return why(
    "thank-you.recipients",
    `Ask first for the email ${one ? "address" : "addresses"} of ${listLabel(people, 80)}: by post ` +
      `${one ? "the letter" : "their letters"} would not arrive by ${dayLabel(late.mustArriveBy)}` +
      `${marginLabel(late.margin)} the earliest decision (${decided}), so ${one ? "it goes" : "they go"} by email.`,
    "E-TY-CHANNEL",
  );
}

function marginLabel(margin: number): string {
  if (margin === 0) return ", the day of";
  return `, ${margin === 1 ? "one business day" : `${margin} business days`} before`;
}
