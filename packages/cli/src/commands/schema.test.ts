import { interviewInputJsonSchema, offerJsonSchema, planEventJsonSchema, planJsonSchema } from "@afterview/core/schema";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type Sandbox, sandbox } from "../testing/memory-io.js";

let box: Sandbox;
beforeEach(() => {
  box = sandbox();
});
afterEach(() => box.cleanup());

describe("afterview schema", () => {
  it.each([
    { argv: ["schema"], schema: interviewInputJsonSchema() },
    { argv: ["schema", "interview"], schema: interviewInputJsonSchema() },
    { argv: ["schema", "offer"], schema: offerJsonSchema() },
    { argv: ["schema", "plan"], schema: planJsonSchema() },
    { argv: ["schema", "event"], schema: planEventJsonSchema() },
  ])("$argv prints core's JSON Schema", async ({ argv, schema }) => {
    const { code, stdout } = await box.run(argv);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual(schema);
  });

  it.each(["interviews", "toString", "__proto__"])(
    "an unknown kind (%s) exits 2 with the kinds to use",
    async (kind) => {
      const { code, stdout, stderr } = await box.run(["schema", kind]);
      expect(code).toBe(2);
      expect(stdout).toBe("");
      expect(stderr.trimEnd()).toBe(
        `afterview: schema: unknown kind "${kind}"; use one of interview, offer, plan, event`,
      );
    },
  );
});
