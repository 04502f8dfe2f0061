// Lets Node (and tsx) import `*.mustache` files from the sources as `export default "<text>"`, the way
// tsup's `text` loader bundles them into dist/. For scripts that run on src/ (the bench, `pnpm start`):
//   tsx --conditions=@afterview/source --import ./packages/templates/scripts/register-mustache.mjs file.ts
import { register } from "node:module";

const hooks = `
import { readFile } from "node:fs/promises";
export async function load(url, context, nextLoad) {
  if (!url.endsWith(".mustache")) return nextLoad(url, context);
  const text = await readFile(new URL(url), "utf8");
  return { format: "module", source: "export default " + JSON.stringify(text) + ";", shortCircuit: true };
}`;

register(`data:text/javascript,${encodeURIComponent(hooks)}`, import.meta.url);
