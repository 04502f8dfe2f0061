import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { AfterviewValidationError } from "../errors/afterview-error.js";
import { parseInterviewInput, parseOffer, parsePlan, parsePlanEvent } from "./parse.js";

const parsers = [parseInterviewInput, parseOffer, parsePlan, parsePlanEvent];

/** Calls `parse`; returns nothing on success, the error otherwise. */
function attempt(parse: (value: unknown) => unknown, value: unknown): unknown {
  try {
    parse(value);
    return undefined;
  } catch (error) {
    return error;
  }
}

describe("parse functions on arbitrary values", () => {
  test.prop([fc.anything({ withNullPrototype: true, withMap: true, withSet: true, withDate: true, withBigInt: true })])(
    "any value either parses or fails with issues that each have a path, a code and a message",
    (value) => {
      for (const parse of parsers) {
        const error = attempt(parse, value);
        if (error === undefined) continue;
        expect(error).toBeInstanceOf(AfterviewValidationError);
        for (const issue of (error as AfterviewValidationError).issues) {
          expect(typeof issue.path).toBe("string");
          expect(issue.code).toMatch(/^[a-z_-]+$/);
          expect(issue.message.length).toBeGreaterThan(0);
        }
      }
    },
  );

  test.prop([fc.json()])("any JSON text, parsed, never escapes as a TypeError", (text) => {
    for (const parse of parsers) {
      const error = attempt(parse, JSON.parse(text));
      if (error !== undefined) expect(error).toBeInstanceOf(AfterviewValidationError);
    }
  });
});
