import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { CliError } from "../errors/cli-error.js";
import { dejavuPath } from "../testing/fonts.js";
import { readFontOption, readSystemFont } from "./read-font.js";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "afterview-fonts-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe("readFontOption (--font)", () => {
  it("reads a font file relative to the working directory", async () => {
    writeFileSync(join(dir, "mine.ttf"), readFileSync(dejavuPath("DejaVuSans.ttf")));
    expect((await readFontOption("mine.ttf", dir)).length).toBeGreaterThan(100_000);
  });

  it.each([
    {
      name: "a missing file",
      setup: () => {},
      file: "nope.ttf",
      message: /^--font nope\.ttf: no such file \(looked for .*nope\.ttf\)$/,
    },
    {
      name: "a folder",
      setup: () => mkdirSync(join(dir, "fonts")),
      file: "fonts",
      message: /^--font fonts: is a folder$/,
    },
    {
      name: "a WOFF2 web font",
      setup: () => writeFileSync(join(dir, "web.woff2"), "wOF2 and the rest"),
      file: "web.woff2",
      message: /^--font web\.woff2: a WOFF2 web font, which a PDF cannot embed; use the font's \.ttf or \.otf$/,
    },
    {
      name: "not a font",
      setup: () => writeFileSync(join(dir, "notes.txt"), "hello"),
      file: "notes.txt",
      message: /^--font notes\.txt: not a TrueType or OpenType font \(\.ttf, \.otf, \.ttc\)$/,
    },
  ])("$name: one line naming --font and the file, exit 2", async ({ setup, file, message }) => {
    setup();
    const error = await readFontOption(file, dir).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CliError);
    expect((error as CliError).exitCode).toBe(2);
    expect((error as CliError).message).toMatch(message);
  });
});

describe("readSystemFont", () => {
  it("reads a font; not a later index of a single font, nor a file that is not a font", async () => {
    const sans = dejavuPath("DejaVuSans.ttf");
    expect(await readSystemFont({ file: sans, index: 0 })).toBeInstanceOf(Uint8Array);
    expect(await readSystemFont({ file: sans, index: 1 })).toBeUndefined();
    writeFileSync(join(dir, "x.woff"), "wOFF....");
    expect(await readSystemFont({ file: join(dir, "x.woff"), index: 0 })).toBeUndefined();
    expect(await readSystemFont({ file: join(dir, "missing.ttf"), index: 0 })).toBeUndefined();
  });
});
