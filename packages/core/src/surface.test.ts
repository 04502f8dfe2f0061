import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import * as main from "./index.js";
import * as schema from "./schema.js";

/** The names an entry file exports, types included (entries list names; no `export *`). */
function exportedNames(file: string): string[] {
  const source = readFileSync(new URL(file, import.meta.url), "utf8").replace(/\/\*[\s\S]*?\*\//g, "");
  expect(source).not.toMatch(/export \*/);
  const names: string[] = [];
  for (const match of source.matchAll(/export (?:type )?\{([^}]*)\}/g)) {
    for (const part of match[1]!.split(",")) {
      const name = part.trim().replace(/^type /, "");
      if (name) names.push(name);
    }
  }
  return names;
}

describe("the public surface", () => {
  const mainNames = exportedNames("./index.ts");
  const schemaNames = exportedNames("./schema.ts");

  it("keeps the main entry small enough to hold in one's head: at most 80 names, types included", () => {
    expect(new Set(mainNames).size).toBe(mainNames.length);
    expect(mainNames.length).toBeLessThanOrEqual(80);
  });

  it("puts schemas, JSON Schemas and enum lists on @afterview/core/schema, not on the main entry", () => {
    const misplaced = mainNames.filter((name) => /Schema$|^[A-Z_]+S$|JsonSchema$/.test(name));
    expect(misplaced).toEqual([]);
    expect(schemaNames.filter((name) => mainNames.includes(name))).toEqual([]);
    expect(Object.keys(schema)).toEqual(expect.arrayContaining(["PlanSchema", "planJsonSchema", "ACTION_KINDS"]));
  });

  it("exports at run time exactly the values the entry lists", () => {
    const values = mainNames.filter((name) => name in main);
    expect(Object.keys(main).sort()).toEqual(values.sort());
  });

  it("gives one name per concept", () => {
    const all = [...mainNames, ...schemaNames];
    for (const gone of ["inZone", "DecisionTimelineUnit", "DecisionTimelineConfidence", "CoordinateOptions"]) {
      expect(all).not.toContain(gone);
    }
  });
});
