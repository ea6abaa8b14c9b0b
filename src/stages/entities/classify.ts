// What a name run names: an organisation, a place, or a person with titles before the name.
import type { EntityKind, Token } from '../../core/layers.js';
import {
  COUNTRY_CODE,
  DEMONYM,
  isFirstName,
  isGroupWord,
  isKnownName,
  isKnownOrganisation,
  isPlace,
  isRegion,
  ORG_HEADS,
  PERSON_NOUNS,
  PLACE_ABBREVIATION,
  TITLES,
} from '../../nlp/lexicon.js';
import { WORDS, wordPattern } from '../../nlp/words.js';
import { CONNECTORS, isCapital, isNationality, NAME_PARTICLES, sentenceInitial } from './name-tokens.js';
import { NEWS_HEADS, type Run } from './runs.js';

export const MONTHS_DAYS = new Set<string>(WORDS.monthsAndDays);
/** A month or weekday, full or short, its full stop included (`Dec.` is one token, `dec.`). */
const isMonthOrDay = (w: string): boolean => MONTHS_DAYS.has(w.endsWith('.') ? w.slice(0, -1) : w);
/** Titles only a person bears: `Mr.`, `Mrs.`, `Ms.`, `Miss`, `Dr.`. */
const HONORIFIC = /^(?:mr|mrs|ms|miss|mx|dr)\.?$/;
/** Last words of places and things, not people: `Taiwan Strait`, `Great Hall`, `Group of Seven`. */
export const GEO_HEADS = new Set<string>(WORDS.placeAndThingHeads);

export interface Candidate {
  kind: EntityKind;
  /** Token range of the name proper (titles stripped). */
  nameStart: number;
  nameEnd: number;
  /** Token range of the whole mention. */
  start: number;
  end: number;
  titles: string[];
  /**
   * A lone capitalised word the tagger did not call a proper noun (`Bolt`/VERB, `Bell`/NOUN): a name only
   * when it is a word of a full name of the article (`Dora Bolt … Bolt said`) or speaks (`Bolt said`).
   */
  weak?: boolean;
  /** A weak word that never makes a person of its own: `Preston`, a town, unless `John Preston` is named. */
  joinOnly?: boolean;
}

/** The lower-cased words of tokens [a, b). */
export function wordsOf(toks: Token[], a: number, b: number): string[] {
  const out: string[] = [];
  for (let k = a; k < b; k++) out.push(toks[k].lower);
  return out;
}

