import { sameStem } from "../text/stem.js";
import { STOP_WORDS as ENGLISH_STOP_WORDS } from "../text/stop-words.js";
import { foldedSet, phrasesOf, startsWithAny } from "./build.js";
import { en } from "./en.js";
import type { LanguageRules } from "./types.js";

/*
 * French. The elided particles (`l'`, `d'`, `qu'`, `j'`, `n'`...) are words of their own, so
 * `d'Acme` names Acme and `l'équipe` is a word for the job. Words are compared folded, so
 * `intéressé`, `intéressée` and `interesse` are one word; adjectives are matched in both genders
 * (`motivé`, `motivée`), as are neutral turns of phrase (`ma motivation reste entière`).
 */

/** Particles written with an apostrophe before a vowel. */
const ELISIONS = /* @__PURE__ */ foldedSet("l d j m n s t c qu jusqu lorsqu puisqu quoiqu");

const STOP_WORDS = /* @__PURE__ */ foldedSet(
  `l' d' j' m' n' s' t' c' qu' jusqu' lorsqu' puisqu' à a au aux avec ce ces cet cette de des du dans elle elles en
  et eux il ils je la le les leur leurs lui ma mais me même mes moi mon ne nos notre nous on ou où par pas pour
  que qui sa se ses son sur ta te tes toi ton tu un une vos votre vous y été être avoir ai as avait avais avons
  avez ont suis es est sommes êtes sont sera serait serais ceci cela ça très plus aussi bien tout tous toute
  toutes comme si sans sous chez entre dont lors lorsque puis donc car ainsi alors encore déjà ici lequel
  laquelle quel quelle quels quelles cela celui celle ceux fait faire peu beaucoup aucun aucune`,
  ELISIONS,
);

const SUFFIXES = [
  "issements",
  "issement",
  "ements",
  "ement",
  "ations",
  "ation",
  "atrices",
  "atrice",
  "ateurs",
  "ateur",
  "ances",
  "ance",
  "ences",
  "ence",
  "ites",
  "ite",
  "ives",
  "ive",
  "ifs",
  "if",
  "euses",
  "euse",
  "eurs",
  "eur",
  "iques",
  "ique",
  "ismes",
  "isme",
  "istes",
  "iste",
  "ables",
  "able",
  "ants",
  "ant",
  "ees",
  "ee",
  "es",
  "er",
  "ez",
  "ais",
  "ait",
  "ai",
  "e",
  "s",
  "x",
];

/** A light French stemmer on folded words: `migration`, `migré`, `migrer` and `migrations` are `migr`. */
function stem(word: string): string {
  if (word.length <= 3 || /\d/.test(word)) return word;
  let out = word;
  if (out.length > 4 && /[sx]$/.test(out)) out = out.slice(0, -1);
  for (const suffix of SUFFIXES) {
    if (out.endsWith(suffix) && out.length - suffix.length >= 3) return out.slice(0, -suffix.length);
  }
  return out;
}

const ROLE_WORDS = /* @__PURE__ */ foldedSet(`
  poste postes rôle fonction mission missions équipe équipes entreprise société structure maison groupe rejoindre
  intégrer contribuer collaborer collaboration opportunité candidature emploi travailler aventure côtés défi
  participer`);

/** After "je souhaite", "j'aimerais", "je voudrais": wishes that are not the job. */
const isOtherAim = /* @__PURE__ */ startsWithAny(
  "remerci ajout mentionn précis partag revenir complét signal indiqu évoqu expliqu dire donner rappel",
);

/**
 * The rules for French: the `review` of `fr` from `@afterview/core/languages`, built once, on
 * first use (`rulesOf` in choose.ts).
 */
