import type { AddressSize, AddressStep } from "./address-block.js";
import type { AddressStyle } from "./address-styles.js";

/** Where the block must fit and how its lines are measured. */
export interface FitOptions {
  /** Room for the block: from the top of its first line's glyphs to the bottom of its last line's. */
  height: number;
  /** Most lines allowed (DIN 5008: six). */
  maxLines: number;
  styles: Record<AddressSize, AddressStyle>;
  /** The printed lines a text takes at a size (a PDF wraps it to the window's width; only their number counts here). */
  wrap: (text: string, size: number) => string[];
  /**
   * A line's glyph height (the font's ascent plus descent) as a fraction of the size; without it a
   * line fills its leading (as in Word, with exact line spacing).
   */
  extent?: number | undefined;
}

/** The block as it will be printed. */
export interface FittedAddress {
  /** The address's lines, one per part (before wrapping). */
  entries: string[];
  /** The printed lines: `entries` wrapped. */
  lines: string[];
  size: AddressSize;
  style: AddressStyle;
  /** From the top of the first line's glyphs to the bottom of the last line's. */
  height: number;
  /** False when even the shortest step is too tall: the lines are those of the shortest step. */
  fits: boolean;
}

/**
 * The first of `steps` whose lines fit the room (see `recipientSteps` for their order), or the
 * last step when none does, so that nothing the post needs is ever dropped to make room.
 *
 * @example
 * ```ts
 * fitAddress([{ lines: ["A", "B"], size: "regular" }], {
 *   height: 30, maxLines: 6, extent: 1, wrap: (text) => [text],
 *   styles: { regular: { size: 10, leading: 12 }, compact: { size: 8, leading: 9.6 } },
 * });
 * //=> { entries: ["A", "B"], lines: ["A", "B"], size: "regular", style: { size: 10, leading: 12 }, height: 22, fits: true }
 * ```
 */
export function fitAddress(steps: readonly AddressStep[], options: FitOptions): FittedAddress {
  let fitted: FittedAddress = {
    entries: [],
    lines: [],
    size: "regular",
    style: options.styles.regular,
    height: 0,
    fits: true,
  };
  const wrapped = new Map<string, string[]>();
  const wrap = (text: string, size: number) => {
    const key = `${size}\u0000${text}`;
    const known = wrapped.get(key);
    if (known) return known;
    const lines = options.wrap(text, size);
    wrapped.set(key, lines);
    return lines;
  };
  for (const [index, step] of steps.entries()) {
    const style = options.styles[step.size];
    // Wrapping only adds lines: a step too tall unwrapped is passed over unwrapped (hostile input may hold hundreds).
    if (index < steps.length - 1 && !fitsIn(step.lines.length, style, options)) continue;
    const lines = step.lines.flatMap((text) => wrap(text, style.size));
    const fits = fitsIn(lines.length, style, options);
    fitted = {
      entries: step.lines,
      lines,
      size: step.size,
      style,
      height: blockHeight(lines.length, style, options),
      fits,
    };
    if (fits) break;
  }
  return fitted;
}

/** From the top of the first line's glyphs to the bottom of the last's. */
function blockHeight(count: number, style: AddressStyle, options: FitOptions): number {
  const last = options.extent === undefined ? style.leading : options.extent * style.size;
  return count === 0 ? 0 : (count - 1) * style.leading + last;
}

function fitsIn(count: number, style: AddressStyle, options: FitOptions): boolean {
  // A hair of slack for floating-point sums of leadings.
  return count <= options.maxLines && blockHeight(count, style, options) <= options.height + 1e-6;
}
