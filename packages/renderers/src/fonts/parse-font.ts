import { AfterviewValidationError } from "@afterview/core";
import { create, type Font } from "fontkit";

/** Font file bytes as a caller may hold them. */
export type FontData = Uint8Array | ArrayBuffer;

const views = new WeakMap<ArrayBuffer, Uint8Array>();
const parsed = new WeakMap<Uint8Array, Font>();

/**
 * The same `Uint8Array` for the same font data every time, so a font passed as an `ArrayBuffer`
 * is still parsed only once per process.
 */
export function fontBytes(data: FontData): Uint8Array {
  if (data instanceof Uint8Array) return data;
  let view = views.get(data);
  if (!view) {
    view = new Uint8Array(data);
    views.set(data, view);
  }
  return view;
}

/**
 * Parses a TrueType/OpenType font (the first font of a .ttc collection) with upstream fontkit,
 * once per byte array: later calls with the same bytes return the same parsed font.
 *
 * @param path where the bytes came from, for the error (e.g. `options.fonts[0]`).
 * @throws AfterviewValidationError when the bytes are not a font fontkit can read.
 */
export function parseFont(bytes: Uint8Array, path: string): Font {
  const known = parsed.get(bytes);
  if (known) return known;
  let font: Font | undefined;
  try {
    const result = create(bytes);
    font = "fonts" in result ? result.fonts[0] : result;
  } catch (error) {
    throw notAFont(path, error);
  }
  if (!font || typeof font.layout !== "function") throw notAFont(path);
  parsed.set(bytes, font);
  return font;
}

function notAFont(path: string, cause?: unknown): AfterviewValidationError {
  return new AfterviewValidationError(
    [{ path, message: "is not a TrueType or OpenType font file", code: "invalid-font" }],
    { cause, subject: "options" },
  );
}
