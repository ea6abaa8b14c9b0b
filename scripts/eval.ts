// npm run eval -- [--gold DIR] [--out DIR] [--corpus DIR] [--quiet]
// Scores an output folder against a gold folder with the official scorer (shared/tools/score.mjs, or
// the copy in scripts/ when shared/ is absent), so the numbers always agree with it, then adds what the
// scorer does not show: the precision of each attribution sieve and of each confidence band.
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const argv = process.argv.slice(2);
const opt = (name: string, fallback: string) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 && argv[i + 1] ? argv[i + 1] : fallback;
};
const gold = opt('gold', path.join(root, 'test/fixtures/gold-seeds-dev'));
const out = opt('out', path.join(root, 'output'));
const corpus = opt('corpus', path.join(root, 'corpus'));
const official = path.join(root, '../shared/tools/score.mjs');
const scorer = fs.existsSync(official) ? official : path.join(root, 'scripts/score.mjs');

if (!fs.existsSync(path.join(out, 'articles'))) {
  console.error(`eval: no output at ${out}: run \`npm run pipeline\` first`);
  process.exit(2);
}
const run = spawnSync(process.execPath, [scorer, '--gold', gold, '--pred', out, '--corpus', corpus, ...(argv.includes('--quiet') ? [] : ['--verbose'])], { encoding: 'utf8' });
process.stdout.write(run.stdout);
process.stderr.write(run.stderr);
if (run.status !== 0) process.exit(run.status ?? 1);

