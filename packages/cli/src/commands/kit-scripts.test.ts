import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { dejavuPath, systemFontFor } from "../testing/fonts.js";
import { SAMPLE_INTERVIEW, SANDBOX_ENV, type Sandbox, sandbox } from "../testing/memory-io.js";

// Issue 13: any script, never a lost kit. Names in Japanese, Greek and Polish; a PDF that cannot
// be drawn is left out with one line naming the file, the character and the fix, and every other
// file is written. Whether a Japanese PDF can be drawn depends on the machine's fonts: each test
// asks fontconfig, as the kit does, and asserts the PDF when there is a font, the skip line when not.

const sample = JSON.parse(readFileSync(SAMPLE_INTERVIEW, "utf8"));
const NOW = "2026-11-24T17:00:00-06:00[America/Chicago]";
const SLOW = { timeout: 120_000 };

/** The sample with other names; a three-week wait, so that both thank-you letters go by post (PDF and envelope). */
function interview(names: { first: string; second: string; scheduler: string }) {
  const [first, second] = sample.interviewers;
  return {
    ...sample,
    statedTimeline: "We will decide in three weeks",
    interviewers: [
      { ...first, name: names.first },
      { ...second, name: names.second },
    ],
    scheduler: { ...sample.scheduler, name: names.scheduler },
  };
}
const WORLD = { first: "Νικόλαος Παπαδόπουλος", second: "山田 太郎", scheduler: "Małgorzata Żółkiewska" };

let box: Sandbox;
beforeEach(() => {
  box = sandbox();
});
afterEach(() => box.cleanup());

const write = (name: string, value: unknown) => writeFileSync(join(box.dir, name), JSON.stringify(value));
const ls = (dir: string) => readdirSync(join(box.dir, dir)).sort();
const lines = (text: string) => text.split("\n").filter(Boolean);
/** The files of the letter to a person, without the number: `thank-you-letter-shan-tian-tai-lang.docx`. */
const letterFiles = (files: string[], who: string) =>
  files.filter((f) => f.includes(`-thank-you-letter-${who}`)).map((f) => f.replace(/^\d\d-/, ""));
const baseOf = (files: string[], who: string) =>
  files.find((f) => f.includes(`-thank-you-letter-${who}`))!.replace(/(-envelope)?\.\w+$/, "");

