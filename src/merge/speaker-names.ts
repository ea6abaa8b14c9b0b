import { foldName } from '../nlp/names.js';
import type { MergeRecord } from './input.js';
import type { Node } from './speakers.js';

/**
 * Each distinct name's place in `localeCompare` order, names that compare equal sharing one: sorting by
 * it orders as sorting by `localeCompare` does, with the collator asked about the distinct names only.
 * A corpus has a few hundred anonymous speakers named alike (`a US official`), each its own speaker, and
 * comparing those names two by two took a tenth of the merge.
 */
export function collationRanks(names: string[]): Map<string, number> {
  const distinct = [...new Set(names)].sort((a, b) => a.localeCompare(b));
  const rank = new Map<string, number>();
  let r = 0;
  distinct.forEach((name, k) => {
    if (k > 0 && distinct[k - 1].localeCompare(name) !== 0) r++;
    rank.set(name, r);
  });
  return rank;
}

/** How many of a spelling's articles are looked at for context: enough for a typo, bounded for a celebrity. */
export const MAX_CONTEXT_ARTICLES = 16;

/**
 * Whether two similar spellings stand in the same neighbourhood, so a typo is merged only when its
 * context fits: both spellings in one article (`Anton Lorne … Antoni Lorne`), or articles that
 * name someone else in common (`Antoni Lorne` beside `Feng Jun` here, `Anton Lorne` beside `Feng Jun`
 * there). `John Smith` in a court report and `John Smyth` in a football report share nobody: two people.
 * Context sets are built only for the articles of candidate pairs, which blocking keeps rare.
 */
export function neighbourhood(records: MergeRecord[]) {
  const byId = new Map(records.map((r) => [r.article.id, r]));
  const cache = new Map<string, Set<string>>();
  // Full names and organisations only: a bare `Feng` or `Smith` says little about the neighbourhood.
  // (Made again for the few articles of candidate pairs rather than kept for every article of the corpus.)
  const named = (r: MergeRecord | undefined) =>
    new Set((r?.names ?? []).filter((n) => n.kind === 'organisation' || n.name.includes(' ')).map((n) => foldName(n.name)));
  // Nor does a name most of the corpus gives (the candidate every story of a campaign names): `Mara Tell`
  // here and `Marla Tell` there, both beside that candidate, are no typo of each other for that.
  const df = new Map<string, number>();
  for (const r of records) for (const n of named(r)) df.set(n, (df.get(n) ?? 0) + 1);
  const common = Math.max(5, records.length / 4);
  const context = (id: string) => {
    let set = cache.get(id);
    if (!set) {
      set = new Set([...named(byId.get(id))].filter((n) => (df.get(n) ?? 0) <= common));
      cache.set(id, set);
    }
    return set;
  };
  return (a: { tokens: string[]; articles: Set<string> }, b: { tokens: string[]; articles: Set<string> }) => {
    const own = new Set([a.tokens.join(' '), b.tokens.join(' ')]);
    const xs = [...a.articles].slice(0, MAX_CONTEXT_ARTICLES);
    const ys = [...b.articles].slice(0, MAX_CONTEXT_ARTICLES);
    for (const x of xs) {
      if (b.articles.has(x)) return true;
      const cx = context(x);
      for (const y of ys) for (const n of context(y)) if (!own.has(n) && cx.has(n)) return true;
    }
    return false;
  };
}

/**
 * The annotation guideline's house style for an organisation's name: the dotted country abbreviations
 * (`US State Department` → `U.S. State Department`, `UK Treasury` → `U.K. Treasury`), whatever style
 * each outlet used. Aliases keep every surface form as written.
 */
export function houseStyle(name: string): string {
  return name.replace(/\b(U)\.?(S|K)\.?(?=\s|$)/g, '$1.$2.');
}

/** The spelling used by the most articles: organisations and single names. */
export function mostUsed(group: Node[]): string {
  const votes = new Map<string, Set<string>>();
  for (const n of group) votes.set(n.name, (votes.get(n.name) ?? new Set()).add(n.article));
  return [...votes].sort((a, b) => b[1].size - a[1].size || b[0].length - a[0].length)[0][0];
}

/**
 * The name most sources agree on, word by word, counting every article that names the person — so
 * `Anton Lorne` (three articles) beats `Antoni Lorne` (two) and `Lorme` never wins on length.
 */
export function canonicalPerson<S extends { tokens: string[]; surface: string; articles: Set<string> }>(
  group: Node[],
  spellingOf: (name: string) => S,
  sameAs: Map<S, Set<S>>,
): string {
  const voters = new Set<S>();
  const seen = new Set<string>();
  for (const n of group) {
    if (seen.has(n.name)) continue;
    seen.add(n.name);
    const s = spellingOf(n.name);
    if (s.tokens.length < 2) continue;
    for (const v of sameAs.get(s) ?? [s]) voters.add(v);
  }
  if (!voters.size) return mostUsed(group);
  const lengths = new Map<number, number>();
  for (const v of voters) lengths.set(v.tokens.length, (lengths.get(v.tokens.length) ?? 0) + v.articles.size);
  const len = [...lengths].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0][0];
  const slots: Map<string, number>[] = Array.from({ length: len }, () => new Map());
  for (const v of voters) {
    if (v.tokens.length !== len) continue;
    v.surface.split(/\s+/).forEach((w, k) => {
      slots[k].set(w, (slots[k].get(w) ?? 0) + v.articles.size);
    });
  }
  return slots.map((m) => [...m].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0][0]).join(' ');
}

/** An anonymous speaker's name with an indefinite article: `one US official` → `a US official`. */
export function indefinite(name: string): string {
  const m = /^(?:one|another|a|an|the)\s+(.+)$/i.exec(name);
  if (!m || /s$/.test(m[1])) return name;
  // By sound, not spelling: `an official`, `a university`, `a US official`, `an FBI agent`.
  const first = m[1].split(/\s+/)[0];
  const vowelSound = /^\p{Lu}{2,}/u.test(first)
    ? /^[AEFHILMNORSX]/.test(first)
    : /^[aeiou]/i.test(first) && !/^(?:uni|use|usu|eu|one)/i.test(first);
  return `${vowelSound ? 'an' : 'a'} ${m[1]}`;
}
