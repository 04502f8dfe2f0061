import { german } from "../review/languages/de.js";
import { isGermanFunctionWord } from "../review/languages/function-words.js";
import { germanTimeline } from "../timeline/languages/de/index.js";
import type { ReadingLanguage } from "./types.js";

/**
 * German (`de`, with `de-AT`, `de-CH`): timelines such as "in zwei bis drei Werktagen", "bis Ende
 * nächster Woche", "vor Weihnachten", and thank-you drafts ("vielen Dank für das Gespräch").
 */
export const de: ReadingLanguage = {
  tag: "de",
  name: "German",
  timeline: germanTimeline,
  review: { isFunctionWord: isGermanFunctionWord, build: german },
};
