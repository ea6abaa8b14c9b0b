// Word lists the rules read. Each is general English news usage, never a name from one corpus.
import { BoundedCache } from '../util/bounded-cache.js';
import { LEXICON_GROUPS } from './lexicon-data.js';
import { WORDS, wordPattern } from './words.js';

/** Verbs of two syllables stressed on the last, whose final consonant doubles: `rebut` → rebutted. */
const DOUBLING = new Set<string>(WORDS.doublingVerbs);

/** Builds the inflected forms of regular speech verbs: `stress` → stress, stresses, stressed, stressing. */
function inflect(base: string): string[] {
  const forms = new Set([base]);
  if (base.endsWith('e')) {
    forms
      .add(`${base}s`)
      .add(`${base}d`)
      .add(`${base.slice(0, -1)}ing`);
  } else if (/[^aeiou]y$/.test(base)) {
    forms
      .add(`${base.slice(0, -1)}ies`)
      .add(`${base.slice(0, -1)}ied`)
      .add(`${base}ing`);
  } else if (/(?:s|sh|ch|x|z)$/.test(base)) {
    forms.add(`${base}es`).add(`${base}ed`).add(`${base}ing`);
  } else if (/^[^aeiou]*[aeiou][^aeiouwxy]$/.test(base) || DOUBLING.has(base)) {
    // `slam` → slammed, `quip` → quipped, `rebut` → rebutted: a short vowel's consonant doubles.
    const last = base[base.length - 1];
    forms
      .add(`${base}s`)
      .add(`${base + last}ed`)
      .add(`${base + last}ing`);
  } else {
    forms.add(`${base}s`).add(`${base}ed`).add(`${base}ing`);
  }
  return [...forms];
}

const REGULAR_SPEECH = WORDS.speechVerbsRegular;
const IRREGULAR_SPEECH = WORDS.speechVerbForms;
/**
 * Base and -s forms that are far more often nouns in news copy (`the post`, `a note`, `his remarks`):
 * speech verbs only where wink tags them VERB (`he notes` but `the notes`).
 */
export const NOUNISH_SPEECH = new Set<string>(WORDS.speechWordsNounish);
/** Forms of a speech verb: `said`, `stressed`, `tweeted`, `describing`, `told` … (over 100 bases). */
export const SPEECH_VERBS = new Set<string>(
  [...REGULAR_SPEECH.flatMap(inflect), ...IRREGULAR_SPEECH].filter((w) => !NOUNISH_SPEECH.has(w)),
);

/** Verbs that need a particle or a frame to be speech: `pointed out`, `went on`, `hit back`, `put it`. */
export const PARTICLE_VERBS: Record<string, string[]> = Object.fromEntries([
  ...Object.entries({ point: ['out'], lash: ['out'], chime: ['in'], fire: ['back'], push: ['back'], weigh: ['in'] }).flatMap(
    ([base, particles]) => inflect(base).map((form) => [form, particles]),
  ),
  ...(
    [
      [['go', 'goes', 'went', 'going'], ['on']],
      [
        ['hit', 'hits', 'hitting'],
        ['back', 'out'],
      ],
      [['put', 'puts'], ['it']],
      [['shoot', 'shoots', 'shot', 'shooting'], ['back']],
      [['laid', 'lays'], ['out']],
      // (`Roe talked about the plant`, `Vale talks of reform`: not `talking` or `to talk`, as often no speech yet)
      [
        ['talked', 'talks'],
        ['about', 'of'],
      ],
      // (`“We lost,” Roe said, referring to the vote`: what the speaker meant, a report of its own; only
      // after a comma, GLOSS_VERBS)
      [['referring'], ['to']],
    ] as const
  ).flatMap(([forms, particles]) => forms.map((form) => [form, [...particles]])),
]);

/** Verbs that gloss the words before them, cues only after their comma: `…, referring to the vote`, not `what he was referring to`. */
export const GLOSS_VERBS = new Set(['referring']);

/** Particles after which a verb of talking or meaning reports its topic: `talked about the delays`, `referring to the vote`. */
export const TOPIC_PARTICLES = new Set(['about', 'of', 'to']);

/** Speech verbs whose object is the quote's addressee: `Su told Lorne`, `she assured reporters`. */
export const ADDRESSEE_VERBS = new Set<string>(WORDS.addresseeVerbs);

/** Adverbs and auxiliaries that may stand between a speaker and the verb: `Lorne also said`, `Mo was reported as saying`. */
export const VERB_FILLERS = new Set<string>(WORDS.verbFillers);

