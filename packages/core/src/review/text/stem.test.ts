import { describe, expect, it } from "vitest";
import { contentStems, isMentioned } from "./content.js";
import { sameStem, stem } from "./stem.js";

describe("stem", () => {
  it.each([
    [["migrated", "migrating", "migration", "migrations"], "migrat"],
    [["replays", "replay", "replayed"], "replay"],
    [["events", "event"], "event"],
    [["queries", "query", "queried"], "query"],
    [["managed", "manage", "managing"], "manag"],
  ])("%j all become %s", (words, expected) => {
    for (const word of words) expect(stem(word)).toBe(expected);
  });

  it.each(["led", "tb", "40", "success", "class"])("keeps %s", (word) => {
    expect(stem(word)).toBe(word);
  });

  it.each([
    ["model", "modell", true],
    ["skil", "skill", true],
    ["data", "database", false],
    ["led", "lead", false],
  ])("%s and %s are the same stem: %s", (a, b, expected) => {
    expect(sameStem(a, b)).toBe(expected);
  });
});

describe("contentStems and isMentioned", () => {
  it("drops stop words and repeats", () => {
    expect(contentStems("I led the migration, and then the migrations")).toEqual(["led", "migrat"]);
  });

  it.each([
    ["one word must be there", ["backfill"], ["backfill"], true],
    ["one word missing", ["backfill"], ["tool"], false],
    ["two words need both", ["warehouse", "migrat"], ["migrat"], false],
    ["six words need two", ["a1", "b2", "c3", "d4", "e5", "f6"], ["a1", "f6"], true],
    ["six words, one is not enough", ["a1", "b2", "c3", "d4", "e5", "f6"], ["a1"], false],
    ["twelve words need four", "abcdefghijkl".split("").map((c) => `${c}${c}`), ["aa", "bb", "cc"], false],
    ["nothing to find", [], ["aa"], false],
  ])("%s", (_name, stems, present, expected) => {
    expect(isMentioned(stems, new Set(present))).toBe(expected);
  });

  it("takes a larger share when told", () => {
    const stems = ["a1", "b2", "c3", "d4", "e5", "f6", "g7", "h8"];
    expect(isMentioned(stems, new Set(["a1", "b2", "c3"]))).toBe(true);
    expect(isMentioned(stems, new Set(["a1", "b2", "c3"]), 1 / 2)).toBe(false);
    expect(isMentioned(stems, new Set(["a1", "b2", "c3", "d4"]), 1 / 2)).toBe(true);
  });
});
