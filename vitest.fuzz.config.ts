/*
 * `pnpm fuzz`: the fuzz targets of every package (packages/<name>/fuzz/*.fuzz.ts), FUZZ_RUNS runs
 * per public function (default 10,000), each input bounded in time (FUZZ_TIME_LIMIT_MS, default 2,000).
 * The normal test run (vitest.config.ts) runs the same targets a hundred times each.
 */
import { defineConfig, mergeConfig } from "vitest/config";
import base from "./vitest.config.js";

export default mergeConfig(
  { ...base, test: { ...base.test, projects: undefined } },
  defineConfig({
    test: {
      name: "fuzz",
      setupFiles: ["./vitest.setup.ts"],
      include: ["packages/*/fuzz/**/*.fuzz.ts"],
      // A target runs for minutes; the per-input bound is the harness's, not vitest's.
      testTimeout: 30 * 60_000,
      hookTimeout: 60_000,
    },
  }),
);
