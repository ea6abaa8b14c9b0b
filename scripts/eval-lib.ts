// What `npm run eval` adds to the official scorer, as functions the eval script and the dev-set tests share:
// each predicted quote matched to a gold quote the scorer's way (greedy one-to-one by IoU ≥ 0.5), its
// speaker judged right or wrong by the gold entities' aliases, and every miss put in a category.
import fs from 'node:fs';
import path from 'node:path';

export interface Tally {
  n: number;
  ok: number;
}
interface Range {
  start: number;
  end: number;
}
export interface GoldQuote {
  start: number;
  end: number;
  text: string;
  speaker: string | null;
  optional?: boolean;
}
export interface GoldEntity {
  id: string;
  name: string;
  kind?: string;
  aliases?: string[];
}
interface PredQuote {
  id: string;
  start: number;
  end: number;
  text: string;
  confidence: number;
  type?: string;
  speaker: { name: string; entity: string; via: string } | null;
}
interface PredRecord {
  article?: { id: string };
  quotes: PredQuote[];
  entities?: Array<{ id: string; kind: string }>;
}

/** The scorer's name folding: case, curly apostrophes, dots and a leading article do not count. */
export const fold = (s: string) =>
  s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[’']/g, "'")
    .replace(/[.\s]+/g, ' ')
    .trim()
    .replace(/^(a|an|the) /, '');

/** Misses, by what went wrong. */
export const CATEGORIES = [
  'no speaker found',
  'another speaker of the article',
  'wrong person',
  'a non-person as speaker',
  'wrong name form of the right person',
  'speaker where the text gives none',
  'extraction miss',
  'extra quote',
] as const;
export type Category = (typeof CATEGORIES)[number];

export interface Scored {
  categories: Map<Category, string[]>;
  bySieve: Map<string, Tally>;
  /** Each attributed, matched quote: its confidence and whether its speaker is right. */
  byConfidence: Array<{ confidence: number; ok: boolean }>;
  /** Every matched quote's predicted speaker name, for checks over a whole set. */
  speakerNames: string[];
  /** Every matched quote: its article id, its predicted quote id, its gold speaker, and whether it is right. */
  matched: Array<{ article: string; quote: string; gold: string | null; ok: boolean }>;
}

/** A date, weekday, month, title or headline word named as if it were a person: never a speaker's name. */
export const NOT_A_NAME =
  /^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|today|yesterday|tomorrow|mr|mrs|ms|dr|sen|rep|gov|gen|president|senator|secretary|governor|minister|chairman|chief|republican|democrat|democratic|says|said|goes|trending|breaking|exclusive|watch|video|update|live|photos?)\.?$/i;

/** Each folded name or alias of the gold entities → the entities it names. */
export function aliasIndex(entities: readonly GoldEntity[]): Map<string, Set<string>> {
  const alias = new Map<string, Set<string>>();
  for (const e of entities) for (const a of [e.name, ...(e.aliases ?? [])]) alias.set(fold(a), (alias.get(fold(a)) ?? new Set()).add(e.id));
  return alias;
}

/**
 * The gold entity a predicted name means, the scorer's way: the one entity with that name, else the one
 * of the article's speakers (`local`), else the gold speaker when it is among several of them.
 */
export function resolveName(alias: Map<string, Set<string>>, local: ReadonlySet<string>, name: string, gold: string | null): string | null {
  const c = [...(alias.get(fold(name)) ?? [])];
  const inArticle = c.filter((x) => local.has(x));
  return c.length === 1 ? c[0] : inArticle.length === 1 ? inArticle[0] : inArticle.includes(gold ?? '') ? gold : null;
}

/** Predicted and gold quotes paired the scorer's way: greedy one-to-one by IoU ≥ 0.5, best first. */
export function matchQuotes(pred: readonly Range[], gold: readonly Range[]): Array<[number, number]> {
  const cands: Array<[number, number, number]> = [];
  pred.forEach((a, i) => {
    gold.forEach((b, j) => {
      const inter = Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
      const v = inter / (Math.max(a.end, b.end) - Math.min(a.start, b.start));
      if (v >= 0.5 && inter > 0) cands.push([v, i, j]);
    });
  });
  cands.sort((x, y) => y[0] - x[0]);
  const usedP = new Set<number>();
  const usedG = new Set<number>();
  const out: Array<[number, number]> = [];
  for (const [, i, j] of cands) {
    if (usedP.has(i) || usedG.has(j)) continue;
    usedP.add(i);
    usedG.add(j);
    out.push([i, j]);
  }
  return out;
}

