import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { CliError } from "../errors/cli-error.js";
import { writeDirectoryAtomic } from "./write-directory.js";

let parent: string;
beforeEach(() => {
  parent = mkdtempSync(join(tmpdir(), "afterview-dir-"));
});
afterEach(() => rmSync(parent, { recursive: true, force: true }));

const MARKER = "kit.json";
const ls = (dir: string) => readdirSync(dir).sort();
const boom = () => {
  throw new Error("renderer failed");
};

describe("writeDirectoryAtomic", () => {
  it("writes every entry, nested folders included, and leaves nothing else beside it", async () => {
    const out = join(parent, "kit");
    const written = await writeDirectoryAtomic(
      out,
      [
        { path: MARKER, content: "{}" },
        { path: "letters/dana.txt", content: "Dear Dana" },
        { path: "plan.ics", content: async () => new Uint8Array([66, 69, 71, 73, 78]) },
      ],
      { marker: MARKER },
    );
    expect(written).toEqual([MARKER, "letters/dana.txt", "plan.ics"]);
    expect(ls(parent)).toEqual(["kit"]);
    expect(readFileSync(join(out, "letters/dana.txt"), "utf8")).toBe("Dear Dana");
    expect(readFileSync(join(out, "plan.ics"), "utf8")).toBe("BEGIN");
  });

  it("a failure mid-way leaves no out directory and no temporary one", async () => {
    const out = join(parent, "kit");
    const entries = [
      { path: MARKER, content: "{}" },
      { path: "a.txt", content: "a" },
      { path: "b.pdf", content: boom },
      { path: "c.txt", content: "c" },
    ];
    await expect(writeDirectoryAtomic(out, entries, { marker: MARKER })).rejects.toThrow("renderer failed");
    expect(ls(parent)).toEqual([]);
  });

  it("replaces an earlier kit whole", async () => {
    const out = join(parent, "kit");
    await writeDirectoryAtomic(
      out,
      [
        { path: MARKER, content: "1" },
        { path: "old.txt", content: "old" },
      ],
      {
        marker: MARKER,
      },
    );
    await writeDirectoryAtomic(
      out,
      [
        { path: MARKER, content: "2" },
        { path: "new.txt", content: "new" },
      ],
      {
        marker: MARKER,
      },
    );
    expect(ls(out)).toEqual([MARKER, "new.txt"]);
    expect(ls(parent)).toEqual(["kit"]);
  });

  it("a failure while replacing keeps the earlier kit as it was", async () => {
    const out = join(parent, "kit");
    await writeDirectoryAtomic(
      out,
      [
        { path: MARKER, content: "1" },
        { path: "old.txt", content: "old" },
      ],
      {
        marker: MARKER,
      },
    );
    await expect(
      writeDirectoryAtomic(
        out,
        [
          { path: MARKER, content: "2" },
          { path: "x", content: boom },
        ],
        { marker: MARKER },
      ),
    ).rejects.toThrow("renderer failed");
    expect(ls(out)).toEqual([MARKER, "old.txt"]);
    expect(readFileSync(join(out, MARKER), "utf8")).toBe("1");
    expect(ls(parent)).toEqual(["kit"]);
  });

  it("writes into an empty existing folder and creates missing parents", async () => {
    mkdirSync(join(parent, "empty"));
    await writeDirectoryAtomic(join(parent, "empty"), [{ path: MARKER, content: "{}" }], { marker: MARKER });
    await writeDirectoryAtomic(join(parent, "a/b/c"), [{ path: MARKER, content: "{}" }], { marker: MARKER });
    expect(ls(join(parent, "empty"))).toEqual([MARKER]);
    expect(ls(join(parent, "a/b/c"))).toEqual([MARKER]);
  });

  it.each([
    {
      name: "a folder of other files",
      make: (p: string) => {
        mkdirSync(p);
        writeFileSync(join(p, "thesis.tex"), "");
      },
    },
    { name: "a file", make: (p: string) => writeFileSync(p, "") },
  ])("refuses to replace $name (exit 2), touching nothing", async ({ make }) => {
    const out = join(parent, "target");
    make(out);
    const before = ls(parent);
    const error = await writeDirectoryAtomic(out, [{ path: MARKER, content: "{}" }], {
      marker: MARKER,
      label: "target",
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CliError);
    expect((error as CliError).exitCode).toBe(2);
    expect((error as CliError).message).toMatch(/^target: /);
    expect(ls(parent)).toEqual(before);
  });
});
