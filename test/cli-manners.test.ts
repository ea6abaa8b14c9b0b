// The CLI as other tools and people meet it: help, JSONL in and out, --fail-on-warning, the summary line, and a
// progress line only on a terminal.

import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, root } from './cli.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'whosaid-cli-'));
const feed = path.join(dir, 'feed.jsonl');
fs.writeFileSync(
  feed,
  [
    JSON.stringify({ id: 'court/2024 05', text: '“The verdict is fair,” said defence lawyer John Smith.' }),
    JSON.stringify({ id: 7, text: 'Mayor Ana Ruiz said: “The bridge opens in May.”' }),
    'this line is not JSON',
    JSON.stringify({ id: 'no-text' }),
    '',
    JSON.stringify({ id: 7, text: '“Same id again,” said Tom Hale.' }),
  ].join('\n'),
);

describe('CLI manners', () => {
  it('prints help with examples', () => {
    const r = cli(['--help']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/examples:/);
    expect(r.stdout).toMatch(/--format jsonl/);
    expect(r.stdout).toMatch(/--fail-on-warning/);
    // It speaks as the installed command, naming nothing the package does not ship.
    expect(r.stdout).toMatch(/^usage: whosaid \[CORPUS\]/m);
    expect(r.stdout).not.toMatch(/pipelines\/default|examples\//);
  });

  it('reads a JSONL feed, writes one record per line to stdout, and reports bad lines without losing the rest', () => {
    const out = path.join(dir, 'out-jsonl');
    const r = cli([feed, '--out', out, '--format', 'jsonl', '--workers', '1']);
    expect(r.status).toBe(1); // two lines could not be analysed
    const records = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    const ids = records.map((x) => x.article.id).sort();
    // Ids are kept as written and made unique; every non-empty line yields a record.
    expect(ids).toEqual(['7', '7-2', 'court/2024 05', 'line-3', 'no-text']);
    const byId = new Map(records.map((x) => [x.article.id, x]));
    expect(byId.get('court/2024 05').quotes[0].speaker.name).toBe('John Smith');
    expect(byId.get('7').quotes[0].speaker.name).toBe('Ana Ruiz');
    expect(byId.get('line-3').warnings[0]).toMatchObject({ severity: 'fatal', code: 'bad-input-line' });
    // An id that is no file name gets a safe one, which its record and merged.json both name.
    const court = byId.get('court/2024 05').article.file;
    expect(court).toMatch(/^court_2024_05-[0-9a-f]{10}\.json$/);
    expect(JSON.parse(fs.readFileSync(path.join(out, 'merged.json'), 'utf8')).files).toEqual({ 'court/2024 05': `articles/${court}` });
    for (const id of ids.filter((x) => x !== 'court/2024 05')) expect(fs.existsSync(path.join(out, 'articles', `${id}.json`))).toBe(true);
    expect(fs.existsSync(path.join(out, 'articles', court))).toBe(true);
    // The summary goes to stderr so that stdout stays pure JSONL.
    expect(r.stderr).toMatch(/whosaid: 5 articles/);
    expect(r.stderr).toMatch(/line-3:1:1: line 3 is not JSON \(input:bad-input-line\)/);
  });

  it('prints warnings as article:line:col: message (stage:rule) and fails with --fail-on-warning', () => {
    const corpus = path.join(dir, 'warn');
    fs.mkdirSync(corpus);
    fs.writeFileSync(path.join(corpus, 'open.txt'), 'First line.\n“This quote never closes, said Ann Lee.\n');
    const loose = cli([corpus, '--out', path.join(dir, 'o1')]);
    expect(loose.status).toBe(0);
    expect(loose.stderr).toMatch(/^open:2:1: .+ \(quotes:unclosed-quote\)$/m);
    expect(loose.stdout).toMatch(/whosaid: 1 article .* 1 warning,/);
    expect(cli([corpus, '--out', path.join(dir, 'o2'), '--fail-on-warning']).status).toBe(1);
  });

  it('is quiet when piped and shows progress on a terminal', () => {
    const piped = cli([path.join(root, 'corpus'), '--out', path.join(dir, 'o3'), '--quiet']);
    expect(piped.stderr).not.toMatch(/articles ·/);
    const hasScript = spawnSync('script', ['--version']).status === 0;
    if (!hasScript) return;
    // `script` gives the child a terminal, as a person running it would.
    const cmd = `${process.execPath} --import tsx src/node/cli.ts corpus --out ${path.join(dir, 'o4')} --force`;
    const tty = spawnSync('script', ['-qec', cmd, '/dev/null'], { cwd: root, encoding: 'utf8', timeout: 120_000 });
    expect(tty.stdout).toMatch(/\d+\/5 articles · \d+\/s · \d+:\d\d left/);
    expect(tty.stdout).toMatch(/whosaid: 5 articles/);
  });

  it('rejects unusable arguments with status 2', () => {
    expect(cli(['--format', 'xml']).status).toBe(2);
    expect(cli(['--pipeline', 'nowhere.ts']).status).toBe(2);
    expect(cli([path.join(dir, 'missing.jsonl')]).status).toBe(2);
  });

  it('answers an unusable argument in one line with a hint, and an empty folder by saying so', () => {
    const r = cli(['--workers', 'zero']);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/--workers needs a whole number.*--help/);
    const empty = path.join(dir, 'empty');
    fs.mkdirSync(empty, { recursive: true });
    fs.writeFileSync(path.join(empty, 'notes.md'), 'not an article');
    const e = cli([empty, '--out', path.join(dir, 'out-empty')]);
    expect(e.status).toBe(2);
    expect(e.stderr).toMatch(/no \.txt articles in/);
  });

  it('reads JSONL from stdin with -, keeps each line’s other fields as meta, and counts in words', () => {
    const out = path.join(dir, 'out-stdin');
    const line = JSON.stringify({
      id: 'x1',
      text: '“We will win,” said coach Ann Lee.',
      url: 'https://example.org/x1',
      outlet: 'Daily Ledger',
      date: '2024-05-01',
      title: 'Lee vows a win',
    });
    const r = spawnSync(process.execPath, ['--import', 'tsx', path.join(root, 'src/node/cli.ts'), '-', '--out', out, '--workers', '0'], {
      cwd: root,
      input: `${line}\n`,
      encoding: 'utf8',
    });
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/whosaid: 1 article \(0 up to date, 0 failed\), 1 quote, 1 speaker, 1 statement, 0 warnings/);
    const rec = JSON.parse(fs.readFileSync(path.join(out, 'articles', 'x1.json'), 'utf8'));
    expect(rec.article.source).toBe('-:1');
    expect(rec.meta).toEqual({ url: 'https://example.org/x1', outlet: 'Daily Ledger', date: '2024-05-01', title: 'Lee vows a win' });
    expect(fs.readFileSync(path.join(out, 'report.html'), 'utf8')).toMatch(
      /<h3>Lee vows a win<\/h3><p class="meta">Daily Ledger · 2024-05-01/,
    );
  });

  it('takes a text file’s headline for its title', () => {
    const corpus = path.join(dir, 'titled');
    fs.mkdirSync(corpus, { recursive: true });
    fs.writeFileSync(path.join(corpus, 'a.txt'), 'Lee vows a win in Ohio\n\n“We will win,” said coach Ann Lee.\n');
    fs.writeFileSync(path.join(corpus, 'b.txt'), '“We will win,” said coach Ann Lee.\n\nFans cheered.\n');
    const out = path.join(dir, 'out-titled');
    expect(cli([corpus, '--out', out, '--workers', '0']).status).toBe(0);
    expect(JSON.parse(fs.readFileSync(path.join(out, 'articles', 'a.json'), 'utf8')).meta).toEqual({ title: 'Lee vows a win in Ohio' });
    expect(JSON.parse(fs.readFileSync(path.join(out, 'articles', 'b.json'), 'utf8')).meta).toBeUndefined();
  });
});
