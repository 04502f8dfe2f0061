// Types for mustache-loader.mjs, so that vitest.config.ts can import its vite plugin.
import type { Plugin as EsbuildPlugin } from "esbuild";
import type { Plugin as VitePlugin } from "vitest/config";

export function mustacheModule(text: string): string;
export function load(
  url: string,
  context: object,
  nextLoad: (url: string, context: object) => unknown,
): Promise<unknown>;
export const mustacheVitePlugin: VitePlugin;
export const mustacheEsbuildPlugin: EsbuildPlugin;
