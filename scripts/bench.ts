// npm run bench -- [--mb 5,20] [--runs N] [--merge 10000,100000,1000000] [--dir DIR]
// npm run bench -- --queue [--mb 5] [--runs N]: a queued run against the local one (bench-queue.ts).
// Prints, in one run, medians of several runs each in a fresh process: the bare wink pass (readDoc with
// wink's default pipe and POS read out, one core: issue 5's baseline, about 2.5 MB/s here), the lean
// wink pass (only the tagger, the pipe the pipeline runs: a stricter baseline),
// and the whole run with 1 and 2 workers over corpora of each size (MB) built from corpus/ with distinct
// ids; their ratios, articles/s, MB/s, peak RSS and worker heap. With two sizes or more, what a run costs
// whatever its size (starting the workers, loading the model in each, compiling the code, the merge's
// fixed part) and the articles per second past it, from the smallest and largest sizes. Then merge time
// and memory for synthetic quote counts. `--dir`: where the generated corpus and the runs' output folders go (default: the
// system's temporary folder; `/dev/shm` measures the runs without the disk's file-creation costs).

import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const argv = process.argv.slice(2);
if (argv.includes('--queue')) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', path.join(root, 'scripts/bench-queue.ts'), ...argv], { stdio: 'inherit' });
  process.exit(r.status ?? 1);
}
const opt = (name: string, fallback: string) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 && argv[i + 1] ? argv[i + 1] : fallback;
};
const sizes = opt('mb', '5,20')
  .split(',')
  .map(Number)
  .filter((n) => n > 0);
const runs = Number(opt('runs', '3'));
const mergeSizes = opt('merge', '10000,100000,1000000').split(',').map(Number).filter(Boolean);
const base = opt('dir', os.tmpdir());
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function child(script: string, args: string[], extra: string[] = []): Record<string, number> {
  const r = spawnSync(process.execPath, [...extra, '--import', 'tsx', path.join(root, 'scripts', script), ...args], {
    encoding: 'utf8',
    maxBuffer: 1 << 24,
  });
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
  const sources = fs
    .readdirSync(path.join(root, 'corpus'))
    .filter((f) => f.endsWith('.txt'))
    .map((f) => fs.readFileSync(path.join(root, 'corpus', f), 'utf8'));
  let bytes = 0;
  for (let i = 0; bytes < megabytes * 1e6; i++) {
    const text = sources[i % sources.length];
    fs.writeFileSync(path.join(dir, `${String(i).padStart(6, '0')}.txt`), text);
    bytes += Buffer.byteLength(text);
  }
  return { dir, bytes };
}

const corpora = sizes.map((mb) => ({ mb, ...buildCorpus(mb) }));
// Every whole run writes into an empty folder of its own, as a first run over a new corpus does. Reusing
// one folder made each run after the first a `--force` rerun: its renames replace 1,646 files, and ext4
// then allocates the next run's inodes among the ones just freed, which it scans slowly (up to 1 s more
// system time a run, unevenly). The folders are removed at the end, not between runs, for that reason.
const outRoot = fs.mkdtempSync(path.join(base, 'whosaid-bench-out-'));
let outs = 0;
const freshOut = () => path.join(outRoot, String(++outs));

// Interleaved, so that a slow spell of a noisy machine hits every row alike.
type Rows = Record<'wink' | 'lean' | 'w1' | 'w2', Array<Record<string, number>>>;
const rows: Rows[] = corpora.map(() => ({ wink: [], lean: [], w1: [], w2: [] }));
for (let r = 0; r < runs; r++) {
  corpora.forEach(({ dir }, k) => {
    rows[k].wink.push(child('bench-pipeline.ts', ['wink', dir]));
    rows[k].lean.push(child('bench-pipeline.ts', ['wink-lean', dir]));
    rows[k].w1.push(child('bench-pipeline.ts', ['run', dir, freshOut(), '1'], pipelineFlags));
    rows[k].w2.push(child('bench-pipeline.ts', ['run', dir, freshOut(), '2'], pipelineFlags));
  });
}

