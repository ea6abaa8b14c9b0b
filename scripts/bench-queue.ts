// npm run bench -- --queue [--mb 5] [--runs 3]
// A queued run (whosaid CORPUS --queue …, src/node/queue) against the local run on this machine: the
// local run with 1 and 2 worker threads, then the queued run with 1, 2 and 4 `whosaid worker` processes
// of one thread each, started and ready before the clock. Each time is the run's own (its summary line:
// from its start to merged.json written), median of --runs. The queue's cost per article is CPU time: the
// run's process, its workers and Redis together, against the local run with one thread (the same
// analysis, without the trip through Redis). Starts its own redis-server on a free loopback port.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const argv = process.argv.slice(2);
const opt = (name: string, fallback: string) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 && argv[i + 1] ? argv[i + 1] : fallback;
};
const megabytes = Number(opt('mb', '5'));
const runs = Number(opt('runs', '3'));
const cli = path.join(root, 'src/node/cli.ts');
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const port = await new Promise<number>((resolve) => {
  const s = net.createServer().listen(0, '127.0.0.1', () => {
    const { port } = s.address() as net.AddressInfo;
    s.close(() => resolve(port));
  });
});
const redis = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], {
  stdio: 'ignore',
});
for (let i = 0; spawnSync('redis-cli', ['-p', String(port), 'ping'], { encoding: 'utf8' }).stdout?.trim() !== 'PONG'; i++) {
  if (i > 100) throw new Error('redis-server did not start (apt-get install redis-server)');
  await new Promise((r) => setTimeout(r, 100));
}
const url = `redis://127.0.0.1:${port}`;

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'whosaid-bench-queue-'));
const corpus = path.join(dir, 'corpus');
fs.mkdirSync(corpus);
const sources = fs
  .readdirSync(path.join(root, 'corpus'))
  .filter((f) => f.endsWith('.txt'))
  .map((f) => fs.readFileSync(path.join(root, 'corpus', f), 'utf8'));
let bytes = 0;
let articles = 0;
for (; bytes < megabytes * 1e6; articles++) {
  const text = sources[articles % sources.length];
  fs.writeFileSync(path.join(corpus, `${String(articles).padStart(6, '0')}.txt`), text);
  bytes += Buffer.byteLength(text);
}

let outs = 0;
/** CPU seconds (user + system) a running process has used so far, from /proc (Linux). */
function cpuOf(pid: number): number {
  const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}
/**
 * One whole run in a fresh process: the seconds its summary line gives, and the CPU seconds it used
 * (bash's `times` after it: its children's user and system time).
 */
function runOnce(extra: string[]): { s: number; cpu: number } {
  const out = path.join(dir, `out-${++outs}`);
  const args = [process.execPath, '--import', 'tsx', cli, corpus, '--out', out, '--quiet', ...extra].map((a) => `'${a}'`).join(' ');
  const r = spawnSync('bash', ['-c', `${args}; s=$?; times; exit $s`], { encoding: 'utf8' });
  const m = /, ([\d.]+) s → /.exec(r.stdout);
  if (r.status !== 0 || !m) throw new Error(`run failed: ${r.stderr.slice(-1000)}`);
  const children =
    r.stdout
      .trim()
      .split('\n')
      .pop()!
      .match(/(\d+)m([\d.]+)s/g) ?? [];
  const cpu = children.reduce((sum, t) => {
    const [, min, sec] = /(\d+)m([\d.]+)s/.exec(t)!;
    return sum + Number(min) * 60 + Number(sec);
  }, 0);
  fs.rmSync(out, { recursive: true, force: true });
  return { s: Number(m[1]), cpu };
}

/** `n` worker processes of one thread each, resolved once each says it is taking articles. */
async function startWorkers(n: number): Promise<ChildProcess[]> {
  const ws = Array.from({ length: n }, () =>
    spawn(process.execPath, ['--import', 'tsx', cli, 'worker', '--queue', url, '--workers', '1'], { stdio: ['ignore', 'ignore', 'pipe'] }),
  );
  await Promise.all(
    ws.map((w) => new Promise<void>((resolve) => w.stderr!.on('data', (d) => String(d).includes('taking articles') && resolve()))),
  );
  // The first article each takes loads its thread's model: one small run first, off the clock.
  runOnce(['--queue', url, '--force']);
  return ws;
}

const rows: Array<{ label: string; s: number; cpu: number }> = [];
for (const threads of [1, 2]) {
  const times = Array.from({ length: runs }, () => runOnce(['--workers', String(threads)]));
  rows.push({
    label: `local run, ${threads} worker thread${threads > 1 ? 's' : ''}`,
    s: median(times.map((t) => t.s)),
    cpu: median(times.map((t) => t.cpu)),
  });
}
for (const n of [1, 2, 4]) {
  const ws = await startWorkers(n);
  const times = Array.from({ length: runs }, () => {
    const before = [...ws.map((w) => cpuOf(w.pid!)), cpuOf(redis.pid!)];
    const t = runOnce(['--queue', url, '--force']);
    const after = [...ws.map((w) => cpuOf(w.pid!)), cpuOf(redis.pid!)];
    return { s: t.s, cpu: t.cpu + after.reduce((a, x, i) => a + x - before[i], 0) };
  });
  for (const w of ws) w.kill('SIGTERM');
  await Promise.all(ws.map((w) => new Promise((r) => w.on('exit', r))));
  rows.push({
    label: `queued run, ${n} worker process${n > 1 ? 'es' : ''} of 1 thread`,
    s: median(times.map((t) => t.s)),
    cpu: median(times.map((t) => t.cpu)),
  });
}
redis.kill('SIGTERM');
fs.rmSync(dir, { recursive: true, force: true });

const local1 = rows[0];
console.log(
  `\ncorpus: ${articles} articles, ${(bytes / 1e6).toFixed(1)} MB; medians of ${runs} runs, ${os.cpus().length} cores; Redis on loopback`,
);
console.log(
  '\n| run | time (s) | articles/s | ratio to the local run, 1 thread | CPU, all processes and Redis (s) |\n|---|---|---|---|---|',
);
for (const { label, s, cpu } of rows)
  console.log(`| ${label} | ${s.toFixed(2)} | ${(articles / s).toFixed(0)} | ${(s / local1.s).toFixed(2)} | ${cpu.toFixed(1)} |`);
const cost = ((rows[2].cpu - local1.cpu) / articles) * 1000;
console.log(`\nthe queue's cost per article, in CPU (queued with 1 worker process, against local with 1 thread): ${cost.toFixed(2)} ms`);
