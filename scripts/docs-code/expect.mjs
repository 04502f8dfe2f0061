// The `//=>` results the docs show, read and compared. The rule (also at the top of
// scripts/check-docs-code.mjs):
//
//   expr; //=> value
//
// `value` is written as a JavaScript literal: strings in double quotes, numbers, true, false, null,
// undefined, arrays `[a, b]` and objects `{ key: value }` (bare or quoted keys). `…` stands for
// "anything": inside a string any run of characters, in an array or object any further items.
// Whatever follows a complete literal is a remark for the reader and is not checked
// (`//=> "2026-11-27" (Thanksgiving is skipped)`). Objects compare by their own keys (a key whose
// value is undefined counts as absent); a value that is neither plain data nor an array (a Temporal
// object, a Date) compares as its `String(value)`. In strings every Unicode space (the no-break
// spaces `Intl` puts in "9:30 AM" or "109.800,00 $") reads as a plain space, as the page shows it.
//
// After `console.log(…)` the result is the printed line itself, unquoted, with `…` as a wildcard.

const ANY = Symbol("…");

/** Reads the expected text into a pattern; throws with a reason when it is not a literal. */
export function parseExpected(text) {
  let i = 0;
  const fail = (why) => {
    throw new Error(`${why} at column ${i + 1} of \`${text}\``);
  };
  const ws = () => {
    while (i < text.length && /\s/.test(text[i])) i++;
  };
  const value = () => {
    ws();
    const c = text[i];
    if (c === "…") {
      i++;
      return ANY;
    }
    if (c === '"') return { kind: "string", parts: stringParts() };
    if (c === "[") {
      i++;
      const items = list("]", () => value());
      return { kind: "array", items };
    }
    if (c === "{") {
      i++;
      const entries = list("}", () => {
        ws();
        if (text[i] === "…") {
          i++;
          return ANY;
        }
        let key;
        if (text[i] === '"') key = stringParts().join("…");
        else {
          const m = /^[A-Za-z_$][\w$]*/.exec(text.slice(i));
          if (!m) fail("expected a key");
          key = m[0];
          i += key.length;
        }
        ws();
        if (text[i] !== ":") fail(`expected ":" after ${key}`);
        i++;
        return { key, pattern: value() };
      });
      return { kind: "object", entries };
    }
    const m = /^(-?(?:\d[\d_]*)(?:\.\d+)?(?:e[+-]?\d+)?|true|false|null|undefined|NaN|-?Infinity)/.exec(text.slice(i));
    if (!m) fail("expected a value");
    i += m[0].length;
    const word = m[0];
    const literal = { true: true, false: false, null: null, undefined: undefined, NaN: Number.NaN };
    return { kind: "primitive", value: word in literal ? literal[word] : Number(word.replaceAll("_", "")) };
  };
  const list = (close, item) => {
    const items = [];
    for (;;) {
      ws();
      if (text[i] === close) {
        i++;
        return items;
      }
      items.push(item());
      ws();
      if (text[i] === ",") i++;
      else if (text[i] !== close) fail(`expected "," or "${close}"`);
    }
  };
  const stringParts = () => {
    const start = i++;
    while (i < text.length && text[i] !== '"') i += text[i] === "\\" ? 2 : 1;
    if (i >= text.length) fail("unterminated string");
    i++;
    return JSON.parse(text.slice(start, i)).split("…");
  };
  const pattern = value();
  return { pattern, remark: text.slice(i).trim() };
}

/** Whether brackets and quotes in an expected text are still open (it goes on to the next line). */
export function isOpen(text) {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === "\\") i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === "[" || c === "{") depth++;
    else if (c === "]" || c === "}") depth--;
  }
  return depth > 0 || inString;
}

const isPlain = (value) =>
  Array.isArray(value) ||
  (value !== null && typeof value === "object" && [Object.prototype, null].includes(Object.getPrototypeOf(value)));

const plainSpaces = (text) => text.replace(/\p{Zs}/gu, " ");

