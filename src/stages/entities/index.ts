// Entities: people and organisations named in the article, each with all its mentions.
//
// wink's model has no PERSON type, so names are read off proper-noun runs of its POS tags, titles and
// roles are stripped (`US Secretary of State Antony Blinken` → `Antony Blinken`), and short forms and
// typos are linked to the full name inside the article (`Mr Brinken`, `Blinken` → `Antony Blinken`).

import { layer } from '../../core/doc.js';
import type { Entity, EntityKind, EntityLayer, Mention, Paragraph, Token } from '../../core/layers.js';
import { builtInStage } from '../../core/stage.js';
import {
  COUNTRY_CODE,
  DEMONYM,
  isFirstName,
  isGroupWord,
  isKnownName,
  isKnownOrganisation,
  isPlace,
  isRegion,
  NOUNISH_SPEECH,
  nameGender,
  ORG_HEADS,
  PERSON_NOUNS,
  PLACE_ABBREVIATION,
  SPEECH_VERBS,
  TITLE_ABBREVIATION,
  TITLES,
} from '../../nlp/lexicon.js';
import { foldedInitialMatches, foldName, sameFoldedGivenName, sameFoldedToken, sameNameToken, slug } from '../../nlp/names.js';
import { partitionPoint } from '../../nlp/search.js';
import { WORDS, wordPattern } from '../../nlp/words.js';
import { UniqueIds } from '../../util/unique-ids.js';

const MONTHS_DAYS = new Set<string>(WORDS.monthsAndDays);
/** Last words of places and things, not people: `Taiwan Strait`, `Great Hall`, `Group of Seven`. */
const GEO_HEADS = new Set<string>(WORDS.placeAndThingHeads);
/** Country codes and demonyms that open a title: `US Secretary …`, `Chinese President …`. */
/** `US`, `U.K.`, or a demonym the tagger calls an adjective (`Chinese`, `Israeli`), not `Xi` or `Ali`. */
function isNationality(t: Token): boolean {
  return COUNTRY_CODE.test(t.lower) || DEMONYM.test(t.lower);
}
const CONNECTORS = new Set<string>(WORDS.nameConnectors);
/** Lower-case particles inside personal names: `Ludwig van Beethoven`, `Osama bin Laden`. */
const NAME_PARTICLES = new Set<string>(WORDS.nameParticles);

const isWordToken = (t: Token) => t.pos !== 'PUNCT' && t.pos !== 'SPACE' && t.pos !== 'SYM' && t.pos !== 'NUM';
const isCapital = (text: string, t: Token) => {
  const c = text.charCodeAt(t.start);
  return c >= 65 && c <= 90 ? true : c < 128 ? false : /^\p{Lu}/u.test(text[t.start]);
};
/** `Sino-US`, `China-US`, `Blinken-Xi`: two names joined into an adjective, not a name. */
const isCompound = (text: string, t: Token) => t.lower.includes('-') && /^\p{Lu}[\p{L}.]*-\p{Lu}/u.test(text.slice(t.start, t.end));

