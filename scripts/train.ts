// npm run train -- [--set DIR] [--folds 5] [--out FILE] [--dry]
//
// Trains the speaker ranker (src/stages/attribution/ranker.ts) on a set built by
// ../shared/tools/polnear/build.sh (default: PolNeAR train, direct and partial quotes, speakers checked by
// hand). Each article runs through the default stages; attribution is asked for every quote's candidates
// as the first-sieve baseline decides them, and each candidate is labelled right when its name is the gold
// speaker's (the scorer's rule). Then:
//   - k-fold cross-validation by article: the baseline and the trained ranker side by side, over all
//     quotes and direct quotes alone, with the reliability of the ranker's out-of-fold probabilities;
//   - the threshold below which a quote gets no speaker, chosen on the same folds;
//   - a model fitted on every article, written to src/stages/attribution/ranker.json (unless --dry).
// Deterministic: articles in name order, folds by a fixed hash of the article id, full-batch training.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { sha256 } from '@noble/hashes/sha2';
import { utf8ToBytes } from '@noble/hashes/utils';
import { defaultStages, definePipeline, layer, runPipeline } from '../src/index.js';
import { attribute } from '../src/stages/attribution/index.js';
import { FIRST_SIEVE, probability, type RankerModel } from '../src/stages/attribution/ranker.js';
import { aliasIndex, type GoldEntity, type GoldQuote, matchQuotes, resolveName } from './eval-lib.js';
import { trainLogistic } from './logistic.js';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const { values: args } = parseArgs({
  options: {
    set: { type: 'string', default: path.join(os.tmpdir(), 'whosaid-dev/polnear-train') },
    folds: { type: 'string', default: '5' },
    out: { type: 'string', default: path.join(root, 'src/stages/attribution/ranker.json') },
    dry: { type: 'boolean', default: false },
    misses: { type: 'string' },
  },
});

/** One gold quote the pipeline found: its candidates, each labelled, and what the baseline chose. */
interface Row {
  article: string;
  direct: boolean;
  goldNone: boolean;
  candidates: Array<{ features: Record<string, number>; right: boolean; name: string; guess: boolean }>;
  baseline: number;
  /** Where the quote is and its gold speaker, for the list of misses. */
  where: string;
}

function readRows(set: string): Row[] {
  const goldDir = path.join(set, 'gold');
  const corpusDir = path.join(set, 'corpus');
  const { entities } = JSON.parse(fs.readFileSync(path.join(goldDir, 'entities.json'), 'utf8')) as { entities: GoldEntity[] };
  const alias = aliasIndex(entities);
  const stages = defaultStages().filter((s) => s.name !== 'attribution');
  const pipeline = definePipeline('train', stages);
  const rows: Row[] = [];
  for (const file of fs.readdirSync(corpusDir).sort()) {
    const id = file.replace(/\.[^.]+$/, '');
    const goldPath = path.join(goldDir, `${id}.json`);
    if (!fs.existsSync(goldPath)) continue;
    const gold = JSON.parse(fs.readFileSync(goldPath, 'utf8')) as { quotes: GoldQuote[] };
    const text = fs.readFileSync(path.join(corpusDir, file), 'utf8').replace(/^\uFEFF/, '');
    const { doc, failed } = runPipeline(pipeline, id, text);
    if (failed) continue;
    const ctx = layer(doc, 'reading');
    const seen: Array<{ candidates: Row['candidates']; baseline: number }> = [];
    const result = attribute(ctx, layer(doc, 'coreference'), {
      ranker: FIRST_SIEVE,
      observe: (k, candidates, chosen) => {
        seen[k] = {
          candidates: candidates.map((c) => ({ features: c.features, right: false, name: c.entity.name, guess: !c.proposal })),
          baseline: chosen,
        };
      },
    });
    const kept = ctx.quotes.map((q, k) => ({ q, k })).filter(({ k }) => result.attributions[k].isQuote);
    const local = new Set(gold.quotes.map((q) => q.speaker).filter((s): s is string => !!s));
    for (const [i, j] of matchQuotes(
      kept.map(({ q }) => q),
      gold.quotes,
    )) {
      const gq = gold.quotes[j];
      if (gq.optional) continue;
      const s = seen[kept[i].k];
      s.candidates.forEach((c) => {
        c.right = gq.speaker !== null && resolveName(alias, local, c.name, gq.speaker) === gq.speaker;
      });
      rows.push({
        article: id,
        direct: (gq as { type?: string }).type === 'direct',
        goldNone: gq.speaker === null,
        candidates: s.candidates,
        baseline: s.baseline,
        where: `${id}:${gq.start} gold=${gq.speaker?.split('--')[1] ?? null} "${gq.text.slice(0, 60)}"`,
      });
    }
  }
  return rows;
}

/** Is the quote's speaker right when the model (or the baseline's choice) decides? */
function decide(row: Row, model: RankerModel | null, threshold: number): { right: boolean; p: number; guess: boolean } {
  if (!model) return { right: row.baseline >= 0 ? row.candidates[row.baseline].right : row.goldNone, p: 1, guess: false };
  let best = -1;
  let p = -1;
  row.candidates.forEach((c, i) => {
    const q = probability(model, c.features);
    if (q > p) {
      p = q;
      best = i;
    }
  });
  if (best < 0 || (row.candidates[best].guess && p < threshold)) return { right: row.goldNone, p: 0, guess: false };
  return { right: row.candidates[best].right, p, guess: row.candidates[best].guess };
}

