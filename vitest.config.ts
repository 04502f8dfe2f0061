import { defineConfig, type Plugin } from "vitest/config";

/** Loads `*.mustache` files as `export default "<source>"`, as tsup's `text` loader does in the build. */
const mustacheAsText: Plugin = {
  name: "mustache-as-text",
  transform(source, id) {
    if (!id.endsWith(".mustache")) return null;
    return { code: `export default ${JSON.stringify(source)};`, map: null };
  },
};

export default defineConfig({
  plugins: [mustacheAsText],
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
          // The long checks run in `pnpm test:exhaustive` and `pnpm fuzz`, each its own `.ci/run` step.
          exclude: ["**/node_modules/**", "**/*.exhaustive.test.ts"],
          // Property tests compose hundreds of documents; on two loaded cores a 5 s limit made them
          // fail by the clock, not by their assertions. A hang still fails.
          testTimeout: 30_000,
          typecheck: { enabled: true, include: ["packages/*/src/**/*.test-d.ts"] },
        },
      },
    ],
  },
});
