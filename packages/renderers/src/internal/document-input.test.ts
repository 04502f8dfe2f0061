import { DOCUMENT_KINDS, LOCALES } from "@afterview/templates";
import { describe, expect, it } from "vitest";
import { KNOWN_KINDS, KNOWN_LOCALES } from "./document-input.js";

describe("document-input", () => {
  it("accepts the same kinds and locales as the templates package", () => {
    expect([...KNOWN_KINDS]).toEqual([...DOCUMENT_KINDS]);
    expect([...KNOWN_LOCALES]).toEqual([...LOCALES]);
  });
});