/** Is token i the first word of its sentence (after any opening quote or bracket)? */
function sentenceInitial(toks: Token[], i: number): boolean {
  // Only the token before it decides.
  const j = i - 1;
  if (j < 0) return true;
  const t = toks[j];
  if (t.pos === 'SPACE') return true;
  if (t.pos === 'PUNCT') {
    // A straight mark after a comma closes a quote: `"…," Ann Roe said` is mid-sentence.
    if ((t.lower === '"' || t.lower === "'") && j > 0 && toks[j - 1].end === t.start && /^[,!?—–-]$/.test(toks[j - 1].lower)) return false;
    return /^[.!?:;“"‘'([—–-]+$/.test(t.lower);
  }
  return t.sentence !== toks[i].sentence;
}

/**
 * Can token i be a word of a name? wink tags most names PROPN; capitalised words it tags otherwise count
 * inside a sentence (`said Drew Thompson`: Drew/VERB) but not as a sentence's first word
 * (`Describing the relationship …`), unless a proper noun follows (`Drew Thompson said`).
 */
function isNameToken(text: string, toks: Token[], i: number): boolean {
  const t = toks[i];
  if (!t || !isWordToken(t) || !isCapital(text, t) || isCompound(text, t)) return false;
  if (t.pos === 'PROPN') return true;
  // `Li Na` (Na/PART), `Kim Ho` (Ho/INTJ): a capitalised particle right after a proper noun is a name word.
  if ((t.pos === 'PART' || t.pos === 'INTJ' || t.pos === 'X') && toks[i - 1]?.pos === 'PROPN' && toks[i - 1].end + 1 === t.start)
    return true;
  // `“…,” Will Estrada said`: a capitalised auxiliary inside a sentence, right before a proper noun, is a given name.
  if (t.pos === 'AUX' && toks[i + 1]?.pos === 'PROPN' && toks[i + 1].start === t.end + 1 && !sentenceInitial(toks, i)) return true;
  if (
    t.pos === 'DET' ||
    t.pos === 'PRON' ||
    t.pos === 'ADP' ||
    t.pos === 'CCONJ' ||
    t.pos === 'SCONJ' ||
    t.pos === 'AUX' ||
    t.pos === 'PART' ||
    t.pos === 'INTJ' ||
    t.pos === 'ADV'
  )
    return false;
  if (!sentenceInitial(toks, i)) return true;
  const next = toks[i + 1];
  // `Lynch said there remains …`: a sentence's first word right before a past speech verb is its speaker.
  if (next && SPEECH_VERBS.has(next.lower) && /(?:ed|said|told|wrote|says)$/.test(next.lower)) return true;
  if (next && next.pos === 'PROPN' && text.charCodeAt(next.start - 1) === 32) return true;
  // `Jean-Luc Amaury, the foreign minister, …`: a hyphenated given name opening the sentence.
  const after = toks[i + 2];
  return (
    !!next &&
    !!after &&
    next.lower === '-' &&
    next.start === t.end &&
    after.start === next.end &&
    isCapital(text, after) &&
    toks[i + 3]?.pos === 'PROPN' &&
    text.charCodeAt(toks[i + 3].start - 1) === 32
  );
}

interface Run {
  start: number; // token index
  end: number; // exclusive
  /** Token index of a possessor run right before, `China’s` in `China’s Foreign Ministry`. */
  possessorStart: number | null;
}

/** Maximal runs of name tokens, joined by connectors (`Ministry of Foreign Affairs`) and hyphens (`Fu-kuo`). */
function nameRuns(text: string, toks: Token[]): Run[] {
  const runs: Run[] = [];
  let i = 0;
  while (i < toks.length) {
    if (!isNameToken(text, toks, i)) {
      i++;
      continue;
    }
    const start = i;
    let end = i + 1;
    for (;;) {
      const t = toks[end];
      if (!t) break;
      // `the Rev. Peter Wherry`: a title's dot may have ended wink's sentence, not the name.
      const afterTitle = TITLES.has(toks[end - 1].lower) && toks[end - 1].lower.endsWith('.');
      if (
        t.lower === '.' &&
        t.start === toks[end - 1].end &&
        TITLE_ABBREVIATION.test(toks[end - 1].lower) &&
        isNameToken(text, toks, end + 1)
      ) {
        end += 2; // `Rev` `.` `Peter`: the title's dot, split off by the tokenizer
      } else if (
        isNameToken(text, toks, end) &&
        toks[end - 1].end + 1 >= t.start &&
        (t.sentence === toks[end - 1].sentence || afterTitle || toks[end - 1].lower === '.')
      ) {
        end++;
      } else if (
        t.lower === '-' &&
        t.start === toks[end - 1].end &&
        toks[end + 1] &&
        toks[end + 1].start === t.end &&
        isWordToken(toks[end + 1])
      ) {
        // `Liu Fu-kuo`, `Simon Cameron-Moore` join; `US-China` (ties) is an adjective made of two names,
        // unless a name follows: `Jean-Luc Amaury`.
        const given =
          toks[end + 2] &&
          text.charCodeAt(toks[end + 2].start - 1) === 32 &&
          toks[end + 2].pos === 'PROPN' &&
          isCapital(text, toks[end + 2]);
        if (end - start === 1 && isCapital(text, toks[end + 1]) && !given) {
          end = -1;
          break;
        }
        end += 2;
      } else if (CONNECTORS.has(t.lower) && t.lower !== 'and' && t.lower !== '&' && !isCapital(text, t)) {
        // `Ministry of Foreign Affairs`, `Center for American Studies`, `Office of the Central Committee`
        let k = end + 1;
        if (toks[k]?.lower === 'the') k++;
        if (
          isNameToken(text, toks, k) &&
          (NAME_PARTICLES.has(t.lower) || ORG_HEADS.has(toks[end - 1].lower) || TITLES.has(toks[end - 1].lower))
        )
          end = k + 1;
        else break;
      } else break;
    }
    if (end < 0) {
      i += 3;
      continue;
    }
    let possessorStart: number | null = null;
    const apos = toks[start - 1];
    if (apos && (apos.lower === "'s" || apos.lower === "'") && start >= 2 && isNameToken(text, toks, start - 2)) {
      let p = start - 2;
      while (p > 0 && isNameToken(text, toks, p - 1)) p--;
      possessorStart = p;
    }
    runs.push({ start, end, possessorStart });
    i = end;
  }
  return runs;
}

interface Candidate {
  kind: EntityKind;
  /** Token range of the name proper (titles stripped). */
  nameStart: number;
  nameEnd: number;
  /** Token range of the whole mention. */
  start: number;
  end: number;
  titles: string[];
  /**
   * A lone capitalised word the tagger did not call a proper noun (`Lynch`/VERB, `Mica`/NOUN): a name only
   * when it is a word of a full name of the article (`Loretta Lynch … Lynch said`) or speaks (`Lynch said`).
   */
  weak?: boolean;
  /** A weak word that never makes a person of its own: `Bolton`, a town, unless `John Bolton` is named. */
  joinOnly?: boolean;
}

/** The lower-cased words of tokens [a, b). */
function wordsOf(toks: Token[], a: number, b: number): string[] {
  const out: string[] = [];
  for (let k = a; k < b; k++) out.push(toks[k].lower);
  return out;
}

/** Decides what a run names: an organisation, a place, or a person with titles before the name. */
function classifyRun(text: string, toks: Token[], input: Run): Candidate | null {
  const run = withoutDates(toks, input);
  if (!run) return null;
  const all = wordsOf(toks, run.start, run.end);
  const raw = text.slice(toks[run.start].start, toks[run.end - 1].end);
  const group = groupOrPlace(run, all, raw);
  if (group !== undefined) return group;
  const body = organisation(text, toks, run, all, raw);
  if (body !== undefined) return body;
  const { s, titles } = stripTitles(text, toks, run);
  return person(text, toks, run, s, titles, all[all.length - 1]);
}

/** The run without dates stuck to it, or null when nothing is left. */
function withoutDates(toks: Token[], input: Run): Run | null {
  // `Monday Xi …`, `Nancy Pelosi Last August`: dates stuck to a name are not part of it.
  const run = { ...input };
  while (run.start < run.end && MONTHS_DAYS.has(toks[run.start].lower)) run.start++;
  // …but `Yin Myint May, 60,` keeps its last word: a month ends a run only before a date or after `last`.
  while (
    run.end > run.start &&
    MONTHS_DAYS.has(toks[run.end - 1].lower) &&
    (run.end - run.start === 1 ||
      toks[run.end]?.pos === 'NUM' ||
      /^(?:last|next|this|early|late|mid)$/.test(toks[run.end - 2]?.lower ?? '') ||
      /^(?:mon|tues|wednes|thurs|fri|satur|sun)day$/.test(toks[run.end - 1].lower))
  ) {
    run.end--;
    if (run.end > run.start && /^(?:last|next|this|early|late|mid)$/.test(toks[run.end - 1].lower)) run.end--;
  }
  if (run.start >= run.end) return null;
  // `Hours later, Ray Dunn …`: a plural unit of time that opens a sentence, capitalised, is no name.
  if (run.end - run.start === 1 && /^(?:seconds|minutes|hours|days|weeks|months|years|decades|moments)$/.test(toks[run.start].lower))
    return null;
  return run;
}

/** A group word, a demonym or a place abbreviation: no candidate (null), a surname that may only join one, or undefined to read on. */
function groupOrPlace(run: Run, all: string[], raw: string): Candidate | null | undefined {
  // `Republicans`, `Muslim`, `South Korean`, `D.C.`: a group or a place abbreviation, never a person.
  if (
    all.every(
      (w) => COUNTRY_CODE.test(w) || isGroupWord(w) || DEMONYM.test(w) || MONTHS_DAYS.has(w) || /^(?:south|north|east|west|new)$/.test(w),
    )
  ) {
    // …but `Cuban said` after `Mark Cuban` is his surname: it may join a full name, never make a person.
    if (all.length === 1 && /^\p{Lu}\p{Ll}+$/u.test(raw) && !/s$/.test(all[0]))
      return {
        kind: 'person',
        nameStart: run.start,
        nameEnd: run.end,
        start: run.start,
        end: run.end,
        titles: [],
        weak: true,
        joinOnly: true,
      };
    return null;
  }
  if (all.length === 1 && PLACE_ABBREVIATION.test(all[0]) && !COUNTRY_CODE.test(all[0])) return null;
  return undefined;
}

/** An organisation by its head word, an acronym, a known name, `The` before it, an outlet's word or a brand; null for a thing named after someone; undefined to read on. */
function organisation(text: string, toks: Token[], run: Run, all: string[], raw: string): Candidate | null | undefined {
  const last = all[all.length - 1];
  // Organisations: `State Department`, `China’s Foreign Ministry`, `Global Times`, `CCTV`, `NBC News`.
  const isAcronym = all.length === 1 && /^\p{Lu}{2,6}$/u.test(raw) && !isPlace(raw);
  // The head comes last (`Global Times`, `Acme Corp`) or before `of`/`for` (`Ministry of Foreign Affairs`);
  // a head word inside a person's title does not count (`Police Chief Ray Moreno`).
  const headBeforeOf = all.some((w, k) => ORG_HEADS.has(w) && (all[k + 1] === 'of' || all[k + 1] === 'for'));
  // `The Daily Ledger wrote`: a name after a capitalised `The` inside a sentence, or with an outlet's word
  // in it before a word that is no surname, is a title or a body, never a person.
  const afterThe =
    run.start > 0 && text.slice(toks[run.start - 1].start, toks[run.start - 1].end) === 'The' && !sentenceInitial(toks, run.start - 1);
  const outletWord = all.length >= 2 && all.slice(0, -1).some((w) => NEWS_HEADS.has(w)) && !isFirstName(all[0]);
  // `POLITICO Massachusetts`, `CNN Politics`: a brand in capitals beside words in ordinary case
  // (`RCMP Cpl. Jennifer Clarke` is a person: a given name among the words). Asked last, as it splits.
  const brand = () => {
    const rawWords = raw.split(/\s+/);
    return (
      rawWords.length >= 2 &&
      rawWords.some((w) => /^\p{Lu}{4,}$/u.test(w) && !isKnownName(w)) &&
      rawWords.some((w) => /\p{Ll}/u.test(w)) &&
      !all.some((w) => isFirstName(w))
    );
  };
  // `The Rachel Maddow Show`, `the Trump Tower Grill`: a show or a thing named after someone is neither
  // the person nor a body that speaks.
  if (THING_HEADS.has(last) && all.length >= 2) return null;
  if (ORG_HEADS.has(last) || isAcronym || isKnownOrganisation(raw) || headBeforeOf || afterThe || outletWord || brand()) {
    let s = run.start;
    while (s < run.end - 1 && (toks[s].lower === 'the' || toks[s].lower === 'former')) s++;
    const start = run.possessorStart ?? s;
    return { kind: 'organisation', nameStart: start, nameEnd: run.end, start, end: run.end, titles: [] };
  }
  return undefined;
}

/** Titles stripped from the front and the back: `Foreign Minister Ann Roe`, `Harbour County Recorder Ann Roe` → where `Ann Roe` starts. */
function stripTitles(text: string, toks: Token[], run: Run): { s: number; titles: string[] } {
  // Strip titles from the front: `US Secretary of State Antony Blinken`, `Chinese President Xi Jinping`.
  let s = run.start;
  const titles: string[] = [];
  while (s < run.end - 1) {
    const w = toks[s].lower;
    // `Jean-Luc Amaury`: a word joined by a hyphen to a capitalised one is part of a name, not a title.
    if (
      toks[s + 1].lower === '-' &&
      toks[s + 1].start === toks[s].end &&
      toks[s + 2]?.start === toks[s + 1].end &&
      isCapital(text, toks[s + 2])
    )
      break;
    // `Farmer Owen Price`, `Striker Amara Diallo`: a capitalised common noun (NOUN, not PROPN) before a
    // name is a role, like a title.
    const roleNoun =
      run.end - s > 2 &&
      (toks[s].pos === 'NOUN' || PERSON_NOUNS.has(w) || (isFirstName(toks[s + 1].lower) && !isKnownName(w) && sentenceInitial(toks, s)));
    // `Mexico-born Monte Haines`: the hyphen and lower-case word after a stripped place go with it.
    if (titles.length && w !== 'of' && (w === '-' || !/^[\p{Lu}\d]/u.test(text.slice(toks[s].start, toks[s].end)))) {
      titles.push(w);
      s++;
    } else if (TITLES.has(w) || isNationality(toks[s]) || isGroupWord(w) || (isPlace(w) && run.end - s > 2) || roleNoun) {
      // `US Ambassador to China Nicholas Burns` leaves `China Nicholas Burns`: a place before a full name goes too.
      titles.push(w);
      s++;
    } else if (w === 'of' && titles.length && s + 2 < run.end + 1) {
      // `Secretary of State X`: the word after `of` belongs to the title when a name still follows.
      let k = s + 1;
      if (toks[k]?.lower === 'the') k++;
      if (k + 1 < run.end) {
        titles.push(...wordsOf(toks, s, k + 1));
        s = k + 1;
      } else break;
    } else break;
  }
  // The name is what follows the last title word: `Police Chief Ray Moreno` → `Ray Moreno`, unless the
  // run ends in a title-like word that is a surname (`Stephen King`): then the front strip stands.
  let back = run.end;
  // `Clinton Adviser Sidney Blumenthal`: a role noun counts as a title here too.
  while (
    back > s &&
    !TITLES.has(toks[back - 1].lower) &&
    !(PERSON_NOUNS.has(toks[back - 1].lower) && back < run.end && toks[back - 1].pos !== 'PROPN') &&
    !isNationality(toks[back - 1]) &&
    toks[back - 1].lower !== 'of'
  )
    back--;
  if (back > s && back < run.end) {
    titles.push(...wordsOf(toks, s, back));
    s = back;
  }
  // `Maricopa County Recorder Helen Purcell`: role words no list holds, before a given name, are a title.
  if (run.end - s >= 3 && !isFirstName(toks[s].lower)) {
    for (let p = s + 1; p <= run.end - 2; p++) {
      if (isFirstName(toks[p].lower) && toks[p].pos === 'PROPN' && !isFirstName(toks[p - 1].lower) && toks[p - 1].lower !== '-') {
        titles.push(...wordsOf(toks, s, p));
        s = p;
        break;
      }
    }
  }
  return { s, titles };
}

/** What the name left after the titles is: a person, a place, a company, or nothing. */
function person(text: string, toks: Token[], run: Run, s: number, titles: string[], last: string): Candidate | null {
  // `the Sanders Iowa spots`: a state or country after a surname describes, it does not name.
  if (
    run.end - s >= 2 &&
    isRegion(toks[run.end - 1].lower) &&
    isKnownName(toks[run.end - 2].lower) &&
    !(run.end - s === 2 && isFirstName(toks[s].lower))
  )
    run.end--;
  const name = wordsOf(toks, s, run.end);
  // `Pennsylvania Gov.` (the name is on the next line or cut off): titles and places, no name.
  if (TITLES.has(name[name.length - 1]) && (name.length === 1 || isPlace(name[0]) || TITLES.has(name[0]))) return null;
  // `Aides say …`, `Officials said`: a capitalised common noun for people describes, it does not name.
  if (name.length === 1 && PERSON_NOUNS.has(name[0]) && !isKnownName(name[0])) return null;
  // `the Sterlings`, `The Vales`: a family, not one of its members.
  if (name.length === 1 && /s$/.test(name[0]) && toks[run.start - 1]?.lower === 'the' && s === run.start) return null;
  // `Trending`, `Breaking`: a lone capitalised -ing word is a heading, not a person, unless it speaks or
  // joins a full name (`Vera Sterling … Sterling said`, `Manning said`): a weak word.
  if (name.length === 1 && /ing$/.test(name[0]) && !isKnownName(name[0]))
    return isPlace(name[0]) ? null : { kind: 'person', nameStart: s, nameEnd: run.end, start: run.start, end: run.end, titles, weak: true };
  // `a Sarasota Republican`, `Iowa Democrats`: a place and a party make a description, not a name.
  if (name.length > 1 && isGroupWord(name[name.length - 1]) && !isFirstName(name[0])) return null;
  // `Jo Park`, `Ed Street`: a known given name first makes a person whatever the last word says.
  const personByGivenName = name.length >= 2 && isFirstName(name[0]);
  if (name.some((w) => CONNECTORS.has(w) && !NAME_PARTICLES.has(w)))
    return { kind: 'place', nameStart: s, nameEnd: run.end, start: run.start, end: run.end, titles };
  if ((GEO_HEADS.has(last) && !personByGivenName) || name.length > 4)
    return { kind: 'place', nameStart: s, nameEnd: run.end, start: run.start, end: run.end, titles };
  const nameText = text.slice(toks[s].start, toks[run.end - 1].end);
  if (toks.slice(s, run.end).every((t) => TITLES.has(t.lower) || isNationality(t)))
    return { kind: 'place', nameStart: s, nameEnd: run.end, start: run.start, end: run.end, titles };
  if (!personByGivenName && (name.every((w) => isPlace(w)) || isPlace(nameText))) {
    // `said Bolton`, `Paris said`: a surname that is also a town is the person when the article names
    // someone of that surname in full (`John Bolton`), else the place.
    if (name.length === 1 && !TITLES.has(name[0]))
      return {
        kind: 'person',
        nameStart: s,
        nameEnd: run.end,
        start: run.start,
        end: run.end,
        titles,
        weak: true,
        joinOnly: !isKnownName(name[0]),
      };
    return { kind: 'place', nameStart: s, nameEnd: run.end, start: run.start, end: run.end, titles };
  }
  // `Orbital Foods`, `Northern Rail Holdings`: a plural last word that is no known surname, after a
  // first word that is no given name, is a company or a body (`Nicholas Burns`, `Tom Adams` are people).
  // Only plurals that name businesses count: `Al Cardenas` and `Hakeem Jeffries` are people.
  if (name.length >= 2 && ORG_PLURAL.test(name[name.length - 1]) && !isFirstName(name[0]) && !titles.some((t) => TITLES.has(t))) {
    return { kind: 'organisation', nameStart: s, nameEnd: run.end, start: run.start, end: run.end, titles: [] };
  }
  // A lone capitalised word the tagger does not call a proper noun (`Officials`, `Visit`, `Credit`) is no
  // name by itself, but may be a surname the tagger read as a word (`Loretta Lynch … Lynch said`).
  const weak = name.length === 1 && toks[s].pos !== 'PROPN';
  return { kind: 'person', nameStart: s, nameEnd: run.end, start: run.start, end: run.end, titles, ...(weak ? { weak } : {}) };
}

interface Building {
  entity: Entity;
  /** Name forms seen, as token lists: [['antony', 'blinken'], ['blinken'], ['brinken']]. */
  forms: string[][];
  /** The forms of two words or more, and every word of every form: what `formFits` reads. */
  full: string[][];
  words: Set<string>;
  /** Keys of `forms`: each form is kept once, so linking stays linear however often a name recurs. */
  formKeys: Set<string>;
  surface: string[][];
  /** Offsets of the mentions, sorted. */
  at: number[];
  /**
   * Answers of `fits` by the article's number for a form (1 fits, 0 not), valid while `forms` does not
   * grow (`Blinken` is asked 20 times). Indexed by number, not keyed by the form's text: every person
   * mention is tested against every person of the article, and a string key cost a hash each time.
   */
  fitCache: number[];
  /** Its place among the article's people (1, 2, …), which candidates keep. */
  order: number;
  /** Its keys in the PeopleIndex. */
  keys: Set<string>;
}

/**
 * The people of an article by the words of their names, so that a mention is compared with the people
 * it could fit, not with all of them: a long article names thousands, and comparing every mention with
 * every person grew with the square of its length (a 2 MB text: 8 of its 13 s). Every pair `formFits`
 * accepts shares a key of the mention's last word, or of its only word: the same word (a trailing stop
 * aside), a word one typo away (a word of five letters or more is also filed under each of its one-letter
 * deletions, which two such words share: `blinken`/`blingen` → `bliken`), or an initial and a word it
 * starts (`John S.`/`John Smith`). A person known by one word so far is also found by a mention's first
 * word (`Antony` … `Antony Blinken`).
 */
export class PeopleIndex {
  private readonly byKey = new Map<string, Building[]>();
  /** Each word's keys, and its keys as a one-word name's, made once per article: `Blinken` is looked up at every mention. */
  private readonly keysOf = new Map<string, string[]>();
  private readonly onlyKeysOf = new Map<string, string[]>();

  private wordKeys(s: string): string[] {
    let keys = this.keysOf.get(s);
    if (!keys) this.keysOf.set(s, (keys = wordKeys(s)));
    return keys;
  }

  private onlyWordKeys(s: string): string[] {
    let keys = this.onlyKeysOf.get(s);
    if (!keys) this.onlyKeysOf.set(s, (keys = this.wordKeys(s).map((k) => `1${k}`)));
    return keys;
  }

  add(b: Building, form: string[]): void {
    for (const w of form) {
      const s = withoutStop(w);
      if (!s) continue;
      for (const k of this.wordKeys(s)) this.file(b, k);
      this.file(b, `i:${s[0]}`);
      if (s.length === 1) this.file(b, `I:${s}`);
      if (form.length === 1) for (const k of this.onlyWordKeys(s)) this.file(b, k);
    }
  }

  candidates(form: string[]): Building[] {
    const found = new Set<Building>();
    const take = (key: string) => {
      for (const b of this.byKey.get(key) ?? []) found.add(b);
    };
    const last = withoutStop(form[form.length - 1]);
    if (last) {
      for (const k of this.wordKeys(last)) take(k);
      if (form.length > 1) take(last.length === 1 ? `i:${last}` : `I:${last[0]}`);
    }
    const first = withoutStop(form[0]);
    if (form.length > 1 && first) for (const k of this.onlyWordKeys(first)) take(k);
    return [...found].sort((a, b) => a.order - b.order);
  }

  private file(b: Building, key: string): void {
    if (b.keys.has(key)) return;
    b.keys.add(key);
    const list = this.byKey.get(key);
    if (list) list.push(b);
    else this.byKey.set(key, [b]);
  }
}

/** A word's keys: itself, and for five letters or more its one-letter deletions (typo keys). */
function wordKeys(s: string): string[] {
  const out = [`=${s}`];
  if (s.length < 5) return out;
  out.push(`d:${s}`);
  for (let i = 0; i < s.length; i++) out.push(`d:${s.slice(0, i)}${s.slice(i + 1)}`);
  return out;
}

const withoutStop = (s: string) => (s.endsWith('.') ? s.slice(0, -1) : s);

function building(entity: Entity): Building {
  return {
    entity,
    forms: [],
    full: [],
    words: new Set(),
    formKeys: new Set(),
    surface: [],
    at: [],
    fitCache: [],
    order: 0,
    keys: new Set(),
  };
}

function addForm(b: Building, form: string[], key: string): void {
  b.formKeys.add(key);
  b.forms.push(form);
  if (form.length > 1) b.full.push(form);
  for (const w of form) b.words.add(w);
  b.fitCache = [];
}

/** Does a name form fit an entity? Full forms must agree word for word; a single word matches any word. */
function fits(form: string[], formId: number, b: Building): boolean {
  let answer = b.fitCache[formId];
  if (answer === undefined) {
    answer = formFits(form, b) ? 1 : 0;
    b.fitCache[formId] = answer;
  }
  return answer === 1;
}

/** Forms and the building's words are folded (foldName), so the folded comparisons apply. */
function formFits(form: string[], b: Building): boolean {
  if (form.length === 1) {
    const w = form[0];
    if (b.words.has(w)) return true;
    for (const x of b.words) if (sameFoldedToken(x, w)) return true;
    return false;
  }
  if (!b.full.length) {
    // `Blinken` seen first, `Antony Blinken` later: the single word is the surname or the given name.
    const single = b.forms[0][0];
    return sameFoldedToken(form[form.length - 1], single) || sameFoldedToken(form[0], single);
  }
  for (const f of b.full) {
    if (f.length !== form.length) {
      // `Joe Biden` ~ `Joseph R. Biden`: first and last agree.
      if (sameFoldedToken(f[f.length - 1], form[form.length - 1]) && sameFoldedGivenName(f[0], form[0])) return true;
      continue;
    }
    let all = sameFoldedGivenName(f[0], form[0]);
    for (let k = 1; all && k < f.length; k++) all = sameFoldedToken(f[k], form[k]) || foldedInitialMatches(f[k], form[k]);
    if (all) return true;
  }
  return false;
}

/** The name most mentions agree on, word by word: `Anthony Brinken` + 9 × `Blinken` → `Anthony Blinken`. */
function canonicalName(b: Building): string {
  const full = b.surface.filter((f) => f.length > 1);
  if (!full.length) return b.surface[0].join(' ');
  const lengthVotes = new Map<number, number>();
  for (const f of full) lengthVotes.set(f.length, (lengthVotes.get(f.length) ?? 0) + 1);
  const len = [...lengthVotes].sort((a, c) => c[1] - a[1] || c[0] - a[0])[0][0];
  const slots: Map<string, number>[] = Array.from({ length: len }, () => new Map());
  for (const f of b.surface) {
    if (f.length === len) {
      f.forEach((w, k) => {
        slots[k].set(w, (slots[k].get(w) ?? 0) + 2);
      });
    } else if (f.length === 1) {
      // A single word votes for the slot it resembles: the surname mostly, the family name in `Xi`.
      const k = slots.findIndex((m) => [...m.keys()].some((x) => sameNameToken(x, f[0])));
      if (k >= 0) slots[k].set(f[0], (slots[k].get(f[0]) ?? 0) + 1);
    }
  }
  return slots
    .map((m) => [...m].sort((a, c) => c[1] - a[1])[0]?.[0] ?? '')
    .filter(Boolean)
    .join(' ');
}

export const entities = () =>
  builtInStage({
    name: 'entities',
    options: {},
    requires: ['tokens', 'paragraphs'],
    provides: 'entities',
    run(doc) {
      return findEntities(doc.text, layer(doc, 'tokens'), layer(doc, 'paragraphs'));
    },
  });

interface Pending {
  cand: Candidate;
  /** The name's words, folded (foldName), and as written. */
  form: string[];
  surface: string[];
  /** The mention opens its sentence. */
  initial: boolean;
}

export function findEntities(text: string, toks: Token[], paragraphs: readonly Paragraph[] = []): EntityLayer {
  const pending = candidates(text, toks, paragraphs);
  // Full names first, so that `Hale` early in a text still joins `Tom Hale` named later.
  // Weak words last, so that they only join people the article names in full.
  const rank = pending.map((p) => (p.cand.weak ? 0 : p.form.length > 1 ? 2 : 1));
  const order = pending.map((_p, k) => k).sort((a, b) => rank[b] - rank[a] || a - b);
  const owners = new Owners(text, toks);
  const owner = new Array<Building | null>(pending.length).fill(null);
  for (const k of order) owner[k] = pending[k].cand.kind === 'organisation' ? owners.organisation(pending[k]) : owners.person(pending[k]);
  const dropped = sentenceInitialWords(toks, pending, owner, owners.people);
  pending.forEach((_, k) => {
    if (owner[k] && dropped.has(owner[k]!)) owner[k] = null;
  });
  const all = [...owners.people.filter((b) => !dropped.has(b)), ...owners.orgs.values()];
  return { entities: all.map((b) => b.entity), mentions: finishEntities(text, toks, pending, owner, all) };
}

/** Every name run of the text, split and classified, with its forms; places and headline runs left out. */
function candidates(text: string, toks: Token[], paragraphs: readonly Paragraph[]): Pending[] {
  const pending: Pending[] = [];
  const headline = headlineTest(text, paragraphs);
  for (const whole of nameRuns(text, toks)) {
    for (const run of splitRun(text, toks, whole)) {
      if (headline(toks[run.start].start) || isDateline(text, toks, run)) continue;
      const cand = classifyRun(text, toks, run);
      if (!cand || cand.kind === 'place') continue;
      const joined: string[] = [];
      // Re-join hyphenated parts: [Fu, -, kuo] → [Fu-kuo]
      for (let k = cand.nameStart; k < cand.nameEnd; k++) {
        const t = toks[k];
        const w = text.slice(t.start, t.end);
        if (k > cand.nameStart && t.start === toks[k - 1].end && (w === '-' || toks[k - 1].lower === '-')) joined[joined.length - 1] += w;
        else joined.push(w);
      }
      // (`surface` is read for people only: an organisation's name is its text, taken below.)
      pending.push({ cand, form: joined.map((w) => foldName(w)), surface: joined, initial: sentenceInitial(toks, cand.nameStart) });
    }
  }

  return pending;
}

/** The people and organisations of an article as their mentions are assigned, one at a time. */
class Owners {
  readonly people: Building[] = [];
  readonly orgs = new Map<string, Building>();
  private readonly index = new PeopleIndex();
  /** A number per distinct person form of the article (`tom hale` → 0, `hale` → 1). */
  private readonly formIds = new Map<string, number>();

  constructor(
    private readonly text: string,
    private readonly toks: Token[],
  ) {}

  /** The organisation a mention names, by its name without `the`, possessives and country words. */
  organisation({ cand, form }: Pending): Building {
    const { text, toks, orgs } = this;
    const at = toks[cand.start].start;
    const key = form.filter((w) => w !== 'the' && w !== "'s" && !COUNTRY_CODE.test(w) && !DEMONYM.test(w)).join(' ') || form.join(' ');
    let b = orgs.get(key);
    if (!b) {
      const name = text.slice(toks[cand.nameStart].start, toks[cand.nameEnd - 1].end);
      b = building({ id: '', name, kind: 'organisation', gender: null, titles: [], mentions: [] });
      addForm(b, form, form.join(' '));
      b.surface.push([name]);
      b.at.push(at);
      orgs.set(key, b);
    } else if (text.slice(toks[cand.nameStart].start, toks[cand.nameEnd - 1].end).length > b.entity.name.length) {
      b.entity.name = text.slice(toks[cand.nameStart].start, toks[cand.nameEnd - 1].end);
    }
    return b;
  }

  /** The person a mention names: one already met that fits its form, else a new one; null for none. */
  person({ cand, form, surface }: Pending): Building | null {
    const { toks, people, index, formIds } = this;
    const titles = cand.titles;
    const at = toks[cand.start].start;
    // People: the nearest fitting entity before this mention (two Wangs: the one named last), else after.
    const formKey = form.join(' ');
    let formId = formIds.get(formKey);
    if (formId === undefined) formIds.set(formKey, (formId = formIds.size));
    const fitting: Building[] = [];
    for (const p of index.candidates(form)) if (fits(form, formId, p)) fitting.push(p);
    let b: Building | undefined;
    if (fitting.length === 1) b = fitting[0];
    else if (fitting.length > 1) {
      const exact = fitting.filter((x) => x.forms.some((f) => f.includes(form[form.length - 1]) || f.includes(form[0])));
      const pool = exact.length ? exact : fitting;
      // The one named in the last few words, else the one the article has named most so far: `Ted Cruz
      // … a photo of Heidi Cruz … ¶ “…,” Cruz said` is Ted Cruz, the article's subject.
      const before = pool.filter((x) => firstMention(x) <= at).sort((x, y) => lastBefore(y, at) - lastBefore(x, at));
      if (before.length > 1 && at - lastBefore(before[0], at) > 100)
        before.sort((x, y) => countBefore(y, at) - countBefore(x, at) || lastBefore(y, at) - lastBefore(x, at));
      b = before[0] ?? pool.sort((x, y) => firstMention(x) - firstMention(y))[0];
    }
    if (!b && form.length === 2) {
      // `Earlier on Monday Xi Blinken held talks`: two known people's names side by side, not a third person.
      const a0 = people.find((x) => x.full.some((f) => f.includes(form[0])));
      const a1 = people.find((x) => x !== a0 && x.full.some((f) => f.includes(form[1])));
      if (a0 && a1) return null;
    }
    if (
      !b &&
      cand.weak &&
      (cand.joinOnly || !(titles.length || speaksNext(toks, cand.end) || SPEECH_VERBS.has(toks[cand.start - 1]?.lower ?? '')))
    )
      return null;
    if (!b) {
      b = building({ id: '', name: '', kind: 'person', gender: null, titles: [], mentions: [] });
      people.push(b);
      b.order = people.length;
    }
    if (!b.formKeys.has(formKey)) {
      addForm(b, form, formKey);
      index.add(b, form);
    }
    b.surface.push(surface);
    for (const t of cand.titles) if (!b.entity.titles.includes(t)) b.entity.titles.push(t);
    // `9/11 widow Terry Strada`, `actress Jane Roe`: a gendered role word right before the name.
    const before = toks[cand.start - 1]?.lower;
    if (before && (MALE_TITLES.has(before) || FEMALE_TITLES.has(before)) && !b.entity.titles.includes(before)) b.entity.titles.push(before);
    b.at.splice(upperBound(b.at, at), 0, at);
    return b;
  }
}

/**
 * `Demand has doubled since May`: a single capitalised word seen only at the start of sentences, never
 * joined to a full name and not a known name, is an ordinary word, not a person.
 */
function sentenceInitialWords(toks: Token[], pending: Pending[], owner: Array<Building | null>, people: Building[]): Set<Building> {
  const dropped = new Set<Building>();
  const notInitial = new Set<Building>(); // people with a mention inside a sentence
  pending.forEach((p, k) => {
    // `Dean, a former party chairman, poked at …`, `Dean said`: an apposition or a speech verb after the
    // word makes it a name even at the start of a sentence.
    const next = toks[p.cand.end];
    const apposition = next?.lower === ',' && /^(?:a|an|the|who|one)$/.test(toks[p.cand.end + 1]?.lower ?? '');
    // `Schlafly’s final book …`: a possessive too.
    const possessive = next?.lower === "'s" || next?.lower === "'";
    if (owner[k] && (!p.initial || apposition || possessive || speaksNext(toks, p.cand.end))) notInitial.add(owner[k]!);
  });
  for (const b of people) {
    if (b.forms.some((f) => f.length > 1)) continue;
    if (!notInitial.has(b) && !isKnownName(b.surface[0][0])) dropped.add(b);
  }
  return dropped;
}

/** Names, genders and ids of the entities kept, and every mention of theirs in text order. */
function finishEntities(text: string, toks: Token[], pending: Pending[], owner: Array<Building | null>, all: Building[]): Mention[] {
  const mentions: Mention[] = [];
  const ids = new UniqueIds();
  for (const b of all) {
    if (b.entity.kind === 'person') {
      b.entity.name = canonicalName(b);
      const first = b.surface.find((f) => f.length > 1)?.[0];
      b.entity.gender = genderOf(first ? nameGender(first) : null, b.entity.titles, pronounEvidence(toks, b.at));
    }
    b.entity.id = ids.take(slug(b.entity.name));
  }
  pending.forEach((p, k) => {
    const b = owner[k];
    if (!b) return;
    const start = toks[p.cand.start].start;
    const end = toks[p.cand.end - 1].end;
    const m: Mention = {
      start,
      end,
      text: text.slice(start, end),
      entity: b.entity.id,
      tokenStart: p.cand.start,
      tokenEnd: p.cand.end,
      nameStart: p.cand.nameStart,
    };
    mentions.push(m);
    b.entity.mentions.push({ start, end, text: m.text });
  });
  mentions.sort((a, b) => a.start - b.start);
  return mentions;
}

/**
 * A headline in title case (`Hillary Clinton Goes After Donald Trump On Taxes`) glues names to its other
 * capitalised words: its runs are no names. A line without final punctuation whose words are all capitalised
 * but the small ones is one (`“Safety first, always” — Commissioner Ruth Starks` is not); `By Jane Roe` or a one-name caption has too few words to tell and is read as usual.
 */
function headlineTest(text: string, paragraphs: readonly Paragraph[]): (offset: number) => boolean {
  const heads = paragraphs.filter((p, k) => {
    // The first line is a title even when it ends with a full stop (`Bolton and Gorka Slam Neocons.`).
    if (!p.heading && k > 0) return false;
    const words = text
      .slice(p.start, p.end)
      .split(/\s+/)
      .filter((w) => /\p{L}/u.test(w) && !HEADLINE_SMALL_WORDS.has(w.toLowerCase()));
    if (words.length < 4) return false;
    const caps = words.filter((w) => /^[\p{Lu}\d“"‘']/u.test(w)).length;
    return caps / words.length >= 0.9;
  });
  if (!heads.length) return () => false;
  return (offset) => {
    const i = partitionPoint(heads.length, (k) => heads[k].end <= offset);
    return i < heads.length && heads[i].start <= offset;
  };
}

/** Shows, events and things named after people: no given name before them makes a person (`The Rachel Maddow Show`). */
const THING_HEADS = new Set<string>(WORDS.thingHeads);

/** Last words of company names that look like plurals: `Orbital Foods`, `Northern Rail Holdings`. */
const ORG_PLURAL = wordPattern(WORDS.organisationPlurals);

/** Words a title-case headline leaves in lower case: `Clinton Goes After Trump on Taxes`. */
const HEADLINE_SMALL_WORDS = new Set<string>(WORDS.headlineSmallWords);

/** `MIDWAY ATOLL - Seventy-four years ago …`, `WASHINGTON, Sept. 9 —`: a capitals-only place opening a paragraph. */
function isDateline(text: string, toks: Token[], run: Run): boolean {
  const first = toks[run.start];
  if (first.start > 0 && text[first.start - 1] !== '\n') return false;
  for (let k = run.start; k < run.end; k++) if (/\p{Ll}/u.test(text.slice(toks[k].start, toks[k].end))) return false;
  const next = toks[run.end];
  return !!next && /^[,—–-]$/.test(next.lower) && text.slice(toks[run.start].start, toks[run.end - 1].end).length > 3;
}

/**
 * One run can hold two names the text puts side by side: `the Washington Post Trump said` is an
 * organisation, then a person; `Said Ellis: “…”` opens with a speech verb, not a name.
 */
function splitRun(text: string, toks: Token[], run: Run): Run[] {
  let start = run.start;
  if (run.end - start > 1 && SPEECH_VERBS.has(toks[start].lower) && sentenceInitial(toks, start)) start++;
  // `(See Sexton’s full timeline …)`: a sentence's first word that the tagger does not call a proper noun and
  // that is no given name is an ordinary word before a name (`Drew Thompson said` keeps Drew).
  if (run.end - start > 1 && toks[start].pos !== 'PROPN' && sentenceInitial(toks, start) && !isFirstName(toks[start].lower)) start++;
  // `-based Matt Mackowiak` (of `Texas-based`): a name never starts with a hyphen or a lower-case word.
  while (start < run.end - 1 && !/^[\p{Lu}\d]/u.test(text.slice(toks[start].start, toks[start].end))) start++;
  for (let k = start + 1; k < run.end - 1; k++) {
    const w = toks[k].lower;
    // `Glenn Beck Says Trump …` (a headline): a capitalised speech verb ends one name and starts another.
    if (SPEECH_VERBS.has(w) && /(?:s|ed)$/.test(w)) {
      return [
        { start, end: k, possessorStart: run.possessorStart },
        ...splitRun(text, toks, { start: k + 1, end: run.end, possessorStart: null }),
      ].filter((r) => r.end > r.start);
    }
    // `Washington Post Trump`, `Foreign Ministry Spokesman Wang`: an organisation's last word mid-run.
    if (!NEWS_HEADS.has(w) || !/^\p{Lu}/u.test(text.slice(toks[k + 1].start, toks[k + 1].end))) continue;
    if (CONNECTORS.has(toks[k + 1].lower)) continue;
    return [
      { start, end: k + 1, possessorStart: run.possessorStart },
      { start: k + 1, end: run.end, possessorStart: null },
    ];
  }
  return start === run.start ? [run] : [{ ...run, start }];
}
/** Last words of outlets and bodies that a person's name may follow in one run. */
const NEWS_HEADS = new Set<string>(WORDS.newsHeads);

/** `Lynch said`, `Lynch told`, `Lynch, who …, said` is too far: the word right after is a speech verb. */
function speaksNext(toks: Token[], end: number): boolean {
  const t = toks[end];
  if (!t) return false;
  if (SPEECH_VERBS.has(t.lower) && /(?:ed|said|told|wrote|says|tells|adds|explains)$/.test(t.lower)) return true;
  // `“…,” Conway notes.`: a speech word that is mostly a noun, as the last word of its clause.
  return NOUNISH_SPEECH.has(t.lower) && /s$/.test(t.lower) && /^[.,;]$/.test(toks[end + 1]?.lower ?? '');
}

// (`spokesman`, `chairman`: still used of women in much copy, so they tell nothing.)
const MALE_TITLES = new Set<string>(WORDS.maleWords);
const FEMALE_TITLES = new Set<string>(WORDS.femaleWords);

/**
 * A person's gender: a gendered title first (`Mr. Kelly`, `Congresswoman Jordan`); then what the article's
 * own pronouns say when they say it clearly, since given names mislead (`Sen. Lindsey Graham … He
 * continued` — compromise lists Lindsey as a woman's name); else the given name.
 */
function genderOf(byName: 'm' | 'f' | null, titles: string[], evidence: { m: number; f: number }): 'm' | 'f' | null {
  if (titles.some((t) => MALE_TITLES.has(t))) return 'm';
  if (titles.some((t) => FEMALE_TITLES.has(t))) return 'f';
  if (evidence.m >= 2 && evidence.m >= 3 * evidence.f) return 'm';
  if (evidence.f >= 2 && evidence.f >= 3 * evidence.m) return 'f';
  return byName;
}

/**
 * Pronouns that open the sentence after a mention, or follow the mention in its own sentence as a
 * subject or possessor: `Graham spoke. He said …`, `Graham said his plan …`. Counted per person, so
 * that a clear majority can set the gender (genderOf).
 */
function pronounEvidence(toks: Token[], at: number[]): { m: number; f: number } {
  const out = { m: 0, f: 0 };
  const count = (w: string) => {
    if (w === 'he' || w === 'his' || w === 'him' || w === 'himself') out.m++;
    else if (w === 'she' || w === 'her' || w === 'hers' || w === 'herself') out.f++;
  };
  for (const offset of at) {
    const i = partitionPoint(toks.length, (k) => toks[k].start < offset);
    const sentence = toks[i]?.sentence ?? 0;
    // `Graham said his party …`, `Vandermolt has been establishing himself as …`: a possessive, object or
    // reflexive a few words after the name, in its sentence.
    for (let j = i + 1; j < Math.min(toks.length, i + 8) && toks[j].sentence === sentence; j++)
      if (/^(?:his|her|him|himself|herself)$/.test(toks[j].lower)) count(toks[j].lower);
    // `Graham spoke. He said …`: the pronoun that opens the next sentence.
    let j = i;
    while (j < toks.length && toks[j].sentence === sentence) j++;
    while (j < toks.length && toks[j].pos === 'SPACE') j++;
    if (toks[j] && /^(?:he|she)$/.test(toks[j].lower)) count(toks[j].lower);
  }
  return out;
}

// At module level, not inside findEntities: a function declared there is a new closure each call, and
// TurboFan, having inlined last call's, threw the whole optimised findEntities away on meeting the next
// (`wrong call target`: a 28 ms recompile per worker).
function firstMention(b: Building): number {
  return b.at.length ? b.at[0] : Infinity;
}
function countBefore(b: Building, at: number): number {
  return upperBound(b.at, at);
}
function lastBefore(b: Building, at: number): number {
  const i = upperBound(b.at, at);
  return i > 0 ? b.at[i - 1] : -1;
}

/** Index of the first value greater than `x` in a sorted list. */
const upperBound = (list: number[], x: number): number => partitionPoint(list.length, (i) => list[i] <= x);

/**
 * For tests: people made from name forms (folded words), indexed, and what the index offers for a form
 * next to what comparing with every person finds.
 */
export function indexedPeople(forms: string[][][]): { candidates: (form: string[]) => number[]; fitting: (form: string[]) => number[] } {
  const index = new PeopleIndex();
  const people = forms.map((personForms, k) => {
    const b = building({ id: String(k), name: '', kind: 'person', gender: null, titles: [], mentions: [] });
    b.order = k + 1;
    for (const f of personForms) {
      addForm(b, f, f.join(' '));
      index.add(b, f);
    }
    return b;
  });
  return {
    candidates: (form) => index.candidates(form).map((b) => b.order - 1),
    fitting: (form) => people.filter((b) => formFits(form, b)).map((b) => b.order - 1),
  };
}
