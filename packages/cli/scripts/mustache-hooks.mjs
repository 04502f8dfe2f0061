// Node module hooks that load `*.mustache` files as `export default "<source>"`, as tsup's `text`
// loader does in the build and the vite plugin in vitest.config.ts does in tests. With them the
// CLI runs from the sources (templates included) without a build; see register-mustache.mjs.
import { readFile } from "node:fs/promises";

export async function load(url, context, nextLoad) {
  if (!url.endsWith(".mustache")) return nextLoad(url, context);
  const source = await readFile(new URL(url), "utf8");
  return { format: "module", source: `export default ${JSON.stringify(source)};`, shortCircuit: true };
}
