import { run } from "./run.js";

// The `afterview` bin: the process's own streams, working directory, clock and environment.
process.exitCode = await run(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr });
