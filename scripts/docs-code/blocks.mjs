// Finding the code blocks in the docs, the names each declares, and the `//=>` results it shows.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import ts from "typescript";
import { isOpen } from "./expect.mjs";

export const CHECKED = new Set(["ts", "typescript", "js", "javascript", "mts", "mjs"]);
const SKIP = /^\s*<!--\s*docs-check:\s*skip\b\s*(?:\((.+)\))?\s*-->\s*$/;

/** README.md, docs/**\/*.md but docs/api, packages/*\/README.md; relative to root, sorted. */
export function docFiles(root) {
  const files = ["README.md"];
  const walk = (dir) => {
    for (const name of readdirSync(join(root, dir)).sort()) {
      const path = join(dir, name);
      if (path === join("docs", "api")) continue;
      if (statSync(join(root, path)).isDirectory()) walk(path);
      else if (name.endsWith(".md")) files.push(path);
    }
  };
  walk("docs");
  for (const pkg of readdirSync(join(root, "packages")).sort()) {
    try {
      if (statSync(join(root, "packages", pkg, "README.md")).isFile()) files.push(join("packages", pkg, "README.md"));
    } catch {}
  }
  return files.map((file) => relative(root, join(root, file)));
}

/**
 * The fenced blocks of one Markdown file: `{ file, line, lang, code, skip }`, `line` being the
 * 1-based line of the opening fence, so the block's line n (0-based) is the file's `line + 1 + n`.
 */
