// Bad input never crashes the run or loses an article: each gets a file and a clear message.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli, root } from './cli.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'whosaid-bad-'));
const corpus = path.join(dir, 'corpus');
const out = path.join(dir, 'output');
const normal = fs.readFileSync(path.join(root, 'corpus', fs.readdirSync(path.join(root, 'corpus')).sort()[0]));
const isRoot = process.getuid?.() === 0;
let run: ReturnType<typeof cli>;

beforeAll(() => {
  fs.mkdirSync(corpus);
  fs.writeFileSync(path.join(corpus, 'normal.txt'), normal);
  fs.writeFileSync(path.join(corpus, 'empty.txt'), '');
  fs.writeFileSync(path.join(corpus, 'blank.txt'), ' \n\t\n ');
  fs.writeFileSync(path.join(corpus, 'binary.txt'), Buffer.from([0, 1, 2, 3, 255, 0, 7, 8, 0, 0, 10, 0]));
  fs.writeFileSync(path.join(corpus, 'latin1.txt'), Buffer.from('"Caf\xe9 is open," said Ana Lopez.\n', 'latin1'));
  fs.writeFileSync(path.join(corpus, 'bom.txt'), '\uFEFF“We are ready,” said Tom Hale.\n');
  fs.writeFileSync(path.join(corpus, 'crlf.txt'), '“Line one,” said Amy Cole.\r\n\r\n“Line two.”\r\n');
  fs.writeFileSync(path.join(corpus, 'unclosed.txt'), '“never closed '.repeat(2000));
  fs.writeFileSync(path.join(corpus, 'marks.txt'), '"\'“”‘’«»'.repeat(150_000 / 8));
  fs.writeFileSync(path.join(corpus, 'backtrack.txt'), 'Aaa Bbb Ccc '.repeat(20_000) + ', , , '.repeat(20_000) + ' '.repeat(50_000));
  let huge = '';
  while (huge.length < 5_000_000) huge += `${normal.toString('utf8')}\n\n`;
  fs.writeFileSync(path.join(corpus, 'huge.txt'), huge);
  fs.writeFileSync(path.join(corpus, 'emoji.txt'), '😀🎉 “We won 🏆 again,” said coach Lee Park 🙌.\n');
  fs.writeFileSync(path.join(corpus, 'locked.txt'), 'secret');
  fs.chmodSync(path.join(corpus, 'locked.txt'), 0o000);
  fs.symlinkSync(path.join(dir, 'gone.txt'), path.join(corpus, 'dangling.txt'));
  run = cli([corpus, '--out', out, '--quiet', '--workers', '2']); // worker threads: bad input crosses the thread boundary too
}, 300_000);

const read = (id: string) => JSON.parse(fs.readFileSync(path.join(out, 'articles', `${id}.json`), 'utf8'));
const textOf = (id: string) => fs.readFileSync(path.join(corpus, `${id}.txt`), 'utf8').replace(/^\uFEFF/, '');

describe('bad input', () => {
  it('writes a file for every input', () => {
    const inputs = fs
      .readdirSync(corpus)
      .map((f) => f.replace(/\.txt$/, ''))
      .sort();
    const outputs = fs
      .readdirSync(path.join(out, 'articles'))
      .filter((f) => f.endsWith('.json'))
      .map((f) => f.replace(/\.json$/, ''))
      .sort();
    expect(outputs).toEqual(inputs);
  });

  it('exits 1 because the binary file (and an unreadable one) cannot be analysed', () => {
    expect(run.status).toBe(1);
    expect(read('binary').warnings).toContainEqual(expect.objectContaining({ code: 'binary-input', severity: 'fatal' }));
    expect(read('binary').quotes).toEqual([]);
  });

  it('gives the normal article the same output as a run on it alone', () => {
    const alone = path.join(dir, 'alone');
    fs.mkdirSync(path.join(alone, 'c'), { recursive: true });
    fs.writeFileSync(path.join(alone, 'c', 'normal.txt'), normal);
    expect(cli([path.join(alone, 'c'), '--out', path.join(alone, 'o'), '--quiet']).status).toBe(0);
    const solo = JSON.parse(fs.readFileSync(path.join(alone, 'o', 'articles', 'normal.json'), 'utf8'));
    const mixed = read('normal');
    // The merged speaker ids are the corpus's: an anonymous `analysts` of another article makes this one
    // `analysts-2`. Everything else is the article's own.
    const own = (quotes: Array<{ speaker: { corpusId?: string | null } | null }>) =>
      quotes.map((q) => ({ ...q, speaker: q.speaker ? { ...q.speaker, corpusId: q.speaker.corpusId ? 'set' : null } : null }));
    expect(own(mixed.quotes)).toEqual(own(solo.quotes));
    expect(mixed.quotes.length).toBeGreaterThan(5);
  });

  it('notes empty and invalid UTF-8 input with warnings, and strips a BOM', () => {
    expect(read('empty').warnings.map((w: { code: string }) => w.code)).toContain('empty-input');
    expect(read('blank').warnings.map((w: { code: string }) => w.code)).toContain('empty-input');
    const latin = read('latin1');
    expect(latin.warnings.map((w: { code: string }) => w.code)).toContain('invalid-utf8');
    expect(latin.quotes[0].speaker.name).toBe('Ana Lopez');
    expect(read('bom').article.length).toBe(textOf('bom').length);
    expect(read('bom').quotes[0].text).toBe('We are ready,');
  });

  it('keeps every span exact on CRLF, emoji and mark floods', () => {
    for (const id of ['crlf', 'emoji', 'marks', 'unclosed', 'backtrack']) {
      const text = id === 'latin1' ? '' : textOf(id);
      const rec = read(id);
      for (const q of rec.quotes) {
        expect(text.slice(q.start, q.end)).toBe(q.text);
        if (q.speaker?.mention) expect(text.slice(q.speaker.mention.start, q.speaker.mention.end)).toBe(q.speaker.mention.text);
      }
    }
    expect(read('crlf').quotes.map((q: { speaker: { name: string } | null }) => q.speaker?.name)).toEqual(['Amy Cole', 'Amy Cole']);
    expect(read('emoji').quotes[0].text).toBe('We won 🏆 again,');
  });

  it('analyses a 5 MB article in full', () => {
    const rec = read('huge');
    expect(rec.article.length).toBeGreaterThan(5_000_000);
    expect(rec.quotes.length).toBeGreaterThan(read('normal').quotes.length * 100);
    const text = textOf('huge');
    for (const q of rec.quotes) expect(text.slice(q.start, q.end)).toBe(q.text);
  });

  it('reports 2,000 unclosed quotes without losing the file', () => {
    expect(read('unclosed').warnings.some((w: { code: string }) => w.code === 'unclosed-quote')).toBe(true);
  });

  it('reports a file that cannot be read (a dangling link) as failed', () => {
    expect(read('dangling').warnings[0]).toMatchObject({ code: 'dangling-link', severity: 'fatal' });
    expect(read('dangling').quotes).toEqual([]);
  });

  it.skipIf(isRoot)('reports a file without read permission as failed', () => {
    expect(read('locked').warnings[0]).toMatchObject({ code: 'unreadable', severity: 'fatal' });
  });
});
