import { describe, expect, it } from "vitest";
import { contentHash } from "./content-hash.js";
import { besideName, planRefresh, type RenderedFile } from "./refresh.js";

const file = (path: string, content: string): RenderedFile => ({ path, content, hash: contentHash(content) });
const h = contentHash;

/** A folder holding these files (name → content). */
function folder(files: Record<string, string>) {
  return {
    names: new Set(Object.keys(files)),
    hashes: new Map(Object.entries(files).map(([name, content]) => [name, h(content)])),
  };
}

const DRAFT = "04-follow-up-call-script-priya-raman.txt";
const BESIDE = "04-follow-up-call-script-priya-raman.new.txt";

describe("planRefresh", () => {
  it("rewrites what the kit made and nobody changed; leaves an unchanged file alone", () => {
    const previous = { files: ["plan.md", DRAFT], hashes: { "plan.md": h("old plan"), [DRAFT]: h("script") } };
    const refresh = planRefresh(previous, folder({ "plan.md": "old plan", [DRAFT]: "script" }), [
      file("plan.md", "new plan"),
      file(DRAFT, "script"),
    ]);
    expect(refresh.write.map((f) => f.path)).toEqual(["plan.md"]);
    expect(refresh).toMatchObject({ remove: [], kept: [], files: ["plan.md", DRAFT], beside: {} });
    expect(refresh.hashes).toEqual({ "plan.md": h("new plan"), [DRAFT]: h("script") });
  });

  it("keeps a file someone changed and writes the new version beside it, the extension last", () => {
    const previous = { files: [DRAFT], hashes: { [DRAFT]: h("script") } };
    const refresh = planRefresh(previous, folder({ [DRAFT]: "script, with my notes" }), [file(DRAFT, "new script")]);
    expect(refresh.write).toEqual([file(BESIDE, "new script")]);
    expect(refresh.kept).toEqual([{ file: DRAFT, beside: BESIDE }]);
    expect(refresh.files).toEqual([DRAFT, BESIDE]);
    // The draft's hash is the kit's newest version: taking that version over makes it the kit's again.
    expect(refresh.hashes).toEqual({ [DRAFT]: h("new script"), [BESIDE]: h("new script") });
    expect(refresh.beside).toEqual({ [DRAFT]: BESIDE });
  });

  it("writes nothing beside a changed file when the kit has nothing newer for it", () => {
    const previous = { files: [DRAFT], hashes: { [DRAFT]: h("script") } };
    const refresh = planRefresh(previous, folder({ [DRAFT]: "my script" }), [file(DRAFT, "script")]);
    expect(refresh).toMatchObject({ write: [], kept: [], remove: [], files: [DRAFT] });
  });

  it("updates the beside file of an earlier refresh, and keeps it while the kit has nothing newer", () => {
    const previous = {
      files: [DRAFT, BESIDE],
      hashes: { [DRAFT]: h("v2"), [BESIDE]: h("v2") },
      beside: { [DRAFT]: BESIDE },
    };
    const state = folder({ [DRAFT]: "mine", [BESIDE]: "v2" });
    const newer = planRefresh(previous, state, [file(DRAFT, "v3")]);
    expect(newer.write).toEqual([file(BESIDE, "v3")]);
    expect(newer.remove).toEqual([]);
    const same = planRefresh(previous, state, [file(DRAFT, "v2")]);
    expect(same).toMatchObject({ write: [], remove: [], kept: [], files: [DRAFT, BESIDE] });
    expect(same.beside).toEqual({ [DRAFT]: BESIDE });
  });

  it("once the draft holds the kit's version again, the beside file goes", () => {
    const previous = {
      files: [DRAFT, BESIDE],
      hashes: { [DRAFT]: h("v2"), [BESIDE]: h("v2") },
      beside: { [DRAFT]: BESIDE },
    };
    const refresh = planRefresh(previous, folder({ [DRAFT]: "v2", [BESIDE]: "v2" }), [file(DRAFT, "v3")]);
    expect(refresh.write).toEqual([file(DRAFT, "v3")]);
    expect(refresh.remove).toEqual([BESIDE]);
  });

  it("takes the next name when the beside file was changed too", () => {
    const previous = {
      files: [DRAFT, BESIDE],
      hashes: { [DRAFT]: h("v2"), [BESIDE]: h("v2") },
      beside: { [DRAFT]: BESIDE },
    };
    const refresh = planRefresh(previous, folder({ [DRAFT]: "mine", [BESIDE]: "mine too" }), [file(DRAFT, "v3")]);
    const next = "04-follow-up-call-script-priya-raman.new2.txt";
    expect(refresh.write).toEqual([file(next, "v3")]);
    expect(refresh.kept).toEqual([
      { file: DRAFT, beside: next },
      { file: BESIDE, handedOver: true },
    ]);
  });

  it("removes a file the plan no longer needs; keeps it, with its beside file, when someone changed it", () => {
    const other = "05-follow-up-call-script-priya-raman.txt";
    const previous = {
      files: [DRAFT, BESIDE, other],
      hashes: { [DRAFT]: h("v2"), [BESIDE]: h("v2"), [other]: h("five") },
      beside: { [DRAFT]: BESIDE },
    };
    const refresh = planRefresh(previous, folder({ [DRAFT]: "mine", [BESIDE]: "v2", [other]: "five" }), []);
    expect(refresh.remove).toEqual([other]);
    expect(refresh.kept).toEqual([{ file: DRAFT, beside: BESIDE, handedOver: true }]);
    // Handed over: they are no longer the kit's, so a later refresh leaves them alone.
    expect(refresh.files).toEqual([]);
  });

  it("counts a file it finds in the way without a recorded hash as changed (a kit made before hashes)", () => {
    const refresh = planRefresh({ files: ["plan.md"] }, folder({ "plan.md": "old" }), [file("plan.md", "new")]);
    expect(refresh.write).toEqual([file("plan.new.md", "new")]);
    expect(refresh.kept).toEqual([{ file: "plan.md", beside: "plan.new.md" }]);
  });

  it("always rewrites plan.json, the plan the kit is made from", () => {
    const previous = { files: ["plan.json"], hashes: { "plan.json": h("{}") } };
    const refresh = planRefresh(previous, folder({ "plan.json": '{"edited":1}' }), [file("plan.json", '{"v":2}')]);
    expect(refresh.write).toEqual([file("plan.json", '{"v":2}')]);
    expect(refresh.kept).toEqual([]);
  });

  it("never touches a file the kit did not write, and writes a missing one again", () => {
    const previous = { files: [DRAFT], hashes: { [DRAFT]: h("script") } };
    const refresh = planRefresh(previous, folder({ "notes.txt": "mine" }), [file(DRAFT, "script")]);
    expect(refresh.write).toEqual([file(DRAFT, "script")]);
    expect(refresh.remove).toEqual([]);
    expect(refresh.kept).toEqual([]);
  });
});

describe("besideName", () => {
  it.each([
    ["02-thank-you-email-dana-whitfield.eml", "02-thank-you-email-dana-whitfield.new.eml"],
    ["plan.md", "plan.new.md"],
    ["START-HERE.txt", "START-HERE.new.txt"],
    ["03-thank-you-letter-marek-szczepanski-envelope.pdf", "03-thank-you-letter-marek-szczepanski-envelope.new.pdf"],
  ])("%s → %s", (path, expected) => {
    expect(besideName(path, () => true)).toBe(expected);
  });

  it("counts on while a name is taken", () => {
    const taken = new Set(["plan.new.md", "plan.new2.md"]);
    expect(besideName("plan.md", (name) => !taken.has(name))).toBe("plan.new3.md");
  });
});
