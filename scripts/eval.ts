// npm run eval -- [--set DIR] [--gold DIR] [--out DIR] [--corpus DIR] [--quiet] [--json FILE]
//
// Scores an output folder against a gold folder with the official scorer (shared/tools/score.mjs, or the
// copy in scripts/ when shared/ is absent), so the headline numbers always agree with it, then adds what
// the scorer does not show, each quote matched the scorer's way (greedy one-to-one by IoU ≥ 0.5):
//   - the misses by category (no speaker found, another speaker of the article, a wrong person, a
//     non-person, a wrong name form, an extraction miss, an extra quote), so a change is judged by what it moves;
//   - each sieve's precision (right speakers of the quotes it attributed);
//   - the reliability of `confidence` (bins of confidence → share right).
// --set DIR takes a set built by ../shared/tools/polnear/build.sh (DIR/corpus, DIR/gold): the pipeline is
// run on DIR/corpus into --out (default a folder in the system's temp dir), then scored.
// Without --set: the seed dev gold against output/ (what `npm run pipeline` wrote), plus the sentence
// suite and the held-out paragraphs.

import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { reliability, scoreQuotes, speakerPairs, type Tally } from './eval-lib.js';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const { values: args } = parseArgs({
  options: {
    set: { type: 'string' },
    gold: { type: 'string' },
    out: { type: 'string' },
    corpus: { type: 'string' },
    quiet: { type: 'boolean', default: false },
    json: { type: 'string' },
  },
});
const set = args.set ? path.resolve(args.set) : null;
const gold = args.gold ?? (set ? path.join(set, 'gold') : path.join(root, 'test/fixtures/gold-seeds-dev'));
const corpus = args.corpus ?? (set ? path.join(set, 'corpus') : path.join(root, 'corpus'));
const out = args.out ?? (set ? path.join(os.tmpdir(), `whosaid-eval-${path.basename(set)}`) : path.join(root, 'output'));
const official = path.join(root, '../shared/tools/score.mjs');
const scorer = fs.existsSync(official) ? official : path.join(root, 'scripts/score.mjs');

