import { findAnchors } from "../../anchors.js";
import { findDates } from "../../dates.js";
import { findPeriods } from "../../periods.js";
import type { Reading, TimelineContext } from "../../reading.js";
import { findSpans } from "../../spans.js";
import type { TimelineRules } from "../types.js";
import { englishMention } from "./mention.js";

/**
 * How English timelines are read: holidays and seasons, counts and spans, periods, then chrono's
 * English dates for what those leave. Built in to the Node build; the browser build carries it only
 * once the app registers `en` from `@afterview/core/languages`, since chrono-node and these rules are
 * most of what `createPlan` weighs there.
 */
export const englishTimeline: TimelineRules = { find: findEnglish, mention: englishMention };

function findEnglish(text: string, ctx: TimelineContext): Reading[] {
  const found: Reading[] = [];
  for (const reading of [...findAnchors(text, ctx), ...findSpans(text, ctx), ...findPeriods(text, ctx)]) {
    if (!found.some((r) => reading.index < r.end && reading.end > r.index)) found.push(reading);
  }
  found.push(...findDates(text, ctx, found));
  return found;
}