/** Decides what a run names: an organisation, a place, or a person with titles before the name. */
export function classifyRun(text: string, toks: Token[], input: Run): Candidate | null {
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
export function withoutDates(toks: Token[], input: Run): Run | null {
  // `Monday Su …`, `Nora Fenwick Last August`: dates stuck to a name are not part of it.
  const run = { ...input };
  while (run.start < run.end && isMonthOrDay(toks[run.start].lower)) run.start++;
  // …but `Aye Myat May, 60,` keeps its last word: a month ends a run only before a date or after `last`.
  while (
    run.end > run.start &&
    isMonthOrDay(toks[run.end - 1].lower) &&
    (run.end - run.start === 1 ||
      toks[run.end]?.pos === 'NUM' ||
      /^(?:last|next|this|early|late|mid)$/.test(toks[run.end - 2]?.lower ?? '') ||
      /^(?:mon|tues|wednes|thurs|fri|satur|sun)day$/.test(toks[run.end - 1].lower))
  ) {
    run.end--;
    if (run.end > run.start && /^(?:last|next|this|early|late|mid)$/.test(toks[run.end - 1].lower)) run.end--;
  }
  if (run.start >= run.end) return null;
  // `Hours later, Ray Tolliver …`: a plural unit of time that opens a sentence, capitalised, is no name.
  if (run.end - run.start === 1 && /^(?:seconds|minutes|hours|days|weeks|months|years|decades|moments)$/.test(toks[run.start].lower))
    return null;
  return run;
}

/** A group word, a demonym or a place abbreviation: no candidate (null), a surname that may only join one, or undefined to read on. */
export function groupOrPlace(run: Run, all: string[], raw: string): Candidate | null | undefined {
  // `Republicans`, `Muslim`, `South Korean`, `D.C.`: a group or a place abbreviation, never a person.
  if (
    all.every(
      (w) => COUNTRY_CODE.test(w) || isGroupWord(w) || DEMONYM.test(w) || isMonthOrDay(w) || /^(?:south|north|east|west|new)$/.test(w),
    )
  ) {
    // …but `English said` after `Tom English` is his surname: it may join a full name, never make a person.
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
export function organisation(text: string, toks: Token[], run: Run, all: string[], raw: string): Candidate | null | undefined {
  const last = all[all.length - 1];
  // Organisations: `State Department`, `China’s Foreign Ministry`, `Harbour Times`, `KTVX`, `KTVX News`.
  // (`CEO`, `CFO`: a title in capitals is no body)
  const isAcronym = all.length === 1 && /^\p{Lu}{2,6}$/u.test(raw) && !isPlace(raw) && !TITLES.has(all[0]);
  // The head comes last (`Harbour Times`, `Acme Corp`) or before `of`/`for` (`Ministry of Foreign Affairs`);
  // a head word inside a person's title does not count (`Police Chief Ray Moreno`).
  const headBeforeOf = all.some((w, k) => ORG_HEADS.has(w) && (all[k + 1] === 'of' || all[k + 1] === 'for'));
  // `The Daily Ledger wrote`: a name after a capitalised `The` inside a sentence, or with an outlet's word
  // in it before a word that is no surname, is a title or a body, never a person; but a title and a given
  // name after that word make one (`Committee Chairman Rep. Mary Jones`: the titles, then Mary Jones).
  const afterThe =
    run.start > 0 && text.slice(toks[run.start - 1].start, toks[run.start - 1].end) === 'The' && !sentenceInitial(toks, run.start - 1);
  const outletWord = all.length >= 2 && all.slice(0, -1).some((w) => NEWS_HEADS.has(w)) && !isFirstName(all[0]) && !titledName(all);
  // `HARBOURWIRE Sports`, `KTVX Politics`: a brand in capitals beside words in ordinary case
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
  // `The Lucy Winters Show`, `the Hale Tower Grill`: a show or a thing named after someone is neither
  // the person nor a body that speaks.
  if (THING_HEADS.has(last) && all.length >= 2) return null;
  // (`Team Vale`, `Team Harbour`: a team named for someone or somewhere is a body, not the person)
  const team = all.length >= 2 && all[0] === 'team';
  if (ORG_HEADS.has(last) || isAcronym || isKnownOrganisation(raw) || headBeforeOf || afterThe || outletWord || team || brand()) {
    let s = run.start;
    while (s < run.end - 1 && (toks[s].lower === 'the' || toks[s].lower === 'former')) s++;
    // (`CEO of Harbour Restaurant Association`: the title of someone in the body, then the body)
    while (s < run.end - 3 && TITLES.has(toks[s].lower) && toks[s + 1].lower === 'of') s += toks[s + 2].lower === 'the' ? 3 : 2;
    const start = run.possessorStart ?? s;
    return { kind: 'organisation', nameStart: start, nameEnd: run.end, start, end: run.end, titles: [] };
  }
  return undefined;
}

/** `Committee Chairman Rep. Mary Jones`: a title, then a given name and at least one more word, in the run. */
function titledName(all: string[]): boolean {
  for (let k = 0; k < all.length - 2; k++) if (TITLES.has(all[k]) && isFirstName(all[k + 1])) return true;
  return false;
}

/** Titles stripped from the front and the back: `Foreign Minister Ann Roe`, `Harbour County Recorder Ann Roe` → where `Ann Roe` starts. */
export function stripTitles(text: string, toks: Token[], run: Run): { s: number; titles: string[] } {
  // Strip titles from the front: `US Secretary of State Anton Lorne`, `Chinese President Su Lan`.
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
    // `Mexico-born Marco Hollis`: the hyphen and lower-case word after a stripped place go with it.
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
  // run ends in a title-like word that is a surname (`Ruth Major`): then the front strip stands.
  let back = run.end;
  // `Roe Adviser Carl Lindqvist`: a role noun counts as a title here too.
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
  // `Harbour County Recorder Ruth Quint`: role words no list holds, before a given name, are a title.
  if (run.end - s >= 3 && !isFirstName(toks[s].lower)) {
    for (let p = s + 1; p <= run.end - 2; p++) {
      if (
        isFirstName(toks[p].lower) &&
        toks[p].pos === 'PROPN' &&
        !isFirstName(toks[p - 1].lower) &&
        toks[p - 1].lower !== '-' &&
        // (`West Virginia Democrat`: a given name that ends a place of two words opens no name)
        !isPlace(`${toks[p - 1].lower} ${toks[p].lower}`)
      ) {
        titles.push(...wordsOf(toks, s, p));
        s = p;
        break;
      }
    }
  }
  return { s, titles };
}

/**
 * `Health Canada`, `Hockey Canada`, `Sport England`: a word that is no one's name before a country or a
 * province is a body named after it; `Gordon England`, `Mr. Holland`, `New Jersey` are a person and a place.
 */
function namedAfterCountry(name: string[], titles: string[]): boolean {
  return (
    name.length === 2 &&
    !titles.length &&
    isRegion(name[1]) &&
    !isFirstName(name[0]) &&
    !isKnownName(name[0]) &&
    !isPlace(name[0]) &&
    !/^(?:new|north|south|east|west|upper|lower|great|little)$/.test(name[0]) &&
    !isPlace(`${name[0]} ${name[1]}`)
  );
}

/** What the name left after the titles is: a person, a place, a company, or nothing. */
export function person(text: string, toks: Token[], run: Run, s: number, titles: string[], last: string): Candidate | null {
  // `the Brack Iowa spots`: a state or country after a surname describes, it does not name.
  if (
    run.end - s >= 2 &&
    isRegion(toks[run.end - 1].lower) &&
    isKnownName(toks[run.end - 2].lower) &&
    !(run.end - s === 2 && isFirstName(toks[s].lower))
  )
    run.end--;
  const name = wordsOf(toks, s, run.end);
  if (namedAfterCountry(name, titles))
    return { kind: 'organisation', nameStart: s, nameEnd: run.end, start: run.start, end: run.end, titles: [] };
  // `Pennsylvania Gov.` (the name is on the next line or cut off): titles and places, no name.
  if (TITLES.has(name[name.length - 1]) && (name.length === 1 || isPlace(name[0]) || TITLES.has(name[0]))) return null;
  // `Aides say …`, `Officials said`: a capitalised common noun for people describes, it does not name.
  if (name.length === 1 && PERSON_NOUNS.has(name[0]) && !isKnownName(name[0])) return null;
  // `the Sterlings`, `The Vales`: a family, not one of its members.
  if (name.length === 1 && /s$/.test(name[0]) && toks[run.start - 1]?.lower === 'the' && s === run.start) return null;
  // `Trending`, `Breaking`: a lone capitalised -ing word is a heading, not a person, unless it speaks or
  // joins a full name (`Vera Sterling … Sterling said`, `Fleming said`): a weak word.
  if (name.length === 1 && /ing$/.test(name[0]) && !isKnownName(name[0]))
    return isPlace(name[0]) ? null : { kind: 'person', nameStart: s, nameEnd: run.end, start: run.start, end: run.end, titles, weak: true };
  // `a Millbrook Republican`, `Iowa Democrats`: a place and a party make a description, not a name.
  if (name.length > 1 && isGroupWord(name[name.length - 1]) && !isFirstName(name[0])) return null;
  // `Jo Park`, `Ed Street`: a known given name first makes a person whatever the last word says.
  const personByGivenName = name.length >= 2 && isFirstName(name[0]);
  if (name.some((w) => CONNECTORS.has(w) && !NAME_PARTICLES.has(w)))
    return { kind: 'place', nameStart: s, nameEnd: run.end, start: run.start, end: run.end, titles };
  if ((GEO_HEADS.has(last) && !personByGivenName) || name.length > 4)
    return { kind: 'place', nameStart: s, nameEnd: run.end, start: run.start, end: run.end, titles };
  const nameText = text.slice(toks[s].start, toks[run.end - 1].end);
  // (`Mr. English said`, `Ms. French`: after an honorific a demonym is a surname)
  const honorific = titles.length > 0 && HONORIFIC.test(titles[titles.length - 1]);
  if (!honorific && toks.slice(s, run.end).every((t) => TITLES.has(t.lower) || isNationality(t)))
    return { kind: 'place', nameStart: s, nameEnd: run.end, start: run.start, end: run.end, titles };
  if (!personByGivenName && (name.every((w) => isPlace(w)) || isPlace(nameText))) {
    // `said Preston`, `Paris said`: a surname that is also a town is the person when the article names
    // someone of that surname in full (`John Preston`), else the place.
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
  // Only plurals that name businesses count: `Al Ibarra` and `Kofi Hollins` are people.
  if (name.length >= 2 && ORG_PLURAL.test(name[name.length - 1]) && !isFirstName(name[0]) && !titles.some((t) => TITLES.has(t))) {
    return { kind: 'organisation', nameStart: s, nameEnd: run.end, start: run.start, end: run.end, titles: [] };
  }
  // `the Harbour Patriarchate of Eastport`, `at the Glen Institute`: after a lower-case `the`, with no
  // given name or title and no noun after it (`the Roe campaign` is Roe's), a name is a body, not a person.
  if (
    !personByGivenName &&
    !titles.length &&
    s === run.start &&
    text.slice(toks[run.start - 1]?.start ?? 0, toks[run.start - 1]?.end ?? 0) === 'the' &&
    !/^(?:NOUN|PROPN)$/.test(toks[run.end]?.pos ?? '')
  )
    return { kind: 'organisation', nameStart: s, nameEnd: run.end, start: run.start, end: run.end, titles: [] };
  // `the mayor of Eastport, Ann Roe,`, `the chief executive of Zentrix`: what follows a title and `of` is
  // where or what the holder serves, not a person (a town no gazetteer holds became the mayor, and `she`
  // then meant the town); a given name first keeps a person (`the father of Jo Hale`).
  if (!personByGivenName && !titles.length && s === run.start && afterTitleOf(toks, run.start))
    return { kind: 'place', nameStart: s, nameEnd: run.end, start: run.start, end: run.end, titles: [] };
  // A lone capitalised word the tagger does not call a proper noun (`Officials`, `Visit`, `Credit`) is no
  // name by itself, but may be a surname the tagger read as a word (`Dora Bolt … Bolt said`).
  const weak = name.length === 1 && toks[s].pos !== 'PROPN';
  return { kind: 'person', nameStart: s, nameEnd: run.end, start: run.start, end: run.end, titles, ...(weak ? { weak } : {}) };
}

/** Shows, events and things named after people: no given name before them makes a person (`The Lucy Winters Show`). */
export const THING_HEADS = new Set<string>(WORDS.thingHeads);

/** Last words of company names that look like plurals: `Orbital Foods`, `Northern Rail Holdings`. */
export const ORG_PLURAL = wordPattern(WORDS.organisationPlurals);

/** Does the run at `start` follow a lower-case title and `of` (`mayor of`, `governor of the`)? */
function afterTitleOf(toks: Token[], start: number): boolean {
  let k = start - 1;
  if (toks[k]?.lower === 'the') k--;
  if (toks[k]?.lower !== 'of') return false;
  const t = toks[k - 1];
  return !!t && t.pos !== 'PROPN' && TITLES.has(t.lower);
}
