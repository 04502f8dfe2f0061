import { finding, type ReviewSubject } from "../subject.js";
import { wordSpans } from "../text/count-words.js";
import type { DraftChannel, DraftFinding, WordLimits } from "../types.js";

/**
 * Default word limits per channel (inferred: no survey measures the length of thank-you
 * letters, so no evidence id backs them: our own choice). An email reads best at 100–300 words and should stay
 * within 50–400; a postal letter should fit one printed page, about 400 words; a handwritten
 * note fits a card at 150 words. Pass `limits` in the review context to use your own.
 */
export const DEFAULT_WORD_LIMITS: Readonly<Record<DraftChannel, Readonly<WordLimits>>> = {
  email: { min: 50, idealMin: 100, idealMax: 300, max: 400 },
  postal: { min: 50, idealMin: 100, idealMax: 300, max: 400 },
  note: { min: 20, idealMin: 40, idealMax: 150, max: 150 },
};

const CHANNEL_NAMES: Readonly<Record<DraftChannel, string>> = {
  email: "an email",
  postal: "a posted letter",
  note: "a handwritten note",
};

/**
 * Checks the word count against the channel's limits: outside `min`–`max` is a warning
 * (`too-short`, `too-long`), outside the ideal range an info finding. A long draft's finding
 * points from the first word past the limit to the end.
 */
export function checkLength(subject: ReviewSubject): DraftFinding[] {
  // Counted as the templates count (count-words.ts), so a composed letter agrees with its range.
  const words = wordSpans(subject.text.source);
  const { limits, channel } = subject;
  const count = words.length;
  const range = `${limits.idealMin}–${limits.idealMax} words`;
  const kind = CHANNEL_NAMES[channel];
  if (count > limits.idealMax) {
    const over = count > limits.max;
    const first = words[over ? limits.max : limits.idealMax]!;
    const at = subject.text.at(first.start, words.at(-1)!.end);
    const message = over
      ? `The draft has ${count} words, more than the ${limits.max} that suit ${kind}: keep to what you discussed and why you fit.`
      : `The draft has ${count} words; ${kind} reads best at ${range}.`;
    return [finding(over ? "warning" : "info", "too-long", message, at)];
  }
  if (count < limits.idealMin) {
    const under = count < limits.min;
    const message = under
      ? `The draft has ${count} words, fewer than the ${limits.min} that ${kind} needs to thank, restate interest and add an example.`
      : `The draft has ${count} words; ${kind} reads best at ${range}.`;
    return [finding(under ? "warning" : "info", "too-short", message)];
  }
  return [];
}
