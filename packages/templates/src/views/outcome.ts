import { calendarDate, dateIn } from "../locale/dates.js";
import { asSentence, clean, phraseList } from "../text/clean.js";
import { type CommonView, commonView } from "./common.js";
import { interviewerNames, namedPeople } from "./people.js";
import type { Resolved } from "./resolved.js";

/** The view of the rejection reply and the withdrawal. */
export interface ReplyView extends CommonView {
  /** A topic from the interview worth naming: the recipient's first, else any interviewer's. */
  topic: string | undefined;
  /** The first names of the interviewers, for passing on thanks: `Dana and Marek`. */
  interviewers: string | undefined;
  /** `true` when this withdrawal goes to other employers because the candidate accepted this offer. */
  elsewhere: boolean;
}

/** The first topic of the recipient, else of any interviewer. */
function anyTopic(r: Resolved): string | undefined {
  const own = phraseList(r.recipient?.topics)[0];
  return own ?? r.context.input.interviewers.flatMap((person) => phraseList(person.topics))[0];
}

/**
 * Builds the view of a reply after the outcome (a rejection or a withdrawal). A withdrawal made
 * because the candidate accepted this offer goes to the other employers (`elsewhere`), so it names
 * neither this company nor its people.
 */
export function replyView(r: Resolved): ReplyView {
  const { input, plan } = r.context;
  const elsewhere = r.info.id === "outcome/withdrawal" && plan.status === "accepted";
  const others = interviewerNames(
    { ...input, interviewers: input.interviewers.filter((person) => person.name !== r.recipient?.name) },
    r,
    "first",
  );
  return {
    ...commonView(r),
    topic: elsewhere ? undefined : anyTopic(r),
    interviewers: elsewhere ? undefined : others,
    elsewhere,
  };
}

/** The view of the reflection worksheet. */
export interface ReflectionView extends CommonView {
  /** One line per interviewer with topics: `Your talk with Dana Whitfield about the warehouse migration`. */
  conversations: string[];
  hasConversations: boolean;
  /** The example the candidate left out, as written. */
  missed: string | undefined;
  /** The strengths to keep leading with. */
  strengths: string[];
  /** The first strength, for the short version. */
  strength: string | undefined;
  hasStrengths: boolean;
  /** When the decision is expected, and when to call if nothing comes. */
  decisionBy: string;
  firstCall: string | undefined;
}

/** Builds the reflection worksheet's view from the interview's people, topics and notes and the plan's dates. */
export function reflectionView(r: Resolved): ReflectionView {
  const { input, plan } = r.context;
  const conversations = input.interviewers
    .map((person) => {
      const topics = r.words.list(phraseList(person.topics), r.locale);
      const who = clean(person.name) ?? clean(person.title);
      return topics ? r.words.conversation(who, topics) : undefined;
    })
    .filter((line): line is string => line !== undefined);
  const strengths = phraseList(input.notes?.strengths);
  const first = plan.followUps[0];
  return {
    ...commonView(r),
    conversations,
    hasConversations: conversations.length > 0,
    missed: asSentence(input.notes?.missedExample),
    strengths,
    strength: strengths[0],
    hasStrengths: strengths.length > 0,
    decisionBy: r.words.dayAndDate(calendarDate(plan.decision.latest), r.locale),
    firstCall: first
      ? r.words.dayAndDate(dateIn(first.forCandidate.opens, input.candidate.timeZone), r.locale)
      : undefined,
  };
}

/** The view of the celebration checklist. */
export interface CelebrateView extends CommonView {
  /** When to accept in writing by, from the plan's accept action: `Friday, December 4`. */
  acceptBy: string | undefined;
  /** The start date, from the offer. */
  startDate: string | undefined;
  /** Everyone to thank by name: `Priya Raman, Dana Whitfield and Marek Szczepański`. */
  thank: string | undefined;
}

/** Builds the celebration checklist's view: the accept-by date, the start date and the people to thank. */
export function celebrateView(r: Resolved): CelebrateView {
  const { input, plan, offer } = r.context;
  const accept = plan.actions.find((action) => action.kind === "accept-offer" && action.status === "pending");
  const names = namedPeople(input).map((person) => clean(person.name)!);
  return {
    ...commonView(r),
    acceptBy: accept?.due ? r.words.dayAndDate(dateIn(accept.due.end, input.candidate.timeZone), r.locale) : undefined,
    startDate: offer?.startDate ? r.words.longDate(calendarDate(offer.startDate), r.locale) : undefined,
    thank: r.words.list([...new Set(names)], r.locale),
  };
}