const foldOf = (article: string, k: number) => sha256(utf8ToBytes(article))[0] % k;
const pct = (n: number, d: number) => (d ? ((100 * n) / d).toFixed(1) : '–');

const started = Date.now();
const rows = readRows(path.resolve(args.set!));
const k = Number(args.folds);
const reachable = rows.filter((r) => r.candidates.some((c) => c.right) || r.goldNone).length;
console.log(
  `train: ${rows.length} quotes of ${new Set(rows.map((r) => r.article)).size} articles from ${args.set}; gold speaker among the candidates for ${pct(reachable, rows.length)}%`,
);

const outOfFold: Array<{ row: Row; model: RankerModel }> = [];
for (let f = 0; f < k; f++) {
  const model = trainLogistic(rows.filter((r) => foldOf(r.article, k) !== f));
  for (const row of rows.filter((r) => foldOf(r.article, k) === f)) outOfFold.push({ row, model });
}
const tally = (pick: (x: { row: Row; model: RankerModel }) => boolean, filter: (r: Row) => boolean = () => true) => {
  const xs = outOfFold.filter((x) => filter(x.row));
  return { n: xs.length, ok: xs.filter(pick).length };
};
// A quote no sieve answers gets a guessed speaker (a name nearby) when its probability reaches the
// threshold, chosen here on the folds among THRESHOLDS. ANNOTATION.md wants null where the text gives no
// way to tell, and on PolNeAR train null is right for 3 of the 211 quotes no sieve answers, so the folds
// alone would guess always (attribution 87.6 at 0.5, 88.3 at 0). But a guess below 0.3 is right a third
// of the time (`Tom Vance inspected the bridge. ¶ “Stay off the river.”`: no cue, and the only name):
// words put in the mouth of someone who did not say them mislead a reader more than a speaker left
// unknown, so 0.3 is the floor (guesses at or above it right 45%; attribution 88.0).
const THRESHOLDS = [0.3, 0.4, 0.5];
const accuracyAt = THRESHOLDS.map((t) => tally((x) => decide(x.row, x.model, t).right).ok);
const threshold = THRESHOLDS[accuracyAt.lastIndexOf(Math.max(...accuracyAt))];
console.log(`\n${k}-fold cross-validation (attribution of matched quotes; threshold ${threshold}):\n`);
console.log('| quotes | n | first sieve | ranker |');
console.log('|---|---|---|---|');
for (const [label, filter] of [
  ['all', () => true],
  ['direct', (r: Row) => r.direct],
  ['partial', (r: Row) => !r.direct],
] as const) {
  const base = tally((x) => decide(x.row, null, 0).right, filter);
  const ranked = tally((x) => decide(x.row, x.model, threshold).right, filter);
  console.log(`| ${label} | ${base.n} | ${pct(base.ok, base.n)} | ${pct(ranked.ok, ranked.n)} |`);
}
const guesses = outOfFold.map((x) => decide(x.row, x.model, 0)).filter((d) => d.guess);
for (const t of [0, 0.2, ...THRESHOLDS, 0.7]) {
  const kept = guesses.filter((d) => d.p >= t);
  console.log(
    `quotes no sieve answers, guessed at probability ≥ ${t}: ${kept.length}, right ${pct(kept.filter((d) => d.right).length, kept.length)}%`,
  );
}
console.log('\nreliability of the out-of-fold probability (speakers given):\n');
console.log('| probability | quotes | right | share right |');
console.log('|---|---|---|---|');
for (const [lo, hi] of [
  [0.9, 1.01],
  [0.8, 0.9],
  [0.7, 0.8],
  [0.6, 0.7],
  [0.5, 0.6],
  [0, 0.5],
]) {
  const xs = outOfFold.map((x) => decide(x.row, x.model, threshold)).filter((d) => d.p > 0 && d.p >= lo && d.p < hi);
  const ok = xs.filter((d) => d.right).length;
  console.log(`| ${lo.toFixed(1)}–${Math.min(hi, 1).toFixed(1)} | ${xs.length} | ${ok} | ${pct(ok, xs.length)} |`);
}

if (args.misses) {
  const lines = outOfFold.flatMap(({ row, model }) => {
    const d = decide(row, model, threshold);
    if (d.right) return [];
    const cands = row.candidates.map(
      (c) => `  ${c.right ? '+' : '-'} ${probability(model, c.features).toFixed(2)} ${c.name} ${JSON.stringify(c.features)}`,
    );
    return [`${row.where}`, ...cands];
  });
  fs.writeFileSync(args.misses, `${lines.join('\n')}\n`);
}

const model = { ...trainLogistic(rows), threshold };
if (!args.dry) {
  // Indented as Biome formats the repository's JSON, so that a retrain on the same data leaves the file unchanged.
  fs.writeFileSync(args.out!, `${JSON.stringify(model, null, 2)}\n`);
  console.log(`\nwrote ${path.relative(process.cwd(), args.out!)} (${Object.keys(model.weights).length} weights)`);
}
console.log(`train: ${((Date.now() - started) / 1000).toFixed(1)} s`);