describe("afterview kit: names in Japanese, Greek and Polish", () => {
  it("writes every file it can, names every file, and says what it left out", SLOW, async () => {
    write("world.json", interview(WORLD));
    const cjk = await systemFontFor(0x5c71);
    const { code, stdout, stderr } = await box.run(["kit", "world.json", "--out", "kit", "--now", NOW]);
    const files = ls("kit");

    // Every draft is named after its person, in ASCII.
    const drafts = files.filter((f) => /^\d\d-/.test(f));
    for (const file of drafts) {
      expect(file).toMatch(
        /^\d\d-[a-z-]+-(nikolaos-papadopoylos|shan-tian-tai-lang|malgorzata-zolkiewska)(-envelope)?\.(pdf|docx|eml|txt|md)$/,
      );
    }
    expect(drafts.some((f) => f.endsWith("-recipients-call-script-malgorzata-zolkiewska.txt"))).toBe(true);
    expect(files).toEqual(expect.arrayContaining(["START-HERE.txt", "kit.json", "plan.ics", "plan.json", "plan.md"]));
    // Greek and Polish are in the PDF's own font: the envelope to Νικόλαος is always drawn. His
    // letter names 山田 太郎 too, so its PDF needs the same font as the Japanese letter's.
    const greek = letterFiles(files, "nikolaos-papadopoylos").sort();
    expect(greek).toEqual([
      "thank-you-letter-nikolaos-papadopoylos-envelope.pdf",
      "thank-you-letter-nikolaos-papadopoylos.docx",
      "thank-you-letter-nikolaos-papadopoylos.md",
      ...(cjk.font ? ["thank-you-letter-nikolaos-papadopoylos.pdf"] : []),
      "thank-you-letter-nikolaos-papadopoylos.txt",
    ]);

    const japanese = letterFiles(files, "shan-tian-tai-lang").sort();
    const editable = ["thank-you-letter-shan-tian-tai-lang.docx", "thank-you-letter-shan-tian-tai-lang.md"];
    if (cjk.font) {
      expect(stderr).toBe("");
      expect(code).toBe(0);
      expect(japanese).toEqual([
        "thank-you-letter-shan-tian-tai-lang-envelope.pdf",
        ...editable,
        "thank-you-letter-shan-tian-tai-lang.pdf",
        "thank-you-letter-shan-tian-tai-lang.txt",
      ]);
      expect(stdout).toContain(`(found by fontconfig) for characters DejaVu Sans lacks`);
      expect(stdout).toContain(cjk.font.file);
    } else {
      const base = baseOf(files, "shan-tian-tai-lang");
      const reason = cjk.fontconfig
        ? 'no font here has "山" (U+5C71, in to.lines[0]); pass --font FILE, a .ttf or .otf that has it (e.g. Noto Sans CJK)'
        : 'no font has "山" (U+5C71, in to.lines[0]), and fontconfig (fc-match) is not installed to find one; pass --font FILE, a .ttf or .otf that has it (e.g. Noto Sans CJK)';
      expect(code).toBe(3);
      const greekBase = baseOf(files, "nikolaos-papadopoylos");
      const [greekLine, ...japaneseLines] = lines(stderr);
      expect(greekLine).toMatch(
        new RegExp(
          `^afterview: skipped kit/${greekBase}\\.pdf: no font (here )?has "山" \\(U\\+5C71, in blocks\\[\\d+\\]\\.`,
        ),
      );
      expect(japaneseLines).toEqual([
        `afterview: skipped kit/${base}.pdf: ${reason}`,
        `afterview: skipped kit/${base}-envelope.pdf: ${reason}`,
      ]);
      expect(japanese).toEqual([...editable, "thank-you-letter-shan-tian-tai-lang.txt"]);
      const manifest = JSON.parse(readFileSync(join(box.dir, "kit", "kit.json"), "utf8"));
      expect(manifest.skipped.slice(1)).toEqual([
        { file: `${base}.pdf`, reason },
        { file: `${base}-envelope.pdf`, reason },
      ]);
      expect(manifest.files).not.toContain(`${base}.pdf`);
      const startHere = readFileSync(join(box.dir, "kit", "START-HERE.txt"), "utf8");
      expect(startHere.slice(startHere.indexOf("\nNot in this kit:\n"))).toContain(`\n  ${base}.pdf: ${reason}\n`);
    }
  });
});

