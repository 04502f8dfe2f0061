// Renders the PDF letters, their envelopes and the .docx letters of three interviews (a rich US one,
// a British one, a US candidate writing to a Tokyo office) as small PNGs, for a person to look at:
// the address inside the envelope window, the bold subject, the spacing around lists. The pictures
// go in docs/pictures/ and are shown in docs/renderers-and-formats.md.
//
// Each letter and .docx picture has the window band drawn on it (red, dashed): the part of the
// sheet a #10 (Letter) or DL (A4) window shows wherever the folded sheet rests. Each envelope has
// the top and bottom of the zone postal machines read. Those lines are added for the picture only.
//
// Needs poppler-utils (pdftoppm). The .docx goes through LibreOffice (libreoffice-writer-nogui;
// Calibri is Carlito, fonts-crosextra-carlito, when installed); without it those pictures are
// skipped with a line. Not part of `pnpm test`.
// Run: node --conditions=@afterview/source --import tsx scripts/render-pictures.mjs [out-dir]
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

// The sources, as the tests run them: templates load their .mustache files as text.
await import("../packages/templates/scripts/register-mustache.mjs");
const { createPlan, parseInterviewInput } = await import("../packages/core/src/index.ts");
const { compose, composePlan } = await import("../packages/templates/src/index.ts");
const { renderEnvelopePdf, renderPdf } = await import("../packages/renderers/src/pdf/index.ts");
const { renderDocx } = await import("../packages/renderers/src/docx/index.ts");
const { A4_WINDOW_BAND, LETTER_WINDOW_BAND } = await import("../packages/renderers/src/internal/envelope-window.ts");
const { ENVELOPE_10, ENVELOPE_DL } = await import("../packages/renderers/src/pdf/measures.ts");
// pdf-lib is the renderers' dependency, not the workspace root's: found from there.
const fromRenderers = createRequire(new URL("../packages/renderers/package.json", import.meta.url));
const { PDFDocument, rgb } = await import(pathToFileURL(fromRenderers.resolve("pdf-lib")).href);

const OUT = process.argv[2] ?? "docs/pictures";
const DPI = 60;
const KEYS = ["us", "gb", "tokyo"];

const readJson = (path) => JSON.parse(readFileSync(new URL(path, import.meta.url), "utf8"));
const sample = readJson("../examples/data/sample-interview.json");
const british = readJson("../examples/data/three-interviewers.json");

/** The three interviews: as given, the British one with the candidate's address, and the sample moved to Tokyo. */
const INTERVIEWS = {
  us: sample,
  gb: {
    ...british,
    candidate: {
      ...british.candidate,
      address: { lines: ["Flat 2", "14 Mill Lane"], locality: "Leeds", postalCode: "LS1 4AB", country: "GB" },
    },
  },
  tokyo: {
    ...sample,
    id: "example-kk-platform-engineer",
    role: "Senior Platform Engineer",
    company: {
      name: "Example KK",
      timeZone: "Asia/Tokyo",
      country: "JP",
      address: {
        lines: ["1-1 Marunouchi 1-chome"],
        locality: "Chiyoda-ku",
        region: "Tokyo",
        postalCode: "100-0005",
        country: "JP",
      },
    },
    start: "2026-11-25T09:00:00+09:00[Asia/Tokyo]",
    end: "2026-11-25T10:30:00+09:00[Asia/Tokyo]",
    format: "video",
    interviewers: [
      {
        name: "Kenji Sato",
        title: "Head of Platform Engineering",
        spellingConfirmed: true,
        topics: ["running the build farm across two regions"],
      },
    ],
    scheduler: { name: "Yuki Tanaka", title: "Recruiter", email: "yuki.tanaka@example.jp", phone: "+81 3 5555 0100" },
    notes: {
      ...sample.notes,
      missedExample:
        "When Kenji asked about slow builds, I forgot to mention the remote cache I set up that cut our CI time by half.",
    },
  },
};

/** A file name's ASCII form of a name: `Marek Szczepański` → `marek-szczepanski`. */
const slug = (name) =>
  name
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { encoding: "utf8", timeout: 300_000, ...options });
  if (result.error || result.status !== 0) {
    throw new Error(`${command} ${args.join(" ")} failed: ${result.error?.message ?? result.stderr}`);
  }
  return result.stdout;
}

const has = (command, flag) => spawnSync(command, [flag], { stdio: "ignore" }).error === undefined;

const OUTLINE = 1;

/**
 * Draws red dashed outlines around areas (from the sheet's top-left, in points) on the first page
 * of a PDF, just outside them, so that an outline never covers text that is inside.
 */
async function outlined(bytes, areas) {
  const pdf = await PDFDocument.load(bytes);
  const page = pdf.getPage(0);
  const { height } = page.getSize();
  for (const { left, top, right, bottom } of areas) {
    page.drawRectangle({
      x: left - OUTLINE / 2,
      y: height - bottom - OUTLINE / 2,
      width: right - left + OUTLINE,
      height: bottom - top + OUTLINE,
      borderColor: rgb(0.85, 0.1, 0.1),
      borderWidth: OUTLINE,
      borderDashArray: [4, 3],
    });
  }
  return pdf.save({ useObjectStreams: true });
}

