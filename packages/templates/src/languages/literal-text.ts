/**
 * A template's source with `change` applied to its literal text only: every `{{tag}}` is left as it
 * is, so a language pack's `adapt` changes our own prose and never the values filled in.
 */
export function changeLiteralText(source: string, change: (prose: string) => string): string {
  return source
    .split(/(\{\{[^}]*\}\})/u)
    .map((part, index) => (index % 2 === 1 ? part : change(part)))
    .join("");
}
