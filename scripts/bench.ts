// npm run bench -- [--mb N] [--runs N] [--merge 10000,100000,1000000]
// Prints, in one run, medians of several runs each in a fresh process: the bare wink pass (tokens and
// POS, one core) and the pipeline (one thread) over an N MB corpus built from corpus/ with distinct ids,
// their ratio, articles/s, MB/s and peak RSS; then merge time and memory for synthetic quote counts.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const argv = process.argv.slice(2);
const opt = (name: string, fallback: string) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 && argv[i + 1] ? argv[i + 1] : fallback;
};
const mb = Number(opt('mb', '2'));
const runs = Number(opt('runs', '3'));
const mergeSizes = opt('merge', '10000,100000,1000000').split(',').map(Number).filter(Boolean);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function child(script: string, args: string[], extra: string[] = []): Record<string, number> {
  const r = spawnSync(process.execPath, [...extra, '--import', 'tsx', path.join(root, 'scripts', script), ...args], { encoding: 'utf8', maxBuffer: 1 << 24 });
  const line = r.stdout.trim().split('\n').pop() ?? '';
  try {
    return JSON.parse(line);
  } catch {
    throw new Error(`${script} failed: ${r.stderr.slice(-2000)}`);
  }
}

// A corpus of about `mb` MB: the articles of corpus/ again and again under distinct ids.
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'whosaid-bench-'));
const sources = fs.readdirSync(path.join(root, 'corpus')).filter((f) => f.endsWith('.txt')).map((f) => fs.readFileSync(path.join(root, 'corpus', f), 'utf8'));
let total = 0;
for (let i = 0; total < mb * 1e6; i++) {
  const text = sources[i % sources.length];
  fs.writeFileSync(path.join(dir, `${String(i).padStart(6, '0')}.txt`), text);
  total += Buffer.byteLength(text);
}
const measure = (mode: string) => Array.from({ length: runs }, () => child('bench-pipeline.ts', [mode, dir]));
const winkRuns = measure('wink');
const pipeRuns = measure('pipeline');
const w = median(winkRuns.map((r) => r.ms));
const p = median(pipeRuns.map((r) => r.ms));
const articles = winkRuns[0].articles;
console.log(`\ncorpus: ${articles} articles, ${(total / 1e6).toFixed(1)} MB; medians of ${runs} runs, each in a fresh process, ${os.cpus().length} cores`);
console.log('\n| run | time (s) | articles/s | MB/s | peak RSS (MB) |\n|---|---|---|---|---|');
console.log(`| bare wink readDoc + POS, 1 core | ${(w / 1000).toFixed(2)} | ${(articles / (w / 1000)).toFixed(0)} | ${(total / 1e6 / (w / 1000)).toFixed(2)} | ${median(winkRuns.map((r) => r.rssMB))} |`);
console.log(`| pipeline, 1 thread | ${(p / 1000).toFixed(2)} | ${(articles / (p / 1000)).toFixed(0)} | ${(total / 1e6 / (p / 1000)).toFixed(2)} | ${median(pipeRuns.map((r) => r.rssMB))} |`);
console.log(`\nratio pipeline(1 thread)/wink(1 core): ${(p / w).toFixed(2)}`);
fs.rmSync(dir, { recursive: true, force: true });

console.log('\n| merge: quotes | time (s) | statements | speakers | memory added (MB) | peak RSS (MB) |\n|---|---|---|---|---|---|');
let prev: { n: number; ms: number } | null = null;
for (const n of mergeSizes) {
  const times = n >= 1_000_000 ? 1 : runs;
  const rs = Array.from({ length: times }, () => child('bench-merge.ts', [String(n)], ['--expose-gc', '--max-old-space-size=6000', '--max-semi-space-size=64']));
  const ms = median(rs.map((r) => r.ms));
  const growth = prev ? ` (×${(ms / prev.ms).toFixed(1)} for ×${n / prev.n}; n log n: ×${((n * Math.log(n)) / (prev.n * Math.log(prev.n))).toFixed(1)})` : '';
  console.log(`| ${n.toLocaleString('en')} | ${(ms / 1000).toFixed(2)}${growth} | ${rs[0].statements} | ${rs[0].speakers} | ${median(rs.map((r) => r.deltaMB))} | ${median(rs.map((r) => r.rssMB))} |`);
  prev = { n, ms };
}
