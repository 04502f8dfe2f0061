import { AfterviewError } from "@afterview/core";

/** The PDF engines to install, as tested; also the optional peer ranges in package.json. */
export const PDF_ENGINES = ["pdf-lib@~1.17.1", "fontkit@~2.0.4", "dejavu-fonts-ttf@~2.37.3"] as const;

/**
 * The Word engine to install: 9.7.0 is the last docx whose dependencies support Node 20 (later ones
 * pull nanoid 6, which declares Node 22 and warns on install); any later 9.x works on Node 22 and up.
 */
export const DOCX_ENGINES = ["docx@9.7.0"] as const;

/**
 * Loads a module that imports optional peer dependencies (the PDF and Word engines), turning
 * "package not found" into an `AfterviewError` `missing-dependency` that names the install line.
 * The engines are optional so that apps rendering only text, HTML, .eml and .ics do not install them.
 */
export async function loadEngine<T>(feature: string, packages: readonly string[], load: () => Promise<T>): Promise<T> {
  try {
    return await load();
  } catch (error) {
    const missing = missingPackage(error, packages);
    if (!missing) throw error;
    throw new AfterviewError(
      "missing-dependency",
      `${feature} needs ${missing}, an optional peer dependency of @afterview/renderers that is not installed. ` +
        `Install the engines it uses:\n  npm install ${packages.join(" ")}`,
      { cause: error },
    );
  }
}

/** The package of `packages` that `error` says is missing (ESM's or CommonJS's "not found"), if any. */
function missingPackage(error: unknown, packages: readonly string[]): string | undefined {
  if (typeof error !== "object" || error === null) return undefined;
  const { code, message } = error as { code?: unknown; message?: unknown };
  if ((code !== "ERR_MODULE_NOT_FOUND" && code !== "MODULE_NOT_FOUND") || typeof message !== "string") return undefined;
  const names = packages.map((spec) => spec.replace(/(?<=.)@.*$/, ""));
  return names.find((name) => message.includes(`'${name}'`) || message.includes(`'${name}/`));
}
