import { afterEach, beforeEach, describe, expect, it } from "vitest";
import manifest from "../package.json" with { type: "json" };
import { type Sandbox, sandbox } from "./testing/memory-io.js";

let box: Sandbox;
beforeEach(() => {
  box = sandbox();
});
afterEach(() => box.cleanup());

describe("run: help and version", () => {
  it.each([[["--help"]], [["-h"]], [[]]])("%j prints the command list and exits 0", async (argv) => {
    const { code, stdout, stderr } = await box.run(argv);
    expect(code).toBe(0);
    expect(stderr).toBe("");
    for (const name of ["init", "kit", "plan", "event", "negotiate", "schema"])
      expect(stdout).toMatch(new RegExp(`^  ${name} `, "m"));
  });

  it("--help explains every exit code, 3 (a kit written without some files) included", async () => {
    const { stdout } = await box.run(["--help"]);
    expect(stdout).toContain(
      "Exit codes: 0 done, 1 failed (not your input), 2 a file or option to fix (nothing written),\n",
    );
    expect(stdout).toContain("3 kit written without some files (stderr names each, why, and the fix, e.g. --font).");
  });

  it("kit --help has --font and says what happens to a PDF that cannot be drawn", async () => {
    const { stdout } = await box.run(["kit", "--help"]);
    expect(stdout).toMatch(/--font <file> +A \.ttf\/\.otf\/\.ttc font for characters DejaVu Sans lacks \(repeatable\)/);
    expect(stdout).toContain("fontconfig (fc-match)");
    expect(stdout).toContain("the exit code is 3");
  });

  it.each(["init", "kit", "plan", "event", "negotiate", "schema"])(
    "%s --help prints that command's usage and options",
    async (name) => {
      const { code, stdout } = await box.run([name, "--help"]);
      expect(code).toBe(0);
      expect(stdout).toContain(`$ afterview ${name} `);
      expect(stdout).toContain("Options:");
      expect(stdout).toContain("Examples:");
    },
  );

  it("--version prints the package version", async () => {
    const { code, stdout } = await box.run(["--version"]);
    expect(code).toBe(0);
    expect(stdout.trim()).toBe(manifest.version);
  });
});

describe("run: usage errors are one line on stderr and exit 2", () => {
  it.each([
    {
      name: "unknown command",
      argv: ["frobnicate"],
      line: /^afterview: unknown command "frobnicate"; the commands are /,
    },
    { name: "missing argument", argv: ["plan"], line: /^afterview: missing required args .*afterview plan --help/ },
    { name: "unknown option", argv: ["plan", "sample.json", "--colour"], line: /Unknown option `--colour`/ },
    { name: "option without its value", argv: ["plan", "sample.json", "--now"], line: /--now/ },
    {
      name: "option given twice",
      argv: ["plan", "sample.json", "--now", "a", "--now", "b"],
      line: /--now: give it once/,
    },
    { name: "too many arguments", argv: ["plan", "sample.json", "extra.json"], line: /Unused args: `extra.json`/ },
  ])("$name", async ({ argv, line }) => {
    const { code, stdout, stderr } = await box.run(argv);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr.split("\n").filter(Boolean)).toHaveLength(1);
    expect(stderr).toMatch(line);
  });
});

describe("run: colour only on a terminal without NO_COLOR", () => {
  const ESC = "\u001b[";
  it.each([
    { name: "not a TTY", tty: false, env: {}, coloured: false },
    { name: "a TTY", tty: true, env: {}, coloured: true },
    { name: "a TTY with NO_COLOR=1", tty: true, env: { NO_COLOR: "1" }, coloured: false },
    { name: "a TTY with NO_COLOR empty (unset, by the convention)", tty: true, env: { NO_COLOR: "" }, coloured: true },
  ])("$name", async ({ tty, env, coloured }) => {
    const { code, stdout } = await box.run(["plan", "sample.json"], { tty, env });
    expect(code).toBe(0);
    expect(stdout.includes(ESC)).toBe(coloured);
  });

  it("help is plain when not a TTY", async () => {
    const { stdout } = await box.run(["--help"], { tty: false });
    expect(stdout).not.toContain("\u001b[");
  });
});
