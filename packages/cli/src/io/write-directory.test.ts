import {
  chmodSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { CliError } from "../errors/cli-error.js";
import { updateDirectoryAtomic, writeDirectoryAtomic } from "./write-directory.js";

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

describe("updateDirectoryAtomic", () => {
  /** A kit with a file of the user's, a folder, a link and an executable script in it. */
  function kit(): string {
    const out = join(parent, "kit");
    mkdirSync(join(out, "letters"), { recursive: true });
    writeFileSync(join(out, MARKER), "1");
    writeFileSync(join(out, "plan.md"), "old plan");
    writeFileSync(join(out, "old.txt"), "old");
    writeFileSync(join(out, "letters", "mine.txt"), "mine");
    writeFileSync(join(out, "run.sh"), "#!/bin/sh\n");
    chmodSync(join(out, "run.sh"), 0o755);
    symlinkSync("plan.md", join(out, "link.md"));
    return out;
  }

  it("writes and removes what it is told and keeps everything else as it was", async () => {
    const out = kit();
    const written = await updateDirectoryAtomic(out, {
      write: [
        { path: MARKER, content: "2" },
        { path: "plan.md", content: () => "new plan" },
      ],
      remove: ["old.txt", "gone-already.txt"],
    });
    expect(written).toEqual([MARKER, "plan.md"]);
    expect(ls(out)).toEqual([MARKER, "letters", "link.md", "plan.md", "run.sh"]);
    expect(readFileSync(join(out, "plan.md"), "utf8")).toBe("new plan");
    expect(readFileSync(join(out, "letters", "mine.txt"), "utf8")).toBe("mine");
    expect(readlinkSync(join(out, "link.md"))).toBe("plan.md");
    expect(statSync(join(out, "run.sh")).mode & 0o777).toBe(0o755);
    expect(ls(parent)).toEqual(["kit"]);
  });

  it("a failure part-way leaves the folder exactly as it was, and no temporary folder", async () => {
    const out = kit();
    const error = await updateDirectoryAtomic(out, {
      write: [
        { path: "plan.md", content: "new plan" },
        { path: "letter.pdf", content: boom },
      ],
      remove: ["old.txt"],
    }).catch((e: unknown) => e);
    expect((error as Error).message).toBe("renderer failed");
    expect(ls(out)).toEqual([MARKER, "letters", "link.md", "old.txt", "plan.md", "run.sh"]);
    expect(readFileSync(join(out, "plan.md"), "utf8")).toBe("old plan");
    expect(ls(parent)).toEqual(["kit"]);
  });
});
