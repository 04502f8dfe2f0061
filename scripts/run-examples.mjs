// Runs every example against the BUILT packages (no source condition), as a user would.
// Each example checks its own output and exits non-zero when something is wrong.
import { execFileSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { join, resolve } from "node:path";

const dir = resolve(import.meta.dirname, "..", "examples");
const examples = readdirSync(dir).filter((name) => name.endsWith(".ts") && !name.endsWith(".test.ts"));
let failed = 0;
for (const name of examples.sort()) {
  process.stdout.write(`example ${name} … `);
  try {
    execFileSync("pnpm", ["exec", "tsx", join(dir, name)], { cwd: dir, stdio: ["ignore", "pipe", "pipe"] });
    console.log("ok");
  } catch (error) {
    failed++;
    console.log("FAILED");
    process.stderr.write(String(error.stdout ?? "") + String(error.stderr ?? ""));
  }
}
console.log(`examples: ${examples.length - failed} ran, ${failed} failed`);
process.exit(failed ? 1 : 0);