export function extractBlocks(root, file) {
  const lines = readFileSync(join(root, file), "utf8").split(/\r?\n/);
  const blocks = [];
  for (let n = 0; n < lines.length; n++) {
    const open = /^(\s*)(`{3,}|~{3,})\s*([\w+-]*)/.exec(lines[n]);
    if (!open) continue;
    const [, indent, fence, lang] = open;
    const body = [];
    let end = n + 1;
    while (end < lines.length && !new RegExp(`^\\s*${fence[0]}{${fence.length},}\\s*$`).test(lines[end])) end++;
    for (const line of lines.slice(n + 1, end))
      body.push(line.startsWith(indent) ? line.slice(indent.length) : line.trimStart());
    const marker = n > 0 ? SKIP.exec(lines[n - 1]) : null;
    blocks.push({
      file,
      line: n + 1,
      lang: lang.toLowerCase(),
      code: body.join("\n"),
      skip: marker ? (marker[1] ?? "").trim() || "(no reason given)" : undefined,
    });
    n = end;
  }
  return blocks;
}

const parse = (name, code, js) =>
  ts.createSourceFile(name, code, ts.ScriptTarget.ES2022, true, js ? ts.ScriptKind.JS : ts.ScriptKind.TS);

function bindingNames(name, into) {
  if (ts.isIdentifier(name)) into.push(name.text);
  else for (const element of name.elements) if (!ts.isOmittedExpression(element)) bindingNames(element.name, into);
}

const isExported = (statement) =>
  ts.getModifiers(statement)?.some((modifier) => modifier.kind === ts.SyntaxKind.ExportKeyword) ?? false;

/**
 * The names a block declares at its top level: local ones (`const`, `function`, `class`, `type`,
 * `interface`, `enum`) as `{ local: true, exported }`, imported ones with the import statement that brings
 * each in alone, so a later block on the same page can import it the same way.
 */
export function topLevelNames(code, js = false) {
  const source = parse("block.ts", code, js);
  const names = new Map();
  for (const statement of source.statements) {
    if (ts.isImportDeclaration(statement) && statement.importClause) {
      const from = statement.moduleSpecifier.getText(source);
      const clause = statement.importClause;
      const typeOnly = clause.isTypeOnly ? "type " : "";
      if (clause.name) names.set(clause.name.text, { import: `import ${typeOnly}${clause.name.text} from ${from};` });
      const bindings = clause.namedBindings;
      if (bindings && ts.isNamespaceImport(bindings))
        names.set(bindings.name.text, { import: `import ${typeOnly}* as ${bindings.name.text} from ${from};` });
      if (bindings && ts.isNamedImports(bindings))
        for (const element of bindings.elements) {
          const type = typeOnly || (element.isTypeOnly ? "type " : "");
          const spec = element.propertyName
            ? `${element.propertyName.text} as ${element.name.text}`
            : element.name.text;
          names.set(element.name.text, { import: `import ${type}{ ${spec} } from ${from};` });
        }
    } else if (ts.isVariableStatement(statement)) {
      const found = [];
      for (const declaration of statement.declarationList.declarations) bindingNames(declaration.name, found);
      for (const name of found) names.set(name, { local: true, exported: isExported(statement) });
    } else if (
      (ts.isFunctionDeclaration(statement) ||
        ts.isClassDeclaration(statement) ||
        ts.isTypeAliasDeclaration(statement) ||
        ts.isInterfaceDeclaration(statement) ||
        ts.isEnumDeclaration(statement)) &&
      statement.name
    ) {
      names.set(statement.name.text, { local: true, exported: isExported(statement) });
    }
  }
  return names;
}

/**
 * The block's `//=>` results, and the block rewritten to record them at run time: an expression
 * statement `expr` becomes `__docs.value(id, (expr))`, `console.log(args)` becomes
 * `__docs.log(id, args)`, and `const x = expr` is followed by `__docs.value(id, x)`; nothing moves to
 * another line. A `//=>` goes on the statement's own last line or alone on the next line; while its
 * brackets are open it continues on the following `//` lines.
 */
export function instrument(code, js, nextId) {
  const source = parse("block.ts", code, js);
  const lineOf = (pos) => source.getLineAndCharacterOfPosition(pos).line;
  const lines = code.split("\n");
  const codeOnLine = (line, before = Infinity) =>
    lines[line]
      .slice(0, before)
      .replace(/\/\/.*$/, "")
      .trim() !== "";

  const comments = [];
  const scanner = ts.createScanner(ts.ScriptTarget.ES2022, false, ts.LanguageVariant.Standard, code);
  for (let token = scanner.scan(); token !== ts.SyntaxKind.EndOfFileToken; token = scanner.scan()) {
    if (token === ts.SyntaxKind.SingleLineCommentTrivia && scanner.getTokenText().startsWith("//=>"))
      comments.push(scanner.getTokenStart());
    // Template literals and regular expressions are rare in the docs; the scanner reads them well
    // enough for finding comments.
  }

  const statements = [];
  const visit = (node) => {
    if (ts.isExpressionStatement(node)) statements.push(node);
    else if (
      ts.isVariableStatement(node) &&
      node.declarationList.declarations.length === 1 &&
      ts.isIdentifier(node.declarationList.declarations[0].name)
    )
      statements.push(node);
    ts.forEachChild(node, visit);
  };
  visit(source);

  const expectations = [];
  const problems = [];
  const edits = [];
  const taken = new Set();
  for (const pos of comments) {
    const { line, character } = source.getLineAndCharacterOfPosition(pos);
    let target = line;
    if (!codeOnLine(line, character)) {
      target = line - 1;
      while (target >= 0 && !codeOnLine(target)) target--;
    }
    let statement;
    for (const candidate of statements)
      if (
        lineOf(candidate.getEnd()) === target &&
        candidate.getEnd() <= pos &&
        (!statement || candidate.getEnd() >= statement.getEnd())
      )
        statement = candidate;
    let expected = lines[line].slice(character + 4).trim();
    for (let next = line + 1; isOpen(expected) && next < lines.length && /^\s*\/\/(?!=>)/.test(lines[next]); next++)
      expected += ` ${lines[next].trim().slice(2).trim()}`;
    if (!statement || taken.has(statement)) {
      problems.push({ line, message: `\`//=> ${expected}\` follows no expression statement of its own` });
      continue;
    }
    taken.add(statement);
    const id = nextId();
    let printed = false;
    if (ts.isVariableStatement(statement)) {
      const name = statement.declarationList.declarations[0].name.text;
      edits.push([statement.getEnd(), statement.getEnd(), ` __docs.value(${id}, ${name});`]);
    } else {
      const expr = statement.expression;
      const isLog =
        ts.isCallExpression(expr) &&
        ts.isPropertyAccessExpression(expr.expression) &&
        expr.expression.getText(source) === "console.log" &&
        expr.arguments.length > 0;
      if (isLog) {
        printed = true;
        const args = code.slice(expr.arguments[0].getStart(source), expr.arguments.at(-1).getEnd());
        edits.push([expr.getStart(source), expr.getEnd(), `__docs.log(${id}, ${args})`]);
      } else {
        edits.push([expr.getStart(source), expr.getEnd(), `__docs.value(${id}, (${expr.getText(source)}))`]);
      }
    }
    expectations.push({ id, line, expected, printed });
  }
  let out = code;
  for (const [start, end, text] of edits.sort((a, b) => b[0] - a[0])) out = out.slice(0, start) + text + out.slice(end);
  return { code: out, expectations, problems };
}
