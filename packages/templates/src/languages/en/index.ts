import type { LanguagePack } from "../types.js";
import { addressedTo } from "./addressed-to.js";
import { exampleTopic } from "./example-topic.js";
import { respellTemplate } from "./spelling.js";
import { TEMPLATE_SOURCES } from "./templates/index.js";
import { words } from "./words.js";

/** American and British English, built into every build. */
export const en: LanguagePack = {
  language: "en",
  locales: ["en-US", "en-GB"],
  tones: {
    warm: "First names; friendly and personal (`Dear Dana,` … `Warm regards,`).",
    formal: "Full names or a courtesy title; a business letter (`Dear Ms. Whitfield:` … `Sincerely,`).",
    brief: "The shortest that still does the job (`Hi Dana,` … `Best,`).",
  },

  sources: TEMPLATE_SOURCES,
  words,
  adapt: respellTemplate,
  personal: { exampleTopic, addressedTo },
};