// Per-sieve precision, matched the scorer's way (greedy one-to-one by IoU ≥ 0.5).
interface GoldQuote { start: number; end: number; speaker: string | null; optional?: boolean }
interface PredQuote { start: number; end: number; confidence: number; speaker: { name: string; via: string } | null }
const { entities } = JSON.parse(fs.readFileSync(path.join(gold, 'entities.json'), 'utf8')) as { entities: Array<{ id: string; name: string; aliases?: string[] }> };
const norm = (s: string) => s.normalize('NFKC').toLowerCase().replace(/[’']/g, "'").replace(/[.\s]+/g, ' ').trim().replace(/^(a|an|the) /, '');
const alias = new Map<string, Set<string>>();
for (const e of entities) for (const a of [e.name, ...(e.aliases ?? [])]) alias.set(norm(a), (alias.get(norm(a)) ?? new Set()).add(e.id));
const band = (c: number) => (c >= 0.9 ? '≥ 0.90' : c >= 0.8 ? '0.80–0.89' : c >= 0.7 ? '0.70–0.79' : '< 0.70');
const bySieve = new Map<string, { n: number; ok: number }>();
const byBand = new Map<string, { n: number; ok: number }>();
const tally = (m: Map<string, { n: number; ok: number }>, k: string, ok: boolean) => {
  const t = m.get(k) ?? { n: 0, ok: 0 };
  t.n++;
  if (ok) t.ok++;
  m.set(k, t);
};
for (const f of fs.readdirSync(gold)) {
  if (!f.endsWith('.json') || f === 'entities.json' || f === 'statements.json') continue;
  const g = JSON.parse(fs.readFileSync(path.join(gold, f), 'utf8')) as { quotes: GoldQuote[] };
  const p = path.join(out, 'articles', f);
  if (!fs.existsSync(p)) continue;
  const pred = (JSON.parse(fs.readFileSync(p, 'utf8')) as { quotes: PredQuote[] }).quotes;
  const local = new Set(g.quotes.map((q) => q.speaker).filter(Boolean));
  const cands: Array<[number, number, number]> = [];
  pred.forEach((a, i) => g.quotes.forEach((b, j) => {
    const inter = Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
    const v = inter / (Math.max(a.end, b.end) - Math.min(a.start, b.start));
    if (v >= 0.5 && inter > 0) cands.push([v, i, j]);
  }));
  cands.sort((x, y) => y[0] - x[0]);
  const usedP = new Set<number>();
  const usedG = new Set<number>();
  for (const [, i, j] of cands) {
    if (usedP.has(i) || usedG.has(j)) continue;
    usedP.add(i);
    usedG.add(j);
    const q = pred[i];
    const gq = g.quotes[j];
    if (gq.optional) continue;
    let ok: boolean;
    if (!q.speaker) ok = gq.speaker === null;
    else {
      const c = [...(alias.get(norm(q.speaker.name)) ?? [])];
      const id = c.length === 1 ? c[0] : c.filter((x) => local.has(x)).length === 1 ? c.filter((x) => local.has(x))[0] : null;
      ok = id !== null && id === gq.speaker;
    }
    tally(bySieve, q.speaker?.via ?? '(none)', ok);
    tally(byBand, band(q.confidence), ok);
  }
  pred.forEach((q, i) => {
    if (!usedP.has(i)) {
      tally(bySieve, q.speaker?.via ?? '(none)', false);
      tally(byBand, band(q.confidence), false);
    }
  });
}
const table = (title: string, m: Map<string, { n: number; ok: number }>) => {
  console.log(`\n| ${title} | quotes | right (quote and speaker) | precision |\n|---|---|---|---|`);
  for (const [k, t] of [...m].sort((a, b) => b[1].n - a[1].n)) console.log(`| ${k} | ${t.n} | ${t.ok} | ${((100 * t.ok) / t.n).toFixed(1)} |`);
};
table('sieve', bySieve);
table('confidence', byBand);

// The same tables on the sentence suite (test/fixtures/attribution-cases.ts), curly and straight marks.
const { basic, more, straighten } = await import('../test/fixtures/attribution-cases.js');
const { analyseText } = await import('../test/helpers.js');
const suiteSieve = new Map<string, { n: number; ok: number }>();
const suiteBand = new Map<string, { n: number; ok: number }>();
let expectedTotal = 0;
let found = 0;
for (const [, text, expected] of [...basic, ...more]) {
  for (const variant of [(s: string) => s, straighten]) {
    const want = new Set(expected.map(variant));
    expectedTotal += want.size;
    for (const q of analyseText(variant(text)).quotes) {
      const ok = want.has(`${q.text} => ${q.speaker?.name ?? null}`);
      if (ok) found++;
      tally(suiteSieve, q.speaker?.via ?? '(none)', ok);
      tally(suiteBand, band(q.confidence), ok);
    }
  }
}
console.log(`\nsentence suite: ${found} of ${expectedTotal} expected quotes found with the right speaker`);
table('sieve (suite)', suiteSieve);
table('confidence (suite)', suiteBand);

// Held-out paragraphs, annotated before the pipeline ever ran on them (test/fixtures/heldout.ts).
const { heldout } = await import('../test/fixtures/heldout.js');
const hoSieve = new Map<string, { n: number; ok: number }>();
let hoExpected = 0;
let hoFound = 0;
let hoPred = 0;
const hoMisses: string[] = [];
for (const [name, text, expected] of heldout) {
  const want = new Set(expected);
  hoExpected += want.size;
  const got = analyseText(text).quotes;
  hoPred += got.length;
  for (const q of got) {
    const line = `${q.text} => ${q.speaker?.name ?? null}`;
    const ok = want.has(line);
    if (ok) hoFound++;
    else hoMisses.push(`${name}: got ${line}`);
    tally(hoSieve, q.speaker?.via ?? '(none)', ok);
  }
  for (const w of want) if (!got.some((q) => `${q.text} => ${q.speaker?.name ?? null}` === w)) hoMisses.push(`${name}: missed ${w}`);
}
const hp = hoPred ? hoFound / hoPred : 0;
const hr = hoExpected ? hoFound / hoExpected : 0;
console.log(`\nheld-out: ${heldout.length} paragraphs, ${hoExpected} quotes; end to end P ${(100 * hp).toFixed(1)} R ${(100 * hr).toFixed(1)} F1 ${((200 * hp * hr) / (hp + hr || 1)).toFixed(1)}`);
table('sieve (held-out)', hoSieve);
if (!argv.includes('--quiet')) for (const m of hoMisses) console.log(`  ${m}`);
