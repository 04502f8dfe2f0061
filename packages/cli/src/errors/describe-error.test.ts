import { AfterviewError, AfterviewValidationError } from "@afterview/core";
import { describe, expect, it } from "vitest";
import { CliError } from "./cli-error.js";
import { describeInputError } from "./describe-error.js";

const issue = (path: string, message = "is required") => ({ path, message, code: "invalid_type" });

describe("describeInputError", () => {
  it.each([
    {
      name: "one issue",
      error: new AfterviewValidationError([issue("candidate.timeZone")]),
      code: 2,
      line: "f.json: candidate.timeZone: is required",
    },
    {
      name: "an issue on the whole input",
      error: new AfterviewValidationError([issue("", "expected an object, got an array")]),
      code: 2,
      line: "f.json: expected an object, got an array",
    },
    {
      name: "two issues",
      error: new AfterviewValidationError([issue("a"), issue("b")]),
      code: 2,
      line: "f.json: a: is required (and 1 more problem: b)",
    },
    {
      name: "six issues: three paths, then …",
      error: new AfterviewValidationError(["a", "b", "c", "d", "e", "f"].map((p) => issue(p))),
      code: 2,
      line: "f.json: a: is required (and 5 more problems: b, c, d, …)",
    },
    {
      name: "a multi-line message",
      error: new AfterviewValidationError([issue("x", "first\n  second")]),
      code: 2,
      line: "f.json: x: first second",
    },
    {
      name: "another AfterviewError",
      error: new AfterviewError("invalid-transition", "cannot apply"),
      code: 2,
      line: "f.json: cannot apply",
    },
    {
      name: "an unexpected error is a failure (1), not bad input",
      error: new TypeError("boom"),
      code: 1,
      line: "f.json: boom",
    },
  ])("$name", ({ error, code, line }) => {
    const described = describeInputError("f.json", error);
    expect(described).toBeInstanceOf(CliError);
    expect(described.exitCode).toBe(code);
    expect(described.message).toBe(line);
  });
});
