// A run spread over worker processes through BullMQ and Redis (src/node/queue): 2,000 articles through two
// workers, one killed with SIGKILL part-way, and every article file, merged.json and quotes.csv the same
// as a local run's. Then Redis unreachable, and Redis lost mid-run: one line and status 2, no hang.
// The test starts its own redis-server on a free loopback port (scripts/ensure-redis.sh installs it).
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCorpus } from '../src/node/runner.js';

const root = path.dirname(path.dirname(new URL(import.meta.url).pathname));
const cli = path.join(root, 'src/node/cli.ts');
const node = (args: string[]) =>
  spawn(process.execPath, ['--import', 'tsx', cli, ...args], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });

const hasRedis = spawnSync('redis-server', ['--version']).status === 0;

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

function startRedis(port: number): ChildProcess {
  return spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
}

async function waitForRedis(port: number): Promise<void> {
  for (let i = 0; i < 100; i++) {
    if (spawnSync('redis-cli', ['-p', String(port), 'ping'], { encoding: 'utf8' }).stdout?.trim() === 'PONG') return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`redis-server did not start on ${port}`);
}

/** Resolves with the exit code and what was printed (both streams read, so that neither pipe fills). */
const finished = (p: ChildProcess) =>
  new Promise<{ code: number | null; err: string; out: string }>((resolve) => {
    let err = '';
    let out = '';
    p.stderr?.on('data', (d) => {
      err += d;
    });
    p.stdout?.on('data', (d) => {
      out += d;
    });
    p.on('exit', (code) => resolve({ code, err, out }));
  });

/** `id: reason` for every article record in `articles` whose analysis failed (a fatal warning). */
function fatalReasons(articles: string): string[] {
  if (!fs.existsSync(articles)) return [];
  return fs
    .readdirSync(articles)
    .map((f) => JSON.parse(fs.readFileSync(path.join(articles, f), 'utf8')))
    .flatMap((r) =>
      r.warnings
        .filter((w: { severity: string }) => w.severity === 'fatal')
        .map((w: { message: string }) => `${r.article.id}: ${w.message}`),
    );
}

const FIRST = ['Ann', 'Tom', 'Lena', 'Omar', 'Rosa', 'Kofi', 'Ines', 'Hugo'];
const LAST = ['Roe', 'Hale', 'Vance', 'Park', 'Lorne', 'Ashby', 'Quill', 'Tarr'];

