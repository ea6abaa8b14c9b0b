// What the CLI says when its arguments name no corpus or no output folder: one line, exit 2, and a
// feed or a single article named as users name them.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, root } from './cli.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'whosaid-msg-'));
const line = JSON.stringify({ id: 'a', text: '“We won,” said Ann Roe.' });

describe('the corpus argument', () => {
  it('takes a feed whatever the case of its name, .ndjson too, and one .txt file as a corpus of one', () => {
    fs.writeFileSync(path.join(dir, 'FEED.JSONL'), `${line}\n`);
    fs.writeFileSync(path.join(dir, 'feed.ndjson'), `${line}\n`);
    fs.writeFileSync(path.join(dir, 'one.txt'), '“We won,” said Ann Roe.');
    for (const name of ['FEED.JSONL', 'feed.ndjson', 'one.txt']) {
      const out = path.join(dir, `out-${name}`);
      const r = cli([path.join(dir, name), '--out', out, '--quiet']);
      expect(r.status, `${name}: ${r.stderr}`).toBe(0);
      expect(JSON.parse(fs.readFileSync(path.join(out, 'merged.json'), 'utf8')).speakers[0].name, name).toBe('Ann Roe');
    }
  });

  it('refuses what is no corpus, or an --out that is a file, with one line and exit 2', () => {
    fs.writeFileSync(path.join(dir, 'notes.md'), 'x');
    fs.writeFileSync(path.join(dir, 'empty.jsonl'), '');
    fs.mkdirSync(path.join(dir, 'dir.jsonl'));
    fs.writeFileSync(path.join(dir, 'a-file'), 'x');
    for (const [args, said] of [
      [[path.join(dir, 'missing')], /no corpus at .*missing/],
      [[path.join(dir, 'notes.md')], /notes\.md is a file, not a corpus/],
      [[path.join(dir, 'empty.jsonl')], /the feed .*empty\.jsonl is empty/],
      [[path.join(dir, 'dir.jsonl')], /dir\.jsonl is not a file: a feed is a \.jsonl file/],
      [[path.join(root, 'corpus'), '--out', path.join(dir, 'a-file')], /--out .*a-file is a file: give a folder/],
    ] as const) {
      const r = cli([...args, ...(args.includes('--out') ? [] : ['--out', path.join(dir, 'never')])]);
      expect(r.status, String(args)).toBe(2);
      expect(r.stderr.trim().split('\n'), String(args)).toHaveLength(1);
      expect(r.stderr, String(args)).toMatch(said);
    }
    expect(fs.existsSync(path.join(dir, 'never'))).toBe(false);
  });

  it('says so when stdin holds no article, and exits 2', () => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', path.join(root, 'src/node/cli.ts'), '-', '--out', path.join(dir, 'stdin')], {
      cwd: root,
      input: '',
      encoding: 'utf8',
    });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/no articles on stdin/);
  });
});
