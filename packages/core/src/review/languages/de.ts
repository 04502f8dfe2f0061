import { sameStem as sameEnglishStem } from "../text/stem.js";
import { STOP_WORDS as ENGLISH_STOP_WORDS } from "../text/stop-words.js";
import { foldedSet, phrasesOf, startsWithAny } from "./build.js";
import { en } from "./en.js";
import type { LanguageRules } from "./types.js";

/*
 * German. Words are compared folded, so umlauts and ß are gone (`für` is `fur`, `Grüße` is
 * `grusse`): a letter typed without umlauts (`fuer` aside) reads the same. German joins words
 * into compounds (`Datenmigration`, `Berufserfahrung`, `Entwicklerstelle`), so a word for the
 * job or an experience is also found at the end of a compound, and stems match inside one.
 * Nouns are capitalised, so a capital inside a sentence does not suggest a name.
 */

const STOP_WORDS = /* @__PURE__ */ foldedSet(`
  aber alle allem allen aller alles als also am an andere anderen anderem anderer anderes auch auf aus bei beim
  bereits besonders bin bis bist da dabei damit dann das dass daß dem den denen denn der deren des dessen deshalb
  die dies diese diesem diesen dieser dieses doch dort du durch ein eine einem einen einer eines einige einigen
  einmal er es etwas euch euer für ganz gegen gern gerne gewesen hab habe haben hat hatte hätte hatten hier hin
  hinter ich ihm ihn ihnen ihr ihre ihrem ihren ihrer ihres im in indem ins ist ja jede jedem jeden jeder jedes
  jetzt kann kein keine keinem keinen keiner können könnte konnte mal man mehr mein meine meinem meinen meiner
  meines mich mir mit möchte muss musste nach nicht nichts noch nochmals nun nur ob oder ohne schon sehr sein
  seine seinem seinen seiner sich sie sind so solche soll sollte sondern sowie über um und uns unser unsere
  unserem unseren unter viel viele vielen vom von vor während war wäre waren was weil weiter welche welchem
  welchen welcher wenn wer werde werden wie wieder will wir wird wo wollen wollte würde würden wurde zu zum zur
  zwar zwischen heute wirklich eben`);

/** The particles that, as in CISTEM, come off a German word's end (`-em`, `-er`, `-nd`; `-t`, `-e`, `-s`, `-n`). */
function stem(word: string): string {
  if (word.length <= 3 || /\d/.test(word)) return word;
  let out = word.startsWith("ge") && word.length >= 6 ? word.slice(2) : word;
  for (;;) {
    if (out.length > 5 && /(em|er|nd)$/.test(out)) out = out.slice(0, -2);
    else if (out.length > 4 && /[tesn]$/.test(out)) out = out.slice(0, -1);
    else return out;
  }
}

/** As in English, or one stem of five letters or more begins or ends a compound (`migratio`, `datenmigratio`). */
function sameStem(a: string, b: string): boolean {
  if (sameEnglishStem(a, b)) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length >= 5 && (long.startsWith(short) || long.endsWith(short));
}

/** Words for the job; the nouns among them also end compounds (`Entwicklerstelle`, `Datenteam`). */
const ROLE_WORDS = /* @__PURE__ */ foldedSet(`
  job tätigkeit mitarbeit einstieg haus chance gelegenheit möglichkeit herausforderung zusammenarbeit teil
  mitarbeiten mitzuarbeiten mitwirken mitzuwirken beitragen beizutragen einbringen einzubringen verstärken
  unterstützen einsteigen einzusteigen arbeiten anfangen starten wechsel wechseln`);
const ROLE_HEADS = /* @__PURE__ */ foldedSet(`
  stelle position rolle aufgabe aufgaben team teams unternehmen firma abteilung mannschaft`);

const isInterestWord = /* @__PURE__ */ startsWithAny(
  `interessiert interesse begeistert begeisterung motiviert motivation freue freuen freude gespannt reizt reizvoll
  reizen lust spannend wunsch wünsche möchte gern gerne`,
  "interessant",
);

/** After "möchte" (in the same sentence, German puts the verb last): wishes that are not the job. */
const isOtherAim = /* @__PURE__ */ startsWithAny(`
  dank bedank ergänz erwähn mitteil nachreich nachtrag hinzufüg erläuter schilder erzähl nenn beschreib aufgreif
  anknüpf zurückkomm eingeh ausführ präzisier klarstell sag hinweis nachhol schick send`);

/** Words that make "gern" a wish ("ich würde sehr gern …"), not a courtesy ("stehe ich gern zur Verfügung"). */
const CONDITIONALS = /* @__PURE__ */ foldedSet("würde würden möchte möchten wäre hätte");

/**
 * "Möchte" and a wishing "gern" are about the job unless the clause goes on to thank, add or
 * mention something ("ich möchte mich bedanken", "möchte ich gern ergänzen"); German puts that
 * verb last, so the rest of the clause is read.
 */
function isOtherWish(words: readonly string[], index: number, end: number): boolean {
  const word = words[index]!;
  if (word === "gern" || word === "gerne") {
    if (!words.slice(Math.max(0, index - 3), index).some((before) => CONDITIONALS.has(before))) return true;
  } else if (!word.startsWith("mochte")) return false;
  return words.slice(index + 1, end).some(isOtherAim);
}

const GREETINGS = /* @__PURE__ */ foldedSet("sehr liebe lieber liebes hallo guten grüß grüezi servus moin");

/**
 * The rules for German: the `review` of `de` from `@afterview/core/languages`, built once, on
 * first use (`rulesOf` in choose.ts).
 */
