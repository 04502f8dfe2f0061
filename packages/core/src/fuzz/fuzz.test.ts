/*
 * The fuzz targets of `pnpm fuzz` (packages/core/fuzz), a hundred runs each in the normal test run:
 * every public function throws only AfterviewErrors and its output passes its own checks.
 */

import { checkTarget, TEST_RUNS } from "@afterview/testing/fuzz";
import { describe, it } from "vitest";
import { coreTargets } from "../../fuzz/core.targets.js";

describe("@afterview/core with arbitrary input", () => {
  it.each(coreTargets.map((t) => [t.name, t] as const))("%s throws only AfterviewErrors", async (_name, target) => {
    await checkTarget(target, { numRuns: TEST_RUNS });
  });
});
