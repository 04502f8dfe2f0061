import Mustache from "mustache";

/*
 * A private mustache Writer: its template cache is ours, and every call passes its own tags and an
 * identity escape. Nothing touches mustache's module-level state (`Mustache.escape`, `Mustache.tags`,
 * the default writer's cache), so another library's settings cannot change our output or ours theirs.
 * Escaping is each renderer's job: the Document IR holds plain text.
 */
const writer = new Mustache.Writer();
const OPTIONS = { escape: (value: unknown) => String(value), tags: ["{{", "}}"] as ["{{", "}}"] };

/** Renders one section of a template with HTML escaping off. */
export function renderMustache(template: string, view: object): string {
  return writer.render(template, view, {}, OPTIONS);
}
