// Statements across articles: one statement per utterance however many articles report it and however
// they word it. Quotes are blocked by speaker and by rare word pairs, never compared all against all.
import type { ArticleRecord } from '../article.js';
import { UnionFind } from './union-find.js';

export interface MergedStatement {
  id: string;
  speaker: string | null;
  text: string;
  quotes: Array<{ article: string; quote: string; start: number; end: number }>;
}

interface Item {
  article: string;
  quote: string;
  start: number;
  end: number;
  text: string;
  speaker: string | null;
  words: string[];
  /** Position of the cue in the article: quotes hanging on one cue are one utterance. */
  cue: number | null;
  continues: boolean;
}

const STOP = new Set('a an the and or but of to in on at for with by from as is are was were be been it its this that these those we i you he she they our their his her not no so if than then there here have has had do does did will would can could should may might must also very'.split(' '));

export function words(text: string): string[] {
  return text.toLowerCase().normalize('NFKC').replace(/[’‘]/g, "'").split(/[^\p{L}\p{N}']+/u).filter(Boolean);
}

/** Share of the shorter side's word pairs found in the longer: a part quoted in another article scores 1. */
function containment(a: Set<string>, b: Set<string>): number {
  const [small, big] = a.size <= b.size ? [a, b] : [b, a];
  if (!small.size) return 0;
  let hit = 0;
  for (const x of small) if (big.has(x)) hit++;
  return hit / small.size;
}

const bigrams = (w: string[]) => {
  const s = new Set<string>();
  for (let k = 0; k + 1 < w.length; k++) s.add(w[k] + ' ' + w[k + 1]);
  return s;
};
const content = (w: string[]) => new Set(w.filter((x) => !STOP.has(x) && x.length > 2));

/**
 * Are two quotes one utterance? The same words in part or whole (`have an obligation and a
 * responsibility` / `have an obligation and responsibility`), or another translation of the same
 * sentence (`a good and stable China-US relationship` / `a sound and steady China-US relationship`):
 * most word pairs, or most content words, shared.
 */
export function sameUtterance(a: string[], b: string[]): boolean {
  const short = Math.min(a.length, b.length);
  if (short <= 3) return a.join(' ') === b.join(' ') || (short >= 2 && containment(bigrams(a), bigrams(b)) === 1);
  if (containment(bigrams(a), bigrams(b)) >= 0.5) return true;
  return containment(content(a), content(b)) >= 0.6 && Math.min(content(a).size, content(b).size) >= 3;
}

export function mergeStatements(records: ArticleRecord[], speakerOf: (article: string, entity: string) => string | null): MergedStatement[] {
  const items: Item[] = [];
  for (const r of records) {
    for (const q of r.quotes) {
      items.push({
        article: r.article.id,
        quote: q.id,
        start: q.start,
        end: q.end,
        text: q.text,
        speaker: q.speaker ? speakerOf(r.article.id, q.speaker.entity) : null,
        words: words(q.text),
        cue: q.cue ? q.cue.start : null,
        continues: q.speaker?.via === 'continuation',
      });
    }
  }
  const sets = new UnionFind(items.length);
  const union = (a: number, b: number) => sets.union(a, b);
  // Inside an article: a continued quote and the quotes of one cue are one utterance.
  for (let i = 1; i < items.length; i++) {
    const a = items[i - 1];
    const b = items[i];
    if (a.article !== b.article || a.speaker !== b.speaker) continue;
    if (b.continues || (b.cue !== null && b.cue === a.cue)) union(i - 1, i);
  }
  // Across articles: candidates share a speaker (or one has none) and a word pair rare in the corpus.
  const index = new Map<string, number[]>();
  items.forEach((it, i) => {
    const keys = new Set<string>();
    for (const g of bigrams(it.words)) keys.add(g);
    for (const w of content(it.words)) keys.add(w);
    if (it.words.length <= 3) keys.add('=' + it.words.join(' '));
    for (const k of keys) {
      const list = index.get(k) ?? [];
      list.push(i);
      index.set(k, list);
    }
  });
  const compared = new Set<string>();
  const MAX_POSTING = 200; // a word pair in more quotes than this is too common to say anything
  for (const list of index.values()) {
    if (list.length < 2 || list.length > MAX_POSTING) continue;
    for (let x = 0; x < list.length; x++) for (let y = x + 1; y < list.length; y++) {
      const i = list[x];
      const j = list[y];
      const a = items[i];
      const b = items[j];
      if (a.article === b.article) continue;
      if (a.speaker && b.speaker && a.speaker !== b.speaker) continue;
      const key = i < j ? `${i},${j}` : `${j},${i}`;
      if (compared.has(key)) continue;
      compared.add(key);
      if (sameUtterance(a.words, b.words)) union(i, j);
    }
  }
  const groups = sets.groups(items);
  const out: MergedStatement[] = [];
  let n = 0;
  for (const g of groups) {
    const votes = new Map<string, number>();
    for (const it of g) if (it.speaker) votes.set(it.speaker, (votes.get(it.speaker) ?? 0) + 1);
    const speaker = [...votes].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
    const text = g.reduce((best, it) => (it.text.length > best.length ? it.text : best), '');
    out.push({ id: `s${++n}`, speaker, text, quotes: g.map((it) => ({ article: it.article, quote: it.quote, start: it.start, end: it.end })) });
  }
  return out;
}
