import type { Phrase } from "../text/phrases.js";

/** The languages the review reads, as BCP 47 primary subtags. */
export const REVIEW_LANGUAGES = ["en", "de", "fr", "es"] as const;

/** One of {@link REVIEW_LANGUAGES}. */
export type ReviewLanguage = (typeof REVIEW_LANGUAGES)[number];

/** How drafts in a language other than English are read: the `review` of a `ReadingLanguage`. */
export interface ReviewReading {
  /** True when a folded word of a draft votes for this language as the draft's language is detected. */
  readonly isFunctionWord: (word: string) => boolean;
  /** Builds the rules drafts in this language are reviewed with (once, on first use: `rulesOf`). */
  readonly build: () => LanguageRules;
}

/**
 * Everything the checks need to read a draft in one language. Every word list holds folded
 * keys (lower case, accents removed: `für` is `fur`, `intéressé` is `interesse`), because the
 * checks compare folded words. Phrases are lists of such words.
 */
export interface LanguageRules {
  language: ReviewLanguage;

  /** Words that carry no content of their own; the rest decide whether a note shows up in a draft. */
  stopWords: ReadonlySet<string>;
  /** A light stemmer for comparing notes with a draft; both sides go through it. */
  stem(word: string): string;
  /** True when two stems name the same word (German also joins compounds: `migratio` in `datenmigratio`). */
  sameStem(a: string, b: string): boolean;
  /**
   * The particles written joined to the next word with an apostrophe (French `l'`, `d'`, `qu'`),
   * read as words of their own so that `d'Acme` names Acme. Empty for the other languages.
   */
  elisions: ReadonlySet<string>;
  /** Words after which a full stop does not end a sentence (`Dr.`, `z. B.`, `Sra.`). */
  abbreviations: ReadonlySet<string>;

  /** True when a word says thank you (`thank…`, `dank…`, `merci`, `agradec…`). */
  isThanks(word: string): boolean;
  interest: InterestWords;
  /** Phrases that introduce an example or an explanation the interview left out. */
  exampleCues: readonly Phrase[];
  /** Phrases and words that set the candidate apart: what they bring, their record, their fit. */
  differentiator: { phrases: readonly Phrase[]; isWord(word: string): boolean };
  /** Words of a job title that say nothing about the job (`Senior`, `Junior`). */
  titleLevels: ReadonlySet<string>;

  /** Words that open a greeting (`dear`, `sehr`, `bonjour`, `estimada`). */
  greetings: ReadonlySet<string>;
  /** Greetings of several words that name no one (`a quien corresponda`), found at the start of a line. */
  genericOpeners: readonly Phrase[];
  /**
   * True when a comma may follow the greeting word and the name still belong to the greeting
   * ("Hola, Andrés:", "Bonjour, François,").
   */
  greetingComma: boolean;
  /** Courtesy titles (`ms`, `frau`, `mme`, `sra`): never names, and written before one. */
  honorifics: ReadonlySet<string>;
  /** Words of greetings and sign-offs, never read as a misspelt name. */
  letterWords: ReadonlySet<string>;
  /**
   * True when nouns are capitalised (German), so a capital inside a sentence says nothing about
   * a name: capitalised words are compared with names as strictly as words that open a sentence.
   */
  capitalisedNouns: boolean;

  /** Words that mark bracketed lower-case text as a placeholder (`[your name]`, `[nom]`, `[empresa]`). */
  placeholderWords: ReadonlySet<string>;
  /** Single words that are editing marks, matched as written (`TODO`, `TK`); English only. */
  placeholderMarks: ReadonlySet<string>;
  /** Sample names that stand in for a real one (`Mustermann`, `Fulano`), matched folded. */
  sampleNames: ReadonlySet<string>;
  /** Words in a placeholder that say what it stood for, as the review suggests a replacement. */
  placeholderMeaning: {
    company: ReadonlySet<string>;
    role: ReadonlySet<string>;
    /** Words for the recipient (`name`, `interviewer`, `nom`, `destinatario`). */
    person: ReadonlySet<string>;
    /** Words for a name (`name`, `nom`, `nombre`); with a word of `own`, the candidate's name. */
    name: ReadonlySet<string>;
    /** `your`, `Ihr`, `votre`, `su`. */
    own: ReadonlySet<string>;
  };
}

/** How a language says that the candidate wants the job. */
export interface InterestWords {
  /** True when a word expresses wanting the job (`excited`, `interessiert`, `motivée`, `ilusión`). */
  isWord(word: string): boolean;
  /** Phrases that do the same (`look forward`, `würde gerne`, `j'ai hâte`, `me encantaría`). */
  phrases: readonly Phrase[];
  /** Words that negate a word of wanting before it (`not`, `nicht`, `ne`, `no`). */
  negations: ReadonlySet<string>;
  /** How many words before a word of wanting a negation reaches. */
  negationReach: number;
  /** True when a negation reaches only within its clause (no comma, colon or semicolon between). */
  clauseBound: boolean;
  /** Words a negation does not reach across (`aber`, `que`, `pero`): "je ne peux qu'être ravie". */
  negationStops: ReadonlySet<string>;
  /** Phrases that start with a negation but do not negate (`nicht nur`, `no solo`). */
  notNegating: readonly Phrase[];
  /**
   * True when the word of wanting at `index` of `words` wishes something other than the job ("I
   * wanted to thank you", "je souhaite vous remercier"); `end` is the index after its sentence.
   */
  isOtherWish(words: readonly string[], index: number, end: number): boolean;
  /** True when a word stands for the job itself (`role`, `Stelle`, `poste`, `puesto`). */
  isRoleReference(word: string): boolean;
  /**
   * Words that, with a word of wanting, restate interest in a sentence of their own ("mi interés
   * sigue intacto", "je reste très motivée"), so no word for the job is needed. Empty in English.
   */
  renewal: ReadonlySet<string>;
}
