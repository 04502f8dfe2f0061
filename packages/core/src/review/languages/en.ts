import { type Phrase, phrase } from "../text/phrases.js";
import { sameStem, stem } from "../text/stem.js";
import { STOP_WORDS } from "../text/stop-words.js";
import { wordSet } from "./build.js";
import type { LanguageRules } from "./types.js";

/*
 * English: the lists the review was first written with. The other languages add to some of
 * them (greetings, honorifics, placeholder words), since English greetings and marks turn up in
 * letters written in any language.
 */

const THANKS_PREFIXES = ["thank", "appreciat", "grateful", "gratitude", "thx"];

/** Words that express wanting the job, when they sit in a sentence about the role or company. */
const INTEREST_WORDS = /* @__PURE__ */ wordSet(
  `want wanted wants excited excite exciting excitement keen eager eagerly interested interest enthusiastic
  enthusiasm thrilled delighted passionate motivated hope hoping hopeful love appeals appealing`,
);

const INTEREST_PHRASES: Phrase[] = /* @__PURE__ */ [
  "look forward",
  "looking forward",
  "would welcome",
  "i'd welcome",
  "can't wait",
  "cannot wait",
  "would love",
  "i'd love",
].map(phrase);

/** "I wanted to thank you" is not wanting the job. */
const WANT_TO_NOT_INTEREST = /* @__PURE__ */ wordSet(
  `thank say let follow mention add share express tell write send ask note apologise apologize check reach take`,
);

const NEGATIONS = /* @__PURE__ */ wordSet(
  `not never no longer don't doesn't didn't isn't wasn't aren't won't dont doesnt didnt isnt wasnt`,
);

/** Words that stand for the role itself in a sentence ("this role", "the team", "joining you"). */
const ROLE_REFERENCES = /* @__PURE__ */ wordSet(
  `role position job opportunity opening team company organisation organization work working join joining
  contribute contributing post vacancy mission`,
);

/** Words of a job title that say nothing about the job ("Senior", "II"). */
const TITLE_LEVELS = /* @__PURE__ */ wordSet(
  `senior junior lead principal staff associate head chief sr jr ii iii iv entry level mid`,
);

/** Phrases that introduce an explanation or an example the interview left out. */
const EXAMPLE_CUES: Phrase[] = /* @__PURE__ */ [
  "for example",
  "for instance",
  "forgot to mention",
  "forget to mention",
  "neglected to mention",
  "didn't mention",
  "did not mention",
  "didn't get to",
  "did not get to",
  "didn't have time to",
  "should have mentioned",
  "to add to",
  "one more example",
  "another example",
  "i'd like to add",
  "i would like to add",
  "i wanted to add",
  "want to add",
  "to expand on",
  "to elaborate",
  "elaborate on",
  "follow up on",
  "following up on",
  "you asked about",
  "you asked me",
  "when we discussed",
  "when we talked about",
  "we discussed",
  "we talked about",
  "our conversation about",
  "our discussion of",
  "our discussion about",
  "to clarify",
].map(phrase);

/** Phrases that set the candidate apart: what they bring, their record, their fit. */
const DIFFERENTIATOR_CUES: Phrase[] = /* @__PURE__ */ [
  "what i bring",
  "i bring",
  "i can bring",
  "i could bring",
  "i'd bring",
  "i would bring",
  "bring to",
  "experience in",
  "experience with",
  "experience of",
  "years of",
  "background in",
  "track record",
  "i have led",
  "i've led",
  "i led",
  "i built",
  "i've built",
  "i have built",
  "i delivered",
  "i have delivered",
  "my strength",
  "my strengths",
  "skills in",
  "expertise",
  "i am confident",
  "i'm confident",
  "confident that",
  "well suited",
  "well placed",
  "strong fit",
  "great fit",
  "good fit",
  "strong match",
  "i can help",
  "i could help",
  "i can contribute",
  "i could contribute",
  "qualified",
  "proven",
  "hit the ground running",
].map(phrase);

/** Words that open a greeting. */
const GREETINGS = /* @__PURE__ */ wordSet("dear dearest hi hello hey greetings good");

/** Titles written with a full stop that does not end the greeting ("Dear Ms. Whitfield"). */
const HONORIFICS = /* @__PURE__ */ wordSet("mr mrs ms mx miss dr prof professor sir madam");

/** Words of greetings and sign-offs, never read as a misspelt name ("Dear" is not "Dean"). */
const LETTER_WORDS = /* @__PURE__ */ wordSet(
  `dear dearest hi hello hey greetings good morning afternoon evening best regards kind kindest warm warmest
  sincerely yours faithfully respectfully cheers thanks thank many with all`,
);

/** Words after which a full stop does not end the sentence. */
const ABBREVIATIONS = /* @__PURE__ */ wordSet("mr mrs ms mx dr prof st jr sr vs etc e.g i.e");

/** Words that mark bracketed text as a placeholder even in lower case (`[your name]`, `<company>`). */
const PLACEHOLDER_WORDS = /* @__PURE__ */ wordSet(
  `name names company employer organisation organization role position job title date insert your interviewer
  manager recipient here`,
);

/** Single words that are publishing or editing marks: "TK" (to come), "TODO", "FIXME"; matched as written. */
const MARKS = /* @__PURE__ */ wordSet("TK TKTK TKTKTK TODO FIXME TBC");

export const en: LanguageRules = {
  language: "en",
  stopWords: STOP_WORDS,
  stem,
  sameStem,
  elisions: /* @__PURE__ */ new Set(),
  abbreviations: ABBREVIATIONS,
  isThanks: (word) => THANKS_PREFIXES.some((prefix) => word.startsWith(prefix)),
  interest: {
    isWord: (word) => INTEREST_WORDS.has(word),
    phrases: INTEREST_PHRASES,
    negations: NEGATIONS,
    negationReach: 2,
    clauseBound: false,
    negationStops: /* @__PURE__ */ new Set(),
    notNegating: [],
    isOtherWish: (words, index) =>
      words[index]!.startsWith("want") &&
      words[index + 1] === "to" &&
      words[index + 2] !== undefined &&
      WANT_TO_NOT_INTEREST.has(words[index + 2]!),
    isRoleReference: (word) => ROLE_REFERENCES.has(word),
    renewal: /* @__PURE__ */ new Set(),
  },
  exampleCues: EXAMPLE_CUES,
  differentiator: { phrases: DIFFERENTIATOR_CUES, isWord: () => false },
  titleLevels: TITLE_LEVELS,
  greetings: GREETINGS,
  genericOpeners: [/* @__PURE__ */ phrase("to whom it may concern")],
  honorifics: HONORIFICS,
  letterWords: LETTER_WORDS,
  greetingComma: false,
  capitalisedNouns: false,
  placeholderWords: PLACEHOLDER_WORDS,
  placeholderMarks: MARKS,
  sampleNames: /* @__PURE__ */ new Set(),
  placeholderMeaning: {
    company: /* @__PURE__ */ wordSet("company employer organisation organization"),
    role: /* @__PURE__ */ wordSet("role position job"),
    person: /* @__PURE__ */ wordSet("name interviewer manager recipient"),
    name: /* @__PURE__ */ wordSet("name"),
    own: /* @__PURE__ */ wordSet("your"),
  },
};
