import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { SANDBOX_ENV } from "../testing/memory-io.js";
import { charsetHas, findSystemFont, parseListing, programRunner, type RunProgram } from "./fontconfig.js";

describe("charsetHas", () => {
  it.each([
    ["20-7e a0-17f 5c71", 0x5c71, true],
    ["20-7e a0-17f 5c71", 0x41, true],
    ["20-7e a0-17f 5c71", 0x17f, true],
    ["20-7e a0-17f 5c71", 0x180, false],
    ["20-7e a0-17f", 0x5c71, false],
    ["", 0x41, false],
  ])("%j has U+%s: %s", (charset, codePoint, has) => {
    expect(charsetHas(charset, codePoint)).toBe(has);
  });
});

describe("parseListing", () => {
  it("reads fontconfig's tab-separated lines; missing numbers take defaults", () => {
    const output = "/f/a.ttc\t2\tCFF\tFalse\t0\t80\t20-7e 5c71\n/f/b.ttf\t\tTrueType\t\t100\t\n\n";
    expect(parseListing(output)).toEqual([
      { file: "/f/a.ttc", index: 2, format: "CFF", color: "False", slant: 0, weight: 80, charset: "20-7e 5c71" },
      { file: "/f/b.ttf", index: 0, format: "TrueType", color: "", slant: 100, weight: 80, charset: "" },
    ]);
  });
});

/** A fake fontconfig: what fc-match and fc-list print, and the calls made. */
function fake(outputs: { "fc-match"?: string; "fc-list"?: string; missing?: boolean }) {
  const calls: string[][] = [];
  const run: RunProgram = async (program, args) => {
    calls.push([program, ...args]);
    if (outputs.missing) throw Object.assign(new Error(`spawn ${program} ENOENT`), { code: "ENOENT" });
    const output = outputs[program as "fc-match" | "fc-list"];
    if (output === undefined) throw Object.assign(new Error("exit 1"), { code: 1 });
    return output;
  };
  return { run, calls };
}

const line = (
  file: string,
  index: number,
  format: string,
  color: string,
  slant: number,
  weight: number,
  charset = "",
) => `${file}\t${index}\t${format}\t${color}\t${slant}\t${weight}${charset ? `\t${charset}` : ""}\n`;

describe("findSystemFont", () => {
  it("takes fc-match's font when its charset has the character", async () => {
    const { run, calls } = fake({ "fc-match": line("/noto/cjk.ttc", 2, "CFF", "False", 0, 80, "20-7e 4e00-9fff") });
    expect(await findSystemFont(0x5c71, run)).toEqual({
      font: { file: "/noto/cjk.ttc", index: 2 },
      fontconfig: true,
    });
    expect(calls).toEqual([["fc-match", "-f", expect.stringContaining("%{charset}"), ":charset=5c71"]]);
  });

  it("fc-match's best that lacks the character: fc-list's fonts that have it, the regular upright one first", async () => {
    const { run, calls } = fake({
      "fc-match": line("/dejavu/sans.ttf", 0, "TrueType", "False", 0, 80, "20-7e"),
      "fc-list": [
        line("/thai/bold.ttf", 0, "TrueType", "False", 0, 200),
        line("/thai/italic.ttf", 0, "TrueType", "False", 100, 80),
        line("/thai/regular.otf", 0, "CFF", "False", 0, 80),
        line("/thai/book.ttf", 0, "TrueType", "False", 0, 75),
      ].join(""),
    });
    expect((await findSystemFont(0xe01, run)).font).toEqual({ file: "/thai/regular.otf", index: 0 });
    expect(calls[1]).toEqual(["fc-list", "-f", expect.any(String), ":charset=e01:outline=True"]);
  });

  it("never a colour (emoji) or bitmap font: their glyphs would print blank", async () => {
    const { run } = fake({
      "fc-match": line("/emoji/color.ttf", 0, "TrueType", "True", 0, 80, "1f984"),
      "fc-list":
        line("/emoji/color.ttf", 0, "TrueType", "True", 0, 80) + line("/bitmap/x.pcf.gz", 0, "PCF", "False", 0, 80),
    });
    expect(await findSystemFont(0x1f984, run)).toEqual({ font: undefined, fontconfig: true });
  });

  it("no fc-match on the machine: no font, and says fontconfig is missing", async () => {
    const { run, calls } = fake({ missing: true });
    expect(await findSystemFont(0x5c71, run)).toEqual({ font: undefined, fontconfig: false });
    expect(calls).toHaveLength(1);
  });

  it("fc-match failing (or timing out) counts as no font", async () => {
    expect(await findSystemFont(0x5c71, fake({}).run)).toEqual({ font: undefined, fontconfig: true });
  });
});

describe("findSystemFont on this machine", () => {
  // Whichever fonts the machine has, the answer must agree with fc-list's own: a font when fc-list
  // lists an embeddable font that has the character, none when it lists none.
  const fcList = spawnSync("fc-list", ["-f", "%{fontformat}\\t%{color}\\n", ":charset=5c71:outline=True"], {
    encoding: "utf8",
    env: SANDBOX_ENV as NodeJS.ProcessEnv,
  });
  const installed = fcList.error === undefined;
  const embeddable = installed && /^(TrueType|CFF)\t(?!True)/m.test(fcList.stdout);

  it(`山 (U+5C71): ${embeddable ? "a font" : installed ? "no font" : "fontconfig is not installed"}`, async () => {
    const { font, fontconfig } = await findSystemFont(0x5c71, programRunner(SANDBOX_ENV));
    expect(fontconfig).toBe(installed);
    if (embeddable) expect(existsSync(font!.file)).toBe(true);
    else expect(font).toBeUndefined();
  });

  it("with no fc-match on the PATH, falls back cleanly: no font, fontconfig missing", async () => {
    const empty = mkdtempSync(join(tmpdir(), "afterview-no-fc-"));
    try {
      expect(await findSystemFont(0x5c71, programRunner({ PATH: empty }))).toEqual({
        font: undefined,
        fontconfig: false,
      });
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });
});
