// The package as a user installs it: `npm pack`, installed into an empty folder, used with plain node.

import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { root } from './cli.js';

const run = (cmd: string, args: string[], cwd: string) => spawnSync(cmd, args, { cwd, encoding: 'utf8', timeout: 600_000 });

describe('the package', () => {
  it('installs from npm pack: plain node imports it and attributes a sentence, npx whosaid prints one JSON line per article', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'whosaid-pack-'));
    const pack = run('npm', ['pack', '--pack-destination', dir, '--silent'], root);
    expect(pack.status, pack.stderr).toBe(0);
    const tarball = path.join(dir, pack.stdout.trim().split('\n').pop()!);
    const app = path.join(dir, 'app');
    fs.mkdirSync(app);
    fs.writeFileSync(path.join(app, 'package.json'), JSON.stringify({ name: 'app', private: true, type: 'module' }));
    const install = run('npm', ['install', tarball, '--no-audit', '--no-fund', '--prefer-offline'], app);
    expect(install.status, install.stderr).toBe(0);
    // No TypeScript at run time: plain node, the built JavaScript.
    const use = run(
      process.execPath,
      [
        '-e',
        `import('whosaid').then((w) => { const r = w.analyseArticle(w.createPipeline(), { id: 'a', text: '“We will win,” said coach Ann Lee.' }); console.log(r.quotes[0].speaker.name); })`,
      ],
      app,
    );
    expect(use.stderr).toBe('');
    expect(use.stdout.trim()).toBe('Ann Lee');
    fs.writeFileSync(
      path.join(app, 'feed.jsonl'),
      [
        JSON.stringify({ id: 'x1', text: '“We will win,” said coach Ann Lee.', outlet: 'Daily Ledger', date: '2024-05-01' }),
        JSON.stringify({ id: 'x2', text: 'Mayor Tom Hale said: “The bridge opens in May.”', url: 'https://example.org/x2' }),
      ].join('\n'),
    );
    const cli = run('npx', ['--no-install', 'whosaid', 'feed.jsonl', '--format', 'jsonl', '--out', 'out'], app);
    expect(cli.status, cli.stderr).toBe(0);
    const lines = cli.stdout.trim().split('\n');
    expect(lines).toHaveLength(2);
    const records = lines.map((l) => JSON.parse(l)).sort((a, b) => (a.article.id < b.article.id ? -1 : 1));
    expect(records.map((r) => r.meta)).toEqual([{ outlet: 'Daily Ledger', date: '2024-05-01' }, { url: 'https://example.org/x2' }]);
    expect(fs.existsSync(path.join(app, 'out', 'merged.json'))).toBe(true);
    // quotes.csv: one row per quote, the feed's fields in their columns.
    const text = fs.readFileSync(path.join(app, 'out', 'quotes.csv'), 'utf8');
    expect(text.startsWith('\uFEFF')).toBe(true); // a byte-order mark, for Excel
    const csv = text.trim().split('\r\n');
    expect(csv[0]).toBe(
      'article_id,quote_id,type,speaker,speaker_as_written,speaker_id,speaker_gender,cue,quote_text,start,end,confidence,url,outlet,date,title',
    );
    expect(csv).toHaveLength(3);
    expect(csv.find((l) => l.startsWith('x1,'))).toMatch(/,Daily Ledger,2024-05-01,$/);
  }, 600_000);
});
