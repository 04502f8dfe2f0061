import type { TimeMention } from "../../mention.js";

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
 * The first words of `text` that name a time in English, for `detectTimeMention`. Built in to every
 * build: a pattern, unlike the rules that read the words into dates (`englishTimeline`).
 */
export function englishMention(text: string): TimeMention | null {
  const match = MENTION.exec(text);
  return match ? { text: match[0], index: match.index } : null;
}
