/*
 * The fuzz harness shared by every package's fuzz targets. A target names one public function,
 * the inputs to attack it with (arbitrary JSON, arbitrary values, and valid inputs with a leaf
 * replaced), how to call it, and what its output must satisfy. `checkTarget` runs a target as a
 * fast-check property: the call may return (and its output must pass the target's check) or throw
 * an AfterviewError; any other throw (TypeError, RangeError, SyntaxError, …) fails the property.
 *
 * `pnpm fuzz` runs every target FUZZ_RUNS times (default 10,000) with a time bound per input;
 * the normal test run runs the same targets a hundred times, with no time bound.
 *
 * Environment: FUZZ_RUNS (runs per function in `pnpm fuzz`, default 10,000), FUZZ_TEST_RUNS (in the
 * normal test run, default 100), FUZZ_TIME_LIMIT_MS (per input, default 2,000; a call still running
 * after five times that kills the run as a hang), FUZZ_TRACE (a file that always holds the input
 * being tried, to find the one a crash or hang was on), FC_SEED (replay a seed).
 */

import { writeFileSync } from "node:fs";
import { AfterviewError } from "@afterview/core";
import fc from "fast-check";

/**
 * One public function under attack. `valid` holds argument lists that must succeed; the inputs are
 * those lists with one to three nodes replaced (any argument, any leaf or subtree), plus argument
 * lists of arbitrary JSON and arbitrary values.
 */
export interface FuzzTarget {
  /** The function's name as exported, e.g. `createPlan` or `calendar.addBusinessDays`. */
  name: string;
  /** Argument lists that must return without throwing. */
  valid: readonly (readonly unknown[])[];
  /** Calls the function with one argument list. May return a promise. */
  call(args: unknown[]): unknown;
  /** Throws when an output is wrong (e.g. it does not parse with its own schema). */
  check?(output: unknown, args: unknown[]): void | Promise<void>;
  /** Extra inputs to try besides the generated ones. */
  input?: fc.Arbitrary<unknown[]>;
  /**
   * The function trusts its arguments' types (templates and renderers take what core returned):
   * inputs keep every value's type, and only free text changes, to hostile text. `keep` names the
   * keys whose strings are not free text (enums, codes, ids) and stay as they are. Untyped JSON is
   * the parsers' concern, fuzzed in core.
   */
  typed?: { keep: readonly string[] };
}

/** The arguments fast-check generates for `target`. */
export function inputsOf(target: FuzzTarget): fc.Arbitrary<unknown[]> {
  if (target.typed) {
    const { keep } = target.typed;
    const texts = target.valid.map((args) => textMutated(args, keep) as fc.Arbitrary<unknown[]>);
    return target.input ? fc.oneof(...texts, target.input) : fc.oneof(...texts);
  }
  const arity = Math.max(1, ...target.valid.map((args) => args.length));
  const anyArgs = (value: fc.Arbitrary<unknown>) => fc.array(value, { minLength: 0, maxLength: arity + 1 });
  const arbitraries: fc.WeightedArbitrary<unknown[]>[] = [
    { weight: 2, arbitrary: anyArgs(json) },
    { weight: 1, arbitrary: anyArgs(leaf()) },
  ];
  if (target.valid.length > 0) {
    const mutations = fc.oneof(...target.valid.map((args) => mutated(args))) as fc.Arbitrary<unknown[]>;
    arbitraries.push({ weight: 6, arbitrary: mutations });
  }
  if (target.input) arbitraries.push({ weight: 2, arbitrary: target.input });
  // A mutation may replace the whole argument list; call with it as the only argument then.
  return fc.oneof(...arbitraries).map((args) => (Array.isArray(args) ? args : [args]));
}

/** How to run a target. */
export interface RunOptions {
  numRuns: number;
  /** Fail when one input takes longer than this (ms). Leave out in the normal test run. */
  timeLimitMs?: number | undefined;
}

/** Runs `target` as a property; resolves when every run passed, rejects with fast-check's report otherwise. */
export async function checkTarget(target: FuzzTarget, options: RunOptions): Promise<void> {
  for (const args of target.valid) {
    const output = await target.call(structuredClone(args) as unknown[]);
    await target.check?.(output, args as unknown[]);
  }
  const property = fc.asyncProperty(inputsOf(target), async (input) => {
    const started = performance.now();
    if (process.env.FUZZ_TRACE) writeFileSync(process.env.FUZZ_TRACE, `${target.name} ${fc.stringify(input)}`);
    watchdog.enter(target.name);
    let output: unknown;
    let threw: unknown;
    let failed = false;
    try {
      output = await target.call(input);
    } catch (error) {
      failed = true;
      threw = error;
    } finally {
      watchdog.leave();
    }
    const elapsed = performance.now() - started;
    if (options.timeLimitMs !== undefined && elapsed > options.timeLimitMs) {
      throw new Error(`${target.name} took ${Math.round(elapsed)} ms on one input (limit ${options.timeLimitMs} ms)`);
    }
    if (failed) {
      if (threw instanceof AfterviewError) return;
      const kind = threw instanceof Error ? threw.name : typeof threw;
      const message = threw instanceof Error ? threw.message : String(threw);
      throw new Error(`${target.name} threw ${kind} (not an AfterviewError): ${message}`, { cause: threw });
    }
    await target.check?.(output, input);
  });
  await fc.assert(property, { numRuns: options.numRuns, endOnFailure: false });
}

/**
 * Guards against an input that never returns, which a time check after the call cannot see.
 * Off unless `startWatchdog` was called (by the fuzz script); then a worker thread kills the
 * process, naming the function, when one call runs longer than `killAfterMs`.
 */
const watchdog = {
  /** [0]: 1 while a call runs; [1]: calls started so far. The worker compares them across ticks, on its own clock. */
  state: undefined as Int32Array | undefined,
  name: undefined as Uint8Array | undefined,
  encoded: new Map<string, Uint8Array>(),
  enter(name: string) {
    if (!this.state || !this.name) return;
    let bytes = this.encoded.get(name);
    if (!bytes) {
      bytes = new TextEncoder().encode(name.slice(0, 120));
      this.encoded.set(name, bytes);
    }
    this.name.fill(0);
    this.name.set(bytes);
    Atomics.add(this.state, 1, 1);
    Atomics.store(this.state, 0, 1);
  },
  leave() {
    if (this.state) Atomics.store(this.state, 0, 0);
  },
};

/** Starts the hang watchdog for this process (the fuzz script only). */
export async function startWatchdog(killAfterMs: number): Promise<void> {
  if (watchdog.state) return;
  const { Worker } = await import("node:worker_threads");
  const state = new SharedArrayBuffer(8);
  const name = new SharedArrayBuffer(128);
  watchdog.state = new Int32Array(state);
  watchdog.name = new Uint8Array(name);
  const worker = new Worker(
    `const { workerData } = require("node:worker_threads");
     const state = new Int32Array(workerData.state);
     const name = new Uint8Array(workerData.name);
     let call = -1, since = 0;
     setInterval(() => {
       const busy = Atomics.load(state, 0), count = Atomics.load(state, 1);
       if (!busy || count !== call) { call = count; since = Date.now(); return; }
       if (Date.now() - since > workerData.killAfterMs) {
         const fn = new TextDecoder().decode(name.slice()).replace(/\\0+$/, "");
         require("node:fs").writeSync(2, "fuzz: one call to " + fn + " ran over " + workerData.killAfterMs + " ms (a hang): killing the run\\n");
         process.kill(process.pid, "SIGKILL");
       }
     }, 100);`,
    { eval: true, workerData: { state, name, killAfterMs } },
  );
  worker.unref();
}

