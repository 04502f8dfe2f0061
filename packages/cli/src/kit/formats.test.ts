import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { CliError } from "../errors/cli-error.js";
import { KIT_FORMATS, parseFormats } from "./formats.js";

describe("parseFormats", () => {
  it("absent means every format", () => {
    expect([...parseFormats(undefined)]).toEqual([...KIT_FORMATS]);
  });

  test.prop([
    fc.subarray([...KIT_FORMATS], { minLength: 1 }),
    fc.array(fc.constantFrom(",", ", ", " ", ",,"), { minLength: 8, maxLength: 8 }),
    fc.boolean(),
    fc.boolean(),
  ])("reads any subset, whatever the separators, case and leading dots", (formats, separators, upper, dots) => {
    const words = formats.map((format) => `${dots ? "." : ""}${upper ? format.toUpperCase() : format}`);
    const option = words.map((word, index) => `${word}${separators[index] ?? ","}`).join("");
    expect([...parseFormats(option)].sort()).toEqual([...formats].sort());
  });

  it.each(["xls", "pdf,html", "pdf;docx"])("refuses %s with a one-line CliError", (option) => {
    expect(() => parseFormats(option)).toThrow(CliError);
  });
});
