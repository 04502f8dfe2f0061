import type { Language } from "./types.js";

/**
 * A country's name in `language`, upper case, for the last line of an address abroad
 * (`DEUTSCHLAND`, `ALLEMAGNE`); the code itself where the runtime has no name for it.
 */
export function countryNameIn(language: Language): (code: string) => string {
  let names: Intl.DisplayNames | undefined;
  return (code) => {
    try {
      names ??= new Intl.DisplayNames([language], { type: "region" });
      const name = names.of(code);
      return name && name !== code ? name.toLocaleUpperCase(language) : code;
    } catch {
      return code;
    }
  };
}