export function german(): LanguageRules {
  return {
    language: "de",
    stopWords: /* @__PURE__ */ new Set([...ENGLISH_STOP_WORDS, ...STOP_WORDS]),
    stem,
    sameStem,
    elisions: en.elisions,
    abbreviations: /* @__PURE__ */ foldedSet(
      "dr prof z b bzw usw ca ggf inkl evtl bspw vgl nr str fr hr hrn dipl ing mag u.a z.b d.h s.o o.g i.d.r",
    ),
    isThanks: /* @__PURE__ */ startsWithAny("dank bedank merci"),
    interest: {
      isWord: isInterestWord,
      phrases: phrasesOf(["mit freude"]),
      negations: /* @__PURE__ */ foldedSet("nicht kein keine keinen keinem keiner nie niemals"),
      negationReach: 8,
      clauseBound: true,
      negationStops: /* @__PURE__ */ foldedSet("aber sondern doch dass"),
      notNegating: /* @__PURE__ */ phrasesOf(["nicht nur", "nicht zuletzt", "nicht weniger", "nicht minder"]),
      isOtherWish,
      isRoleReference: (word) => ROLE_WORDS.has(word) || [...ROLE_HEADS].some((head) => word.endsWith(head)),
      renewal: /* @__PURE__ */ foldedSet(
        "weiterhin ungebrochen bestärkt gestärkt verstärkt gewachsen gestiegen bleibt besteht unverändert größer",
      ),
    },
    exampleCues: /* @__PURE__ */ phrasesOf([
      "zum beispiel",
      "beispielsweise",
      "ein beispiel",
      "ein weiteres beispiel",
      "ein konkretes beispiel",
      "als beispiel",
      "nicht erwähnt",
      "nicht erwähnen",
      "vergessen zu erwähnen",
      "zu erwähnen vergessen",
      "nicht mehr dazu gekommen",
      "nicht dazu gekommen",
      "nicht die gelegenheit",
      "keine gelegenheit",
      "nicht die zeit",
      "ergänzen",
      "ergänzend",
      "nachreichen",
      "nachtragen",
      "hinzufügen",
      "nachholen",
      "sie fragten",
      "sie hatten gefragt",
      "sie haben gefragt",
      "ihre frage",
      "ihrer frage",
      "als wir über",
      "wir sprachen über",
      "über die wir gesprochen",
      "unser gespräch über",
      "unserem gespräch über",
      "zurückkommen",
      "aufgreifen",
      "anknüpfen",
      "erläutern",
      "präzisieren",
      "veranschaulichen",
      "näher eingehen",
    ]),
    differentiator: {
      phrases: /* @__PURE__ */ phrasesOf([
        "was mich auszeichnet",
        "zeichnet mich aus",
        "mich auszeichnet",
        "von anderen abhebt",
        "bringe ich mit",
        "mitbringe",
        "mitbringen",
        "einbringen",
        "einzubringen",
        "meine stärke",
        "meine stärken",
        "habe ich geleitet",
        "geleitet",
        "aufgebaut",
        "verantwortet",
        "umgesetzt",
        "bin überzeugt",
        "bin ich überzeugt",
        "gut passe",
        "gut passen",
        "passt gut",
        "qualifiziert",
        "nachweislich",
        "mehrjährige",
        "langjährige",
        "know how",
      ]),
      // Erfahrung, Berufserfahrung, Projekterfahrungen; Kenntnisse, Fachkenntnisse; Fachkompetenz; Expertise.
      isWord: (word) => /(erfahrung|kenntniss|kompetenz|expertise|qualifikation)/.test(word),
    },
    titleLevels: /* @__PURE__ */ foldedSet(
      "senior junior lead leitend leitende leitender principal staff head chief sr jr erfahrene erfahrener",
    ),
    greetings: /* @__PURE__ */ new Set([...en.greetings, ...GREETINGS]),
    genericOpeners: en.genericOpeners,
    honorifics: /* @__PURE__ */ new Set([
      ...en.honorifics,
      ...foldedSet("frau herr herrn dr prof professor professorin dipl ing mag fr hr"),
    ]),
    letterWords: /* @__PURE__ */ new Set([
      ...en.letterWords,
      ...foldedSet(`sehr geehrte geehrter geehrtes liebe lieber hallo guten tag morgen abend mit freundlichen
      freundliche grüßen grüße gruß beste besten herzliche herzlichen viele vielen dank danke hochachtungsvoll
      damen herren schöne`),
    ]),
    greetingComma: true,
    capitalisedNouns: true,
    placeholderWords: /* @__PURE__ */ new Set([
      ...en.placeholderWords,
      ...foldedSet(`name namen vorname nachname firma firmenname unternehmen stelle stellenbezeichnung position
      datum ansprechpartner ansprechpartnerin empfänger ihr ihre dein deine einfügen hier titel anrede ort`),
    ]),
    placeholderMarks: en.placeholderMarks,
    sampleNames: /* @__PURE__ */ foldedSet("mustermann musterfrau musterfirma"),
    placeholderMeaning: {
      company: /* @__PURE__ */ foldedSet("firma firmenname unternehmen arbeitgeber unternehmensname"),
      role: /* @__PURE__ */ foldedSet("stelle position stellenbezeichnung job rolle"),
      person: /* @__PURE__ */ foldedSet("name namen ansprechpartner ansprechpartnerin empfänger"),
      name: /* @__PURE__ */ foldedSet("name namen vorname nachname"),
      own: /* @__PURE__ */ foldedSet("ihr ihre dein deine mein meine"),
    },
  };
}
