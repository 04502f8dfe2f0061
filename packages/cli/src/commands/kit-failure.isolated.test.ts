import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { SAMPLE_INTERVIEW, type Sandbox, sandbox } from "../testing/memory-io.js";

// A renderer that fails part-way through the kit: the .docx comes after the .pdf of the same letter
// and after the files of the documents before it, so some files are already written when it throws.
const failure = vi.hoisted(() => ({ on: false }));
vi.mock("@afterview/renderers/docx", async (importOriginal) => {
  const original = await importOriginal<typeof import("@afterview/renderers/docx")>();
  return {
    ...original,
    renderDocx: async (...args: Parameters<typeof original.renderDocx>) => {
      if (failure.on) throw new Error("disk full while writing the letter");
      return original.renderDocx(...args);
    },
  };
});

const NOW = "2026-11-24T17:00:00-06:00[America/Chicago]";
const LATER = "2026-11-25T08:00:00-06:00[America/Chicago]";
let box: Sandbox;
beforeEach(() => {
  box = sandbox();
  failure.on = false;
  // A decision three weeks out lets the letters go by post, so the kit has a .docx to fail on.
  const sample = JSON.parse(readFileSync(SAMPLE_INTERVIEW, "utf8"));
  writeFileSync(
    join(box.dir, "posted.json"),
    JSON.stringify({ ...sample, statedTimeline: "We will decide in three weeks" }),
  );
});
afterEach(() => box.cleanup());

const ls = (dir: string) => readdirSync(join(box.dir, dir)).sort();

describe("afterview kit: a failure mid-kit leaves nothing half-written", () => {
  it("no out folder and no temporary folder; exit 1 with one line", async () => {
    failure.on = true;
    const { code, stdout, stderr } = await box.run(["kit", "posted.json", "--out", "kit", "--now", NOW]);
    expect(code).toBe(1);
    expect(stdout).toBe("");
    expect(stderr).toBe("afterview: failed: disk full while writing the letter\n");
    expect(ls(".")).toEqual(["posted.json", "sample.json"]);
  });

  it.each([
    { name: "refreshing it from its plan", argv: ["kit", "kit/plan.json", "--now", LATER] },
    { name: "an event", argv: ["event", "kit", "heard-back", "--timeline", "in three weeks", "--now", LATER] },
  ])("an earlier kit stays exactly as it was: $name", async ({ argv }) => {
    expect((await box.run(["kit", "posted.json", "--out", "kit", "--now", NOW])).code).toBe(0);
    writeFileSync(join(box.dir, "kit", "notes.txt"), "my own notes");
    const before = Object.fromEntries(ls("kit").map((name) => [name, readFileSync(join(box.dir, "kit", name))]));
    failure.on = true;
    const { code, stdout, stderr } = await box.run(argv);
    expect(code).toBe(1);
    expect(stdout).toBe("");
    expect(stderr).toBe("afterview: failed: disk full while writing the letter\n");
    expect(ls(".")).toEqual(["kit", "posted.json", "sample.json"]);
    expect(ls("kit")).toEqual(Object.keys(before).sort());
    for (const [name, content] of Object.entries(before)) {
      expect(readFileSync(join(box.dir, "kit", name)).equals(content), name).toBe(true);
    }
  });
});
