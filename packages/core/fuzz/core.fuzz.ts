/* `pnpm fuzz`: every public function of @afterview/core, FUZZ_RUNS times each, with a time bound per input. */

import { checkTarget, FUZZ_RUNS, FUZZ_TIME_LIMIT_MS, startWatchdog } from "@afterview/testing/fuzz";
import { beforeAll, describe, it } from "vitest";
import { coreTargets } from "./core.targets.js";

beforeAll(() => startWatchdog(FUZZ_TIME_LIMIT_MS * 5));

describe("@afterview/core under fuzzing", () => {
  it.each(coreTargets.map((t) => [t.name, t] as const))("%s throws only AfterviewErrors", async (_name, target) => {
    await checkTarget(target, { numRuns: FUZZ_RUNS, timeLimitMs: FUZZ_TIME_LIMIT_MS });
  });
});
