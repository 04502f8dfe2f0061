import { CliError, EXIT } from "../errors/cli-error.js";
import type { FontSearch, SystemFont } from "./fontconfig.js";
import { readSystemFont } from "./read-font.js";

/** Looks for a font on the machine that has a code point (see `findSystemFont`). */
export type SearchFont = (codePoint: number) => Promise<FontSearch>;

/**
 * The fallback fonts of one kit's PDFs (the renderer's `fonts` option): the `--font` files in the
 * order given, then fonts of this machine, found one at a time for characters that none of the
 * fonts so far has. Shared by all the PDFs of the kit, so each font is looked for and read once.
 *
 * @example
 * ```ts
 * const fonts = new PdfFonts([], (codePoint) => findSystemFont(codePoint, programRunner(process.env)));
 * await fonts.addFor(0x5c71); //=> true on a machine with Noto Sans CJK
 * fonts.list.length; //=> 1
 * ```
 */
export class PdfFonts {
  private readonly fonts: Uint8Array[];
  /** The `--font` files as the user named them, for messages. */
  private readonly given: readonly string[];
  private search: SearchFont | undefined;
  private readonly tried = new Set<number>();
  private readonly seen = new Set<string>();
  /** The machine's fonts added so far, in order. */
  readonly system: SystemFont[] = [];
  /** False once a search found that fontconfig (fc-match) is not installed. */
  fontconfig = true;

  /**
   * @param given The `--font` files: the name the user gave and the bytes.
   * @param search How to find a font on this machine; none: only `given`.
   */
  constructor(given: readonly { file: string; bytes: Uint8Array }[], search?: SearchFont) {
    this.fonts = given.map((font) => font.bytes);
    this.given = given.map((font) => font.file);
    this.search = search;
  }

  /** The fonts for the renderer's `fonts` option. */
  get list(): readonly Uint8Array[] {
    return this.fonts;
  }

  /**
   * Adds a font of this machine that has `codePoint`. False when there is none, when this code point
   * was looked for before (the font found then did not help), or when the font found is already in
   * the list: rendering again would fail the same way.
   */
  async addFor(codePoint: number): Promise<boolean> {
    if (!this.search || this.tried.has(codePoint)) return false;
    this.tried.add(codePoint);
    const { font, fontconfig } = await this.search(codePoint);
    if (!fontconfig) {
      // Not installed: say so once, and do not try to start it for every character.
      this.fontconfig = false;
      this.search = undefined;
    }
    if (!font) return false;
    const key = `${font.file}#${font.index}`;
    if (this.seen.has(key)) return false;
    this.seen.add(key);
    const bytes = await readSystemFont(font);
    if (!bytes) return false;
    this.fonts.push(bytes);
    this.system.push(font);
    return true;
  }

  /**
   * Takes out the font at `index` of {@link list}, which the renderer could not read. A machine's
   * font is simply not used (fontconfig listed a font that fontkit cannot parse); a `--font` file
   * is the user's to fix.
   *
   * @returns False when there is no such font.
   * @throws CliError (exit 2) naming the `--font` file, when it is one.
   */
  drop(index: number, reason: string): boolean {
    const file = this.given[index];
    if (file !== undefined) throw new CliError(`--font ${file}: ${reason}`, EXIT.badInput);
    if (index >= this.fonts.length) return false;
    this.fonts.splice(index, 1);
    this.system.splice(index - this.given.length, 1);
    return true;
  }
}
