import { fc, test } from "@fast-check/vitest";
import { afterAll, beforeAll, describe, expect } from "vitest";
import { type Sandbox, sandbox } from "./testing/memory-io.js";

// Whatever the command line, `run` resolves to an exit code and never throws; a failure is exactly
// one line on stderr, and a success writes nothing there. The words are drawn from the real
// commands, options and files, mixed with arbitrary text.
const word = fc.oneof(
  fc.constantFrom("init", "kit", "plan", "event", "negotiate", "schema", "offer", "plan", "event", "interview"),
  fc.constantFrom("--now", "--json", "--out", "--formats", "--tone", "--locale", "--context", "--force", "-h", "-v"),
  fc.constantFrom("sample.json", "missing.json", ".", "2026-11-24T17:00:00-06:00", "pdf,ics", "warm", "en-GB"),
  fc.string({ maxLength: 12 }),
);

let box: Sandbox;
beforeAll(() => {
  box = sandbox();
});
afterAll(() => box.cleanup());

describe("run: any command line", () => {
  const command = fc.oneof(fc.constantFrom("init", "kit", "plan", "event", "negotiate", "schema"), word);
  test.prop([command, fc.array(word, { maxLength: 5 })], { numRuns: 150 })(
    "resolves to 0, 1 or 2; a failure is one line, a success none",
    async (first, rest) => {
      const argv = [first, ...rest];
      // `init` would otherwise stop repeating itself after its first success (the file exists).
      const { code, stderr } = await box.run(argv.includes("init") ? [...argv, "--force"] : argv);
      expect([0, 1, 2]).toContain(code);
      if (code === 0) expect(stderr).toBe("");
      else expect(stderr).toMatch(/^afterview: [^\n]+\n$/);
    },
    60_000,
  );
});
