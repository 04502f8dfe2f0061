import type { Font, GlyphRun, Subset } from "fontkit";
import type { PDFDocument } from "pdf-lib";
import { parseFont } from "./parse-font.js";

/** The fontkit interface pdf-lib accepts in `registerFontkit`. */
type Fontkit = Parameters<PDFDocument["registerFontkit"]>[0];

/**
 * Upstream fontkit 2, shaped as the fontkit that pdf-lib 1.17 expects (`@pdf-lib/fontkit`, a fork
 * that drops glyphs when subsetting). Three things are bridged:
 *
 * - fontkit 2 encodes a subset with `encode()` where pdf-lib calls `encodeStream()`;
 * - fonts are parsed once per process (pdf-lib calls `create` for every document; here it gets
 *   the font parsed the first time);
 * - because the parsed font is shared, its glyph cache outlives a document: subsetting one letter
 *   caches the glyphs that accented letters are built from (the `u` inside `ü`) with no code
 *   points, and pdf-lib would then write no ToUnicode entry for a plain `u` in the next letter
 *   (text extraction and screen readers would read a control character). Glyphs from `layout` get
 *   their code points back from the font's character map.
 */
export const pdfLibFontkit: Fontkit = {
  create(bytes: Uint8Array) {
    return adapted(parseFont(bytes, "font")) as unknown as ReturnType<Fontkit["create"]>;
  },
};

const adapters = new WeakMap<Font, Font>();

function adapted(font: Font): Font {
  let proxy = adapters.get(font);
  if (!proxy) {
    proxy = new Proxy(font, {
      get(target, key) {
        if (key === "createSubset") return () => streamingSubset(target.createSubset());
        if (key === "layout") {
          return (text: string, features?: Parameters<Font["layout"]>[1]) =>
            withCodePoints(target, target.layout(text, features));
        }
        // Getters run on the real font, so the tables fontkit parses lazily are cached there, once.
        const value: unknown = Reflect.get(target, key, target);
        return typeof value === "function" ? value.bind(target) : value;
      },
    });
    adapters.set(font, proxy);
  }
  return proxy;
}

const characterMaps = new WeakMap<Font, Map<number, number[]>>();

/** Fills in the code points of glyphs that fontkit cached without them (see {@link pdfLibFontkit}). */
function withCodePoints(font: Font, run: GlyphRun): GlyphRun {
  for (const glyph of run.glyphs) {
    if (glyph.codePoints.length > 0) continue;
    let map = characterMaps.get(font);
    if (!map) {
      map = new Map();
      for (const codePoint of font.characterSet) {
        const id = font.glyphForCodePoint(codePoint).id;
        if (!map.has(id)) map.set(id, [codePoint]);
      }
      characterMaps.set(font, map);
    }
    glyph.codePoints = map.get(glyph.id) ?? [];
  }
  return run;
}

type Listener = (value?: unknown) => void;

/** A fontkit 2 subset with the `encodeStream()` of fontkit 1: one `data` event with the whole font, then `end`. */
function streamingSubset(subset: Subset) {
  return {
    get cff() {
      return subset.cff;
    },
    includeGlyph: (glyph: Parameters<Subset["includeGlyph"]>[0]) => subset.includeGlyph(glyph),
    encodeStream() {
      const listeners = new Map<string, Listener>();
      const stream = {
        on(event: string, listener: Listener) {
          listeners.set(event, listener);
          return stream;
        },
      };
      queueMicrotask(() => {
        let bytes: Uint8Array;
        try {
          bytes = subset.encode();
        } catch (error) {
          listeners.get("error")?.(error);
          return;
        }
        listeners.get("data")?.(bytes);
        listeners.get("end")?.();
      });
      return stream;
    },
  };
}
