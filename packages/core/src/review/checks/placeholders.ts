import type { LanguageRules } from "../languages/types.js";
import { finding, type ReviewSubject } from "../subject.js";
import { foldKey } from "../text/fold.js";
import type { DraftFinding } from "../types.js";

/** A span of leftover template text. */
interface Span {
  start: number;
  end: number;
}

/** The longest bracketed placeholder looked for, in UTF-16 code units. */
const MAX_BRACKETED = 80;

/** HTML tags that may appear in a pasted draft and are not placeholders. */
const HTML_TAGS = /* @__PURE__ */ new Set([
  "p",
  "br",
  "b",
  "i",
  "u",
  "em",
  "strong",
  "div",
  "span",
  "a",
  "ul",
  "ol",
  "li",
  "hr",
]);

/**
 * Finds template text left in the draft: `{{name}}`, `{name}`, `${name}`, `[Name]` and any
 * bracketed capitalised text (`[Firma]`, `[Nom]`, `[Empresa]`), bracketed lower-case text with
 * a placeholder word of the draft's language (`[your name]`, `[nom du recruteur]`, `[empresa]`),
 * `<name>`, `<<name>>`, `%NAME%`, `XXX`, `TK`, `___`, "Lorem ipsum" and sample names (`Max
 * Mustermann`, `Fulano`). Each is an error at its position.
 */
export function checkPlaceholders(subject: ReviewSubject): DraftFinding[] {
  const { source, rules } = subject.text;
  const spans = [...bracketed(source, rules), ...underscoreRuns(source), ...markWords(subject)];
  return withoutOverlaps(spans).map((span) => {
    const raw = source.slice(span.start, span.end);
    const shown = raw.length > 40 ? `${raw.slice(0, 39)}…` : raw;
    const suggestion = suggestFor(raw, subject);
    const tail = suggestion ? ` with ${suggestion}` : " with the real text";
    return finding(
      "error",
      "placeholder",
      `Template text "${shown}" is still in the draft: replace it${tail}.`,
      subject.text.at(span.start, span.end),
    );
  });
}

function bracketed(source: string, rules: LanguageRules): Span[] {
  const spans: Span[] = [];
  for (let i = 0; i < source.length; i++) {
    const char = source[i];
    let span: Span | null = null;
    if (char === "{") span = braces(source, i);
    else if (char === "[") span = squareBrackets(source, i, rules);
    else if (char === "<") span = angleBrackets(source, i);
    else if (char === "%") span = percentName(source, i);
    if (span) {
      spans.push(span);
      i = span.end - 1;
    }
  }
  return spans;
}

/** The offset of `closer` after `from` on the same line and within reach, or -1. */
function closing(source: string, from: number, closer: string): number {
  for (let j = from; j < source.length && j < from + MAX_BRACKETED; j++) {
    if (source.startsWith(closer, j)) return j;
    const char = source[j];
    if (char === "\n" || char === "\r") return -1;
  }
  return -1;
}

function braces(source: string, at: number): Span | null {
  const double = source[at + 1] === "{";
  const close = closing(source, at + (double ? 2 : 1), double ? "}}" : "}");
  if (close < 0) return null;
  const inner = source.slice(at + (double ? 2 : 1), close);
  if (!double && !/\p{L}/u.test(inner)) return null;
  const start = source[at - 1] === "$" ? at - 1 : at;
  return { start, end: close + (double ? 2 : 1) };
}

function squareBrackets(source: string, at: number, rules: LanguageRules): Span | null {
  const close = closing(source, at + 1, "]");
  if (close < 0) return null;
  const inner = source.slice(at + 1, close).trim();
  if (inner.includes("[") || !/\p{L}/u.test(inner)) return null;
  const startsCapital = /^\p{Lu}/u.test(inner);
  if (!startsCapital && !wordsIn(inner).some((word) => rules.placeholderWords.has(word))) return null;
  return { start: at, end: close + 1 };
}

function angleBrackets(source: string, at: number): Span | null {
  const double = source[at + 1] === "<";
  const close = closing(source, at + (double ? 2 : 1), double ? ">>" : ">");
  if (close < 0) return null;
  const inner = source.slice(at + (double ? 2 : 1), close).trim();
  // An address (<dana@acme.example>), a link or a closing tag is not a placeholder.
  if (!/^\p{L}[\p{L}\p{N} _'’-]*$/u.test(inner)) return null;
  if (HTML_TAGS.has(inner.toLowerCase())) return null;
  return { start: at, end: close + (double ? 2 : 1) };
}

function percentName(source: string, at: number): Span | null {
  const close = closing(source, at + 1, "%");
  if (close < 0) return null;
  const inner = source.slice(at + 1, close);
  if (!/^\p{Lu}[\p{Lu}\p{N}_]+$/u.test(inner)) return null;
  return { start: at, end: close + 1 };
}

/** The folded words of a placeholder's text (`"Nom du recruteur"` → `nom`, `du`, `recruteur`). */
function wordsIn(inner: string): string[] {
  return inner.split(/[^\p{L}\p{M}]+/u).map(foldKey);
}

function underscoreRuns(source: string): Span[] {
  const spans: Span[] = [];
  let i = 0;
  while (i < source.length) {
    if (source[i] !== "_") {
      i++;
      continue;
    }
    const start = i;
    while (source[i] === "_") i++;
    if (i - start >= 3) spans.push({ start, end: i });
  }
  return spans;
}

function markWords(subject: ReviewSubject): Span[] {
  const spans: Span[] = [];
  const { words, rules } = subject.text;
  for (const word of words) {
    if (isXs(word.text) || rules.placeholderMarks.has(word.text)) spans.push({ start: word.start, end: word.end });
    else if (rules.sampleNames.has(word.fold)) spans.push({ start: word.start, end: word.bareEnd });
    else if (word.fold === "lorem") {
      const next = words[word.index + 1];
      const end = next && next.fold === "ipsum" ? next.end : word.end;
      spans.push({ start: word.start, end });
    }
  }
  return spans;
}

/** "XX", "XXX", "xxx", "XxXx": a run of X's standing in for a word or a number. Not "xx" (kisses). */
function isXs(text: string): boolean {
  if (text.length < 2 || ![...text].every((char) => char === "x" || char === "X")) return false;
  return text.length >= 3 || text === "XX";
}

function withoutOverlaps(spans: Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Span[] = [];
  for (const span of sorted) {
    const last = kept.at(-1);
    if (last && span.start < last.end) continue;
    kept.push(span);
  }
  return kept;
}

/** What the placeholder most likely stood for, from the context, or null. */
function suggestFor(raw: string, subject: ReviewSubject): string | null {
  const words = wordsIn(raw);
  const { input, recipient } = subject;
  const meaning = subject.text.rules.placeholderMeaning;
  const says = (set: ReadonlySet<string>) => words.some((word) => set.has(word));
  if (says(meaning.own) && says(meaning.name) && input.candidate) return `your name, ${quote(input.candidate.name)}`;
  if (says(meaning.company)) return quote(input.company.name);
  if (says(meaning.role)) return quote(input.role);
  if (recipient?.name && says(meaning.person)) return quote(recipient.name);
  return null;
}

function quote(text: string): string {
  return `"${text}"`;
}
