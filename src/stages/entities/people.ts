// People as their mentions are joined: the forms of each name, the one most mentions agree on, and an
// index that finds the people a form may be (typos and short forms included).
import type { Entity } from '../../core/layers.js';
import { foldedInitialMatches, sameFoldedGivenName, sameFoldedToken, sameNameToken } from '../../nlp/names.js';
import { partitionPoint } from '../../nlp/search.js';
import { NAME_PARTICLES } from './name-tokens.js';

export interface Building {
  entity: Entity;
  /** Name forms seen, as token lists: [['anton', 'lorne'], ['lorne'], ['lorme']]. */
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
   * grow (`Lorne` is asked 20 times). Indexed by number, not keyed by the form's text: every person
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
 * deletions, which two such words share: `lorne`/`lorme` → `lore`), or an initial and a word it
 * starts (`John S.`/`John Smith`). A person known by one word so far is also found by a mention's first
 * word (`Anton` … `Anton Lorne`).
 */
export class PeopleIndex {
  private readonly byKey = new Map<string, Building[]>();
  /** Each word's keys, and its keys as a one-word name's, made once per article: `Lorne` is looked up at every mention. */
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
export function wordKeys(s: string): string[] {
  const out = [`=${s}`];
  if (s.length < 5) return out;
  out.push(`d:${s}`);
  for (let i = 0; i < s.length; i++) out.push(`d:${s.slice(0, i)}${s.slice(i + 1)}`);
  return out;
}

export const withoutStop = (s: string) => (s.endsWith('.') ? s.slice(0, -1) : s);

export function building(entity: Entity): Building {
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

export function addForm(b: Building, form: string[], key: string): void {
  b.formKeys.add(key);
  b.forms.push(form);
  if (form.length > 1) b.full.push(form);
  for (const w of form) b.words.add(w);
  b.fitCache = [];
}

/** Does a name form fit an entity? Full forms must agree word for word; a single word matches any word. */
export function fits(form: string[], formId: number, b: Building): boolean {
  let answer = b.fitCache[formId];
  if (answer === undefined) {
    answer = formFits(form, b) ? 1 : 0;
    b.fitCache[formId] = answer;
  }
  return answer === 1;
}

/** Forms and the building's words are folded (foldName), so the folded comparisons apply. */
export function formFits(form: string[], b: Building): boolean {
  if (form.length === 1) {
    const w = form[0];
    if (b.words.has(w)) return true;
    for (const x of b.words) if (sameFoldedToken(x, w)) return true;
    return false;
  }
  if (!b.full.length) {
    // `Lorne` seen first, `Anton Lorne` later: the single word is the surname or the given name.
    const single = b.forms[0][0];
    return sameFoldedToken(form[form.length - 1], single) || sameFoldedToken(form[0], single);
  }
  for (const f of b.full) {
    // `De la Vorn` ~ `Marta de la Vorn`: a surname with its particles is the full name's last words.
    if (f.length > form.length && NAME_PARTICLES.has(form[0]) && form.every((w, k) => sameFoldedToken(f[f.length - form.length + k], w)))
      return true;
    if (f.length !== form.length) {
      // `Joe Bexley` ~ `Joseph R. Bexley`: first and last agree.
      if (sameFoldedToken(f[f.length - 1], form[form.length - 1]) && sameFoldedGivenName(f[0], form[0])) return true;
      continue;
    }
    let all = sameFoldedGivenName(f[0], form[0]);
    for (let k = 1; all && k < f.length; k++) all = sameFoldedToken(f[k], form[k]) || foldedInitialMatches(f[k], form[k]);
    if (all) return true;
  }
  return false;
}

/** The name most mentions agree on, word by word: `Antoni Lorme` + 9 × `Lorne` → `Antoni Lorne`. */
export function canonicalName(b: Building): string {
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
      // A single word votes for the slot it resembles: the surname mostly, the family name in `Su`.
      const k = slots.findIndex((m) => [...m.keys()].some((x) => sameNameToken(x, f[0])));
      if (k >= 0) slots[k].set(f[0], (slots[k].get(f[0]) ?? 0) + 1);
    }
  }
  return slots
    .map((m) => [...m].sort((a, c) => c[1] - a[1])[0]?.[0] ?? '')
    .filter(Boolean)
    .join(' ');
}

// At module level, not inside a function: a function declared in one is a new closure each call.
export function firstMention(b: Building): number {
  return b.at.length ? b.at[0] : Infinity;
}
export function countBefore(b: Building, at: number): number {
  return upperBound(b.at, at);
}
export function lastBefore(b: Building, at: number): number {
  const i = upperBound(b.at, at);
  return i > 0 ? b.at[i - 1] : -1;
}

/** Index of the first value greater than `x` in a sorted list. */
export const upperBound = (list: number[], x: number): number => partitionPoint(list.length, (i) => list[i] <= x);

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
