/* Found by fuzzing: options that are not an object, or a paper size that is not a string, were TypeErrors. */
import { describe, expect, it } from "vitest";
import { renderDocx } from "../docx/render-docx.js";
import { renderEnvelopePdf } from "../pdf/render-envelope-pdf.js";
import { renderPdf } from "../pdf/render-pdf.js";
import { LETTER } from "./fixtures.js";
import { readOptions } from "./options-input.js";

const refusedAt = (path: string) =>
  expect.objectContaining({ name: "AfterviewValidationError", issues: [expect.objectContaining({ path })] });

describe("found by fuzzing", () => {
  it.each([[null], ["a4"], [[]], [7]])("readOptions(%j) is a validation error on options", (value) => {
    expect(() => readOptions(value as never)).toThrow(refusedAt("options"));
  });

  it("readOptions passes an object through and makes undefined an empty object", () => {
    const options = { paper: "a4" };
    expect(readOptions(options)).toBe(options);
    expect(readOptions(undefined)).toEqual({});
  });

  it.each([
    ["renderPdf", (o: unknown) => renderPdf(LETTER, o as never)],
    ["renderEnvelopePdf", (o: unknown) => renderEnvelopePdf(LETTER, o as never)],
    ["renderDocx", (o: unknown) => renderDocx(LETTER, o as never)],
  ])("%s refuses null options", async (_name, render) => {
    await expect(render(null)).rejects.toThrow(refusedAt("options"));
  });

  it.each([
    ["renderPdf", "paper", (v: unknown) => renderPdf(LETTER, { paper: v } as never)],
    ["renderEnvelopePdf", "size", (v: unknown) => renderEnvelopePdf(LETTER, { size: v } as never)],
    ["renderDocx", "paper", (v: unknown) => renderDocx(LETTER, { paper: v } as never)],
  ])("%s refuses a %s that is an object without a prototype", async (_name, path, render) => {
    await expect(render(Object.create(null))).rejects.toThrow(refusedAt(path));
  });
});
