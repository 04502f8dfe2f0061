/*
 * The fuzz targets of `pnpm fuzz` (packages/templates/fuzz), a hundred runs each in the normal test run:
 * every public function throws only AfterviewErrors and its output passes its own checks.
 */

import { checkTarget, TEST_RUNS } from "@afterview/testing/fuzz";
import { describe, it } from "vitest";
import { templatesTargets } from "../../fuzz/templates.targets.js";

describe("@afterview/templates with arbitrary input", () => {
  it.each(templatesTargets.map((t) => [t.name, t] as const))(
    "%s throws only AfterviewErrors",
    async (_name, target) => {
      await checkTarget(target, { numRuns: TEST_RUNS });
    },
  );
});
