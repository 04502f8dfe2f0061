import { describe, expect, it } from "vitest";
import { isMissingPackage, missingDependency } from "./missing-dependency.js";

describe("isMissingPackage", () => {
  it("tells the package itself missing, in ESM's and in CommonJS's words", () => {
    const esm = Object.assign(new Error("Cannot find package 'date-holidays' imported from /app/dist/chunk.js"), {
      code: "ERR_MODULE_NOT_FOUND",
    });
    const cjs = Object.assign(new Error("Cannot find module 'date-holidays'\nRequire stack:\n- /app/dist/index.cjs"), {
      code: "MODULE_NOT_FOUND",
    });
    expect(isMissingPackage(esm, "date-holidays")).toBe(true);
    expect(isMissingPackage(cjs, "date-holidays")).toBe(true);
  });

  it("leaves other failures alone: another package missing, or a bug inside the package", () => {
    const other = Object.assign(new Error("Cannot find package 'moment' imported from /x"), {
      code: "ERR_MODULE_NOT_FOUND",
    });
    expect(isMissingPackage(other, "date-holidays")).toBe(false);
    expect(isMissingPackage(new TypeError("date-holidays is broken"), "date-holidays")).toBe(false);
    expect(isMissingPackage(undefined, "date-holidays")).toBe(false);
  });
});

describe("missingDependency", () => {
  it("names what needs the packages and the line that installs them", () => {
    const error = missingDependency("loadLiveHolidays", ["date-holidays@^3.37.0"]);
    expect(error.code).toBe("missing-dependency");
    expect(error.message).toBe(
      "loadLiveHolidays needs date-holidays, an optional dependency that is not installed. Install it:\n" +
        "  npm install date-holidays@^3.37.0",
    );
    expect(missingDependency("renderPdf", ["pdf-lib@~1.17.1", "fontkit@~2.0.4", "@scope/font@1"]).message).toBe(
      "renderPdf needs pdf-lib, fontkit and @scope/font, optional dependencies that are not installed. Install them:\n" +
        "  npm install pdf-lib@~1.17.1 fontkit@~2.0.4 @scope/font@1",
    );
  });
});
