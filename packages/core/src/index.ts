export type { AfterviewErrorCode, ValidationIssue } from "./errors/afterview-error.js";
export { AfterviewError, AfterviewValidationError } from "./errors/afterview-error.js";