export function scoreQuotes(goldDir: string, outDir: string): Scored {
  const { entities } = JSON.parse(fs.readFileSync(path.join(goldDir, 'entities.json'), 'utf8')) as { entities: GoldEntity[] };
  const byId = new Map(entities.map((e) => [e.id, e]));
  const alias = aliasIndex(entities);
  const categories = new Map<Category, string[]>(CATEGORIES.map((c) => [c, []]));
  const bySieve = new Map<string, Tally>();
  const byConfidence: Scored['byConfidence'] = [];
  const speakerNames: string[] = [];
  const matched: Scored['matched'] = [];
  const miss = (c: Category, line: string) => categories.get(c)!.push(line);

  for (const f of fs.readdirSync(goldDir).sort()) {
    if (!f.endsWith('.json') || f === 'entities.json' || f === 'statements.json') continue;
    const g = JSON.parse(fs.readFileSync(path.join(goldDir, f), 'utf8')) as { quotes: GoldQuote[] };
    const p = path.join(outDir, 'articles', f);
    if (!fs.existsSync(p)) {
      for (const q of g.quotes) if (!q.optional) miss('extraction miss', `${f} (no output)`);
      continue;
    }
    const record = JSON.parse(fs.readFileSync(p, 'utf8')) as PredRecord;
    const goldHasIndirect = g.quotes.some((q) => (q as { type?: string }).type === 'indirect');
    const pred = record.quotes.filter((q) => goldHasIndirect || q.type !== 'indirect');
    const kindOf = new Map((record.entities ?? []).map((e) => [e.id, e.kind]));
    const local = new Set(g.quotes.map((q) => q.speaker).filter((s): s is string => !!s));
    const pairs = matchQuotes(pred, g.quotes);
    const usedP = new Set(pairs.map(([i]) => i));
    const usedG = new Set(pairs.map(([, j]) => j));
    for (const [i, j] of pairs) {
      const q = pred[i];
      const gq = g.quotes[j];
      if (gq.optional) continue;
      const where = `${f}:${gq.start} gold=${gq.speaker ? byId.get(gq.speaker)?.name : null} pred=${q.speaker?.name ?? null} (${q.speaker?.via ?? '–'}) "${gq.text.slice(0, 50)}"`;
      let resolved: string | null = null;
      if (q.speaker) {
        speakerNames.push(q.speaker.name);
        resolved = resolveName(alias, local, q.speaker.name, gq.speaker);
      }
      const ok = q.speaker ? resolved !== null && resolved === gq.speaker : gq.speaker === null;
      matched.push({ article: record.article?.id ?? f.replace(/\.json$/, ''), quote: q.id, gold: gq.speaker, ok });
      const t = bySieve.get(q.speaker?.via ?? '(none)') ?? { n: 0, ok: 0 };
      t.n++;
      if (ok) t.ok++;
      bySieve.set(q.speaker?.via ?? '(none)', t);
      if (q.speaker) byConfidence.push({ confidence: q.confidence, ok });
      if (ok) continue;
      if (!q.speaker) miss('no speaker found', where);
      else if (gq.speaker === null) miss('speaker where the text gives none', where);
      else if (resolved && local.has(resolved)) miss('another speaker of the article', where);
      else if (resolved) miss('wrong person', where);
      else {
        const goldEntity = byId.get(gq.speaker);
        const goldWords = new Set([goldEntity?.name ?? '', ...(goldEntity?.aliases ?? [])].flatMap((a) => fold(a).split(' ')));
        const predWords = fold(q.speaker.name).split(' ');
        const nonPerson =
          (goldEntity?.kind === 'person' && kindOf.get(q.speaker.entity) === 'organisation') || predWords.some((w) => NOT_A_NAME.test(w));
        if (nonPerson) miss('a non-person as speaker', where);
        else if (predWords.some((w) => goldWords.has(w))) miss('wrong name form of the right person', where);
        else miss('wrong person', where);
      }
    }
    g.quotes.forEach((gq, j) => {
      if (!gq.optional && !usedG.has(j)) miss('extraction miss', `${f}:${gq.start} "${gq.text.slice(0, 60)}"`);
    });
    pred.forEach((q, i) => {
      if (!usedP.has(i)) miss('extra quote', `${f}:${q.start} "${q.text.slice(0, 60)}"`);
    });
  }
  return { categories, bySieve, byConfidence, speakerNames, matched };
}

/**
 * Pairwise precision, recall and F1 of the merge's speakers against gold speakers, as the official scorer
 * counts them (every two matched quotes: the same gold speaker, the same merged speaker), over `items`.
 */
export function speakerPairs(items: Array<{ gold: string; merged: string }>): { precision: number; recall: number; f1: number } {
  const c2 = (n: number) => (n * (n - 1)) / 2;
  const count = <K>(keys: K[]) => keys.reduce((m, k) => m.set(k, (m.get(k) ?? 0) + 1), new Map<K, number>());
  let tp = 0;
  for (const n of count(items.map((x) => `${x.gold}\u0000${x.merged}`)).values()) tp += c2(n);
  let goldPairs = 0;
  for (const n of count(items.map((x) => x.gold)).values()) goldPairs += c2(n);
  let mergedPairs = 0;
  for (const n of count(items.map((x) => x.merged)).values()) mergedPairs += c2(n);
  const precision = mergedPairs ? tp / mergedPairs : 1;
  const recall = goldPairs ? tp / goldPairs : 1;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}

/** Bins of confidence and the share of right speakers in each, highest first. */
export function reliability(items: Scored['byConfidence']): Array<{ bin: string; n: number; ok: number }> {
  const bins: Array<[string, number, number]> = [
    ['≥ 0.90', 0.9, 2],
    ['0.80–0.89', 0.8, 0.9],
    ['0.70–0.79', 0.7, 0.8],
    ['0.60–0.69', 0.6, 0.7],
    ['< 0.60', -1, 0.6],
  ];
  return bins.map(([bin, lo, hi]) => {
    const inBin = items.filter((x) => x.confidence >= lo && x.confidence < hi);
    return { bin, n: inBin.length, ok: inBin.filter((x) => x.ok).length };
  });
}
