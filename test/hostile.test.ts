// The faults a hostile or unlucky user meets (issue 16): each class closed with a test of its own, then
// one run over a corpus that mixes them all with normal articles.

import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatMessage } from '../src/core/message.js';
import { definePipeline, runPipeline } from '../src/core/pipeline.js';
import type { Stage } from '../src/core/stage.js';
import { merge } from '../src/index.js';
import { FileNames, MAX_NAME_BYTES, safeName } from '../src/node/io/file-names.js';
import { lockOutput } from '../src/node/io/lock.js';
import { renderReport } from '../src/node/report/render.js';
import { runCorpus } from '../src/node/runner.js';
import { cli, root } from './cli.js';

const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'whosaid-hostile-'));
const say = (n: number) => `“We will win game ${n},” said coach Ann Lee.\n`;
const misbehaving = path.join(root, 'test/fixtures/hostile/misbehaving-pipeline.ts');
const articleFiles = (out: string) => fs.readdirSync(path.join(out, 'articles')).filter((f) => f.endsWith('.json'));
const records = (out: string) => articleFiles(out).map((f) => JSON.parse(fs.readFileSync(path.join(out, 'articles', f), 'utf8')));
const hasMkfifo = spawnSync('mkfifo', ['--version']).status === 0;

describe('file names', () => {
  it('are safe in bytes, cut at whole characters, and unique where case does not count', () => {
    const names = new FileNames();
    const long = 'Доклад о выборах '.repeat(20); // 340 characters, 660 bytes of UTF-8
    const a = names.take(`${long}1`);
    const b = names.take(`${long}2`); // cut alike: the hash keeps them apart
    const astral = names.take('𝒜'.repeat(100)); // four bytes each: never cut inside a pair
    const upper = names.take('Report');
    const lower = names.take('report');
    for (const n of [a, b, astral, upper, lower]) {
      expect(Buffer.byteLength(`.${n}.json.4194304.1000000.tmp`)).toBeLessThan(255);
      expect(n).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/); // no half of a pair
    }
    expect(a).not.toBe(b);
    expect(upper).toBe('Report');
    expect(lower.toLowerCase()).not.toBe(upper.toLowerCase());
    expect(Buffer.byteLength(safeName(long))).toBeLessThanOrEqual(MAX_NAME_BYTES);
  });

  it('never lose or overwrite an article of a feed of non-Latin, cut-alike and case-twin ids', async () => {
    const dir = tmp();
    const feed = path.join(dir, 'feed.jsonl');
    const long = 'Президентские выборы в Соединённых Штатах '.repeat(8);
    const ids = [`${long}A`, `${long}B`, '日本の選挙'.repeat(40), 'Case', 'case', 'a/b', 'a_b'];
    fs.writeFileSync(feed, ids.map((id, i) => JSON.stringify({ id, text: say(i) })).join('\n'));
    const out = path.join(dir, 'out');
    const summary = await runCorpus({ corpus: feed, out, workers: 0, force: false });
    expect(summary.failed).toBe(0);
    const recs = records(out);
    // One file per article, each record with its original id, merged.json naming the renamed ones.
    expect(recs.map((r) => r.article.id).sort()).toEqual([...ids].sort());
    expect(new Set(articleFiles(out).map((f) => f.toLowerCase())).size).toBe(ids.length);
    const files = JSON.parse(fs.readFileSync(path.join(out, 'merged.json'), 'utf8')).files as Record<string, string>;
    for (const r of recs) {
      const file = r.article.file ?? `${r.article.id}.json`;
      expect(fs.existsSync(path.join(out, 'articles', file))).toBe(true);
      if (r.article.file) expect(files[r.article.id]).toBe(`articles/${r.article.file}`);
    }
  });

  it('take a .txt name near the file system limit', async () => {
    const dir = tmp();
    fs.mkdirSync(path.join(dir, 'c'));
    const name = `${'x'.repeat(250)}.txt`; // 254 bytes: `<id>.json` would be 255, its temporary name more
    fs.writeFileSync(path.join(dir, 'c', name), say(1));
    fs.writeFileSync(path.join(dir, 'c', 'ok.txt'), say(2));
    const out = path.join(dir, 'out');
    const summary = await runCorpus({ corpus: path.join(dir, 'c'), out, workers: 0, force: false });
    expect(summary.failed).toBe(0);
    expect(
      records(out)
        .map((r) => r.article.id)
        .sort(),
    ).toEqual(['ok', 'x'.repeat(250)]);
    expect(fs.existsSync(path.join(out, 'merged.json'))).toBe(true);
  });
});

