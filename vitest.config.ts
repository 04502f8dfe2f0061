import { defineConfig } from "vitest/config";

export default defineConfig({
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
          typecheck: { enabled: true, include: ["packages/*/src/**/*.test-d.ts"] },
        },
      },
    ],
  },
});
