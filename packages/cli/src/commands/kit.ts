import { loadInterview, planInterview } from "../inputs/load.js";
import { stringListOption, stringOption } from "../inputs/options.js";
import { KIT_FORMATS, parseFormats } from "../kit/formats.js";
import type { CommandSpec } from "./command-spec.js";

/** The tones and locales of @afterview/templates, for `--help` (kit.test.ts checks they match). */
export const KIT_TONES = ["warm", "formal", "brief"] as const;
/** See {@link KIT_TONES}. */
export const KIT_LOCALES = ["en-US", "en-GB"] as const;

/** `afterview kit <interview>`: the plan, every letter, email and script, and a calendar, in one folder. */
export const kitCommand: CommandSpec = {
  name: "kit",
  args: "<interview>",
  summary: "Write the whole kit: plan, letters, emails, call scripts and a calendar",
  details: [
    "INTERVIEW is a .json, .yaml or .yml file (start from `afterview init`).",
    "Writes one folder: START-HERE.txt, plan.json (for `afterview event`), plan.md, plan.ics, and for",
    "each step that needs words a draft: .eml for emails, .pdf/.docx (and an envelope) for letters,",
    ".txt/.md for everything. The folder appears whole or not at all; an earlier kit there is replaced,",
    "any other non-empty folder is refused.",
    "",
    "PDFs are drawn in DejaVu Sans (Latin, Greek, Cyrillic). For a character it lacks (山, 김, ก) the",
    "--font files are tried in order, then a font of this machine found with fontconfig (fc-match).",
    "A PDF that still cannot be made, or that holds right-to-left text (Arabic, Hebrew), is left out",
    "with one line on stderr naming the file, the character and the fix; the rest of the kit is",
    "written and the exit code is 3.",
  ],
  options: [
    { flags: "--now <iso>", description: "Plan as of this instant (default: the clock)" },
    { flags: "--out <dir>", description: "The folder to write (default: afterview-<interview id>)" },
    { flags: "--formats <list>", description: `Comma-separated, any of ${KIT_FORMATS.join(",")} (default: all)` },
    { flags: "--tone <tone>", description: `${KIT_TONES.join(" | ")} (default: each template's own)` },
    { flags: "--locale <locale>", description: `${KIT_LOCALES.join(" | ")} (default: by the candidate's country)` },
    { flags: "--font <file>", description: "A .ttf/.otf/.ttc font for characters DejaVu Sans lacks (repeatable)" },
  ],
  examples: [
    "afterview kit interview.yaml",
    "afterview kit interview.json --out kit --formats pdf,eml,ics --tone formal",
    "afterview kit interview.json --now 2026-11-24T18:00:00-05:00 --locale en-GB",
    "afterview kit interview.yaml --font /usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
  ],
  async run([file = ""], options, term) {
    const now = stringOption(options, "now") ?? term.now();
    const formats = parseFormats(stringOption(options, "formats"));
    const tone = stringOption(options, "tone");
    const locale = stringOption(options, "locale");
    const fonts = stringListOption(options, "font");
    const input = await loadInterview(file, term.cwd);
    const out = stringOption(options, "out");
    const plan = planInterview(input, file, now);
    // Loaded on demand (templates, the PDF and Word renderers, transliteration tables): see make-kit.ts.
    const { makeKit } = await import("../kit/make-kit.js");
    return makeKit({ file, input, plan, now, out, formats, tone, locale, fonts }, term);
  },
};
