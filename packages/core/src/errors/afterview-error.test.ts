import { describe, expect, it } from "vitest";
import { AfterviewError, AfterviewValidationError, formatPath, joinPath } from "./afterview-error.js";

describe("AfterviewValidationError", () => {
  const error = new AfterviewValidationError([
    { path: "email", code: "invalid_format", message: "is not an email address" },
    { path: "[2]", code: "invalid_type", message: "is required" },
    { path: "", code: "invalid_type", message: "expected an object" },
  ]);

  it("is an AfterviewError with the validation code and a fixed name", () => {
    expect(error).toBeInstanceOf(AfterviewError);
    expect(error.code).toBe("validation");
    expect(error.name).toBe("AfterviewValidationError");
  });

  it("puts every path under a prefix with under(), keeping the original as the cause", () => {
    const outer = error.under("interviewers[1]", { subject: "interview" });
    expect(outer.issues.map((i) => i.path)).toEqual(["interviewers[1].email", "interviewers[1][2]", "interviewers[1]"]);
    expect(outer.cause).toBe(error);
    expect(outer.message).toBe(
      [
        "3 problems in the interview:",
        "  - interviewers[1].email: is not an email address",
        "  - interviewers[1][2]: is required",
        "  - interviewers[1]: expected an object",
      ].join("\n"),
    );
  });

  it.each([
    ["a", "b", "a.b"],
    ["a", "[0]", "a[0]"],
    ["a", "", "a"],
    ["", "b", "b"],
    ["plans[3]", "[0].x", "plans[3][0].x"],
  ])("joinPath(%j, %j) is %j", (prefix, path, expected) => {
    expect(joinPath(prefix, path)).toBe(expected);
  });

  it("formats a key path with indexes in brackets", () => {
    expect(formatPath(["interviewers", 1, "email"])).toBe("interviewers[1].email");
  });
});
