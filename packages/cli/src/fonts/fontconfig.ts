import { execFile } from "node:child_process";

/*
 * Finding a font on this machine for a character the PDF's fonts lack, through fontconfig's
 * command-line tools (Linux, BSD, and macOS with Homebrew's fontconfig). Node only, and only in the
 * CLI: the renderers stay free of the file system and of child processes.
 */

/** A font file fontconfig named, and the font's position in it (0 unless the file is a collection). */
export interface SystemFont {
  file: string;
  index: number;
}

/** What a search found: a font, or none; `fontconfig` is false when `fc-match` is not installed. */
export interface FontSearch {
  font: SystemFont | undefined;
  fontconfig: boolean;
}

/** Runs a program with arguments and resolves to its stdout; rejects as `execFile` does (`code: "ENOENT"` when it is not installed). */
export type RunProgram = (program: string, args: readonly string[]) => Promise<string>;

/** One font as fontconfig describes it. */
export interface FontListing extends SystemFont {
  format: string;
  color: string;
  slant: number;
  weight: number;
  /** fontconfig's charset: hex code points and ranges, `20-7e a0-17f 5c71`. */
  charset: string;
}

const FIELDS = ["file", "index", "fontformat", "color", "slant", "weight"].map((name) => `%{${name}}`).join("\\t");
const MATCH_FORMAT = `${FIELDS}\\t%{charset}\\n`;
const LIST_FORMAT = `${FIELDS}\\n`;
/** fontconfig's weight of a regular face (FC_WEIGHT_REGULAR). */
const REGULAR = 80;

/**
 * Asks fontconfig for a font that has `codePoint` and that a PDF can embed: outlines in TrueType or
 * CFF (not a bitmap or Type 1 font), and not a colour font (an emoji font's glyphs are pictures, which
 * pdf-lib would draw as blanks). First `fc-match ':charset=<hex>'`, fontconfig's own choice (which
 * follows the user's configuration and language), checked against the charset it reports, because
 * fc-match names its best font even when no font has the character. Failing that, `fc-list` of every
 * font that has it, the regular upright face first.
 *
 * @param run How to run `fc-match` and `fc-list` (see {@link programRunner}).
 * @returns The font, or none; `fontconfig: false` when fc-match is not installed. A tool that fails
 *   or times out counts as no font.
 * @example
 * ```ts
 * await findSystemFont(0x5c71, programRunner(process.env));
 * //=> { font: { file: "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", index: 0 }, fontconfig: true }
 * ```
 */
export async function findSystemFont(codePoint: number, run: RunProgram): Promise<FontSearch> {
  const charset = `:charset=${codePoint.toString(16)}`;
  let best: FontListing | undefined;
  try {
    best = parseListing(await run("fc-match", ["-f", MATCH_FORMAT, charset]))[0];
  } catch (error) {
    return { font: undefined, fontconfig: (error as NodeJS.ErrnoException).code !== "ENOENT" };
  }
  if (best && embeddable(best) && charsetHas(best.charset, codePoint)) return found(best);
  let listed: FontListing[];
  try {
    listed = parseListing(await run("fc-list", ["-f", LIST_FORMAT, `${charset}:outline=True`]));
  } catch {
    return { font: undefined, fontconfig: true };
  }
  const [first] = listed.filter(embeddable).sort(preferred(best?.file));
  return first ? found(first) : { font: undefined, fontconfig: true };
}

function found(font: FontListing): FontSearch {
  return { font: { file: font.file, index: font.index }, fontconfig: true };
}

/** Reads fontconfig's lines of tab-separated fields (see the formats above). */
export function parseListing(output: string): FontListing[] {
  return output
    .split("\n")
    .filter((line) => line.includes("\t"))
    .map((line) => {
      const [file = "", index, format = "", color = "", slant, weight, charset = ""] = line.split("\t");
      return {
        file,
        index: Number.parseInt(index ?? "", 10) || 0,
        format,
        color,
        slant: Number.parseFloat(slant ?? "") || 0,
        weight: Number.parseFloat(weight ?? "") || REGULAR,
        charset,
      };
    })
    .filter((font) => font.file !== "");
}

/**
 * Whether fontconfig's charset (`20-7e a0-17f 5c71`: hex code points and ranges) has `codePoint`.
 *
 * @example
 * ```ts
 * charsetHas("20-7e a0-17f 5c71", 0x5c71); //=> true
 * charsetHas("20-7e a0-17f", 0x5c71); //=> false
 * ```
 */
export function charsetHas(charset: string, codePoint: number): boolean {
  return charset.split(/\s+/).some((range) => {
    const [low, high = low] = range.split("-").map((hex) => Number.parseInt(hex, 16));
    return low !== undefined && high !== undefined && low <= codePoint && codePoint <= high;
  });
}

function embeddable(font: FontListing): boolean {
  return (font.format === "TrueType" || font.format === "CFF") && font.color !== "True";
}

/** fc-match's own file first, then upright before italic, the weight nearest regular, then by path for a stable choice. */
function preferred(file: string | undefined) {
  const rank = (font: FontListing) => [
    font.file === file ? 0 : 1,
    font.slant === 0 ? 0 : 1,
    Math.abs(font.weight - REGULAR),
  ];
  return (a: FontListing, b: FontListing): number => {
    const [ra, rb] = [rank(a), rank(b)];
    for (let i = 0; i < ra.length; i++) if (ra[i] !== rb[i]) return ra[i]! - rb[i]!;
    return a.file < b.file ? -1 : a.file > b.file ? 1 : a.index - b.index;
  };
}

/**
 * Runs programs with `execFile` (no shell) in the given environment, for up to 30 seconds each
 * (the first run on a machine may build fontconfig's cache).
 */
export function programRunner(env: Readonly<Record<string, string | undefined>>): RunProgram {
  return (program, args) =>
    new Promise((resolve, reject) => {
      execFile(
        program,
        [...args],
        {
          env: env as NodeJS.ProcessEnv,
          timeout: 30_000,
          maxBuffer: 16 * 1024 * 1024,
          encoding: "utf8",
          windowsHide: true,
        },
        (error, stdout) => (error ? reject(error) : resolve(stdout)),
      );
    });
}
