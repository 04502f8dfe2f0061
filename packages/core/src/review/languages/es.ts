import { sameStem } from "../text/stem.js";
import { STOP_WORDS as ENGLISH_STOP_WORDS } from "../text/stop-words.js";
import { foldedSet, phrasesOf, startsWithAny } from "./build.js";
import { en } from "./en.js";
import type { LanguageRules } from "./types.js";

/*
 * Spanish, of Spain and of the Americas (`agregar` beside `añadir`, `calificado` beside
 * `cualificado`). Words are compared folded, so a draft typed without accents (`mencione`,
 * `interes`) reads the same; adjectives are matched in both genders (`interesado`, `interesada`)
 * and neutral turns of phrase count (`mi interés sigue intacto`).
 */

const STOP_WORDS = /* @__PURE__ */ foldedSet(`
  a al algo algunas algunos ante antes como con contra cual cuando de del desde donde durante e el él ella ellas
  ellos en entre era eran es esa esas ese eso esos esta está estaba estado estamos están estar estas este esto
  estos estoy fue fueron ha había han has hasta hay he la las le les lo los más me mi mis mí mucho muchos mucha
  muchas muy nada ni no nos nosotros o os otra otro otros para pero poco por porque que qué quien se sea ser si
  sí sido sin sobre son su sus también te tengo tiene todo todos tu tus tú un una uno unos usted ustedes y ya yo
  bien además así cada tan tanto vez hacer hecho ningún ninguna ninguno`);

const SUFFIXES = [
  "aciones",
  "acion",
  "amientos",
  "amiento",
  "imientos",
  "imiento",
  "mente",
  "idades",
  "idad",
  "adoras",
  "adores",
  "adora",
  "ador",
  "ancias",
  "ancia",
  "encias",
  "encia",
  "ables",
  "able",
  "ibles",
  "ible",
  "istas",
  "ista",
  "ados",
  "adas",
  "ado",
  "ada",
  "idos",
  "idas",
  "ido",
  "ida",
  "ando",
  "iendo",
  "aron",
  "ieron",
  "amos",
  "emos",
  "imos",
  "aba",
  "ar",
  "er",
  "ir",
  "os",
  "as",
  "es",
  "o",
  "a",
  "e",
  "s",
];

/** A light Spanish stemmer on folded words: `migración`, `migré`, `migrar` and `migrado` are `migr`. */
function stem(word: string): string {
  if (word.length <= 3 || /\d/.test(word)) return word;
  for (const suffix of SUFFIXES) {
    if (word.endsWith(suffix) && word.length - suffix.length >= 3) return word.slice(0, -suffix.length);
  }
  return word;
}

const ROLE_WORDS = /* @__PURE__ */ foldedSet(`
  puesto cargo posición vacante rol función equipo empresa compañía organización incorporarme incorporarse
  incorporación unirme sumarme formar contribuir aportar trabajar colaborar oportunidad proceso candidatura reto
  desafío empleo trabajo`);

/** After "quiero", "quisiera", "me gustaría", "deseo": wishes that are not the job. */
const isOtherAim = /* @__PURE__ */ startsWithAny(`
  agradec mencion añad agreg coment compart aclar precis retom decir expres record señal explic dar darle contar
  hablar ampli complement`);

/**
 * The rules for Spanish: the `review` of `es` from `@afterview/core/languages`, built once, on
 * first use (`rulesOf` in choose.ts).
 */
