export type { ExitCode } from "./errors/cli-error.js";
export { EXIT } from "./errors/cli-error.js";
export type { InputStream, OutputStream, RunIo } from "./io/terminal.js";
export { run } from "./run.js";