/** Runs per target: FUZZ_RUNS (default 10,000) in `pnpm fuzz`. */
export const FUZZ_RUNS = Number(process.env.FUZZ_RUNS ?? 10_000);
/** The most one input may take in `pnpm fuzz`: FUZZ_TIME_LIMIT_MS (default 2,000). */
export const FUZZ_TIME_LIMIT_MS = Number(process.env.FUZZ_TIME_LIMIT_MS ?? 2_000);
/** Runs per target in the normal test run: FUZZ_TEST_RUNS (default 100). */
export const TEST_RUNS = Number(process.env.FUZZ_TEST_RUNS ?? 100);

// ---------------------------------------------------------------------------------------------
// Inputs

/** Strings that have broken parsers before: empty, huge, control characters, lone surrogates, prototype keys. */
const tricky = fc.constantFrom(
  "",
  " ",
  "\u0000",
  "\ud800",
  "\r\n",
  "__proto__",
  "constructor",
  "toString",
  "NaN",
  "-0",
  "1e400",
  "9999-12-31",
  "0000-01-01",
  "+275760-09-13",
  "-271821-04-20",
  "2026-02-30",
  "2026-11-24T25:00",
  "2026-11-24T15:30:00Z",
  "2026-11-24T15:30:00-05:00[America/New_York]",
  "2026-11-24T15:30:00+14:00[Asia/Tokyo]",
  "America/New_York",
  "Mars/Olympus",
  "UTC",
  "US",
  "GB",
  "XX",
  "USD",
  "JPY",
  "x".repeat(100_001),
  "1".repeat(400),
  "ab".repeat(5_000),
);

/** Numbers at the edges: NaN, ±Infinity, -0, huge, tiny, unsafe integers. */
const trickyNumber = fc.constantFrom(
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  -0,
  Number.MAX_VALUE,
  Number.MIN_VALUE,
  Number.MAX_SAFE_INTEGER + 2,
  -Number.MAX_SAFE_INTEGER - 2,
  1e21,
  0.1,
  -1,
  2 ** 31,
);

/** Any JSON value, weighted towards short ones. */
export const json: fc.Arbitrary<unknown> = fc.jsonValue({ maxDepth: 3 });

/**
 * A replacement value for a leaf: arbitrary JSON, the tricky strings and numbers above, or (when
 * `anything`) any JavaScript value (undefined, bigint, symbol, Date, Map, null-prototype objects…).
 */
export function leaf(anything = true): fc.Arbitrary<unknown> {
  const values: fc.Arbitrary<unknown>[] = [json, tricky, trickyNumber, fc.constant(undefined), fc.constant(null)];
  if (anything) values.push(fc.anything({ maxDepth: 2, withBigInt: true, withDate: true, withNullPrototype: true }));
  return fc.oneof(...values);
}

const ZONES = ["America/New_York", "Europe/London", "Asia/Kolkata", "Australia/Lord_Howe", "Pacific/Kiritimati", "UTC"];
const pad = (n: number, width = 2) => String(n).padStart(width, "0");
const isoDate = fc
  .tuple(fc.integer({ min: 1990, max: 2100 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }))
  .map(([y, m, d]) => `${y}-${pad(m)}-${pad(d)}`);
const isoDateTime = fc
  .tuple(isoDate, fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }), fc.constantFrom(...ZONES))
  .map(([date, h, min, zone]) => `${date}T${pad(h)}:${pad(min)}:00[${zone}]`);

/**
 * A value that often still validates: a date, a date-time in a zone, a zone, a country or currency
 * code, a small number, a boolean, a short string. Mutations with these reach the rules, not only the schema.
 */
export const plausible: fc.Arbitrary<unknown> = fc.oneof(
  isoDate,
  isoDateTime,
  fc.constantFrom(...ZONES, "US", "GB", "DE", "JP", "IN", "AU", "BR", "SA", "USD", "EUR", "JPY", "KWD"),
  fc.integer({ min: -5, max: 400 }),
  fc.double({ min: 0, max: 1e7, noNaN: true }),
  fc.boolean(),
  fc.string({ maxLength: 30 }),
);

