import type { Person } from "../schema/person.js";
import type { PlanAction, PlanFollowUp, Why } from "../schema/plan.js";

/** Who a follow-up call goes to: the person who scheduled the interview, else the first interviewer. */
export interface FollowUpPeople {
  scheduler?: Person | undefined;
  interviewers: readonly Person[];
}

/**
 * The to-do items for follow-up windows: one `follow-up` action per window, id `follow-up-${attempt}`,
 * due over the window in the CANDIDATE's zone (`forCandidate`: the candidate reads the list), status
 * `pending`, with the window's reasons and one saying whom to reach. A call (channel `phone`, template
 * `follow-up/call-script`) goes to a copy of the scheduler, else the first interviewer; an email
 * (channel `email`, template `follow-up/email`, when the calling windows never meet the candidate's
 * hours) to the scheduler when they have an address, else the first interviewer who has one.
 *
 * @param people `ctx.input` of a plan context, or a stored plan's `context`.
 *
 * @example
 * ```ts
 * // windows: followUpSchedule for a candidate in New York (see its example)
 * followUpActions({ scheduler: { name: "Priya Raman", phone: "+1 212 555 0100" }, interviewers: [] }, windows)[0];
 * //=> { id: "follow-up-1", kind: "follow-up", due: { start: "2026-12-01T09:30:00-05:00[America/New_York]",
 * //     end: "2026-12-01T11:30:00-05:00[America/New_York]" }, channel: "phone",
 * //     to: { name: "Priya Raman", phone: "+1 212 555 0100" }, templateId: "follow-up/call-script",
 * //     status: "pending", why: [ ... ] }
 * ```
 */
export function followUpActions(people: FollowUpPeople, windows: readonly PlanFollowUp[]): PlanAction[] {
  const scheduler = people.scheduler;
  const caller = scheduler ?? people.interviewers[0];
  // An email goes to someone with an address when anyone has one.
  const writer = [scheduler, ...people.interviewers].find((p) => p?.email) ?? caller;
  return windows.map((window) => {
    const email = window.channel === "email";
    const target = email ? writer : caller;
    const action: PlanAction = {
      id: `follow-up-${window.attempt}`,
      kind: "follow-up",
      due: { start: window.forCandidate.opens, end: window.forCandidate.closes },
      channel: email ? "email" : "phone",
      templateId: email ? "follow-up/email" : "follow-up/call-script",
      status: "pending",
      why: [
        ...window.why.map((why) => ({ ...why })),
        email ? writeToWhy(target, target === scheduler) : recipientWhy(target, target === scheduler),
      ],
    };
    if (target) action.to = copyPerson(target);
    return action;
  });
}

function recipientWhy(target: Person | undefined, isScheduler: boolean): Why {
  const named = target?.name ? `${target.name}, ` : "";
  const text = !target
    ? "Call the company's main line and ask for the person handling the hiring decision."
    : isScheduler
      ? `Call ${named}who scheduled the interview and knows where the decision stands.`
      : `Call ${named}the first interviewer, since no one was named as the scheduler.`;
  return { rule: "follow-up.recipient", text };
}

function writeToWhy(target: Person | undefined, isScheduler: boolean): Why {
  const named = target?.name ? `${target.name}, ` : "";
  const text = !target
    ? "Write to the company's general address and ask for the person handling the hiring decision."
    : isScheduler
      ? `Write to ${named}who scheduled the interview and knows where the decision stands.`
      : `Write to ${named}who interviewed you, since no address is known for the person who scheduled it.`;
  return { rule: "follow-up.recipient", text };
}

function copyPerson(person: Person): Person {
  const copy: Person = { ...person };
  if (person.topics) copy.topics = [...person.topics];
  if (person.address) copy.address = { ...person.address, lines: [...person.address.lines] };
  return copy;
}
