import { defineConfig } from "vitest/config";
// `*.mustache` files load as `export default "<text>"`, as tsup's `text` loader bundles them.
import { mustacheVitePlugin } from "./packages/templates/scripts/mustache-loader.mjs";

export default defineConfig({
  plugins: [mustacheVitePlugin],
  resolve: { conditions: ["@afterview/source"] },
  ssr: { resolve: { conditions: ["@afterview/source"] } },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: "packages",
          setupFiles: ["./vitest.setup.ts"],
          include: ["packages/*/src/**/*.test.ts"],
          // The long checks run in `pnpm test:exhaustive` and `pnpm fuzz`, each its own `.ci/run` step;
          // files that mock modules run in the isolated project below.
          exclude: ["**/node_modules/**", "**/*.exhaustive.test.ts", "**/*.isolated.test.ts"],
          // Test files share their worker's modules: importing core, zod and Temporal once per worker
          // instead of once per file is most of what makes `pnpm test` fit a laptop. Tests must
          // therefore not depend on module state another file may have changed.
          isolate: false,
          // Property tests compose hundreds of documents; on two loaded cores a 5 s limit made them
          // fail by the clock, not by their assertions. A hang still fails.
          testTimeout: 30_000,
          typecheck: { enabled: true, include: ["packages/*/src/**/*.test-d.ts"] },
        },
      },
      {
        extends: true,
        test: {
          name: "isolated",
          setupFiles: ["./vitest.setup.ts"],
          include: ["packages/*/src/**/*.isolated.test.ts"],
          testTimeout: 30_000,
        },
      },
    ],
  },
});
