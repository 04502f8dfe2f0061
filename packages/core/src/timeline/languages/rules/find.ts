import type { TimelineConfidence, TimelineUnit } from "../../../schema/enums.js";
import {
  capConfidence,
  onOrBefore,
  type Reading,
  shapeWindow,
  type TimelineContext,
  type WindowMode,
} from "../../reading.js";
import { type Lead, type LeadWords, readLeadIn, readTailIn } from "./leads.js";

/** What a rule read: a span of days, how it opens, and (for counts) what was counted. */
export interface Span {
  mode: WindowMode;
  from: number;
  to: number;
  confidence: TimelineConfidence;
  unit?: TimelineUnit;
  min?: number;
  max?: number;
  notes?: string[];
}

/** What a rule is told about the words around its match. */
export interface Around {
  /** The deadline or point the words around the match make of it (`undefined` when none was said). */
  mode: WindowMode | undefined;
  /** A negation or a wait stands before it ("nicht vor", "pas avant", "no … hasta"). */
  negated: boolean;
  /** The text before the match. */
  before: string;
  /** The text after the match. */
  after: string;
}

/**
 * One rule of a language: a phrase and how it reads. Rules are tried in order; the first to claim
 * a stretch of text keeps it.
 */
export interface Rule {
  /** What the rule reads, for a reader of the code ("Ende nächster Woche"). */
  name: string;
  regex: RegExp;
  /** Its own lead words are part of the match: do not read words before it. */
  ownLead?: boolean;
  /** The rule reads a negation itself (an anchor's "erst nach"). */
  ownNegation?: boolean;
  read(match: RegExpExecArray, ctx: TimelineContext, around: Around): Span | undefined;
}

/** Runs `rules` over `text`: each match, with its lead and tail words, becomes one reading of business days. */
export function findReadings(
  text: string,
  ctx: TimelineContext,
  rules: readonly Rule[],
  words: LeadWords,
  claimed: readonly Reading[] = [],
): Reading[] {
  const readings: Reading[] = [];
  const taken = (start: number, stop: number) => [...claimed, ...readings].some((r) => start < r.end && stop > r.index);
  for (const rule of rules) {
    for (const match of text.matchAll(rule.regex)) {
      const start = match.index;
      const stop = start + match[0].length;
      if (start === stop || taken(start, stop)) continue;
      const lead: Lead = rule.ownLead
        ? { start, mode: undefined, fuzzy: false, negated: false }
        : readLeadIn(words, text, start);
      const tail = readTailIn(words, text, stop);
      const around: Around = {
        mode: tail.mode ?? lead.mode,
        negated: lead.negated,
        before: text.slice(0, start),
        after: text.slice(stop),
      };
      let span = rule.read(match as RegExpExecArray, ctx, around);
      if (!span) continue;
      // "Nicht vor Ende des Monats": the deadline's last day is when the answer starts.
      if (lead.negated && !rule.ownNegation && span.mode === "by") {
        const last = onOrBefore(ctx, span.to);
        span = { ...span, mode: "at", from: last, to: last };
      }
      const { earliest, latest } = shapeWindow(ctx, span.mode, span.from, span.to);
      const reading: Reading = {
        index: Math.min(lead.start, start),
        end: tail.end,
        earliest,
        latest,
        unit: span.unit ?? "date",
        confidence: lead.fuzzy || tail.fuzzy ? capConfidence(span.confidence, "medium") : span.confidence,
      };
      if (span.min !== undefined) reading.min = span.min;
      if (span.max !== undefined) reading.max = span.max;
      if (span.notes?.length) reading.notes = span.notes;
      readings.push(reading);
    }
  }
  return readings;
}

const B = "(?<![\\p{L}\\p{N}])";
const E = "(?![\\p{L}\\p{N}])";

/** A global, case-insensitive, Unicode regular expression that matches `source` as whole words. */
export function words(source: string): RegExp {
  return new RegExp(`${B}(?:${source})${E}`, "giu");
}

/** `alternatives` as one regular-expression group, longest first. */
export function oneOf(alternatives: readonly string[]): string {
  return `(?:${[...alternatives].sort((a, b) => b.length - a.length).join("|")})`;
}