export const PRONOUNS: Record<string, { gender: 'm' | 'f' | 'n' | 'x'; number: 'sg' | 'pl' }> = {
  he: { gender: 'm', number: 'sg' },
  she: { gender: 'f', number: 'sg' },
  it: { gender: 'n', number: 'sg' },
  they: { gender: 'x', number: 'pl' },
  we: { gender: 'x', number: 'pl' },
  i: { gender: 'x', number: 'sg' },
  him: { gender: 'm', number: 'sg' },
  her: { gender: 'f', number: 'sg' },
  them: { gender: 'x', number: 'pl' },
};

/**
 * Words that stand before a name as a title or role and are not part of the name:
 * `US Secretary of State Anton Lorne`, `Foreign Minister Mo Ren`, `Dr Smith`, `Commissioner Vale`.
 */
export const TITLES = new Set<string>(WORDS.titles);

/**
 * Head words that make a proper-noun run an organisation: `State Department`, `Foreign Ministry`,
 * `Harbour Times`, `NBC News`, `Northgate University`, `Reuters` (see also compromise's Organization tag).
 */
export const ORG_HEADS = new Set<string>(WORDS.organisationHeads);

/** Nouns that head a description of a person or group: `the official`, `a senior diplomat`, `analysts`. */
export const PERSON_NOUNS = new Set<string>(WORDS.personNouns);

/** Nouns that head a description of an organisation or a document: `the ministry`, `the statement`, `the report`. */
export const ORG_NOUNS = new Set<string>(WORDS.organisationNouns);

/** Bodies whose own names hold their head: `the campaign` is one of them, never whichever organisation was named last. */
export const SELF_NAMED_BODIES = new Set<string>(WORDS.selfNamedBodies);

/** Writings that speak for themselves when the cue's subject: `the letter reads`, `said the ruling`. */
export const WRITING_NOUNS = new Set<string>(WORDS.writingNouns);

/** Sources named after `according to` that report rather than speak: `a readout by the state agency`, `state media`. */
export const DOCUMENT_NOUNS = new Set<string>(WORDS.documentNouns);

/** Writings and documents, which someone puts out: `a statement`, `the lawsuit`, `a letter`, `the report`. */
export const WRITINGS = new Set<string>([...WRITING_NOUNS, ...DOCUMENT_NOUNS]);

/**
 * Flags of the words compromise's lexicon knows as names, places or organisations (built from
 * lexicon-data.ts, generated from compromise by scripts/build-lexicon.ts): `katrina` → FemaleName.
 */
const FEMALE = 1,
  MALE = 2,
  FIRST = 4,
  LAST = 8,
  PLACE = 16 | 32 | 64 | 128,
  ORGANIZATION = 256,
  IRREGULAR_VERB = 512;
const lexicon = new Map<string, number>();
for (const [bits, words] of LEXICON_GROUPS) for (const w of words.split('|')) lexicon.set(w, (lexicon.get(w) ?? 0) | bits);
/** `found`, `knew`, `taken`: a past tense or participle that does not end in -ed (lower case). */
export const isIrregularVerb = (lower: string): boolean => ((lexicon.get(lower) ?? 0) & IRREGULAR_VERB) !== 0;
/** `Katrina` and `katrina` alike: the lists are lower case. */
const flagsOf = (word: string): number => {
  let flags = asWritten.get(word);
  if (flags === undefined) {
    flags = lexicon.get(word.toLowerCase()) ?? 0;
    // The rules ask about the same capitalised words many times per article.
    asWritten.set(word, flags);
  }
  return flags;
};
const asWritten = new BoundedCache<number>();

/**
 * Gender of a first name from compromise's lexicon, or the given names it files as words (`Bill`,
 * `Rose`): `Katrina` → f, `Hugh` → m, `Su` → unknown. `strict`:
 * a name both lists hold (`Jordan`, `Kim`) is unknown, not the female one.
 */
export function nameGender(first: string, strict = false): 'm' | 'f' | null {
  const f = flagsOf(first);
  if (strict && f & FEMALE && f & MALE) return null;
  if (f & FEMALE) return 'f';
  if (f & MALE) return 'm';
  const w = first.toLowerCase();
  if (MALE_GIVEN_WORDS.has(w)) return 'm';
  if (FEMALE_GIVEN_WORDS.has(w)) return 'f';
  return null;
}

// (`Bill`, `Rose`: given names compromise files as ordinary words, with no sex)
const MALE_GIVEN_WORDS = new Set<string>(WORDS.maleGivenWords);
const FEMALE_GIVEN_WORDS = new Set<string>(WORDS.femaleGivenWords);

