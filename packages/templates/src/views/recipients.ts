import type { Person } from "@afterview/core";
import { addressLines } from "../locale/address.js";
import { clean } from "../text/clean.js";
import { type CommonView, commonView } from "./common.js";
import type { Resolved } from "./resolved.js";

/** The view of the call to confirm the interviewers' names, spellings and addresses. */
export interface RecipientsView extends CommonView {
  /** One line per interviewer with something to check. */
  checks: string[];
  hasChecks: boolean;
  /** `true` when the plan posts the letters, so every address matters (not only for those without email). */
  posting: boolean;
}

/** `M-A-R-E-K S-Z-C-Z-E-P-A-Ń-S-K-I`: a name spelled out letter by letter, as read over the phone. */
export function spellOut(name: string): string {
  return (
    name
      .split(" ")
      // Letter by letter: "ß" stays one letter (upper-casing the word would spell "Strauß" S-S).
      .map((word) =>
        [...word]
          .filter((char) => /[\p{L}\p{N}]/u.test(char))
          .map((char) => (char === "ß" ? char : char.toLocaleUpperCase("en")))
          .join("-"),
      )
      .filter(Boolean)
      .join(" ")
  );
}

function checksFor(person: Person, index: number, posting: boolean, r: Resolved): string | undefined {
  const { plan, input } = r.context;
  const { checks } = r.words;
  const name = clean(person.name);
  const title = clean(person.title);
  const self = name !== undefined && name === clean(r.recipient?.name);
  const needs: string[] = [];
  // With no email and a post too slow for the decision, the plan emails this person: the address comes first.
  const late = !clean(person.email) && sendChannel(plan, name) === "email";
  if (late) needs.push(checks.late(self));
  if (!name) needs.push(checks.name(self));
  else if (person.spellingConfirmed !== true) needs.push(checks.spelled(self, spellOut(name)));
  if (!title) needs.push(checks.title(self));
  if (!late && (posting || !clean(person.email))) {
    const address = person.address ?? input.company.address;
    needs.push(address ? checks.reach(self, addressLines(address).join(", ")) : checks.address(self));
  }
  if (!late && !clean(person.email)) needs.push(checks.email(self));
  if (needs.length === 0) return undefined;
  return checks.line(checks.who({ self, name, title, index }), r.words.list(needs, r.locale)!);
}

/** How the plan sends the thank-you to the person named `name`, when it says. */
function sendChannel(plan: Resolved["context"]["plan"], name: string | undefined): string | undefined {
  if (name === undefined) return undefined;
  return plan.actions.find((a) => a.kind === "send-thank-you" && clean(a.to?.name) === name)?.channel;
}

/**
 * Builds the confirmation call's view: one line per interviewer listing what to check (the
 * spelling, read back letter by letter, when it is not confirmed; a missing name or title; the
 * mailing address when letters go by post; an email address when none is known, asked first when
 * the plan emails that person because a letter by post would arrive after the decision).
 */
export function recipientsView(r: Resolved): RecipientsView {
  const { plan, input } = r.context;
  const posting = plan.thankYou.channel === "postal" || plan.thankYou.channel === "email-then-postal";
  const checks = input.interviewers
    .map((person, index) => checksFor(person, index, posting, r))
    .filter((line): line is string => line !== undefined);
  return { ...commonView(r), checks, hasChecks: checks.length > 0, posting };
}
