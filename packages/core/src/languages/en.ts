import { englishTimeline } from "../timeline/languages/en/index.js";
import type { ReadingLanguage } from "./types.js";

/**
 * English timelines ("within two or three days", "by the end of next week", "before Christmas"),
 * for the browser build: the Node build reads them without registration, and every build reads
 * English drafts. A browser app that passes employers' words (`statedTimeline`, a
 * `timeline-updated` event, `parseDecisionTimeline`) registers it; one that never does saves the
 * rules and chrono-node, most of what `createPlan` weighs in a bundle.
 */
export const en: ReadingLanguage = {
  tag: "en",
  name: "English",
  timeline: englishTimeline,
};
