/*
 * A small benchmark harness for ratios that hold still on a shared, noisy machine.
 *
 * Timing tasks one after the other (as tinybench does) lets the machine's load drift between the
 * two halves of a ratio (docs/performance.md shows how far). Here the tasks are interleaved instead:
 *
 * - every task is warmed up first (JIT, fontkit's glyph caches);
 * - then, round after round, every task runs a short batch, in an order shuffled by a seeded
 *   random generator (so no task always follows the same one, nor always pays for the garbage of
 *   the same one);
 * - a ratio is taken per round, between batches run moments apart, and the median of those
 *   per-round ratios is reported with its interquartile range;
 * - the whole measurement runs in several fresh processes, one after another, and the ratios of
 *   the runs are compared with each other.
 *
 * No forced GC between batches: the renders right after a full collection run slower, so a GC
 * before each batch would measure V8 recovering from it rather than the renderers.
 */
import { spawnSync } from "node:child_process";

/** A named piece of work to time. */
export interface Task {
  name: string;
  run: () => Promise<unknown>;
}

/** A ratio to report: `numerator` time over `denominator` time, both task names. */
export interface Ratio {
  label: string;
  numerator: string;
  denominator: string;
  /** The target the ratio should stay at or under, if any. */
  target?: number;
}

/** How long to measure. */
export interface Plan {
  /** Rounds of interleaved batches. */
  rounds: number;
  /** Runs of a task per batch (the batch's time is divided by it). */
  batch: number;
  /** Runs of each task before measuring. */
  warmup: number;
  /** Seed of the order of tasks in each round. */
  seed: number;
}

/** Median and quartiles of a sample. */
export interface Spread {
  median: number;
  q1: number;
  q3: number;
}

/** What one process measured. */
export interface RunResult {
  seed: number;
  rounds: number;
  batch: number;
  /** Per task: milliseconds per run. */
  tasks: Record<string, Spread>;
  /** Per ratio label: the spread of per-round ratios. */
  ratios: Record<string, Spread>;
}

/** Mulberry32: a tiny seeded generator, enough to shuffle a handful of tasks reproducibly. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffled<T>(items: readonly T[], next: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

function quantile(sorted: readonly number[], q: number): number {
  const at = (sorted.length - 1) * q;
  const low = Math.floor(at);
  const high = Math.ceil(at);
  return sorted[low]! + (sorted[high]! - sorted[low]!) * (at - low);
}

/** Median and quartiles (linear interpolation between order statistics). */
export function spread(values: readonly number[]): Spread {
  const sorted = [...values].sort((a, b) => a - b);
  return { median: quantile(sorted, 0.5), q1: quantile(sorted, 0.25), q3: quantile(sorted, 0.75) };
}

/** Measures the tasks interleaved, in this process. */
export async function measure(tasks: readonly Task[], ratios: readonly Ratio[], plan: Plan): Promise<RunResult> {
  for (const task of tasks) for (let i = 0; i < plan.warmup; i++) await task.run();
  const next = random(plan.seed);
  const times = new Map<string, number[]>(tasks.map((task) => [task.name, []]));
  for (let round = 0; round < plan.rounds; round++) {
    for (const task of shuffled(tasks, next)) {
      const start = performance.now();
      for (let i = 0; i < plan.batch; i++) await task.run();
      times.get(task.name)!.push((performance.now() - start) / plan.batch);
    }
  }
  const of = (name: string) => {
    const list = times.get(name);
    if (!list) throw new Error(`no task named ${name}`);
    return list;
  };
  return {
    seed: plan.seed,
    rounds: plan.rounds,
    batch: plan.batch,
    tasks: Object.fromEntries(tasks.map((task) => [task.name, spread(of(task.name))])),
    ratios: Object.fromEntries(
      ratios.map((ratio) => {
        const a = of(ratio.numerator);
        const b = of(ratio.denominator);
        return [ratio.label, spread(a.map((time, round) => time / b[round]!))];
      }),
    ),
  };
}

const RESULT = "BENCH-RESULT ";

/**
 * Runs this benchmark file again in `runs` fresh processes, one after another (each with its own
 * seed), and returns what each measured. A child is recognised by the `--child` argument: it
 * measures, prints its result and the caller should then stop.
 */
export async function inProcesses(
  file: string,
  runs: number,
  child: (seed: number) => Promise<RunResult>,
): Promise<RunResult[] | undefined> {
  const at = process.argv.indexOf("--child");
  if (at >= 0) {
    const result = await child(Number(process.argv[at + 1]));
    console.log(RESULT + JSON.stringify(result));
    return undefined;
  }
  const results: RunResult[] = [];
  for (let run = 0; run < runs; run++) {
    const seed = 0x5eed + run;
    const out = spawnSync(process.execPath, [...process.execArgv, file, "--child", String(seed)], {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "inherit"],
      maxBuffer: 64 * 1024 * 1024,
    });
    const line = out.stdout.split("\n").find((l) => l.startsWith(RESULT));
    if (out.status !== 0 || !line) throw new Error(`benchmark run ${run + 1} failed (exit ${out.status})`);
    results.push(JSON.parse(line.slice(RESULT.length)) as RunResult);
  }
  return results;
}

const fixed = (n: number, digits = 2) => n.toFixed(digits);

/** Prints the runs side by side: medians in ms per task, then each ratio with its IQR and how far the runs disagree. */
export function report(title: string, results: readonly RunResult[], ratios: readonly Ratio[]): void {
  const first = results[0]!;
  console.log(
    `\n${title}: ${results.length} processes × ${first.rounds} interleaved rounds × ${first.batch} runs per batch, medians`,
  );
  console.table(
    Object.keys(first.tasks).map((name) => ({
      task: name,
      ...Object.fromEntries(
        results.map((r, i) => {
          const s = r.tasks[name]!;
          return [`run ${i + 1} ms (IQR)`, `${fixed(s.median)} (${fixed(s.q1)}–${fixed(s.q3)})`];
        }),
      ),
    })),
  );
  for (const ratio of ratios) {
    const medians = results.map((r) => r.ratios[ratio.label]!.median);
    const mid = spread(medians).median;
    const disagreement = (Math.max(...medians) - Math.min(...medians)) / mid;
    const runs = results
      .map((r) => {
        const s = r.ratios[ratio.label]!;
        return `${fixed(s.median, 3)}× (IQR ${fixed(s.q1, 3)}–${fixed(s.q3, 3)})`;
      })
      .join(", ");
    const target =
      ratio.target === undefined ? "" : `; target ≤ ${ratio.target}×: ${mid <= ratio.target ? "met" : "NOT met"}`;
    console.log(`${ratio.label}: ${runs}; runs agree within ${fixed(disagreement * 100, 1)}%${target}`);
  }
}
