// npm run bench -- [--mb N] [--runs N] [--merge 10000,100000,1000000] [--dir DIR]
// Prints, in one run, medians of several runs each in a fresh process: the bare wink pass (readDoc with
// wink's default pipe and POS read out, one core: issue 5's baseline, about 2.5 MB/s here), the lean
// wink pass (only the tagger, the pipe the pipeline runs: a stricter baseline),
// and the whole run with 1 and 2 workers over an N MB corpus built from corpus/ with distinct ids;
// their ratios, articles/s, MB/s, peak RSS and worker heap; then merge time and memory for synthetic
// quote counts. `--dir`: where the generated corpus and the runs' output folders go (default: the
// system's temporary folder; `/dev/shm` measures the runs without the disk's file-creation costs).
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
const base = opt('dir', os.tmpdir());
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

// The node flags `npm run pipeline` runs with (none since issue 15; earlier, V8 tuning flags): the whole-run
// rows run as the CLI does. Every option but `--import` (whose value is a separate word) is one.
const pipelineFlags = (JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')).scripts.pipeline as string)
  .split(/\s+/)
  .filter((a) => a.startsWith('--') && a !== '--import');

// A corpus of about `mb` MB: the articles of corpus/ again and again under distinct ids.
function buildCorpus(megabytes: number): { dir: string; bytes: number } {
  const dir = fs.mkdtempSync(path.join(base, 'whosaid-bench-'));
  const sources = fs.readdirSync(path.join(root, 'corpus')).filter((f) => f.endsWith('.txt')).map((f) => fs.readFileSync(path.join(root, 'corpus', f), 'utf8'));
  let bytes = 0;
  for (let i = 0; bytes < megabytes * 1e6; i++) {
    const text = sources[i % sources.length];
    fs.writeFileSync(path.join(dir, `${String(i).padStart(6, '0')}.txt`), text);
    bytes += Buffer.byteLength(text);
  }
  return { dir, bytes };
}

const { dir, bytes: total } = buildCorpus(mb);
// Every whole run writes into an empty folder of its own, as a first run over a new corpus does. Reusing
// one folder made each run after the first a `--force` rerun: its renames replace 1,646 files, and ext4
// then allocates the next run's inodes among the ones just freed, which it scans slowly (up to 1 s more
// system time a run, unevenly). The folders are removed at the end, not between runs, for that reason.
const outRoot = fs.mkdtempSync(path.join(base, 'whosaid-bench-out-'));
let outs = 0;
const freshOut = () => path.join(outRoot, String(++outs));

// Interleaved, so that a slow spell of a noisy machine hits every row alike.
const rows: Record<string, Array<Record<string, number>>> = { wink: [], lean: [], w1: [], w2: [] };
for (let r = 0; r < runs; r++) {
  rows.wink.push(child('bench-pipeline.ts', ['wink', dir]));
  rows.lean.push(child('bench-pipeline.ts', ['wink-lean', dir]));
  rows.w1.push(child('bench-pipeline.ts', ['run', dir, freshOut(), '1'], pipelineFlags));
  rows.w2.push(child('bench-pipeline.ts', ['run', dir, freshOut(), '2'], pipelineFlags));
}

const articles = rows.wink[0].articles;
const w = median(rows.wink.map((r) => r.ms));
const lean = median(rows.lean.map((r) => r.ms));
console.log(`\ncorpus: ${articles} articles, ${(total / 1e6).toFixed(1)} MB in ${base}; medians of ${runs} runs, each in a fresh process, ${os.cpus().length} cores`);
console.log('\n| run | time (s) | articles/s | MB/s | ratio to wink | ratio to lean wink | process CPU, user / system (s) | peak RSS (MB) | worker heap peak / live after GC (MB) |\n|---|---|---|---|---|---|---|---|---|');
const row = (label: string, rs: Array<Record<string, number>>) => {
  const ms = median(rs.map((r) => r.ms));
  console.log(`| ${label} | ${(ms / 1000).toFixed(2)} | ${(articles / (ms / 1000)).toFixed(0)} | ${(total / 1e6 / (ms / 1000)).toFixed(2)} | ${(ms / w).toFixed(2)} | ${(ms / lean).toFixed(2)} | ${(median(rs.map((r) => r.userMs)) / 1000).toFixed(2)} / ${(median(rs.map((r) => r.sysMs)) / 1000).toFixed(2)} | ${median(rs.map((r) => r.rssMB))} | ${median(rs.map((r) => r.workerHeapMB)) ? `${median(rs.map((r) => r.workerHeapMB))} / ${median(rs.map((r) => r.workerLiveHeapMB))}` : '–'} |`);
};
row('bare wink readDoc + POS, default pipe, 1 core (the baseline)', rows.wink);
row('lean wink readDoc + POS, the pipe the pipeline runs (pos only), 1 core', rows.lean);
row('whole run, 1 worker (merge included)', rows.w1);
row('whole run, 2 workers (merge included)', rows.w2);
const w2 = median(rows.w2.map((r) => r.ms));
console.log(`\nratio whole run (2 workers) / bare wink (1 core): ${(w2 / w).toFixed(2)}; / lean wink: ${(w2 / lean).toFixed(2)}`);
fs.rmSync(dir, { recursive: true, force: true });
fs.rmSync(outRoot, { recursive: true, force: true });

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