export function spanish(): LanguageRules {
  return {
    language: "es",
    stopWords: new Set([...ENGLISH_STOP_WORDS, ...STOP_WORDS]),
    stem,
    sameStem,
    elisions: en.elisions,
    abbreviations: foldedSet("sr sra srta sres dr dra d dña ud uds lic ing prof mtro mtra etc ej pág núm av"),
    isThanks: startsWithAny("gracias agradec agradezc gratitud"),
    interest: {
      isWord: startsWithAny(
        `interes entusias ilusión ilusiona motivad motivación ganas encantaría encantado encantada encanta deseo
        deseando emocion apasion atrae gustaría quiero quisiera espero`,
        "interesante",
      ),
      phrases: phrasesOf(["tengo muchas ganas", "me hace ilusión"]),
      negations: foldedSet("no nunca jamás tampoco ningún ninguna ninguno"),
      negationReach: 4,
      clauseBound: true,
      negationStops: foldedSet("que pero sino"),
      notNegating: phrasesOf(["no solo", "no sólo", "no solamente", "no únicamente"]),
      isOtherWish: (words, index, end) =>
        /^(quiero|quisiera|gustaria|deseo|espero)/.test(words[index]!) &&
        words.slice(index + 1, Math.min(end, index + 4)).some(isOtherAim),
      isRoleReference: (word) => ROLE_WORDS.has(word),
      renewal: foldedSet(`sigo sigue continúo continúa intacto intacta reforzado reforzada reforzó mayor todavía
        mantengo mantiene renovado renovada crecido aumentado`),
    },
    exampleCues: phrasesOf([
      "por ejemplo",
      "un ejemplo",
      "otro ejemplo",
      "a modo de ejemplo",
      "como ejemplo",
      "no mencioné",
      "no llegué a mencionar",
      "no llegué a comentar",
      "olvidé mencionar",
      "olvidé comentar",
      "no tuve ocasión",
      "no tuve la ocasión",
      "no tuve oportunidad",
      "no tuve la oportunidad",
      "no tuve tiempo",
      "no pude mencionar",
      "no pude comentar",
      "en el tintero",
      "añadir",
      "agregar",
      "complementar",
      "ampliar",
      "aclarar",
      "precisar",
      "retomar",
      "volviendo a",
      "me preguntó",
      "me preguntaron",
      "su pregunta",
      "cuando hablamos",
      "hablamos de",
      "hablamos sobre",
      "conversamos sobre",
      "comentamos",
      "nuestra conversación sobre",
    ]),
    differentiator: {
      phrases: phrasesOf([
        "lo que me diferencia",
        "me diferencia",
        "me distingue",
        "mi experiencia",
        "experiencia en",
        "experiencia con",
        "años de experiencia",
        "mi trayectoria",
        "mis habilidades",
        "mis competencias",
        "competencias en",
        "mis conocimientos",
        "conocimientos de",
        "conocimientos en",
        "he liderado",
        "lideré",
        "dirigí",
        "he dirigido",
        "diseñé",
        "implementé",
        "puse en marcha",
        "desarrollé",
        "construí",
        "creé",
        "gestioné",
        "coordiné",
        "puedo aportar",
        "podría aportar",
        "aportaría",
        "mi fortaleza",
        "mis fortalezas",
        "mis puntos fuertes",
        "estoy convencido",
        "estoy convencida",
        "sólida experiencia",
        "encaja",
        "encajaría",
        "mi perfil",
        "cualificado",
        "cualificada",
        "calificado",
        "calificada",
      ]),
      isWord: startsWithAny("trayectoria fortaleza competencias expertise"),
    },
    titleLevels: foldedSet("senior junior lead principal sr jr"),
    greetings: new Set([
      ...en.greetings,
      ...foldedSet(`estimado estimada estimados estimadas estimade hola buenos buenas querido querida apreciado
        apreciada distinguido distinguida muy`),
    ]),
    genericOpeners: [...en.genericOpeners, ...phrasesOf(["a quien corresponda", "a quien pueda interesar"])],
    honorifics: new Set([
      ...en.honorifics,
      ...foldedSet(`señor señora señorita sr sra srta sres don doña d dña dr dra lic licenciado licenciada ing
        ingeniero ingeniera prof profesor profesora mtro mtra`),
    ]),
    letterWords: new Set([
      ...en.letterWords,
      ...foldedSet(`estimado estimada estimados estimadas hola buenos buenas días tardes querido querida saludos
        cordiales atentamente un cordial saludo afectuosos reciba muchas gracias señores señor mío míos muy apreciado
        apreciada distinguido distinguida`),
    ]),
    greetingComma: true,
    capitalisedNouns: false,
    placeholderWords: new Set([
      ...en.placeholderWords,
      ...foldedSet(`nombre nombres apellido apellidos empresa compañía puesto cargo vacante fecha su tu insertar aquí
        destinatario destinataria entrevistador entrevistadora reclutador reclutadora título ciudad`),
    ]),
    placeholderMarks: en.placeholderMarks,
    sampleNames: foldedSet("fulano mengano zutano"),
    placeholderMeaning: {
      company: foldedSet("empresa compañía organización"),
      role: foldedSet("puesto cargo vacante"),
      person: foldedSet(`nombre apellido destinatario destinataria entrevistador entrevistadora reclutador
        reclutadora`),
      name: foldedSet("nombre apellido"),
      own: foldedSet("su tu"),
    },
  };
}
