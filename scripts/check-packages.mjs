// Checks every publishable package as a consumer would get it:
// publint --strict and attw --pack on the package folder, then the packed tarballs installed
// together into a scratch project where a fresh Node process `import`s the ESM build and
// `require`s the CJS build of every entry point.
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { isDeepStrictEqual } from "node:util";

const root = resolve(import.meta.dirname, "..");
const run = (cmd, args, cwd = root) => execFileSync(cmd, args, { cwd, stdio: "inherit" });
const packages = readdirSync(join(root, "packages"))
  .map((dir) => join(root, "packages", dir))
  .map((dir) => ({ dir, manifest: JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) }))
  .filter(({ manifest }) => !manifest.private);

// The published manifest has no `@afterview/source` condition (it points at src/, which is not
// shipped): pnpm publishes `publishConfig.exports`, which must be `exports` without it.
const withoutSource = (value) =>
  typeof value === "object" && value !== null
    ? Object.fromEntries(
        Object.entries(value)
          .filter(([key]) => key !== "@afterview/source")
          .map(([key, inner]) => [key, withoutSource(inner)]),
      )
    : value;
for (const { manifest } of packages) {
  if (!isDeepStrictEqual(manifest.publishConfig?.exports, withoutSource(manifest.exports))) {
    console.error(`${manifest.name}: publishConfig.exports must be exports without the @afterview/source condition`);
    process.exit(1);
  }
}

// The API reference covers every entry point: each export's source is one of typedoc's entry points.
for (const { dir, manifest } of packages) {
  const typedoc = JSON.parse(readFileSync(join(dir, "typedoc.json"), "utf8"));
  const documented = new Set(typedoc.entryPoints.map((entry) => `./${entry}`));
  const sources = Object.values(manifest.exports).flatMap((target) => target?.["@afterview/source"] ?? []);
  const missing = sources.filter((source) => !documented.has(source));
  if (missing.length) {
    console.error(`${manifest.name}: typedoc.json has no entry point for ${missing.join(", ")}`);
    process.exit(1);
  }
}

const scratch = mkdtempSync(join(tmpdir(), "afterview-pack-"));
const tarballs = [];
for (const { dir, manifest } of packages) {
  console.log(`\n-- ${manifest.name}`);
  run("pnpm", ["exec", "publint", "--strict", dir]);
  run("pnpm", ["exec", "attw", "--pack", dir, "--profile", "node16"]);
  const out = execFileSync("pnpm", ["pack", "--pack-destination", scratch], { cwd: dir, encoding: "utf8" });
  tarballs.push(out.trim().split("\n").pop());
}

writeFileSync(join(scratch, "package.json"), JSON.stringify({ name: "scratch", private: true }));
run("npm", ["install", "--no-audit", "--no-fund", "--loglevel=error", ...tarballs], scratch);

// Every path the installed manifests point at is in the tarball.
const targets = (value) => (typeof value === "string" ? [value] : Object.values(value ?? {}).flatMap(targets));
for (const { manifest } of packages) {
  const installed = join(scratch, "node_modules", manifest.name);
  const shipped = JSON.parse(readFileSync(join(installed, "package.json"), "utf8"));
  const missing = [...targets(shipped.exports), ...targets(shipped.bin)].filter((t) => !existsSync(join(installed, t)));
  if (missing.length) {
    console.error(`${manifest.name}: the published manifest points at files it does not ship: ${missing.join(", ")}`);
    process.exit(1);
  }
}

for (const { manifest } of packages) {
  const entries = Object.keys(manifest.exports).filter((key) => key !== "./package.json");
  for (const entry of entries) {
    const specifier = entry === "." ? manifest.name : `${manifest.name}/${entry.slice(2)}`;
    const probe = [
      `const esm = await import(${JSON.stringify(specifier)});`,
      `const { createRequire } = await import("node:module");`,
      `const cjs = createRequire(process.cwd() + "/")(${JSON.stringify(specifier)});`,
      `const a = Object.keys(esm).sort().join(), b = Object.keys(cjs).sort().join();`,
      `if (!a || a !== b) { console.error("ESM and CJS exports differ:", a, "|", b); process.exit(1); }`,
      // Every exported function and class keeps its own name in both builds: what tsup's keepNames
      // is for, without its __name() calls, which stop bundlers from dropping unused code.
      `for (const [kind, build] of [["ESM", esm], ["CJS", cjs]]) for (const [key, value] of Object.entries(build))`,
      `  if (typeof value === "function" && value.name !== key) { console.error(kind, key, "is named", value.name); process.exit(1); }`,
      // Errors print under their own class name from both builds (a bundler renames a class that names itself).
      `for (const build of [esm, cjs]) if (build.parsePlan) { try { build.parsePlan({}); } catch (error) {`,
      `  const shown = (await import("node:util")).inspect(error).split(":")[0];`,
      `  if (shown !== "AfterviewValidationError") { console.error("an error prints as", shown); process.exit(1); } } }`,
      `console.log("ok ${specifier}: " + Object.keys(esm).length + " exports, ESM and CJS");`,
    ].join("\n");
    run("node", ["--input-type=module", "-e", probe], scratch);
  }
}