describe.skipIf(!hasRedis && !process.env.CI)('a run over a queue (BullMQ, Redis)', () => {
  let dir: string;
  let corpus: string;
  let port: number;
  let redis: ChildProcess;
  const workers: ChildProcess[] = [];

  beforeAll(async () => {
    if (!hasRedis) throw new Error('redis-server is missing: npm test installs it (scripts/ensure-redis.sh)');
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'whosaid-queue-'));
    corpus = path.join(dir, 'corpus');
    fs.mkdirSync(corpus);
    const seeds = fs
      .readdirSync(path.join(root, 'corpus'))
      .sort()
      .map((f) => fs.readFileSync(path.join(root, 'corpus', f), 'utf8'));
    // 2,000 articles: the seeds again and again, each with a quote of a speaker of its own.
    for (let i = 0; i < 2000; i++) {
      const name = `${FIRST[i % FIRST.length]} ${LAST[Math.floor(i / FIRST.length) % LAST.length]}`;
      fs.writeFileSync(
        path.join(corpus, `a${String(i).padStart(4, '0')}.txt`),
        `${seeds[i % seeds.length]}\n\n“Item ${i} is settled,” said ${name}.\n`,
      );
    }
    port = await freePort();
    redis = startRedis(port);
    await waitForRedis(port);
  }, 60_000);

  afterAll(() => {
    for (const w of workers) w.kill('SIGKILL');
    redis?.kill('SIGKILL');
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('two workers, one killed part-way: the same article files, merged.json and quotes.csv as a local run', async () => {
    const local = path.join(dir, 'local');
    await runCorpus({ corpus, out: local, workers: 2, force: false });
    const queued = path.join(dir, 'queued');
    const url = `redis://127.0.0.1:${port}`;
    for (let i = 0; i < 2; i++) workers.push(node(['worker', '--queue', url, '--workers', '1', '--quiet']));
    const run = node([corpus, '--out', queued, '--queue', url, '--quiet']);
    const done = finished(run);
    // Killed once the run is well under way, with articles in its hands.
    const articles = path.join(queued, 'articles');
    for (let i = 0; i < 600 && (!fs.existsSync(articles) || fs.readdirSync(articles).length < 400); i++)
      await new Promise((r) => setTimeout(r, 100));
    expect(fs.readdirSync(articles).length).toBeLessThan(2000);
    workers[0].kill('SIGKILL');
    const { code, err } = await done;
    expect(err).toBe('');
    // An article that failed says why (exit 1 is a failed article).
    expect(code, fatalReasons(articles).join('; ')).toBe(0);
    const files = fs.readdirSync(path.join(local, 'articles')).sort();
    expect(files).toHaveLength(2000);
    expect(fs.readdirSync(articles).sort()).toEqual(files);
    const differ = files.filter((f) => !fs.readFileSync(path.join(local, 'articles', f)).equals(fs.readFileSync(path.join(articles, f))));
    expect(differ).toEqual([]);
    expect(fs.readFileSync(path.join(queued, 'merged.json'), 'utf8')).toBe(fs.readFileSync(path.join(local, 'merged.json'), 'utf8'));
    expect(fs.readFileSync(path.join(queued, 'quotes.csv'), 'utf8')).toBe(fs.readFileSync(path.join(local, 'quotes.csv'), 'utf8'));
  }, 240_000);

  it('a rerun skips every article already written, with no worker running', async () => {
    const { code, err, out } = await finished(node([corpus, '--out', path.join(dir, 'queued'), '--queue', `redis://127.0.0.1:${port}`]));
    // (exit 1 is an article whose record is a failure: its summary line and the first reasons, if so)
    expect(
      code,
      `${out} | ${fatalReasons(path.join(dir, 'queued', 'articles'))
        .slice(0, 5)
        .join('; ')}`,
    ).toBe(0);
    expect(err).toBe('');
  }, 60_000);

  it('two runs at once on one Redis and one worker: each gets its own articles back', async () => {
    const url = `redis://127.0.0.1:${port}`;
    const worker = node(['worker', '--queue', url, '--workers', '1', '--quiet']);
    workers.push(worker);
    const folder = (name: string, text: string) => {
      const c = path.join(dir, `two-${name}`);
      fs.mkdirSync(c);
      for (let i = 0; i < 30; i++) fs.writeFileSync(path.join(c, `${name}${i}.txt`), `“${text} ${i},” said Ann Roe.`);
      return c;
    };
    const [a, b] = [folder('a', 'First run'), folder('b', 'Second run')];
    const runs = [a, b].map((c) => ({ c, child: node([c, '--out', `${c}-out`, '--queue', url, '--quiet']) }));
    const ended = runs.map(({ child }) => finished(child));
    // Said, not timed out, if a run does not end: how far it got.
    const late = await Promise.race([Promise.all(ended).then(() => null), new Promise<string>((r) => setTimeout(() => r('late'), 90_000))]);
    if (late) {
      const state = runs.map(({ c, child }) => {
        const dir = path.join(`${c}-out`, 'articles');
        return `${path.basename(c)}: ${fs.existsSync(dir) ? fs.readdirSync(dir).length : 0} written, exit ${child.exitCode}`;
      });
      for (const { child } of runs) child.kill('SIGKILL');
      expect.fail(`a run did not end in 90 s: ${state.join('; ')}`);
    }
    const [ra, rb] = await Promise.all(ended);
    expect([ra.code, rb.code], ra.err + rb.err).toEqual([0, 0]);
    for (const [c, text] of [
      [a, 'First run'],
      [b, 'Second run'],
    ]) {
      const files = fs.readdirSync(path.join(`${c}-out`, 'articles')).sort();
      expect(files).toHaveLength(30);
      for (const f of files) {
        const record = JSON.parse(fs.readFileSync(path.join(`${c}-out`, 'articles', f), 'utf8'));
        expect(record.quotes[0].text).toBe(`${text} ${f.replace(/\D/g, '')},`);
      }
    }
    worker.kill('SIGTERM');
  }, 120_000);

  it('Redis unreachable: one line and status 2, nothing analysed', async () => {
    const closed = await freePort();
    const out = path.join(dir, 'unreachable');
    const { code, err } = await finished(node([corpus, '--out', out, '--queue', `redis://127.0.0.1:${closed}`]));
    expect(code).toBe(2);
    expect(err.trim().split('\n')).toHaveLength(1);
    expect(err).toMatch(/cannot reach Redis at redis:\/\/127\.0\.0\.1:\d+: .*ECONNREFUSED/);
    const worker = await finished(node(['worker', '--queue', `redis://127.0.0.1:${closed}`]));
    expect(worker.code).toBe(2);
    expect(worker.err).toMatch(/whosaid worker: cannot reach Redis/);
  }, 60_000);

  it('Redis lost mid-run: the run and the worker each say so in one line and stop with status 2', async () => {
    const own = await freePort();
    const server = startRedis(own);
    await waitForRedis(own);
    const url = `redis://127.0.0.1:${own}`;
    // Redis goes once the run is under way (its first records written), well before its 2,000 are done.
    const out = path.join(dir, 'lost');
    const run = finished(node([corpus, '--out', out, '--queue', url, '--force']));
    const worker = finished(node(['worker', '--queue', url, '--workers', '1', '--quiet']));
    const articles = path.join(out, 'articles');
    for (let i = 0; i < 600 && (!fs.existsSync(articles) || fs.readdirSync(articles).length < 20); i++)
      await new Promise((r) => setTimeout(r, 100));
    server.kill('SIGKILL');
    const [r, w] = await Promise.all([run, worker]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^whosaid: lost Redis at redis:\/\/127\.0\.0\.1:\d+/m);
    expect(w.code).toBe(2);
    expect(w.err).toMatch(/whosaid worker: lost Redis/);
  }, 90_000);
});