/** Places from compromise's lexicon: `Beijing`, `China`, `Washington` (a government when it speaks). */
export function isPlace(word: string): boolean {
  return (flagsOf(word) & PLACE) !== 0;
}

/** Countries and regions (states, provinces) from compromise's lexicon, not cities: `Iowa`, `France`. */
export function isRegion(word: string): boolean {
  return (flagsOf(word) & (32 | 128)) !== 0;
}

export function isKnownOrganisation(word: string): boolean {
  return (flagsOf(word) & ORGANIZATION) !== 0;
}

export function isFirstName(word: string): boolean {
  return (flagsOf(word) & (FEMALE | MALE | FIRST)) !== 0;
}

/** A word for someone's role: `president`, `chief`, `director`, `ceo`. */
export const isRoleWord = (w: string): boolean => PERSON_NOUNS.has(w) || TITLES.has(w);

/** Surnames compromise knows: `Smith`, `Lee` (a given name too). */
export function isSurname(word: string): boolean {
  return (flagsOf(word) & LAST) !== 0;
}

/** Given names and surnames compromise knows: `Smith`, `Jones`, `Nicholas`. */
export function isKnownName(word: string): boolean {
  return (flagsOf(word) & (FEMALE | MALE | FIRST | LAST)) !== 0;
}

/** Country codes: `US`, `U.K.`, `PRC`. */
export const COUNTRY_CODE = /^(?:u\.?s\.?a?\.?|u\.?k\.?|e\.?u\.?|u\.?n\.?|uae|prc|dprk)$/;
/** Demonyms and similar words that say where, not who: `Chinese`, `Israeli`, `Western`. */
export const DEMONYM = wordPattern(WORDS.demonyms);

/** Weekdays, months and times (`Monday`, `Sept.`, `today`): a date, never a speaker (`“…,” Thursday said`). */
export const DATE_WORD = wordPattern(WORDS.datesNotSpeakers, '\\.?');

/**
 * Words that name a group of people by party, faith or origin, capitalised but never one person's name:
 * `“…,” the Republican said` is a description, and `Muslims`, `Democrats` are no speaker named `Muslim`.
 */
const GROUP_WORD = wordPattern(WORDS.groupWords, 's?');
export function isGroupWord(word: string): boolean {
  const w = word.toLowerCase();
  return GROUP_WORD.test(w) || DEMONYM.test(w) || (w.endsWith('s') && DEMONYM.test(w.slice(0, -1)));
}

/** A singular noun that heads a description of one person: `the candidate`, `the Ohio Republican`, not `voters`. */
export function isOnePersonNoun(head: string): boolean {
  return !head.endsWith('s') && (PERSON_NOUNS.has(head) || isGroupWord(head));
}

/** A plural noun that heads a group of people: `residents`, `nurses`, `Democrats` (not `States`, `plans`). */
export function isPeopleNoun(head: string): boolean {
  return /[^s']s$/.test(head) && (PERSON_NOUNS.has(head) || PERSON_NOUNS.has(head.slice(0, -1)) || isGroupWord(head));
}

/** State and place abbreviations: `D.C.`, `N.H.`, `Calif.`, `Ky.` (places, never speakers). */
export const PLACE_ABBREVIATION =
  /^(?:[a-z]\.){2,3}$|^(?:ala|ariz|ark|calif|colo|conn|del|fla|ga|ill|ind|kan|kans|ky|la|md|mass|mich|minn|miss|mo|mont|neb|nev|okla|ore|pa|penn|tenn|tex|va|vt|wash|wis|wyo)\.?$/;

/** Titles shortened with a dot, which never end a sentence before a name: `Rev.`, `Sen.`, `Gov.`. */
export const TITLE_ABBREVIATION = wordPattern(WORDS.titleAbbreviations);

/** Is token i a title's full stop the tokenizer split off it (`Rev` `.`, `then-Sen` `.`), which ends no sentence before a name? */
export function isTitleDot(toks: readonly { lower: string; start: number; end: number }[], i: number): boolean {
  return i > 0 && toks[i]?.lower === '.' && toks[i - 1].end === toks[i].start && TITLE_ABBREVIATION.test(toks[i - 1].lower);
}

/**
 * Nouns for what someone said, whose owner speaks the quote they introduce (`Lee’s claim that “…”`) or
 * that name the block quote after them (`Lee issued the following statement:`).
 */
export const SPEECH_NOUNS = new Set<string>(WORDS.speechNouns);