if (set) {
  const run = spawnSync('npm', ['run', '--silent', 'pipeline', '--', corpus, '--out', out, '--quiet'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (run.status !== 0 && run.status !== 1) process.exit(run.status ?? 2);
}
if (!fs.existsSync(path.join(out, 'articles'))) {
  console.error(`eval: no output at ${out}: run \`npm run pipeline\` first`);
  process.exit(2);
}
// Say what is scored: without --set, a smoke check of two seed articles, not a measure of accuracy.
const goldFiles = fs.readdirSync(gold).filter((f) => f.endsWith('.json') && f !== 'entities.json' && f !== 'statements.json');
console.log(
  set
    ? `eval: ${path.basename(set)} — ${goldFiles.length} articles of ${corpus}, scored against ${gold}`
    : `eval: ${out} against the hand-made gold of ${goldFiles.length} seed articles (${path.relative(root, gold)}): a check that ` +
        'nothing broke, not a measure of accuracy. To score a real set: npm run eval -- --set DIR, where DIR holds corpus/ and ' +
        'gold/ (../shared/tools/polnear/build.sh makes PolNeAR ones); docs/accuracy.md has the figures.',
);
const run = spawnSync(process.execPath, [scorer, '--gold', gold, '--pred', out, '--corpus', corpus, ...(args.quiet ? [] : ['--verbose'])], {
  encoding: 'utf8',
  maxBuffer: 1 << 28,
});
process.stdout.write(run.stdout);
process.stderr.write(run.stderr);
if (run.status !== 0) process.exit(run.status ?? 1);

// The merge across articles, against the corpus-wide gold that build.sh writes beside a set's gold (the
// same full name in two articles is one person; bare surnames and descriptions stay per article): the
// official scorer's speaker-cluster F1 and canonical names, read from its JSON.
const crossdoc = set ? path.join(set, 'gold-crossdoc') : null;
if (crossdoc && fs.existsSync(crossdoc)) {
  const r = spawnSync(process.execPath, [scorer, '--gold', crossdoc, '--pred', out, '--corpus', corpus, '--json'], {
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  const m =
    r.status === 0
      ? (
          JSON.parse(r.stdout) as {
            merge?: { speakerClusters: { precision: number; recall: number; f1: number }; canonicalNames: number; wrongNames: string[] };
          }
        ).merge
      : undefined;
  if (m) {
    const pc = (x: number) => (100 * x).toFixed(1);
    console.log(
      `\nmerge against gold-crossdoc: speaker clusters P ${pc(m.speakerClusters.precision)} R ${pc(m.speakerClusters.recall)} F1 ${pc(m.speakerClusters.f1)}, canonical names ${pc(m.canonicalNames)}% (${m.wrongNames.length} wrong)`,
    );
    if (!args.quiet) for (const w of m.wrongNames.slice(0, 60)) console.log(`  canonical name: ${w}`);
    // The merge alone: the same pairs over the quotes whose speaker the article got right, so that
    // attribution misses (and the gold's own) do not count against it.
    const merged = JSON.parse(fs.readFileSync(path.join(out, 'merged.json'), 'utf8')) as {
      statements: Array<{ speaker: string | null; quotes: Array<{ article: string; quote: string }> }>;
    };
    const speakerOf = new Map<string, string | null>();
    for (const st of merged.statements) for (const q of st.quotes) speakerOf.set(`${q.article}#${q.quote}`, st.speaker);
    const items = scoreQuotes(crossdoc, out).matched.flatMap((x) => {
      const s = speakerOf.get(`${x.article}#${x.quote}`);
      return x.gold && s ? [{ gold: x.gold, merged: s, ok: x.ok }] : [];
    });
    const right = speakerPairs(items.filter((x) => x.ok));
    console.log(
      `merge on the ${items.filter((x) => x.ok).length} quotes whose speaker is right: speaker clusters P ${pc(right.precision)} R ${pc(right.recall)} F1 ${pc(right.f1)}`,
    );
  }
}

const scored = scoreQuotes(gold, out);
const table = (title: string, m: Map<string, Tally>, header = 'quotes | right | precision') => {
  console.log(`\n| ${title} | ${header} |\n|---|---|---|---|`);
  for (const [k, t] of [...m].sort((a, b) => b[1].n - a[1].n))
    console.log(`| ${k} | ${t.n} | ${t.ok} | ${((100 * t.ok) / t.n).toFixed(1)} |`);
};
console.log(`\n| miss | quotes | share of misses |\n|---|---|---|`);
const totalMisses = [...scored.categories.values()].reduce((a, b) => a + b.length, 0);
for (const [k, list] of [...scored.categories].sort((a, b) => b[1].length - a[1].length))
  console.log(`| ${k} | ${list.length} | ${((100 * list.length) / (totalMisses || 1)).toFixed(1)} |`);
table('sieve', scored.bySieve);
console.log(`\n| confidence | quotes | right | precision |\n|---|---|---|---|`);
for (const b of reliability(scored.byConfidence))
  console.log(`| ${b.bin} | ${b.n} | ${b.ok} | ${b.n ? ((100 * b.ok) / b.n).toFixed(1) : '–'} |`);
if (!args.quiet) for (const [k, list] of scored.categories) for (const line of list.slice(0, 400)) console.log(`  ${k}: ${line}`);
if (args.json)
  fs.writeFileSync(
    args.json,
    JSON.stringify(
      {
        categories: Object.fromEntries([...scored.categories].map(([k, v]) => [k, v.length])),
        bySieve: Object.fromEntries(scored.bySieve),
        reliability: reliability(scored.byConfidence),
      },
      null,
      2,
    ),
  );
if (set) process.exit(0);

// The same sieve table on the sentence suite (test/fixtures/attribution-cases.ts), curly and straight marks.
const { basic, more, straighten } = await import('../test/fixtures/attribution-cases.js');
const { analyseText } = await import('../test/helpers.js');
const tally = (m: Map<string, Tally>, k: string, ok: boolean) => {
  const t = m.get(k) ?? { n: 0, ok: 0 };
  t.n++;
  if (ok) t.ok++;
  m.set(k, t);
};
const suiteSieve = new Map<string, Tally>();
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
    }
  }
}
console.log(`\nsentence suite: ${found} of ${expectedTotal} expected quotes found with the right speaker`);
table('sieve (suite)', suiteSieve);

// Held-out paragraphs, annotated before the pipeline ever ran on them (test/fixtures/heldout.ts).
const { heldout } = await import('../test/fixtures/heldout.js');
const hoSieve = new Map<string, Tally>();
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
console.log(
  `\nheld-out: ${heldout.length} paragraphs, ${hoExpected} quotes; end to end P ${(100 * hp).toFixed(1)} R ${(100 * hr).toFixed(1)} F1 ${((200 * hp * hr) / (hp + hr || 1)).toFixed(1)}`,
);
table('sieve (held-out)', hoSieve);
if (!args.quiet) for (const m of hoMisses) console.log(`  ${m}`);