describe("afterview kit --font", () => {
  // ℊ (U+210A) is in DejaVu Math TeX Gyre, not in DejaVu Sans; fontconfig is kept out of reach
  // (an empty PATH), so only --font can supply it.
  let empty: string;
  beforeEach(() => {
    empty = mkdtempSync(join(tmpdir(), "afterview-no-fc-"));
    write("g.json", interview({ ...WORLD, second: "ℊ. Nowak" }));
  });
  afterEach(() => rmSync(empty, { recursive: true, force: true }));
  const noFontconfig = () => ({ ...SANDBOX_ENV, PATH: empty });

  it("without it (and without fontconfig): the PDFs skipped, the rest written, exit 3", SLOW, async () => {
    const argv = ["kit", "g.json", "--out", "kit", "--formats", "pdf,txt", "--now", NOW];
    const { code, stderr } = await box.run(argv, { env: noFontconfig() });
    const base = baseOf(ls("kit"), "g-nowak");
    const reason = (field: string) =>
      `no font has "ℊ" (U+210A, in ${field}), and fontconfig (fc-match) is not installed to find one; pass --font FILE, a .ttf or .otf that has it`;
    expect(lines(stderr)).toEqual(
      expect.arrayContaining([
        `afterview: skipped kit/${base}.pdf: ${reason("to.name")}`,
        `afterview: skipped kit/${base}-envelope.pdf: ${reason("to.name")}`,
      ]),
    );
    // The other letter names Nowak in its body: its PDF is left out too, its envelope is not.
    const greek = baseOf(ls("kit"), "nikolaos-papadopoylos");
    expect(lines(stderr)).toHaveLength(3);
    expect(stderr).toMatch(new RegExp(`^afterview: skipped kit/${greek}\\.pdf: .*\\(U\\+210A, in blocks\\[`, "m"));
    expect(code).toBe(3);
    expect(ls("kit")).toEqual(expect.arrayContaining([`${base}.txt`, `${greek}.txt`, `${greek}-envelope.pdf`]));
  });

  it("with it: the font draws what DejaVu Sans lacks; exit 0", SLOW, async () => {
    const font = dejavuPath("DejaVuMathTeXGyre.ttf");
    const argv = ["kit", "g.json", "--out", "kit", "--formats", "pdf", "--now", NOW, "--font", font];
    const { code, stderr } = await box.run(argv, { env: noFontconfig() });
    expect(stderr).toBe("");
    expect(code).toBe(0);
    const base = baseOf(ls("kit"), "g-nowak");
    expect(ls("kit")).toEqual(expect.arrayContaining([`${base}.pdf`, `${base}-envelope.pdf`]));
  });

  it("repeatable: every --font is read, and a bad one is exit 2 with nothing written", async () => {
    writeFileSync(join(box.dir, "web.woff2"), "wOF2 and the rest");
    const font = dejavuPath("DejaVuMathTeXGyre.ttf");
    const argv = ["kit", "g.json", "--out", "kit", "--now", NOW, "--font", font, "--font", "web.woff2"];
    const { code, stdout, stderr } = await box.run(argv);
    expect(stderr).toBe(
      "afterview: --font web.woff2: a WOFF2 web font, which a PDF cannot embed; use the font's .ttf or .otf\n",
    );
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(ls(".")).toEqual(["g.json", "sample.json", "web.woff2"]);
  });

  it("a file that looks like a font but is not one: exit 2 naming it, nothing written", SLOW, async () => {
    writeFileSync(join(box.dir, "broken.otf"), "OTTO and then nothing a font needs");
    const argv = ["kit", "g.json", "--out", "kit", "--formats", "pdf", "--now", NOW, "--font", "broken.otf"];
    const { code, stderr } = await box.run(argv);
    expect(stderr).toBe("afterview: --font broken.otf: is not a TrueType or OpenType font file\n");
    expect(code).toBe(2);
    expect(ls(".")).toEqual(["broken.otf", "g.json", "sample.json"]);
  });
});

describe("afterview kit: right-to-left names", () => {
  it(
    "Arabic and Hebrew: the PDFs are left out (they would print backwards), the .docx written; exit 3",
    SLOW,
    async () => {
      write("rtl.json", interview({ first: "أحمد علي", second: "דוד כהן", scheduler: "Małgorzata Żółkiewska" }));
      const { code, stderr } = await box.run(["kit", "rtl.json", "--out", "kit", "--now", NOW]);
      const files = ls("kit");
      const [arabic, hebrew] = [baseOf(files, "hmd-ly"), baseOf(files, "dvd-khhn")];
      const rtl = (character: string, code: string) =>
        `"${character}" (${code}, in to.name) is right-to-left text, which the PDF cannot lay out yet (it would print it in the wrong order); use the .docx, which Word lays out`;
      expect(lines(stderr)).toEqual([
        `afterview: skipped kit/${arabic}.pdf: ${rtl("أ", "U+0623")}`,
        `afterview: skipped kit/${arabic}-envelope.pdf: ${rtl("أ", "U+0623")}`,
        `afterview: skipped kit/${hebrew}.pdf: ${rtl("ד", "U+05D3")}`,
        `afterview: skipped kit/${hebrew}-envelope.pdf: ${rtl("ד", "U+05D3")}`,
      ]);
      expect(code).toBe(3);
      expect(files).toEqual(expect.arrayContaining([`${arabic}.docx`, `${hebrew}.docx`, `${hebrew}.txt`]));
      expect(files.filter((f) => f.endsWith(".pdf"))).toEqual([]);
    },
  );
});
