import { execFile } from "node:child_process";
import { readdirSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type Sandbox, sandbox } from "./testing/memory-io.js";

// The bin in a real process: its exit code, its streams and no colour through a pipe. The built
// bin needs every package built first, so this runs the source bin through tsx with the source
// condition (and the hooks that load the templates' .mustache files); `pnpm pack:check` and CI's
// main job exercise the built one.
const tsx = createRequire(import.meta.url).resolve("tsx/cli");
const bin = fileURLToPath(new URL("./cli.ts", import.meta.url));
const mustache = fileURLToPath(new URL("../scripts/register-mustache.mjs", import.meta.url));

function spawnCli(argv: readonly string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [tsx, "--import", mustache, "--conditions=@afterview/source", bin, ...argv],
      { cwd, env: withoutColourSettings(process.env) },
      (error, stdout, stderr) => {
        const code = error ? Number((error as { code?: unknown }).code ?? 1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

function withoutColourSettings(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const { NO_COLOR: _no, FORCE_COLOR: _force, ...rest } = env;
  return rest;
}

let box: Sandbox;
beforeEach(() => {
  box = sandbox();
});
afterEach(() => box.cleanup());

describe("the afterview bin", () => {
  it("plans the sample: exit 0, plain text through a pipe", { timeout: 30_000 }, async () => {
    const { code, stdout, stderr } = await spawnCli(
      ["plan", "sample.json", "--now", "2026-11-24T18:00:00-05:00"],
      box.dir,
    );
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Senior Data Engineer at Acme Corp/);
    expect(stdout).not.toContain("\u001b[");
  });

  it("writes the sample's kit: exit 0, the folder whole", { timeout: 60_000 }, async () => {
    const { code, stdout, stderr } = await spawnCli(
      ["kit", "sample.json", "--out", "kit", "--now", "2026-11-24T18:00:00-05:00"],
      box.dir,
    );
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Wrote kit\/ \(19 files\):\n/);
    expect(readdirSync(join(box.dir, "kit"))).toHaveLength(19);
  });

  it("a missing file: exit code 2 and one line on stderr", { timeout: 30_000 }, async () => {
    const { code, stdout, stderr } = await spawnCli(["plan", "missing.json"], box.dir);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toMatch(/^afterview: missing\.json: no such file \(looked for .*missing\.json\)\n$/);
  });
});