const ms = (rs: Array<Record<string, number>>) => median(rs.map((r) => r.ms));
corpora.forEach(({ mb, bytes: total }, k) => {
  const set = rows[k];
  const articles = set.wink[0].articles;
  const w = ms(set.wink);
  const lean = ms(set.lean);
  console.log(
    `\ncorpus: ${articles} articles, ${(total / 1e6).toFixed(1)} MB (--mb ${mb}) in ${base}; medians of ${runs} runs, each in a fresh process, ${os.cpus().length} cores`,
  );
  console.log(
    '\n| run | time (s) | articles/s | MB/s | ratio to wink | ratio to lean wink | process CPU, user / system (s) | peak RSS (MB) | worker heap peak / live after GC (MB) |\n|---|---|---|---|---|---|---|---|---|',
  );
  const row = (label: string, rs: Array<Record<string, number>>) => {
    const t = ms(rs);
    console.log(
      `| ${label} | ${(t / 1000).toFixed(2)} | ${(articles / (t / 1000)).toFixed(0)} | ${(total / 1e6 / (t / 1000)).toFixed(2)} | ${(t / w).toFixed(2)} | ${(t / lean).toFixed(2)} | ${(median(rs.map((r) => r.userMs)) / 1000).toFixed(2)} / ${(median(rs.map((r) => r.sysMs)) / 1000).toFixed(2)} | ${median(rs.map((r) => r.rssMB))} | ${median(rs.map((r) => r.workerHeapMB)) ? `${median(rs.map((r) => r.workerHeapMB))} / ${median(rs.map((r) => r.workerLiveHeapMB))}` : '–'} |`,
    );
  };
  row('bare wink readDoc + POS, default pipe, 1 core (the baseline)', set.wink);
  row('lean wink readDoc + POS, the pipe the pipeline runs (pos only), 1 core', set.lean);
  row('whole run, 1 worker (merge included)', set.w1);
  row('whole run, 2 workers (merge included)', set.w2);
  console.log(
    `\nratio whole run (2 workers) / bare wink (1 core): ${(ms(set.w2) / w).toFixed(2)}; / lean wink: ${(ms(set.w2) / lean).toFixed(2)}`,
  );
});

// A run's time is about fixed + articles / rate: the two sizes farthest apart give both. The fixed part is
// what every run pays (workers started, the model loaded and the code compiled in each, the merge's start);
// the rate is what a corpus of thousands of articles sees.
if (corpora.length >= 2) {
  const [a, b] = [0, corpora.length - 1];
  const n = (k: number) => rows[k].wink[0].articles;
  console.log(
    `\n| from ${n(a)} to ${n(b)} articles | fixed cost per run (s) | articles/s past it | time per article, ratio to bare wink's |\n|---|---|---|---|`,
  );
  const wink = (n(b) - n(a)) / ((ms(rows[b].wink) - ms(rows[a].wink)) / 1000);
  for (const [label, key] of [
    ['bare wink, 1 core', 'wink'],
    ['whole run, 1 worker', 'w1'],
    ['whole run, 2 workers', 'w2'],
  ] as const) {
    const rate = (n(b) - n(a)) / ((ms(rows[b][key]) - ms(rows[a][key])) / 1000);
    const fixed = ms(rows[a][key]) / 1000 - n(a) / rate;
    console.log(`| ${label} | ${fixed.toFixed(2)} | ${rate.toFixed(0)} | ${(wink / rate).toFixed(2)} |`);
  }
}
for (const { dir } of corpora) fs.rmSync(dir, { recursive: true, force: true });
fs.rmSync(outRoot, { recursive: true, force: true });

console.log('\n| merge: quotes | time (s) | statements | speakers | memory added (MB) | peak RSS (MB) |\n|---|---|---|---|---|---|');
let prev: { n: number; ms: number } | null = null;
for (const n of mergeSizes) {
  const rs = Array.from({ length: runs }, () =>
    child('bench-merge.ts', [String(n)], ['--expose-gc', '--max-old-space-size=6000', '--max-semi-space-size=64']),
  );
  const ms = median(rs.map((r) => r.ms));
  const growth = prev
    ? ` (×${(ms / prev.ms).toFixed(1)} for ×${n / prev.n}; n log n: ×${((n * Math.log(n)) / (prev.n * Math.log(prev.n))).toFixed(1)})`
    : '';
  console.log(
    `| ${n.toLocaleString('en')} | ${(ms / 1000).toFixed(2)}${growth} | ${rs[0].statements} | ${rs[0].speakers} | ${median(rs.map((r) => r.deltaMB))} | ${median(rs.map((r) => r.rssMB))} |`,
  );
  prev = { n, ms };
}
