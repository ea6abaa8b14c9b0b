// A run killed part-way (SIGKILL: no cleanup, no flush) leaves no broken file, and the rerun finishes
// the job: it skips what was written, redoes the rest, and ends with the same output as a clean run.

import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, root } from './cli.js';
import { corpusFolder, TWO } from './helpers.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'whosaid-kill-'));
const corpus = path.join(dir, 'corpus');
const out = path.join(dir, 'output');
const articles = path.join(out, 'articles');
const sources = fs
  .readdirSync(path.join(root, 'corpus'))
  .sort()
  .map((f) => fs.readFileSync(path.join(root, 'corpus', f)));
const N = 80;

const jsonFiles = () => (fs.existsSync(articles) ? fs.readdirSync(articles).filter((f) => f.endsWith('.json')) : []);

/** Starts the CLI and kills it with SIGKILL once `after` article files exist. */
function runAndKill(after: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', path.join(root, 'src/node/cli.ts'), corpus, '--out', out, '--quiet', '--workers', '1'],
      { cwd: root, stdio: 'ignore' },
    );
    const timer = setInterval(() => {
      if (jsonFiles().length >= after) {
        clearInterval(timer);
        child.kill('SIGKILL');
      }
    }, 5);
    child.on('exit', (_code, signal) => {
      clearInterval(timer);
      if (signal !== 'SIGKILL') reject(new Error('the run ended before it could be killed: make the corpus larger'));
      else resolve(jsonFiles().length);
    });
  });
}

describe('kill and resume', () => {
  it('leaves only whole files after SIGKILL, and the rerun completes with the same output as a clean run', async () => {
    fs.mkdirSync(corpus, { recursive: true });
    for (let i = 0; i < N; i++) fs.writeFileSync(path.join(corpus, `a${String(i).padStart(3, '0')}.txt`), sources[i % sources.length]);

    const written = await runAndKill(10);
    expect(written).toBeGreaterThanOrEqual(10);
    expect(written).toBeLessThan(N);
    for (const f of jsonFiles()) expect(() => JSON.parse(fs.readFileSync(path.join(articles, f), 'utf8')), f).not.toThrow();
    expect(fs.existsSync(path.join(out, 'merged.json'))).toBe(false);

    const rerun = cli([corpus, '--out', out, '--quiet']);
    expect(rerun.status).toBe(0);
    const upToDate = Number(/\((\d+) up to date/.exec(rerun.stdout)?.[1]);
    expect(upToDate).toBeGreaterThanOrEqual(written);
    expect(upToDate).toBeLessThan(N);
    expect(jsonFiles()).toHaveLength(N);
    // No temporary file of the killed run is left behind.
    expect(fs.readdirSync(articles).filter((f) => f.endsWith('.tmp'))).toEqual([]);

    const clean = path.join(dir, 'clean');
    expect(cli([corpus, '--out', clean, '--quiet']).status).toBe(0);
    for (const f of jsonFiles()) {
      expect(JSON.parse(fs.readFileSync(path.join(articles, f), 'utf8')), f).toEqual(
        JSON.parse(fs.readFileSync(path.join(clean, 'articles', f), 'utf8')),
      );
    }
    expect(JSON.parse(fs.readFileSync(path.join(out, 'merged.json'), 'utf8'))).toEqual(
      JSON.parse(fs.readFileSync(path.join(clean, 'merged.json'), 'utf8')),
    );
  }, 300_000);
});

describe('a pass that cannot write', () => {
  const chattr = (flag: string, files: string[]) => spawnSync('chattr', [flag, ...files]).status === 0;
  const probe = path.join(os.tmpdir(), `whosaid-chattr-${process.pid}`);
  fs.writeFileSync(probe, 'x');
  // An immutable file (chattr +i) is one even root cannot replace: the test needs it, and skips without.
  const canLock = chattr('+i', [probe]) && chattr('-i', [probe]);

  it.skipIf(!canLock)('leaves merged.json and quotes.csv as the files on disk say, not empty', async () => {
    const { runCorpus } = await import('../src/node/runner.js');
    const { corpus, out } = corpusFolder('nowrite', TWO);
    const first = await runCorpus({ corpus, out, workers: 0, force: false });
    expect(first.speakers).toBe(2);
    const files = ['a', 'b'].map((id) => path.join(out, 'articles', `${id}.json`));
    expect(chattr('+i', files)).toBe(true);
    try {
      const again = await runCorpus({ corpus, out, workers: 0, force: true });
      expect(again.failed).toBe(2);
      const merged = JSON.parse(fs.readFileSync(path.join(out, 'merged.json'), 'utf8'));
      expect(merged.speakers.map((s: { name: string }) => s.name).sort()).toEqual(['Ann Roe', 'Tom Hale']);
      expect(fs.readFileSync(path.join(out, 'quotes.csv'), 'utf8').trim().split('\n')).toHaveLength(3);
      expect(fs.readdirSync(path.join(out, 'articles')).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    } finally {
      chattr('-i', files);
    }
  });
});

describe('an article removed from the corpus', () => {
  it('loses its record on the next run, which says so: no file names speakers merged.json has not', async () => {
    const { runCorpus } = await import('../src/node/runner.js');
    const { corpus, out } = corpusFolder('removed', TWO);
    await runCorpus({ corpus, out, workers: 0, force: false });
    fs.rmSync(path.join(corpus, 'b.txt'));
    const lines: string[] = [];
    const again = await runCorpus({ corpus, out, workers: 0, force: false, onMessage: (l) => lines.push(l) });
    expect(again.skipped).toBe(1);
    expect(fs.readdirSync(path.join(out, 'articles'))).toEqual(['a.json']);
    expect(lines).toEqual(['whosaid: removed 1 record of article no longer in the corpus (b.json)']);
    expect(again.merged.speakers.map((s) => s.name)).toEqual(['Ann Roe']);
  });
});
