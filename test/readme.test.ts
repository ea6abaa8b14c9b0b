// The README's examples, read from the README itself and run, so that none can silently rot: the shell
// lines of "Command line" (with a temporary corpus and output folder in place of `~/news` and `/tmp/ws`)
// and the TypeScript of "Programmatic API" and "Extending: adding a sieve" (with `whosaid` pointing at the
// sources). The stage example is a sketch whose whole module is examples/social-media.ts, run by
// test/examples.test.ts; "The two commands" are what CI runs.

import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { root } from './cli.js';

const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8');
/** The code blocks of a README section, by language. */
const blocks = (section: string, lang: string): string[] => {
  const start = readme.indexOf(`\n## ${section}\n`);
  const end = readme.indexOf('\n## ', start + 4);
  const text = readme.slice(start, end < 0 ? undefined : end);
  return [...text.matchAll(new RegExp(`\`\`\`${lang}\\n([\\s\\S]*?)\`\`\``, 'g'))].map((m) => m[1]);
};
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'whosaid-readme-'));
/** A README module, written where its imports resolve: `whosaid` → the sources. */
const moduleOf = (name: string, code: string) => {
  const file = path.join(root, 'node_modules', '.readme-test', `${name}.ts`);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, code.replaceAll("from 'whosaid'", `from ${JSON.stringify(path.join(root, 'src/index.ts'))}`));
  return pathToFileURL(file).href;
};

describe('the README, run', () => {
  it('On your own articles: the quick start runs as written, and gives the report and a CSV a spreadsheet reads', () => {
    const lines = blocks('On your own articles', 'sh')[0]
      .split('\n')
      .filter((l) => l.trim());
    expect(lines).toHaveLength(1);
    const mine = path.join(dir, 'my-articles');
    fs.mkdirSync(mine);
    fs.writeFileSync(path.join(mine, 'council.txt'), 'Council backs the budget\n\n“We kept every promise,” said Mayor Ann Roe.');
    fs.writeFileSync(path.join(mine, 'bridge.txt'), '“The bridge opens in May,” Tom Hale told reporters.');
    const results = path.join(dir, 'my-results');
    const r = spawnSync('bash', ['-c', lines[0].replace('~/my-articles', mine).replace('~/my-results', results)], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(r.status, r.stderr).toBe(0);
    expect(fs.readFileSync(path.join(results, 'report.html'), 'utf8')).toMatch(/Most quoted: /);
    const csv = fs.readFileSync(path.join(results, 'quotes.csv'), 'utf8');
    expect(csv.startsWith('\uFEFFarticle_id,')).toBe(true);
    expect(csv).toMatch(/,Ann Roe,Mayor Ann Roe,/);
    expect(csv).toMatch(/,Tom Hale,Tom Hale,/);
  }, 300_000);

  it('Command line: each example line runs and does what it says', () => {
    const lines = blocks('Command line', 'sh')[0]
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => l.replace(/\s+#.*$/, ''));
    expect(lines).toHaveLength(3);
    const news = path.join(dir, 'news');
    fs.mkdirSync(news);
    fs.copyFileSync(path.join(root, 'corpus', fs.readdirSync(path.join(root, 'corpus')).sort()[0]), path.join(news, 'a.txt'));
    fs.writeFileSync(path.join(dir, 'feed.jsonl'), `${JSON.stringify({ id: 'f1', text: '“We will win,” said coach Ann Lee.' })}\n`);
    const sh = (line: string) => spawnSync('bash', ['-c', line], { cwd: root, encoding: 'utf8', timeout: 300_000 });
    // `npm run pipeline -- ~/news --out /tmp/ws`
    const ws = path.join(dir, 'ws');
    const a = sh(lines[0].replace('~/news', news).replace('/tmp/ws', ws));
    expect(a.status, a.stderr).toBe(0);
    expect(fs.existsSync(path.join(ws, 'merged.json'))).toBe(true);
    // `npm run --silent pipeline -- feed.jsonl --format jsonl | jq -c '.quotes[]'`: one quote per line.
    // (Where jq is not installed, the same filter in node: each record's quotes, one JSON line each.)
    const hasJq = spawnSync('jq', ['--version']).status === 0;
    const jqLess = `node -e "require('readline').createInterface({ input: process.stdin }).on('line', (l) => { for (const q of JSON.parse(l).quotes) console.log(JSON.stringify(q)); })"`;
    const line = hasJq ? lines[1] : lines[1].replace(/\| jq -c '\.quotes\[\]'$/, `| ${jqLess}`);
    const b = sh(
      `${line.replace('feed.jsonl', path.join(dir, 'feed.jsonl')).replace('--format jsonl', `--format jsonl --out ${path.join(dir, 'feed-out')}`)}`,
    );
    expect(b.status, b.stderr).toBe(0);
    const quotes = b.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(quotes).toHaveLength(1);
    expect(quotes[0].speaker.name).toBe('Ann Lee');
    // `npm run pipeline -- corpus --pipeline examples/social-pipeline.ts`
    const c = sh(`${lines[2]} --out ${path.join(dir, 'social')}`);
    expect(c.status, c.stderr).toBe(0);
  }, 300_000);

  it('Programmatic API: the example gives the speaker its comment says', async () => {
    const code = blocks('Programmatic API', 'ts')[0];
    const said = /record\.quotes\[0\]\.speaker\?\.name;\s*\/\/ '([^']+)'/.exec(code)![1];
    const mod = (await import(moduleOf('api', `${code}\nexport { record, corpus };\n`))) as {
      record: { quotes: Array<{ speaker: { name: string } | null }> };
      corpus: { speakers: unknown[] };
    };
    expect(mod.record.quotes[0].speaker?.name).toBe(said);
    expect(mod.corpus.speakers.length).toBe(1);
  });

  it('Extending: adding a sieve — the example pipeline finds a speaker by its handle', async () => {
    const code = blocks('Extending: adding a sieve', 'ts')[0];
    const { default: pipeline } = (await import(moduleOf('sieve', code))) as { default: import('../src/core/pipeline.js').Pipeline };
    const { analyseArticle } = await import('../src/index.js');
    const record = analyseArticle(pipeline, { id: 'h', text: 'Posted by @jane_roe: “The match was fixed from the start.”' });
    expect(record.quotes[0].speaker).toMatchObject({ name: '@jane_roe', via: 'handle' });
  });
});
