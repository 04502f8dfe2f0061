/**
 * A file-name-safe slug: accents dropped (`Szczepański` → `szczepanski`), lower case, runs of
 * anything else turned into one dash, at most 40 characters. Empty when nothing Latin is left
 * (a name written only in another script); callers supply a fallback.
 */
export function slug(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/ß/g, "ss")
    .replace(/[łŁ]/g, "l")
    .replace(/[øØ]/g, "o")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 40)
    .replace(/-+$/, "");
}

/**
 * The base name of the n-th document of a kit (1-based), without extension:
 * `03-thank-you-letter-marek-szczepanski`. The number keeps files in plan order and the names unique.
 */
export function documentBaseName(index: number, templateId: string, recipient: string | undefined): string {
  const parts = [String(index).padStart(2, "0"), slug(templateId.replace("/", " "))];
  const who = recipient === undefined ? "" : slug(recipient);
  if (who) parts.push(who);
  return parts.join("-");
}
