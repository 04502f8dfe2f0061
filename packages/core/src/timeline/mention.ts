import { AfterviewValidationError } from "../errors/afterview-error.js";
import { timelineLanguage } from "./languages/choose.js";
import { englishMention } from "./languages/en/mention.js";

/** Where a text names a time: the words, and where they start. */
export interface TimeMention {
  /** The words that name a time, as they appear in the text (e.g. `"the spring term"`, `"Q3"`). */
  text: string;
  /** Where they start in the text. */
  index: number;
}

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
  return englishMention(text);
}
