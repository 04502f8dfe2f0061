/**
 * The language packs besides English, for browser apps to register (`registerLanguage(de)`); the
 * Node build has them built in. Importing one pack leaves the others out of a bundle.
 *
 * @example
 * ```ts
 * import { registerLanguage } from "@afterview/templates";
 * import { fr } from "@afterview/templates/languages";
 * registerLanguage(fr);
 * ```
 *
 * @packageDocumentation
 */
export { de } from "./languages/de/index.js";
export { es } from "./languages/es/index.js";
export { fr } from "./languages/fr/index.js";
