// Small string tools for names: edit distance, fuzzy token equality, normalisation.

import { BoundedCache } from '../util/bounded-cache.js';

/** Levenshtein distance, stopping early once it exceeds `max`. */
export function editDistance(a: string, b: string, max = 3): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = new Array(b.length + 1);
  let cur = new Array(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = cur[0];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (cur[j] < rowMin) rowMin = cur[j];
    }
    if (rowMin > max) return max + 1;
    [prev, cur] = [cur, prev];
  }
  return prev[b.length];
}

/** Folds case, accents and curly apostrophes: `Ángela` → `angela`, `O’Brien` → `o'brien`. */
export function foldName(s: string): string {
  // Folded already (the rules fold a name once and compare folded forms again and again): a test of its
  // characters costs less than the lookup below.
  if (FOLDED.test(s)) return s;
  let folded = folded_.get(s);
  if (folded === undefined) {
    folded = s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[’‘`]/g, "'");
    folded_.set(s, folded);
  }
  return folded;
}
const folded_ = new BoundedCache<string>();
const FOLDED = /^[a-z0-9 .'-]*$/;

/**
 * The one full name a list of names gives each surname, by the folded surname: `Ray Dean` → `dean`;
 * null for a surname two full names share (`Ann Hale`, `Tom Hale`). People only, full names only.
 */
export function fullNamesBySurname<T extends { name: string; kind: string }>(names: Iterable<T>): Map<string, T | null> {
  const out = new Map<string, T | null>();
  for (const n of names) {
    if (n.kind !== 'person' || !n.name.includes(' ')) continue;
    const last = foldName(n.name).split(/\s+/).pop()!;
    const had = out.get(last);
    out.set(last, had === undefined || had?.name === n.name ? n : null);
  }
  return out;
}

/**
 * Are two name tokens the same name, allowing one typo in a long enough word?
 * `antony`/`anthony` and `blinken`/`brinken` yes (one edit, 6+ letters); `wang`/`wan`, `yi`/`xi` no.
 */
export function sameNameToken(a: string, b: string): boolean {
  if (a === b) return true;
  // Folding shortens a word by a trailing full stop or a few combining marks at most: words whose
  // lengths differ more are different names, decided without folding (`Lorne` against `Su`).
  if (a.length - b.length > 3 || b.length - a.length > 3) return false;
  return sameFoldedToken(foldName(a), foldName(b));
}

/**
 * sameNameToken of two words folded already (foldName's output, which folding again leaves as it is):
 * the entities stage compares every name form of an article with every person's forms, all folded
 * once, and a test of each word's characters on every comparison was most of the comparing.
 */
export function sameFoldedToken(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.length - b.length > 3 || b.length - a.length > 3) return false; // no stop or typo makes up for more
  const x = withoutStop(a);
  const y = withoutStop(b);
  if (x === y) return true;
  const shorter = Math.min(x.length, y.length);
  if (shorter < 5) return false;
  if (x[0] !== y[0] && shorter < 7) return false; // first letters agree in most typos: Lorne/Lorme
  return editDistance(x, y, 1) <= 1;
}

const withoutStop = (s: string) => (s.charCodeAt(s.length - 1) === 46 ? s.slice(0, -1) : s);

/** An initial matches a first name: `J.` ~ `Joe`, `J` ~ `Joe`. */
export function initialMatches(a: string, b: string): boolean {
  return foldedInitialMatches(foldName(a), foldName(b));
}

/** initialMatches of two folded words (see sameFoldedToken). */
export function foldedInitialMatches(a: string, b: string): boolean {
  const x = withoutStop(a);
  const y = withoutStop(b);
  return (x.length === 1 && y.startsWith(x)) || (y.length === 1 && x.startsWith(y));
}

/** A stable id from a name: `Su Lan` → `su-lan`. */
export function slug(name: string): string {
  // Every article slugs each of its entities, and names recur across articles.
  let id = slugs.get(name);
  if (id === undefined) {
    id =
      foldName(name)
        .replace(/'s\b/g, '')
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-+|-+$/g, '') || 'entity';
    slugs.set(name, id);
  }
  return id;
}
const slugs = new BoundedCache<string>();

/**
 * Do two given names name one person? Equal, one typo, an initial, or a short form that is the start
 * of the long one: `Matt`/`Matthew`, `Alex`/`Alexander`, `J.`/`Joe` (not `Tom`/`Thomas`: no rule can
 * tell every nickname, and a wrong merge is worse than a missed one).
 */
export function sameGivenName(a: string, b: string): boolean {
  return sameNameToken(a, b) || givenNameForm(foldName(a), foldName(b));
}

/** sameGivenName of two folded words (see sameFoldedToken). */
export function sameFoldedGivenName(x: string, y: string): boolean {
  return sameFoldedToken(x, y) || givenNameForm(x, y);
}

/** An initial or a short form of the other folded given name: `j.`/`joe`, `matt`/`matthew`. */
function givenNameForm(x: string, y: string): boolean {
  if (foldedInitialMatches(x, y)) return true;
  const [s, l] = x.length <= y.length ? [x, y] : [y, x];
  return s.length >= 3 && l.startsWith(s);
}

/** The name of a collective speaker made of named people: `Ann Roe and Tom Vale`, `Ann Roe, Tom Vale and Lee Park`. */
export function jointName(names: readonly string[]): string {
  return names.length < 2 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}