describe('a closed stdout', () => {
  it('costs the output folder nothing: `--format jsonl | head -1`', async () => {
    const dir = tmp();
    fs.mkdirSync(path.join(dir, 'c'));
    for (let i = 0; i < 40; i++) fs.writeFileSync(path.join(dir, 'c', `a${i}.txt`), say(i));
    const out = path.join(dir, 'out');
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', path.join(root, 'src/node/cli.ts'), path.join(dir, 'c'), '--out', out, '--format', 'jsonl', '--workers', '0'],
      { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    // The reader takes one line and goes away, as `head -1` does.
    await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
    child.stdout.destroy();
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).not.toMatch(/EPIPE|Error/);
    expect(code).toBe(0);
    expect(articleFiles(out)).toHaveLength(40);
    expect(fs.existsSync(path.join(out, 'merged.json'))).toBe(true);
    expect(fs.existsSync(path.join(out, 'report.html'))).toBe(true);
  }, 60_000);
});

describe('things that never end', () => {
  const loopCorpus = () => {
    const dir = tmp();
    fs.mkdirSync(path.join(dir, 'c'));
    for (let i = 0; i < 6; i++) fs.writeFileSync(path.join(dir, 'c', `a${i}.txt`), say(i));
    fs.writeFileSync(path.join(dir, 'c', 'a3.txt'), `LOOP ${say(3)}`);
    return dir;
  };

  it.each([0, 2])(
    'a stage that loops for ever fails its article alone (%i workers)',
    async (workers) => {
      const dir = loopCorpus();
      const out = path.join(dir, 'out');
      const summary = await runCorpus({
        corpus: path.join(dir, 'c'),
        out,
        workers,
        force: false,
        pipeline: `file://${misbehaving}`,
        timeoutMs: 1500,
      });
      expect(summary.articles).toBe(6);
      expect(summary.failed).toBe(1);
      const byId = new Map(records(out).map((r) => [r.article.id, r]));
      expect(byId.get('a3').warnings[0]).toMatchObject({ code: 'timeout', severity: 'fatal' });
      // The articles the stopped worker held were sent again, not failed.
      for (const id of ['a0', 'a1', 'a2', 'a4', 'a5']) expect(byId.get(id).quotes).toHaveLength(1);
    },
    60_000,
  );

  it('does not read /dev/zero or a file outside the corpus through a link, nor a FIFO, nor a file past --max-bytes', async () => {
    const dir = tmp();
    const c = path.join(dir, 'c');
    fs.mkdirSync(path.join(c, 'inner'), { recursive: true });
    fs.writeFileSync(path.join(c, 'ok.txt'), say(1));
    fs.symlinkSync('/dev/zero', path.join(c, 'zero.txt'));
    fs.writeFileSync(path.join(dir, 'secret.txt'), say(2));
    fs.symlinkSync(path.join(dir, 'secret.txt'), path.join(c, 'outside.txt'));
    fs.writeFileSync(path.join(c, 'big.txt'), say(3).repeat(200));
    if (hasMkfifo) {
      spawnSync('mkfifo', [path.join(c, 'inner', 'pipe')]);
      fs.symlinkSync(path.join(c, 'inner', 'pipe'), path.join(c, 'fifo.txt'));
    }
    const out = path.join(dir, 'out');
    const summary = await runCorpus({ corpus: c, out, workers: 0, force: false, maxBytes: 1000 });
    const byId = new Map(records(out).map((r) => [r.article.id, r]));
    expect(byId.get('ok').quotes).toHaveLength(1);
    expect(byId.get('zero').warnings[0].code).toBe('link-outside-corpus');
    expect(byId.get('outside').warnings[0].code).toBe('link-outside-corpus');
    expect(byId.get('big').warnings[0].code).toBe('too-large');
    if (hasMkfifo) expect(byId.get('fifo').warnings[0].code).toBe('not-a-file');
    expect(summary.failed).toBe(hasMkfifo ? 4 : 3);
  }, 60_000);
});

