import Mustache from "mustache";

/*
 * A private mustache Writer: every call passes its own tags and an identity escape. Nothing touches
 * mustache's module-level state (`Mustache.escape`, `Mustache.tags`, the default writer's cache), so
 * another library's settings cannot change our output or ours theirs. Escaping is each renderer's
 * job: the Document IR holds plain text.
 *
 * Templates are parsed once (`compileMustache`) and rendered from their tokens, so a render does
 * not rebuild and hash a cache key from the whole template text as `Writer.render` does.
 */
const writer = new Mustache.Writer();
const TAGS: ["{{", "}}"] = ["{{", "}}"];
const OPTIONS = { escape: (value: unknown) => String(value), tags: TAGS };

/** A template parsed once: its text (for higher-order sections) and its tokens. */
export interface CompiledTemplate {
  source: string;
  tokens: string[][];
}

/** A view wrapped for rendering; mustache remembers each name it looked up in it. */
export type RenderView = InstanceType<typeof Mustache.Context>;

/** Parses a template once, with our tags whatever mustache's global tags are. */
export function compileMustache(source: string): CompiledTemplate {
  return { source, tokens: writer.parse(source, TAGS) as string[][] };
}

/** Wraps a view for {@link renderCompiled}; one wrapper serves every section of a document. */
export function renderView(view: object): RenderView {
  return new Mustache.Context(view);
}

/** Renders a parsed template with HTML escaping off. */
export function renderCompiled(template: CompiledTemplate, view: RenderView): string {
  return writer.renderTokens(template.tokens, view, {}, template.source, OPTIONS);
}