function matchString(given, actual) {
  const parts = given.map(plainSpaces);
  actual = plainSpaces(actual);
  if (parts.length === 1) return actual === parts[0];
  if (!actual.startsWith(parts[0])) return false;
  let at = parts[0].length;
  for (const part of parts.slice(1, -1)) {
    const found = actual.indexOf(part, at);
    if (found < 0) return false;
    at = found + part.length;
  }
  const last = parts.at(-1);
  return actual.length - last.length >= at && actual.endsWith(last);
}

/** Compares a value with a pattern; returns undefined when it matches, else where it differs. */
export function mismatch(pattern, actual, path = "value") {
  if (pattern === ANY) return undefined;
  const here = (expected) => `${path}: expected ${expected}, got ${show(actual)}`;
  switch (pattern.kind) {
    case "primitive":
      return Object.is(actual, pattern.value) || actual === pattern.value ? undefined : here(show(pattern.value));
    case "string": {
      const text =
        typeof actual === "string"
          ? actual
          : actual !== null && typeof actual === "object" && !isPlain(actual)
            ? String(actual)
            : undefined;
      return text !== undefined && matchString(pattern.parts, text)
        ? undefined
        : here(JSON.stringify(pattern.parts.join("…")));
    }
    case "array": {
      const items = ArrayBuffer.isView(actual) ? Array.from(actual) : actual;
      if (!Array.isArray(items)) return here("an array");
      const anyAt = pattern.items.indexOf(ANY);
      const head = anyAt < 0 ? pattern.items : pattern.items.slice(0, anyAt);
      const tail = anyAt < 0 ? [] : pattern.items.slice(anyAt + 1).filter((item) => item !== ANY);
      if (anyAt < 0 ? items.length !== head.length : items.length < head.length + tail.length)
        return here(`${anyAt < 0 ? "" : "at least "}${head.length + tail.length} items`);
      for (const [n, item] of head.entries()) {
        const found = mismatch(item, items[n], `${path}[${n}]`);
        if (found) return found;
      }
      for (const [n, item] of tail.entries()) {
        const index = items.length - tail.length + n;
        const found = mismatch(item, items[index], `${path}[${index}]`);
        if (found) return found;
      }
      return undefined;
    }
    case "object": {
      if (actual === null || typeof actual !== "object" || Array.isArray(actual)) return here("an object");
      const open = pattern.entries.includes(ANY);
      const named = pattern.entries.filter((entry) => entry !== ANY);
      for (const { key, pattern: inner } of named) {
        if (!(key in actual) || actual[key] === undefined) {
          if (inner.kind === "primitive" && inner.value === undefined) continue;
          return `${path}.${key}: missing`;
        }
        const found = mismatch(inner, actual[key], `${path}.${key}`);
        if (found) return found;
      }
      if (!open) {
        const extra = Object.keys(actual).filter(
          (key) => actual[key] !== undefined && !named.some((e) => e.key === key),
        );
        if (extra.length) return `${path}: unexpected ${extra.map((key) => `${key}: ${show(actual[key])}`).join(", ")}`;
      }
      return undefined;
    }
  }
  return undefined;
}

/** A value written the way the docs write results, on one line. */
export function show(value, depth = 0) {
  if (typeof value === "string") return JSON.stringify(value);
  if (typeof value === "bigint") return `${value}n`;
  if (typeof value === "function") return `[Function ${value.name || "anonymous"}]`;
  if (value === null || typeof value !== "object") return String(value);
  if (depth > 4) return "…";
  if (ArrayBuffer.isView(value)) return `${value.constructor.name}(${value.length ?? value.byteLength})`;
  if (Array.isArray(value)) return `[${value.map((item) => show(item, depth + 1)).join(", ")}]`;
  if (!isPlain(value)) return JSON.stringify(String(value));
  const entries = Object.entries(value).filter(([, v]) => v !== undefined);
  if (!entries.length) return "{}";
  const key = (k) => (/^[A-Za-z_$][\w$]*$/.test(k) ? k : JSON.stringify(k));
  return `{ ${entries.map(([k, v]) => `${key(k)}: ${show(v, depth + 1)}`).join(", ")} }`;
}

/** For `console.log(…) //=> text`: the printed line against the text, `…` matching anything. */
export function printedMismatch(expected, printed) {
  return matchString(expected.trim().split("…"), printed.trim()) ? undefined : `printed ${JSON.stringify(printed)}`;
}
