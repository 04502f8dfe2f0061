import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { writeFileAtomic } from "./write-file.js";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "afterview-file-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe("writeFileAtomic", () => {
  it("creates and replaces a file, leaving no temporary file", async () => {
    const path = join(dir, "plan.json");
    await writeFileAtomic(path, "one");
    await writeFileAtomic(path, "two");
    expect(readFileSync(path, "utf8")).toBe("two");
    expect(readdirSync(dir)).toEqual(["plan.json"]);
  });

  it("with overwrite: false, refuses an existing file (EEXIST) and keeps it", async () => {
    const path = join(dir, "interview.yaml");
    writeFileSync(path, "mine");
    await expect(writeFileAtomic(path, "sample", { overwrite: false })).rejects.toMatchObject({ code: "EEXIST" });
    expect(readFileSync(path, "utf8")).toBe("mine");
    expect(readdirSync(dir)).toEqual(["interview.yaml"]);
  });

  it("a failure (missing folder) leaves nothing behind", async () => {
    await expect(writeFileAtomic(join(dir, "no/such/plan.json"), "x")).rejects.toMatchObject({ code: "ENOENT" });
    expect(readdirSync(dir)).toEqual([]);
  });
});
