/*
 * A batch of 10,000 plans in one fresh process: the median and spread of the time per plan, the
 * whole batch's wall time, and the process's peak resident memory (the kernel's high-water mark,
 * `process.resourceUsage().maxRSS`) before and after. The interviews are the plan bench's kind
 * (eight zones, 2025–2028, every format, interest, stated timeline and policy), drawn from a seeded
 * generator so every run does the same work; the plans are kept, as a server holding a day's batch
 * would, so the memory figure includes them. Runs in its own process, after plan.bench.ts, so the
 * other bench's memory does not count. Run with `pnpm --filter @afterview/core bench`.
 */
import { createPlan } from "../src/plan/create-plan.js";
import { PHRASES, PLACES, POLICIES, type Variation, variedInterview } from "../src/plan/test-fixtures.js";

const COUNT = 10_000;
const WARMUP = 200;

/** Numerical Recipes' LCG (mod 2^32): deterministic, no Math.random. */
function lcg(seed: number): (n: number) => number {
  let state = seed >>> 0;
  return (n) => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return Math.floor((state / 2 ** 32) * n);
  };
}

const pick = lcg(10_000);
const variation = (): Variation => ({
  day: pick(1461),
  startMinute: 7 * 60 + pick(13 * 60),
  minutes: 30 + pick(151),
  employer: pick(PLACES.length),
  candidate: pick(PLACES.length),
  format: pick(3),
  interest: pick(3),
  phrase: pick(PHRASES.length + 1) - 1,
  interviewers: pick(3),
  people: pick(512),
  scheduler: pick(4),
  handwriting: pick(3),
  addresses: pick(2) === 1,
  nowMinutes: pick(72 * 60),
  policy: pick(POLICIES.length),
});
const cases = Array.from({ length: COUNT }, () => variedInterview(variation()));

const mb = (kb: number) => (kb / 1024).toFixed(1);
const rssBefore = process.resourceUsage().maxRSS;

for (let i = 0; i < WARMUP; i++) createPlan(cases[i]!.input, cases[i]!.options);

const times = new Float64Array(COUNT);
const plans: unknown[] = new Array(COUNT);
const started = performance.now();
for (let i = 0; i < COUNT; i++) {
  const c = cases[i]!;
  const t0 = performance.now();
  plans[i] = createPlan(c.input, c.options);
  times[i] = performance.now() - t0;
}
const wall = performance.now() - started;
const rssAfter = process.resourceUsage().maxRSS;

const sorted = times.slice().sort();
const at = (q: number) => sorted[Math.min(COUNT - 1, Math.floor(q * COUNT))]! * 1000;
console.log(`batch of ${plans.length} plans (seeded LCG), Node ${process.version}, ${WARMUP} warm-up plans first`);
console.table({
  "µs per plan": {
    median: Number(at(0.5).toFixed(1)),
    p75: Number(at(0.75).toFixed(1)),
    p99: Number(at(0.99).toFixed(1)),
    max: Number(at(1).toFixed(1)),
  },
});
console.log(`whole batch: ${(wall / 1000).toFixed(2)} s wall (${((wall * 1000) / COUNT).toFixed(1)} µs per plan)`);
console.log(`peak RSS: ${mb(rssAfter)} MB (${mb(rssBefore)} MB before the batch, inputs built)`);
