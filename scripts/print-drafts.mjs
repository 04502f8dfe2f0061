// Prints the thank-you drafts of a kit folder (the .txt of each letter, email or note), so that
// `pnpm start` shows the words as well as the plan. Usage: node scripts/print-drafts.mjs out
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

const dir = process.argv[2] ?? "out";
const drafts = readdirSync(dir)
  .filter((name) => /thank-you.*\.txt$/.test(name))
  .sort();
for (const name of drafts) {
  console.log(`\n──── ${name} ${"─".repeat(Math.max(0, 66 - name.length))}\n`);
  console.log(readFileSync(join(dir, name), "utf8").trimEnd());
}
