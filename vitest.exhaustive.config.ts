/*
 * `pnpm test:exhaustive`: the checks too long for a laptop's `pnpm test` (every holiday table against
 * the live source, every country and year), each its own `.ci/run` step.
 */
import { defineConfig, mergeConfig } from "vitest/config";
import base from "./vitest.config.js";

export default mergeConfig(
  { ...base, test: { ...base.test, projects: undefined } },
  defineConfig({
    test: {
      name: "exhaustive",
      setupFiles: ["./vitest.setup.ts"],
      include: ["packages/*/src/**/*.exhaustive.test.ts"],
      testTimeout: 30 * 60_000,
    },
  }),
);