describe('user stages that misbehave', () => {
  const stage = (run: (doc: never) => unknown): Stage =>
    ({ name: 'user', requires: ['quotes'], provides: 'user', run }) as unknown as Stage;
  const base = async () => (await import('../pipelines/default.js')).default;

  it.each([
    [
      'writes into an earlier layer',
      (doc: { layers: { quotes: Array<{ start: number }> } }) => {
        doc.layers.quotes[0].start = 0;
        return {};
      },
    ],
    ['returns a BigInt', () => ({ n: 10n })],
    [
      'returns a cycle',
      () => {
        const a: Record<string, unknown> = {};
        a.self = a;
        return a;
      },
    ],
    ['returns a promise', () => Promise.resolve({})],
  ])('fails its article when it %s, leaving the checked layers as they were', async (_what, run) => {
    const pipeline = definePipeline('user', [...(await base()).stages, stage(run as never)]);
    const text = 'Tom said: “We will win the game tonight.”';
    const result = runPipeline(pipeline, 'a', text);
    expect(result.failed).toBe(true);
    expect(result.messages.some((m) => m.severity === 'fatal' && m.stage === 'user')).toBe(true);
    const q = result.doc.layers.quotes![0];
    expect(text.slice(q.start, q.end)).toBe(q.text);
  });

  it('fails only those articles in a corpus run, in worker threads too', async () => {
    const dir = tmp();
    fs.mkdirSync(path.join(dir, 'c'));
    for (const w of ['MUTATE', 'BIGINT', 'CYCLE', 'PROMISE', 'FINE']) fs.writeFileSync(path.join(dir, 'c', `${w}.txt`), `${w} ${say(1)}`);
    const out = path.join(dir, 'out');
    const summary = await runCorpus({ corpus: path.join(dir, 'c'), out, workers: 1, force: false, pipeline: `file://${misbehaving}` });
    expect(summary.failed).toBe(4);
    const byId = new Map(records(out).map((r) => [r.article.id, r]));
    expect(byId.get('FINE').extensions.misbehave.words).toBeGreaterThan(3);
    for (const id of ['MUTATE', 'BIGINT', 'CYCLE', 'PROMISE'])
      expect(byId.get(id).warnings.some((w: { severity: string }) => w.severity === 'fatal')).toBe(true);
  }, 60_000);
});

describe('two runs on one --out', () => {
  it('refuses the second while the first runs, and takes over a lock whose run is gone', async () => {
    const dir = tmp();
    fs.mkdirSync(path.join(dir, 'c'));
    fs.writeFileSync(path.join(dir, 'c', 'a.txt'), say(1));
    const out = path.join(dir, 'out');
    fs.mkdirSync(out);
    const sleeper = spawn('sleep', ['30']);
    try {
      fs.writeFileSync(path.join(out, '.whosaid.lock'), String(sleeper.pid));
      const r = cli([path.join(dir, 'c'), '--out', out, '--workers', '0']);
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(new RegExp(`another whosaid run \\(process ${sleeper.pid}\\) is writing to`));
      expect(fs.existsSync(path.join(out, 'merged.json'))).toBe(false);
    } finally {
      sleeper.kill();
    }
    await new Promise((resolve) => sleeper.on('exit', resolve));
    // Its process gone, the lock is stale.
    const r = cli([path.join(dir, 'c'), '--out', out, '--workers', '0']);
    expect(r.status).toBe(0);
    expect(fs.existsSync(path.join(out, '.whosaid.lock'))).toBe(false);
  }, 60_000);

  it('keeps two runs of one process apart', async () => {
    const out = tmp();
    const release = await lockOutput(out);
    await expect(lockOutput(out)).rejects.toThrow(/another whosaid run/);
    release();
    (await lockOutput(out))();
  });
});

