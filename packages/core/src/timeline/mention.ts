import { AfterviewValidationError } from "../errors/afterview-error.js";
import { timelineLanguage } from "./languages/choose.js";

/** Where a text names a time: the words, and where they start. */
export interface TimeMention {
  /** The words that name a time, as they appear in the text (e.g. `"the spring term"`, `"Q3"`). */
  text: string;
  /** Where they start in the text. */
  index: number;
}

const MONTHS =
  "january|february|march|april|june|july|august|september|october|november|december|jan|feb|apr|jun|jul|aug|sept?|oct|nov|dec";
const WEEKDAYS = "monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues?|wed|thurs?|fri";
// A unit names a time only with a count or a pointer ("two weeks", "next month", "within the week"):
// "leave for the day" and "the other day" name none.
const COUNT =
  "\\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|few|couple(?:\\s+of)?|several|another|next|this|coming|following|same|within\\s+the|end\\s+of\\s+the";
const UNITS = `(?:${COUNT})\\s+(?:more\\s+|further\\s+|working\\s+|business\\s+|calendar\\s+)?(?:days?|weeks?|months?|years?|hours?|fortnights?|quarters?|weekends?|semesters?|terms?|wks?|hrs?)|fortnights?|\\d+\\s*(?:wks?|hrs?)`;
const EVENTS =
  "christmas|xmas|thanksgiving|easter|diwali|deepavali|eid|ramadan|hanukkah|passover|new\\s+year|holidays|holiday\\s+season|festive\\s+(?:season|period)|bank\\s+holiday|long\\s+weekend";
const SEASONS =
  "(?:this|next|the|in|by|after|before|over|during|early|late|end\\s+of)\\s+(?:the\\s+)?(?:summer|winter|spring|autumn|fall)";
const SHORTHAND = "eod|eow|eom|cob|eop|q[1-4]|h[12]|fy\\s?\\d{2,4}|year[\\s-]end|month[\\s-]end|quarter[\\s-]end";
const CLOCK = "today|tonight|tomorrow|(?:this|tomorrow)\\s+(?:morning|afternoon|evening)";
const NUMERIC = "\\d{1,4}[/.-]\\d{1,2}(?:[/.-]\\d{2,4})?|\\d{1,2}(?:st|nd|rd|th)";
// "May" is a month only where a date word stands next to it; elsewhere it is the verb.
const MAY = "(?:in|by|of|early|mid|late|end\\s+of|before|after|until)\\s+may|may\\s+\\d{1,2}(?!\\d)";

const MENTION = /* @__PURE__ */ new RegExp(
  `(?<![\\w-])(?:${MAY}|${SEASONS}|${EVENTS}|${SHORTHAND}|${CLOCK}|${NUMERIC}|${MONTHS}|${WEEKDAYS}|${UNITS})(?![\\w-])`,
  "i",
);

/**
 * Finds the first words in `text` that name a time: a count or a unit ("two weeks", "days"), a
 * weekday or month, a date ("4/1", "the 24th"), a holiday or season ("after Diwali", "over the
 * summer"), business shorthand ("EOD", "Q3", "year-end"). Returns `null` for words that name none
 * ("We'll be in touch", "soon", "shortly", "once the interviews are done").
 *
 * `createPlan` uses it to tell apart an employer who said nothing about the decision date from one
 * who said something `parseDecisionTimeline` could not read: the plan's decision then has
 * `source: "unread"` and its first action asks the candidate for the date they heard.
 *
 * With `options.language` (a BCP 47 tag), German, French and Spanish words are read by that
 * language's rules ("in zwei Wochen", "après les fêtes", "[X] días" name a time; "zeitnah",
 * "prochainement", "pronto" none); other languages as English.
 *
 * @throws {AfterviewValidationError} on `text` that is not a string, on `options.language` (see `parseDecisionTimeline`).
 *
 * @example
 * ```ts
 * detectTimeMention("We'll decide after the board meets in the spring term");
 * //=> { text: "in the spring", index: 35 }
 * detectTimeMention("We'll be in touch soon");
 * //=> null
 * ```
 */
export function detectTimeMention(text: string, options?: { language?: string }): TimeMention | null {
  if (typeof text !== "string") {
    throw new AfterviewValidationError([{ path: "text", code: "invalid_type", message: "expected a string" }]);
  }
  const language = timelineLanguage(options?.language, "options.language");
  if (language) return language.mention(text);
  const match = MENTION.exec(text);
  return match ? { text: match[0], index: match.index } : null;
}