/** The window band of the letter's paper, as renderPdf and renderDocx choose it (A4 for en-GB). */
const windowBand = (doc) => (doc.locale === "en-GB" ? A4_WINDOW_BAND : LETTER_WINDOW_BAND);

/** The envelope's reading zone (its top and bottom limits), drawn as flat boxes across the envelope. */
function readingZone(doc) {
  const envelope = doc.locale === "en-GB" ? ENVELOPE_DL : ENVELOPE_10;
  return [envelope.recipientTopLimit, envelope.recipientBottomLimit].map((y) => ({
    left: 0,
    right: envelope.width,
    top: y,
    bottom: y,
  }));
}

/** Renders every page of a PDF to `<base>.png` (or `<base>-2.png`… for later pages). */
function picture(pdfPath, base) {
  const prefix = join(OUT, base);
  run("pdftoppm", ["-png", "-r", String(DPI), pdfPath, prefix]);
  const made = readdirSync(OUT)
    .filter((name) => name.startsWith(`${base}-`) && /-\d+\.png$/.test(name.slice(base.length)))
    .sort();
  return made.map((name, index) => {
    const target = index === 0 ? `${base}.png` : `${base}-${index + 1}.png`;
    if (name !== target) {
      writeFileSync(join(OUT, target), readFileSync(join(OUT, name)));
      rmSync(join(OUT, name));
    }
    return target;
  });
}

if (!has("pdftoppm", "-v")) {
  console.error("pdftoppm not found: apt-get install -y poppler-utils");
  process.exit(1);
}
const libreoffice = has("libreoffice", "--version");
mkdirSync(OUT, { recursive: true });
for (const name of readdirSync(OUT)) {
  if (KEYS.some((key) => name.startsWith(`${key}-`)) && name.endsWith(".png")) rmSync(join(OUT, name));
}
const work = mkdtempSync(join(tmpdir(), "afterview-pictures-"));
const pictures = [];
const docxFiles = [];

try {
  for (const key of KEYS) {
    const input = parseInterviewInput(INTERVIEWS[key]);
    const plan = createPlan(input, { now: input.end });
    for (const recipient of input.interviewers) {
      const letter = compose("thank-you/letter", { input, plan, recipient });
      const base = `${key}-${slug(recipient.name)}`;
      const band = windowBand(letter);
      writeFileSync(join(work, `${base}-letter.pdf`), await outlined(await renderPdf(letter), [band]));
      pictures.push(...picture(join(work, `${base}-letter.pdf`), `${base}-letter`));
      const envelope = await outlined(await renderEnvelopePdf(letter), readingZone(letter));
      writeFileSync(join(work, `${base}-envelope.pdf`), envelope);
      pictures.push(...picture(join(work, `${base}-envelope.pdf`), `${base}-envelope`));
      writeFileSync(join(work, `${base}-docx.docx`), await renderDocx(letter));
      docxFiles.push({ base: `${base}-docx`, band });
    }
    if (key === "us") {
      // One call script, for its headings in bold (the kit writes scripts as text; renderPdf takes them too).
      const script = composePlan(plan, input).find((doc) => doc.kind === "script");
      writeFileSync(join(work, "us-call-script.pdf"), await renderPdf(script));
      pictures.push(...picture(join(work, "us-call-script.pdf"), "us-call-script"));
    }
  }

  if (!libreoffice) {
    console.log("libreoffice not found: the .docx pictures are skipped (apt-get install -y libreoffice-writer-nogui)");
  } else {
    if (!run("fc-match", ["Calibri"]).includes("Carlito")) {
      console.log(
        "(Calibri falls back to another font here: apt-get install -y fonts-crosextra-carlito for Word's metrics)",
      );
    }
    const profile = `file://${join(work, "libreoffice-profile")}`;
    const files = docxFiles.map(({ base }) => join(work, `${base}.docx`));
    run("libreoffice", [
      `-env:UserInstallation=${profile}`,
      "--headless",
      "--convert-to",
      "pdf",
      "--outdir",
      work,
      ...files,
    ]);
    for (const { base, band } of docxFiles) {
      const pdfPath = join(work, `${base}.pdf`);
      writeFileSync(pdfPath, await outlined(readFileSync(pdfPath), [band]));
      pictures.push(...picture(pdfPath, base));
    }
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

let total = 0;
for (const name of pictures) {
  const { size } = statSync(join(OUT, name));
  total += size;
  console.log(`${join(OUT, name).padEnd(52)} ${(size / 1024).toFixed(1).padStart(6)} KB`);
}
console.log(`${pictures.length} pictures, ${(total / 1024).toFixed(0)} KB in all`);
