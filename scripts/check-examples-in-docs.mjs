// Every public function and class of every package carries a TSDoc `@example` (issue: docs).
// Reads each entry point with the TypeScript compiler, follows its exports to their declarations,
// and lists those without an @example tag. Types and interfaces are documented but need no example.
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import ts from "typescript";

const root = resolve(import.meta.dirname, "..");
const entries = [];
for (const dir of readdirSync(join(root, "packages"))) {
  const manifest = JSON.parse(readFileSync(join(root, "packages", dir, "package.json"), "utf8"));
  for (const target of Object.values(manifest.exports ?? {})) {
    const source = typeof target === "object" ? target["@afterview/source"] : undefined;
    if (source) entries.push(join(root, "packages", dir, source));
  }
}
const program = ts.createProgram(entries, {
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  customConditions: ["@afterview/source"],
  target: ts.ScriptTarget.ES2022,
  allowJs: false,
  noEmit: true,
  skipLibCheck: true,
});
const checker = program.getTypeChecker();
const missing = [];
let checked = 0;
for (const entry of entries) {
  const file = program.getSourceFile(entry);
  if (!file) continue;
  const moduleSymbol = checker.getSymbolAtLocation(file);
  if (!moduleSymbol) continue;
  for (const exported of checker.getExportsOfModule(moduleSymbol)) {
    const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
    const declaration = symbol.declarations?.[0];
    if (!declaration) continue;
    const isCallable =
      ts.isFunctionDeclaration(declaration) ||
      ts.isClassDeclaration(declaration) ||
      (ts.isVariableDeclaration(declaration) &&
        declaration.initializer &&
        (ts.isArrowFunction(declaration.initializer) || ts.isFunctionExpression(declaration.initializer)));
    if (!isCallable) continue;
    if (declaration.getSourceFile().fileName.includes("/holidays/generated/")) continue;
    checked++;
    const tags = ts.getJSDocTags(declaration).map((tag) => tag.tagName.text);
    if (!tags.includes("example"))
      missing.push(`${exported.name} (${declaration.getSourceFile().fileName.replace(`${root}/`, "")})`);
  }
}
const unique = [...new Set(missing)].sort();
console.log(`public functions and classes: ${checked}; without @example: ${unique.length}`);
for (const name of unique) console.log(`  - ${name}`);
process.exit(unique.length ? 1 : 0);
