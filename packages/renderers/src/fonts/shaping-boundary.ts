import type { Font } from "fontkit";
import { type ScriptTag, shape } from "./advance.js";

/*
 * When does shaping "a b" give the glyphs of "a " followed by the glyphs of "b"? Then a line can be
 * measured as the sum of its words' widths, each word shaped once, instead of shaping every longer
 * and longer line as the line breaker tries it: the same widths, to the last bit, for a fraction
 * of the work.
 *
 * fontkit 2.0.4 (pinned in package.json) shapes a string in these steps; each stays on its side
 * of a boundary character B (a space, a dash or a slash) under the conditions given:
 *
 * 1. Code points to glyphs (`glyphsForString`): one glyph per code point, except that a variation
 *    selector joins the code point before it. The text after B must not start with one.
 * 2. A script, detected from the first character with a strong script, picks the shaper and the
 *    GSUB features. Every piece is shaped as the line's script, and only Latin, Greek, Cyrillic or
 *    no script is taken, in a font whose GSUB and GPOS have a default script: fontkit then uses
 *    its default shaper, whose only look at neighbours (digits around a fraction slash U+2044)
 *    stops at B.
 * 3. GSUB lookups match sequences of glyphs, skipping some glyph classes (marks, ligatures, bases)
 *    per lookup. Of the lookups the default shaper can run for the script (those of its default
 *    features in the script's default language system, and the lookups they call), if none would
 *    skip B's glyph and no position of any of their rules (coverage, glyph, class, ligature
 *    component) accepts it, no match can reach across B, and B's glyph is never replaced.
 * 4. Default ignorables are hidden, glyph by glyph.
 * 5. GPOS only positions glyphs: advances come from the glyphs themselves.
 *
 * Steps 2 and 4 (and the glyph classes of fonts without GDEF) read the code points fontkit keeps
 * on its shared glyph object, which are those of whichever character first produced the glyph:
 * B's glyph must be one fontkit takes for a boundary character, so it is not a digit, a fraction
 * slash, a mark nor a default ignorable. `shaping-boundary.test.ts` checks the sums against whole
 * shaping in DejaVu Sans, Serif, Mono and Math and in Liberation Sans.
 */

/** Boundary characters considered: spaces and the dashes and slash a line may break after. */
const BOUNDARIES = new Set([0x20, 0x2d, 0x2f, 0x2010, 0x2013, 0x2014]);
/** Scripts whose text fontkit shapes with its default shaper. */
const SIMPLE_SCRIPTS = new Set(["latn", "grek", "cyrl"]);
/** The scripts fontkit falls back on when a font lacks the requested one. */
const DEFAULT_SCRIPTS = ["DFLT", "dflt", "latn"];
/** The features fontkit's default shaper applies (and, for safety, the right-to-left ones). */
const DEFAULT_FEATURES = new Set([
  ...["rvrn", "ltra", "ltrm", "rtla", "rtlm", "frac", "numr", "dnom"],
  ...["ccmp", "locl", "rlig", "mark", "mkmk", "calt", "clig", "liga", "rclt", "curs", "kern"],
]);

interface Coverage {
  version: number;
  glyphs?: number[];
  rangeRecords?: { start: number; end: number }[];
}
interface ClassDef {
  version: number;
  startGlyph?: number;
  classValueArray?: number[];
  classRangeRecord?: { start: number; end: number; class: number }[];
}
interface LookupFlags {
  ignoreBaseGlyphs?: boolean;
  ignoreLigatures?: boolean;
  ignoreMarks?: boolean;
}
interface Lookup {
  lookupType: number;
  flags?: { markAttachmentType?: number; flags?: LookupFlags };
  subTables: unknown;
}
// biome-ignore lint/suspicious/noExplicitAny: fontkit's parsed OpenType subtables are untyped.
type Table = any;
interface ScriptRecord {
  tag: string;
  script?: { defaultLangSys?: { featureIndexes?: number[] } | null };
}
interface LayoutTable {
  scriptList?: ScriptRecord[];
  featureList?: { tag: string; feature: { lookupListIndexes: number[] } }[];
  lookupList?: unknown;
  featureVariations?: unknown;
}

/** A restructure array, lazy array or plain array as a plain array. */
function list<T>(value: unknown): T[] {
  if (value == null) return [];
  if (Array.isArray(value)) return value as T[];
  const lazy = value as { toArray?: () => T[] };
  return typeof lazy.toArray === "function" ? lazy.toArray() : [];
}

function inCoverage(coverage: Coverage | undefined, glyph: number): boolean {
  if (!coverage) return false;
  if (coverage.version === 1) return (coverage.glyphs ?? []).includes(glyph);
  return (coverage.rangeRecords ?? []).some((r) => r.start <= glyph && glyph <= r.end);
}