/** Every path to a node of `value` (objects and arrays walked), the root first. */
function pathsOf(
  value: unknown,
  path: (string | number)[] = [],
  out: (string | number)[][] = [],
): (string | number)[][] {
  out.push(path);
  if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) pathsOf(v, [...path, i], out);
  } else if (typeof value === "object" && value !== null) {
    for (const [k, v] of Object.entries(value)) pathsOf(v, [...path, k], out);
  }
  return out;
}

function replaceAt(root: unknown, path: readonly (string | number)[], value: unknown): unknown {
  if (path.length === 0) return value;
  let node = root as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  const last = path[path.length - 1]!;
  if (value === undefined && !Array.isArray(node)) delete node[last];
  else node[last] = value;
  return root;
}

/**
 * `valid` with one to three nodes (a leaf or a whole subtree, never the root) replaced by
 * {@link leaf} values or removed: inputs that get past the first checks and reach the rules.
 */
export function mutated<T>(valid: T, anything = true): fc.Arbitrary<unknown> {
  const paths = pathsOf(valid).slice(1);
  if (paths.length === 0) return fc.constant(valid).map((v) => structuredClone(v));
  return fc
    .array(fc.tuple(fc.nat({ max: paths.length - 1 }), fc.oneof(leaf(anything), plausible)), {
      minLength: 1,
      maxLength: 3,
    })
    .map((edits) => {
      let copy: unknown = structuredClone(valid);
      for (const [index, value] of edits) {
        // Earlier edits may have removed the path: walk only while it still exists.
        const path = paths[index]!;
        if (exists(copy, path)) copy = replaceAt(copy, path, value);
      }
      return copy;
    });
}

/** Hostile text of a sane size: markup, control characters, lone surrogates, right-to-left marks, long words. */
const hostileText: fc.Arbitrary<string> = fc.oneof(
  tricky.filter((value) => value.length <= 10_000),
  fc.string({ maxLength: 200, unit: "binary" }),
  fc.string({ maxLength: 80, unit: "grapheme" }),
  fc.constantFrom(
    "<script>alert(1)</script>",
    '"><img src=x onerror=alert(1)>',
    "**bold** _x_ [a](javascript:alert(1)) # h",
    "line\r\nBcc: victim@example.com",
    "a;b,c\\n\nDESCRIPTION:x",
    "\u202eevil\u202c",
    "W".repeat(300),
  ),
);

/** `valid` with one to three of its strings replaced by hostile text; every other value (and the strings under `keep`) kept. */
export function textMutated<T>(valid: T, keep: readonly string[] = []): fc.Arbitrary<unknown> {
  const isText = (path: (string | number)[]) =>
    path.length > 0 && typeof valueAt(valid, path) === "string" && !keep.includes(String(path.at(-1)));
  const paths = pathsOf(valid).filter(isText);
  if (paths.length === 0) return fc.constant(valid).map((v) => structuredClone(v));
  return fc
    .array(fc.tuple(fc.nat({ max: paths.length - 1 }), hostileText), { minLength: 1, maxLength: 3 })
    .map((edits) => {
      const copy: unknown = structuredClone(valid);
      for (const [index, text] of edits) replaceAt(copy, paths[index]!, text);
      return copy;
    });
}

function valueAt(root: unknown, path: readonly (string | number)[]): unknown {
  let node = root;
  for (const key of path) node = (node as Record<string | number, unknown>)[key];
  return node;
}

function exists(root: unknown, path: readonly (string | number)[]): boolean {
  let node = root;
  for (const key of path) {
    if (typeof node !== "object" || node === null || !Object.hasOwn(node, key)) return false;
    node = (node as Record<string | number, unknown>)[key];
  }
  return true;
}

/** Throws unless `condition`; for targets' checks. */
export function assert(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(message);
}
