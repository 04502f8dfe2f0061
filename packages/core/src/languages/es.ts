import { spanish } from "../review/languages/es.js";
import { isSpanishFunctionWord } from "../review/languages/function-words.js";
import { spanishTimeline } from "../timeline/languages/es/index.js";
import type { ReadingLanguage } from "./types.js";

/**
 * Spanish (`es`, with `es-MX`, `es-AR`, …): timelines such as "en los próximos días", "antes de
 * Navidad", "a finales de mes", and thank-you drafts ("muchas gracias por la entrevista").
 */
export const es: ReadingLanguage = {
  tag: "es",
  name: "Spanish",
  timeline: spanishTimeline,
  review: { isFunctionWord: isSpanishFunctionWord, build: spanish },
};
