// The limits a run takes from its arguments: a time limit out of range is refused before anything is
// written, and the default limit grows with the article instead of costing five minutes on a short one.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_TIMEOUT_MS, MAX_TIMEOUT_MS, timeLimitFor } from '../src/node/article-job.js';
import { listCorpus } from '../src/node/io/corpus.js';
import { runCorpus } from '../src/node/runner.js';
import { cli } from './cli.js';
import { corpusFolder, TWO } from './helpers.js';

describe('--timeout', () => {
  it('is refused out of range, with one line and nothing written', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'whosaid-timeout-'));
    for (const value of ['4294968', '1e9', '0', '-1', 'NaN', '86401']) {
      const out = path.join(dir, `out-${value}`);
      const r = cli(['corpus', '--out', out, `--timeout=${value}`]);
      expect(r.status, value).toBe(2);
      expect(r.stderr.trim().split('\n'), value).toHaveLength(1);
      expect(r.stderr, value).toMatch(/--timeout needs a number of seconds from 0\.001 to 86400/);
      expect(fs.existsSync(out), value).toBe(false);
    }
  });

  it('defaults to a limit that grows with the article: 30 s, 10 s more per MB, at most five minutes', () => {
    expect(timeLimitFor(0)).toBe(30_000);
    expect(timeLimitFor(20_000)).toBe(30_000 + Math.ceil((20_000 / 1048576) * 10_000));
    expect(timeLimitFor(16 * 1048576)).toBe(190_000);
    expect(timeLimitFor(64 * 1048576)).toBe(DEFAULT_TIMEOUT_MS);
    expect(timeLimitFor(64 * 1048576, 5_000)).toBe(5_000); // a limit given stands, whatever the size
    expect(timeLimitFor(0, 1e15)).toBe(MAX_TIMEOUT_MS); // an API caller's huge limit is taken as a day
  });
});

describe('--workers', () => {
  it('starts no more workers than there are articles to analyse', async () => {
    const { corpus, out } = corpusFolder('workers', TWO);
    const summary = await runCorpus({ corpus: await listCorpus(corpus), out, workers: 32, force: false });
    expect(summary.workers).toBe(2);
    expect(summary.articles).toBe(2);
    expect(summary.quotes).toBe(2);
  });
});

describe('a pipeline of the user', () => {
  it('runs in a worker thread even for a small folder, so that a stage that exhausts the heap fails its article, not the run', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'whosaid-thread-'));
    fs.mkdirSync(path.join(dir, 'c'));
    fs.writeFileSync(path.join(dir, 'c', 'a.txt'), '“We won,” said Ann Roe.');
    const pipeline = path.join(import.meta.dirname, 'fixtures', 'hostile', 'thread-pipeline.ts');
    const r = cli([path.join(dir, 'c'), '--out', path.join(dir, 'o'), '--pipeline', pipeline, '--quiet']);
    expect(r.status, r.stderr).toBe(0);
    const rec = JSON.parse(fs.readFileSync(path.join(dir, 'o', 'articles', 'a.json'), 'utf8'));
    expect(rec.extensions.thread).toEqual({ main: false });
    const here = cli([path.join(dir, 'c'), '--out', path.join(dir, 'o0'), '--pipeline', pipeline, '--quiet', '--workers', '0']);
    expect(JSON.parse(fs.readFileSync(path.join(dir, 'o0', 'articles', 'a.json'), 'utf8')).extensions.thread).toEqual({ main: true });
    expect(here.status).toBe(0);
  });
});
