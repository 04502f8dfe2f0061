import type { PlanContext, Side } from "../plan/context.js";
import { LIMITS } from "../schema/limits.js";
import type { PlanDecision } from "../schema/plan.js";
import { dateString, type Moment } from "../time/zone-clock.js";
import { availableTimelineLanguage, englishRules, timelineLanguage } from "./languages/choose.js";
import { countryLanguage } from "./languages/country.js";
import type { TimelineRules } from "./languages/types.js";
import { detectTimeMention } from "./mention.js";
import { checkTimelineText, readTimeline } from "./parse.js";

/**
 * What {@link decisionWindow} reads from a plan context: the employer's zone and calendar, the
 * policy, the interview's end and, when the caller has one, the employer's stated timeline.
 * A `PlanContext` fits; so does a context rebuilt from a stored plan.
 */
export interface DecisionContext {
  employer: Pick<Side, "days" | "clock">;
  policy: Pick<PlanContext["policy"], "decision">;
  /** The interview's end; the default reference. */
  end: Moment;
  input?: {
    statedTimeline?: string | undefined;
    /** The language the employer's words are in (BCP 47); else the company's country's main language. */
    language?: string | undefined;
    company?: { country: string; region?: string | undefined };
  };
}

/**
 * When the employer should decide, as a window of the employer's business days.
 *
 * - When the employer said something (`text`, else `ctx.input.statedTimeline`) that
 *   `parseDecisionTimeline` can read with the employer's calendar, the window is the parser's
 *   `earliest`/`latest`, `source: "stated"`, and `timeline` holds the parse.
 * - Otherwise the default (evidence `E-FU-STATED`): `earliest` is the next employer business day
 *   after the reference, `latest` is `policy.decision.defaultBusinessDays` (5) business days after it,
 *   never before `earliest` (a policy of 0 days gives a one-day window). `source: "default"` when
 *   nothing was said or the words name no time ("we'll be in touch"); `source: "unread"` when they
 *   name a time that cannot be read ("after the board meets in the spring term", see
 *   `detectTimeMention`). With a text, `timeline` holds only its `text`, so the plan still shows what
 *   was said and the follow-up's reasons can quote it.
 *
 * - The words are read in `ctx.input.language` when given, else in the main language of the
 *   company's country (`DE`, `AT`, `CH` → German; `FR`, `BE`, `LU`, `CA`+`QC` → French; `ES`, `MX`,
 *   `AR`, … → Spanish; others English), and in English when that reading finds nothing (many
 *   employers abroad write in English). A language named by the country but not registered in the
 *   browser build is skipped; one named by `ctx.input.language` is an error there.
 *
 * @param reference The instant the count starts from (the interview's end by default; an event's
 *   time when re-planning). Its date is taken in the employer's zone.
 * @param text What the employer said; `ctx.input.statedTimeline` by default.
 * @throws {AfterviewValidationError} on `text` longer than `MAX_TIMELINE_TEXT`; on `language` when it
 *   names German, French or Spanish and the browser build has not registered it.
 *
 * @example
 * ```ts
 * // Interview ends Tuesday 2026-11-24 15:30 in New York; Thanksgiving is 2026-11-26.
 * decisionWindow(ctx);
 * //=> { earliest: "2026-11-25", latest: "2026-12-02", source: "default" }
 * decisionWindow(ctx, undefined, "We'll decide within two or three days");
 * //=> { earliest: "2026-11-25", latest: "2026-11-30", source: "stated",
 * //     timeline: { earliest: "2026-11-25", latest: "2026-11-30", min: 2, max: 3, unit: "business-day",
 * //                 text: "within two or three days", confidence: "high" } }
 * ```
 */
export function decisionWindow(ctx: DecisionContext, reference?: Moment, text?: string): PlanDecision {
  const { days, clock } = ctx.employer;
  // The reference's date on the employer's clock.
  const day = (reference ?? ctx.end).on(clock).day;
  const said = text ?? ctx.input?.statedTimeline;
  const hasText = said !== undefined && said.trim() !== "";
  if (hasText) {
    checkTimelineText(said);
    const language = languageOf(ctx.input);
    const english = () => englishRules(text === undefined ? "statedTimeline" : "event.text");
    const timeline = (language && readTimeline(said, day, days, language)) || readTimeline(said, day, days, english());
    if (timeline) {
      const copy: NonNullable<PlanDecision["timeline"]> = {
        earliest: timeline.earliest,
        latest: timeline.latest,
        text: timeline.text,
        confidence: timeline.confidence,
      };
      if (timeline.min !== undefined) copy.min = timeline.min;
      if (timeline.max !== undefined) copy.max = timeline.max;
      if (timeline.unit !== undefined) copy.unit = timeline.unit;
      if (timeline.notes) copy.notes = timeline.notes.slice(0, 4);
      return { earliest: timeline.earliest, latest: timeline.latest, source: "stated", timeline: copy };
    }
  }
  const earliest = days.nextBusinessDay(day);
  let latest = days.addBusinessDays(day, ctx.policy.decision.defaultBusinessDays);
  if (latest < earliest) latest = earliest;
  const unread = hasText && (detectTimeMention(said) !== null || languageOf(ctx.input)?.mention(said) != null);
  const decision: PlanDecision = {
    earliest: dateString(earliest),
    latest: dateString(latest),
    source: unread ? "unread" : "default",
  };
  if (hasText) decision.timeline = { text: said.trim().slice(0, LIMITS.sentence) };
  return decision;
}

/** The language to read the employer's words in first: the input's, else its company's country's; `undefined` for English. */
function languageOf(input: DecisionContext["input"]): TimelineRules | undefined {
  if (input?.language !== undefined) return timelineLanguage(input.language, "language");
  if (!input?.company) return undefined;
  return availableTimelineLanguage(countryLanguage(input.company.country, input.company.region));
}