export function french(): LanguageRules {
  return {
    language: "fr",
    stopWords: /* @__PURE__ */ new Set([...ENGLISH_STOP_WORDS, ...STOP_WORDS]),
    stem,
    sameStem,
    elisions: ELISIONS,
    abbreviations: /* @__PURE__ */ foldedSet("m mme mlle dr pr cf ex etc env p st ste av bd tél n no"),
    isThanks: /* @__PURE__ */ startsWithAny("merci remerci reconnaissant reconnaissance gratitude"),
    interest: {
      isWord: /* @__PURE__ */ startsWithAny(
        `intéress intérêt motivé motivée motivés motivation enthousias envie hâte impatien ravi souhait désir
      passionn emball attiré plaisir heureux heureuse aimerais voudrais adorerais`,
        "intéressant",
      ),
      phrases: /* @__PURE__ */ phrasesOf(["tient à cœur", "tiens à", "me tient à cœur"], ELISIONS),
      negations: /* @__PURE__ */ foldedSet("ne n' pas jamais aucun aucune aucunement nullement guère", ELISIONS),
      negationReach: 4,
      clauseBound: true,
      negationStops: /* @__PURE__ */ foldedSet("que qu' mais", ELISIONS),
      notNegating: phrasesOf(["plus que jamais", "que jamais", "ne que"], ELISIONS),
      isOtherWish: (words, index, end) =>
        /^(souhait|aimerai|voudrai|desir)/.test(words[index]!) &&
        words.slice(index + 1, Math.min(end, index + 4)).some(isOtherAim),
      isRoleReference: (word) => ROLE_WORDS.has(word),
      renewal: /* @__PURE__ */ foldedSet(`reste restes restons demeure demeurent intact intacte entier entière renforcé
      renforcée conforté confortée accru accrue redoublé redoublée toujours`),
    },
    exampleCues: /* @__PURE__ */ phrasesOf(
      [
        "par exemple",
        "un exemple",
        "un autre exemple",
        "à titre d'exemple",
        "pour illustrer",
        "pas eu l'occasion",
        "pas eu le temps",
        "pas pu mentionner",
        "pas pu évoquer",
        "pas mentionné",
        "pas évoqué",
        "oublié de mentionner",
        "oublié de vous parler",
        "omis de",
        "ajouter",
        "compléter",
        "préciser",
        "revenir sur",
        "vous m'avez demandé",
        "vous m'avez interrogé",
        "votre question",
        "lorsque nous avons",
        "quand nous avons",
        "nous avons évoqué",
        "nous avons parlé",
        "nous avons abordé",
        "nous avons échangé",
        "notre échange sur",
        "notre discussion sur",
        "notre conversation sur",
      ],
      ELISIONS,
    ),
    differentiator: {
      phrases: /* @__PURE__ */ phrasesOf(
        [
          "ce qui me distingue",
          "me distingue",
          "me démarque",
          "mon expérience",
          "expérience en",
          "expérience de",
          "expérience dans",
          "expérience avec",
          "d'expérience",
          "mes compétences",
          "compétences en",
          "mon parcours",
          "ma maîtrise",
          "maîtrise de",
          "j'ai mené",
          "j'ai dirigé",
          "j'ai piloté",
          "j'ai conçu",
          "j'ai développé",
          "j'ai mis en place",
          "j'ai construit",
          "j'ai créé",
          "j'ai encadré",
          "j'ai géré",
          "j'ai conduit",
          "je peux apporter",
          "je pourrais apporter",
          "j'apporterais",
          "apporter à",
          "savoir faire",
          "je suis convaincu",
          "je suis convaincue",
          "convaincu que",
          "convaincue que",
          "fort de",
          "forte de",
          "en mesure de",
          "à même de",
          "mes points forts",
          "mon point fort",
        ],
        ELISIONS,
      ),
      isWord: /* @__PURE__ */ startsWithAny("expertise atout compétence"),
    },
    titleLevels: /* @__PURE__ */ foldedSet("senior junior confirmé confirmée lead principal sr jr h f"),
    greetings: /* @__PURE__ */ new Set([
      ...en.greetings,
      ...foldedSet("bonjour bonsoir madame monsieur mesdames messieurs cher chère chers chères salut"),
    ]),
    genericOpeners: [...en.genericOpeners, ...phrasesOf(["à qui de droit"], ELISIONS)],
    honorifics: /* @__PURE__ */ new Set([
      ...en.honorifics,
      ...foldedSet("madame monsieur mme mmes mlle m mm docteur dr pr professeur"),
    ]),
    letterWords: /* @__PURE__ */ new Set([
      ...en.letterWords,
      ...foldedSet(`bonjour bonsoir madame monsieur cher chère cordialement bien sincères salutations distinguées
      respectueuses meilleures veuillez agréer recevoir expression sentiments merci belle journée bonne amitiés`),
    ]),
    greetingComma: true,
    capitalisedNouns: false,
    placeholderWords: /* @__PURE__ */ new Set([
      ...en.placeholderWords,
      ...foldedSet(`nom noms prénom entreprise société poste intitulé date votre vos ton insérer ici recruteur
      recruteuse destinataire interlocuteur interlocutrice fonction titre lieu ville`),
    ]),
    placeholderMarks: en.placeholderMarks,
    sampleNames: /* @__PURE__ */ new Set(),
    placeholderMeaning: {
      company: /* @__PURE__ */ foldedSet("entreprise société employeur structure"),
      role: /* @__PURE__ */ foldedSet("poste intitulé fonction"),
      person: /* @__PURE__ */ foldedSet("nom prénom recruteur recruteuse destinataire interlocuteur interlocutrice"),
      name: /* @__PURE__ */ foldedSet("nom prénom"),
      own: /* @__PURE__ */ foldedSet("votre ton mon"),
    },
  };
}