/** The glyph's class as fontkit reads it: 0 when the class definition does not list it. */
function classOf(classDef: ClassDef | undefined, glyph: number): number {
  if (!classDef) return 0;
  if (classDef.version === 1) {
    const i = glyph - (classDef.startGlyph ?? 0);
    const values = classDef.classValueArray ?? [];
    return i >= 0 && i < values.length ? values[i]! : 0;
  }
  return (classDef.classRangeRecord ?? []).find((r) => r.start <= glyph && glyph <= r.end)?.class ?? 0;
}

/**
 * Whether some rule of a GSUB subtable could match `glyph` at any position (first glyph, input,
 * backtrack, lookahead, ligature component); `undefined` for a subtable this does not know.
 */
function subtableAccepts(type: number, table: Table, glyph: number): boolean | undefined {
  if (type === 7) return subtableAccepts(table.lookupType, table.extension, glyph);
  if (type === 1 || type === 2 || type === 3) return inCoverage(table.coverage, glyph);
  if (type === 4) {
    if (inCoverage(table.coverage, glyph)) return true;
    return list<unknown>(table.ligatureSets).some((set) =>
      list<{ components: number[] }>(set).some((ligature) => list<number>(ligature.components).includes(glyph)),
    );
  }
  if (type === 5 || type === 6) {
    if (table.version === 3) {
      const coverages = [...list(table.coverages), ...list(table.backtrackCoverage), ...list(table.inputCoverage)];
      return [...coverages, ...list(table.lookaheadCoverage)].some((c) => inCoverage(c as Coverage, glyph));
    }
    if (inCoverage(table.coverage, glyph)) return true;
    if (table.version === 1) {
      const sets = type === 5 ? list<unknown>(table.ruleSets) : list<unknown>(table.chainRuleSets);
      return sets.some((set) =>
        list<Table>(set).some((rule) =>
          [...list(rule?.backtrack), ...list(rule?.input), ...list(rule?.lookahead)].includes(glyph),
        ),
      );
    }
    if (table.version === 2) {
      if (type === 5) {
        const own = classOf(table.classDef, glyph);
        return list<unknown>(table.classSet).some((set) =>
          list<Table>(set).some((rule) => list<number>(rule?.classes).includes(own)),
        );
      }
      const [backtrack, input, lookahead] = [
        classOf(table.backtrackClassDef, glyph),
        classOf(table.inputClassDef, glyph),
        classOf(table.lookaheadClassDef, glyph),
      ];
      return list<unknown>(table.chainClassSet).some((set) =>
        list<Table>(set).some(
          (rule) =>
            list<number>(rule?.backtrack).includes(backtrack) ||
            list<number>(rule?.input).includes(input) ||
            list<number>(rule?.lookahead).includes(lookahead),
        ),
      );
    }
  }
  return undefined;
}

/** The lookups a context or chaining subtable calls. */
function calledLookups(type: number, table: Table): number[] {
  if (type === 7) return calledLookups(table.lookupType, table.extension);
  if (type !== 5 && type !== 6) return [];
  const rules: Table[] =
    table.version === 3
      ? [table]
      : [table.ruleSets, table.classSet, table.chainRuleSets, table.chainClassSet].flatMap((sets) =>
          list<unknown>(sets).flatMap((set) => list<Table>(set)),
        );
  return rules.flatMap((rule) => list<{ lookupListIndex: number }>(rule?.lookupRecords).map((r) => r.lookupListIndex));
}

/**
 * The GSUB lookups fontkit's default shaper may run for text shaped as `script`: the lookups of
 * the default features in the default language system of the script fontkit selects (the script
 * itself, else the first of DFLT, dflt, latn), and every lookup those call. All lookups when the
 * font has feature variations (they swap features' lookups by axis position).
 */
function reachableLookups(table: LayoutTable, script: string): Lookup[] {
  const lookups = list<Lookup>(table.lookupList);
  if (table.featureVariations) return lookups;
  const scripts = list<ScriptRecord>(table.scriptList);
  const selected =
    scripts.find((s) => s.tag === script) ??
    DEFAULT_SCRIPTS.map((tag) => scripts.find((s) => s.tag === tag)).find((s) => s !== undefined);
  const features = list<number>(selected?.script?.defaultLangSys?.featureIndexes);
  const pending = features.flatMap((index) => {
    const record = table.featureList?.[index];
    return record && DEFAULT_FEATURES.has(record.tag) ? list<number>(record.feature.lookupListIndexes) : [];
  });
  const reached = new Set<number>();
  while (pending.length > 0) {
    const index = pending.pop()!;
    if (reached.has(index) || !lookups[index]) continue;
    reached.add(index);
    for (const subtable of list<Table>(lookups[index].subTables)) {
      pending.push(...calledLookups(lookups[index].lookupType, subtable));
    }
  }
  return [...reached].map((index) => lookups[index]!);
}

interface FontFacts {
  /** The font's GSUB and GPOS both fall back to a default script (so fontkit's default shaper is used for simple scripts). */
  defaultScript: boolean;
  /** The script fontkit gives text with no strong script (`zzzz`). */
  noScript: ScriptTag;
  /** Script and boundary code point → the boundary glyph's advance when shaping stops at it, else `null`. */
  boundaries: Map<string, number | null>;
}