describe('stale or wrong records', () => {
  it('an up-to-date article says where it was read from this time', async () => {
    const dir = tmp();
    for (const c of ['c1', 'c2']) {
      fs.mkdirSync(path.join(dir, c));
      fs.writeFileSync(path.join(dir, c, 'a.txt'), say(1));
    }
    const out = path.join(dir, 'out');
    await runCorpus({ corpus: path.join(dir, 'c1'), out, workers: 0, force: false });
    const again = await runCorpus({ corpus: path.join(dir, 'c2'), out, workers: 0, force: false });
    expect(again.skipped).toBe(1);
    expect(records(out)[0].article.source).toBe(path.join(dir, 'c2', 'a.txt'));
  });

  it('a changed --pipeline module redoes the articles', async () => {
    const dir = tmp();
    fs.mkdirSync(path.join(dir, 'c'));
    fs.writeFileSync(path.join(dir, 'c', 'a.txt'), say(1));
    const mod = path.join(dir, 'p.ts');
    const write = (tag: string) =>
      fs.writeFileSync(mod, `import p from ${JSON.stringify(path.join(root, 'pipelines/default.ts'))};\nexport default p; // ${tag}\n`);
    write('one');
    const out = path.join(dir, 'out');
    await runCorpus({ corpus: path.join(dir, 'c'), out, workers: 0, force: false, pipeline: `file://${mod}` });
    expect((await runCorpus({ corpus: path.join(dir, 'c'), out, workers: 0, force: false, pipeline: `file://${mod}` })).skipped).toBe(1);
    write('two');
    expect((await runCorpus({ corpus: path.join(dir, 'c'), out, workers: 0, force: false, pipeline: `file://${mod}?v=2` })).skipped).toBe(
      0,
    );
  });

  it('terminal control characters of a file name are printed escaped', () => {
    const line = formatMessage('a\u001b[2Jb', 'x', {
      code: 'unclosed-quote',
      start: 0,
      end: 0,
      message: 'quote never closed',
      stage: 'quotes',
      severity: 'warning',
    });
    expect(line.includes('\u001b')).toBe(false);
    expect(line).toMatch(/^a\\x1b\[2Jb:1:1: /);
  });
});

describe('size', () => {
  it('the report embeds article text up to its cap and says so', () => {
    const text = 'x'.repeat(80);
    const rec = (id: string) => ({ article: { id, source: '', sha256: '', length: 80 }, quotes: [], entities: [], warnings: [] });
    const html = renderReport({
      records: [rec('a'), rec('b')],
      merged: { ...merge([]), articles: ['a', 'b'] },
      textOf: () => text,
      maxText: 100,
    });
    expect(html.split(text).length - 1).toBe(1);
    expect(html).toMatch(/1 of them list their quotes without their text/);
  });
});

describe('a corpus mixing every fault with normal articles', () => {
  it('finishes, writes every normal article, merged.json and the report, and exits 1 with one line per failed article', () => {
    const dir = tmp();
    const c = path.join(dir, 'c');
    fs.mkdirSync(c);
    for (let i = 0; i < 8; i++) fs.writeFileSync(path.join(c, `normal${i}.txt`), say(i));
    fs.writeFileSync(path.join(c, `${'д'.repeat(124)}.txt`), say(20)); // 248 bytes of name
    fs.writeFileSync(path.join(c, 'loop.txt'), `LOOP ${say(21)}`);
    fs.writeFileSync(path.join(c, 'mutate.txt'), `MUTATE ${say(22)}`);
    fs.writeFileSync(path.join(c, 'bigint.txt'), `BIGINT ${say(23)}`);
    fs.writeFileSync(path.join(c, 'huge.txt'), say(24).repeat(2000));
    fs.symlinkSync('/dev/zero', path.join(c, 'zero.txt'));
    fs.writeFileSync(path.join(c, 'esc\u001b[2J.txt'), `${say(25)}“never closed`);
    if (hasMkfifo) {
      fs.mkdirSync(path.join(c, 'inner'));
      spawnSync('mkfifo', [path.join(c, 'inner', 'pipe')]);
      fs.symlinkSync(path.join(c, 'inner', 'pipe'), path.join(c, 'fifo.txt'));
    }
    const out = path.join(dir, 'out');
    const r = cli([c, '--out', out, '--workers', '2', '--pipeline', misbehaving, '--timeout', '3', '--max-bytes', '50000']);
    expect(r.status).toBe(1);
    const failedLines = r.stderr.split('\n').filter((l) => /(?:timeout|stage-failed|too-large|link-outside-corpus|not-a-file)\)$/.test(l));
    expect(failedLines.map((l) => l.split(':')[0]).sort()).toEqual([
      'bigint',
      ...(hasMkfifo ? ['fifo'] : []),
      'huge',
      'loop',
      'mutate',
      'zero',
    ]);
    expect(r.stderr.includes('\u001b')).toBe(false);
    const byId = new Map(records(out).map((x) => [x.article.id, x]));
    for (let i = 0; i < 8; i++) expect(byId.get(`normal${i}`).quotes).toHaveLength(1);
    expect(byId.get('д'.repeat(124)).quotes).toHaveLength(1);
    expect(fs.existsSync(path.join(out, 'merged.json'))).toBe(true);
    expect(fs.existsSync(path.join(out, 'report.html'))).toBe(true);
  }, 120_000);
});
