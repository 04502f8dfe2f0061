import type { Font, GlyphRun } from "fontkit";

/*
 * Text widths as pdf-lib draws them (the sum of the advance widths of the glyphs `font.layout`
 * gives), found with less work than `font.layout` does. Both shortcuts rest on how fontkit 2.0.4
 * (pinned in package.json) shapes text, and both fall back to plain `font.layout` when the font
 * or the engine is not what they were written against.
 */

/** The script fontkit detected for (or was given for) a text: an OpenType tag or a list of them. */
export type ScriptTag = string | readonly string[];

/** What shaping a text gives that a width needs. */
export interface Shaped {
  /** The sum of the glyphs' advance widths, in font units. */
  advance: number;
  /** The script the text was shaped as. */
  script: ScriptTag;
  /** Every glyph's advance is a whole number (always, but in variable fonts): sums of such advances are exact in any order. */
  whole: boolean;
}

/** The parts of fontkit's (private) layout engine relied on here. */
interface LayoutEngine {
  layout(text: string, features?: unknown, script?: ScriptTag): GlyphRun & { script: ScriptTag };
  position(run: GlyphRun): unknown;
}

const measuringEngines = new WeakMap<Font, LayoutEngine | null>();

/**
 * The font's layout engine with GPOS positioning left out: `layout` still maps the text to glyphs,
 * substitutes them (GSUB: ligatures, contextual forms, mark composition) and hides default
 * ignorables exactly as `font.layout` does, but skips positioning (kerning, mark and cursive
 * attachment), which only moves glyphs and never changes which glyphs there are or their advance
 * widths. `null` when the engine is not the shape this was written against.
 */
function measuringEngine(font: Font): LayoutEngine | null {
  let measuring = measuringEngines.get(font);
  if (measuring === undefined) {
    const engine = (font as unknown as { _layoutEngine?: Partial<LayoutEngine> })._layoutEngine;
    measuring =
      engine && typeof engine.layout === "function" && typeof engine.position === "function"
        ? (Object.create(engine, {
            position: {
              value(run: GlyphRun & { positions: unknown[] }) {
                run.positions = run.glyphs.map(() => ({ xAdvance: 0, yAdvance: 0, xOffset: 0, yOffset: 0 }));
              },
            },
          }) as LayoutEngine)
        : null;
    measuringEngines.set(font, measuring);
  }
  return measuring;
}

/**
 * Shapes `text` as `font.layout(text)` does (or, given `script`, as `font.layout(text, [], script)`
 * does) and adds up the glyphs' advance widths, without the GPOS positioning whose results the sum
 * never reads.
 */
export function shape(font: Font, text: string, script?: ScriptTag): Shaped {
  const engine = measuringEngine(font);
  const run = (
    engine
      ? engine.layout(text, undefined, script)
      : (font.layout as (text: string, features?: unknown, script?: ScriptTag) => GlyphRun)(text, undefined, script)
  ) as GlyphRun & { script: ScriptTag };
  let advance = 0;
  let whole = true;
  for (const glyph of run.glyphs) {
    advance += glyph.advanceWidth;
    whole &&= Number.isInteger(glyph.advanceWidth);
  }
  return { advance, script: run.script, whole: whole && Number.isSafeInteger(advance) };
}