const facts = new WeakMap<Font, FontFacts>();

function factsOf(font: Font): FontFacts {
  let known = facts.get(font);
  if (!known) {
    const tables = font as unknown as { GSUB?: LayoutTable; GPOS?: LayoutTable; morx?: unknown };
    const hasDefault = (table: LayoutTable | undefined) =>
      !table || list<{ tag: string }>(table.scriptList).some((s) => DEFAULT_SCRIPTS.includes(s.tag));
    known = {
      // AAT fonts (morx) are shaped by another engine entirely.
      defaultScript: !tables.morx && hasDefault(tables.GSUB) && hasDefault(tables.GPOS),
      // The empty string: detected as no script, and shaping it creates no glyph (see boundaryAdvance).
      noScript: shape(font, "").script,
      boundaries: new Map(),
    };
    facts.set(font, known);
  }
  return known;
}

/** The script fontkit gives text with no strong script in `font` (`zzzz`). */
export function scriptless(font: Font): ScriptTag {
  return factsOf(font).noScript;
}

/** Whether GSUB shaping of `script` text in `font` can never match across, skip over or replace the glyph of `codePoint`. */
function separates(font: Font, codePoint: number, script: string): boolean {
  const table = (font as unknown as { GSUB?: LayoutTable }).GSUB;
  if (!table) return true;
  const glyph = font.glyphForCodePoint(codePoint).id;
  const gdef = (font as unknown as { GDEF?: { glyphClassDef?: ClassDef } }).GDEF;
  // fontkit's glyph classes: from GDEF when it has them; otherwise a non-mark character is a base.
  const glyphClass = gdef?.glyphClassDef ? classOf(gdef.glyphClassDef, glyph) : 1;
  if (glyphClass === 2 || glyphClass === 3) return false;
  for (const lookup of reachableLookups(table, script)) {
    const flags = lookup.flags?.flags ?? {};
    if (glyphClass === 1 && flags.ignoreBaseGlyphs) return false;
    for (const subtable of list<Table>(lookup.subTables)) {
      if (subtableAccepts(lookup.lookupType, subtable, glyph) !== false) return false;
    }
  }
  return true;
}

/**
 * When shaping `script` text in `font` stops at `codePoint` (see the conditions above), the
 * advance of its glyph, in font units: text shaped as `script` around it then shapes as its two
 * sides apart, with this glyph between them. `undefined` when it does not (or when `codePoint` is
 * not one of the boundary characters considered).
 */
export function boundaryAdvance(font: Font, codePoint: number, script: ScriptTag): number | undefined {
  if (!BOUNDARIES.has(codePoint)) return undefined;
  const known = factsOf(font);
  if (!known.defaultScript) return undefined;
  if (typeof script !== "string" || !(SIMPLE_SCRIPTS.has(script) || script === known.noScript)) return undefined;
  // fontkit keeps one glyph object per glyph id, with the code points of whichever character first
  // produced it (U+00A0 and U+0020, or U+00AD and U+002D, may share a glyph), and it reads those
  // code points, not the text's, to hide default ignorables, find fraction slashes and digits, and
  // tell marks: only a glyph that fontkit takes for a boundary character is one.
  const { codePoints } = font.glyphForCodePoint(codePoint);
  if (codePoints.length !== 1 || !BOUNDARIES.has(codePoints[0]!)) return undefined;
  const key = `${script} ${codePoint}`;
  let advance = known.boundaries.get(key);
  if (advance === undefined) {
    advance = separates(font, codePoint, script) ? font.glyphForCodePoint(codePoint).advanceWidth : null;
    known.boundaries.set(key, advance);
  }
  return advance ?? undefined;
}

const isVariationSelector = (c: number | undefined) =>
  c !== undefined && ((c >= 0xfe00 && c <= 0xfe0f) || (c >= 0xe0100 && c <= 0xe01ef));

/**
 * Whether pieces of one line, all drawn in `font`, shape in the line exactly as they do on their
 * own when each is shaped as `script` (the line's script): where two pieces meet, the one before
 * ends or the one after starts with a boundary character at which shaping stops
 * ({@link boundaryAdvance}), and the one after does not start with a variation selector.
 */
export function piecesShapeApart(font: Font, pieces: readonly string[], script: ScriptTag): boolean {
  for (let i = 0; i < pieces.length - 1; i++) {
    const before = pieces[i]!;
    const after = pieces[i + 1]!;
    if (before === "" || after === "" || isVariationSelector(after.codePointAt(0))) return false;
    if (
      boundaryAdvance(font, before.charCodeAt(before.length - 1), script) === undefined &&
      boundaryAdvance(font, after.charCodeAt(0), script) === undefined
    ) {
      return false;
    }
  }
  return true;
}
