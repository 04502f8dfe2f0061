#!/usr/bin/env node
import { run } from "./run.js";

// The `afterview` bin: the process's own streams, working directory, clock and environment.
// When the reader of stdout goes away (`afterview schema | head`), stop quietly, as Unix tools do.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
  throw error;
});
process.exitCode = await run(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  stdin: process.stdin,
});
