// Text as users' files hold it: old Mac line ends, UTF-16 and UTF-32 with a byte-order mark, a feed saved
// with one. Nothing is lost and every offset is into the decoded text.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyseArticle, createPipeline } from '../src/index.js';
import { decodeArticle } from '../src/node/io/corpus.js';
import { runCorpus } from '../src/node/runner.js';

const TEXT = 'Harbour talks end\n\n“We made progress,” said Ann Roe.\n“It is not over,” said Tom Hale.\n\nThe talks resume on Monday.';
const speakers = (text: string) => analyseArticle(createPipeline(), { id: 'a', text }).quotes.map((q) => `${q.text} => ${q.speaker?.name}`);

describe('line ends', () => {
  it('reads a lone CR as a line break, as LF and CRLF', () => {
    const lf = speakers(TEXT);
    expect(lf).toEqual(['We made progress, => Ann Roe', 'It is not over, => Tom Hale']);
    // A paragraph that leaves its quote open ends at the line break, whichever it is.
    const open = 'Mayor Ann Roe spoke first.\n“We made progress and we will go on\n“It will take time,” she added.';
    for (const text of [TEXT, open]) {
      expect(speakers(text.replace(/\n/g, '\r')), text).toEqual(speakers(text));
      expect(speakers(text.replace(/\n/g, '\r\n')), text).toEqual(speakers(text));
    }
  });
});

describe('encodings', () => {
  const utf16 = (s: string, le: boolean) => {
    const out = Buffer.alloc(2 + s.length * 2);
    out.writeUInt16LE(0xfeff, 0);
    for (let i = 0; i < s.length; i++) out.writeUInt16LE(s.charCodeAt(i), 2 + 2 * i);
    if (!le) out.swap16();
    return out;
  };
  const utf32 = (s: string, le: boolean) => {
    const cps = [0xfeff, ...[...s].map((c) => c.codePointAt(0)!)];
    const out = Buffer.alloc(cps.length * 4);
    cps.forEach((cp, i) => {
      if (le) out.writeUInt32LE(cp, 4 * i);
      else out.writeUInt32BE(cp, 4 * i);
    });
    return out;
  };
  const withEmoji = `${TEXT} 🎉`;

  it('decodes UTF-16 and UTF-32 with a byte-order mark, either byte order', () => {
    for (const [name, bytes] of [
      ['utf-16le', utf16(withEmoji, true)],
      ['utf-16be', utf16(withEmoji, false)],
      ['utf-32le', utf32(withEmoji, true)],
      ['utf-32be', utf32(withEmoji, false)],
    ] as const) {
      const d = decodeArticle(new Uint8Array(bytes));
      expect(d.unusable, name).toBe(false);
      expect(d.text, name).toBe(withEmoji);
      expect(d.messages, name).toEqual([]);
    }
  });

  it('analyses such a file in a corpus run, and keeps the first record of a feed saved with a BOM', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'whosaid-enc-'));
    fs.mkdirSync(path.join(dir, 'c'));
    fs.writeFileSync(path.join(dir, 'c', 'wide.txt'), utf16(TEXT, true));
    const run = await runCorpus({ corpus: path.join(dir, 'c'), out: path.join(dir, 'o'), workers: 0, force: false });
    expect(run.failed).toBe(0);
    expect(run.quotes).toBe(2);
    const feed = path.join(dir, 'feed.jsonl');
    fs.writeFileSync(feed, `\ufeff${JSON.stringify({ id: 'first', text: TEXT })}\n${JSON.stringify({ id: 'second', text: TEXT })}\n`);
    const fed = await runCorpus({ corpus: feed, out: path.join(dir, 'f'), workers: 0, force: false });
    expect(fed.failed).toBe(0);
    expect(fed.merged.articles.sort()).toEqual(['first', 'second']);
  });
});

describe('NUL bytes and device names', () => {
  it('reads a text with a stray NUL (each becomes U+FFFD, with a warning); a file of many is binary', () => {
    const d = decodeArticle(new TextEncoder().encode('“We won the vote,” said Ann Roe.\u0000 The count ended.'));
    expect(d.unusable).toBe(false);
    expect(d.text).toBe('“We won the vote,” said Ann Roe.\ufffd The count ended.');
    expect(d.messages.map((m) => m.code)).toEqual(['nul-bytes']);
    const bin = new Uint8Array(4000).map((_, i) => (i % 3 ? 65 : 0));
    expect(decodeArticle(bin).unusable).toBe(true);
    const rec = analyseArticle(createPipeline(), { id: 'a', text: d.text });
    expect(rec.quotes.map((q) => `${q.text} => ${q.speaker?.name}`)).toEqual(['We won the vote, => Ann Roe']);
  });

  it('gives ids Windows keeps for devices a file name of their own', async () => {
    const { safeName, FileNames } = await import('../src/node/io/file-names.js');
    expect(safeName('CON')).toBe('CON_');
    expect(safeName('aux.2024')).toBe('aux_.2024');
    expect(safeName('com1')).toBe('com1_');
    expect(safeName('console')).toBe('console');
    const names = new FileNames();
    expect(names.take('nul')).toMatch(/^nul_-[0-9a-f]{10}$/);
  });
});

describe('what trails a paragraph', () => {
  it('keeps its partial quotes when it ends in an invisible mark, an emoji, a hashtag or a right-to-left word', () => {
    const quotes = (tail: string) =>
      analyseArticle(createPipeline(), {
        id: 'a',
        text: `The mayor called the plan “a real step forward” on Monday.${tail}\n\nShe said it would cost “less than people think” next year.${tail}`,
      })
        .quotes.filter((q) => q.type !== 'indirect')
        .map((q) => q.text);
    const plain = quotes('');
    expect(plain).toEqual(['a real step forward', 'less than people think']);
    for (const tail of ['\u200f', '\u202c', ' 🎉', ' 👍🏽', ' #vote', ' @harbourtimes', ' שלום', ' مرحبا'])
      expect(quotes(tail), JSON.stringify(tail)).toEqual(plain);
  });

  it('leaves a headline a headline, whatever trails it', async () => {
    const { splitParagraphs } = await import('../src/stages/paragraphs.js');
    for (const line of ['Council votes on budget 🎉', 'Council votes on budget #vote', 'Council votes on budget\u200f'])
      expect(splitParagraphs(`${line}\n\nThe council met.`)[0].heading, line).toBe(true);
  });
});

describe('a corpus that changes under a run', () => {
  it('reads the file it opened: one swapped for a link or a FIFO after the listing is not followed, and never hangs', async () => {
    const { listCorpus } = await import('../src/node/io/corpus.js');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'whosaid-swap-'));
    fs.mkdirSync(path.join(dir, 'c'));
    for (const n of ['a', 'b', 'c']) fs.writeFileSync(path.join(dir, 'c', `${n}.txt`), '“We won,” said Ann Roe.');
    fs.writeFileSync(path.join(dir, 'secret.txt'), '“Nobody may read this,” said Tom Hale.');
    const listed = await listCorpus(path.join(dir, 'c'));
    fs.rmSync(path.join(dir, 'c', 'a.txt'));
    fs.symlinkSync(path.join(dir, 'secret.txt'), path.join(dir, 'c', 'a.txt'));
    fs.rmSync(path.join(dir, 'c', 'b.txt'));
    const fifo = spawnSync('mkfifo', [path.join(dir, 'c', 'b.txt')]).status === 0;
    const out = path.join(dir, 'o');
    const run = await runCorpus({ corpus: listed, out, workers: 0, force: false });
    const rec = (id: string) => JSON.parse(fs.readFileSync(path.join(out, 'articles', `${id}.json`), 'utf8'));
    expect(rec('a').warnings.map((w: { code: string }) => w.code)).toEqual(['link-outside-corpus']);
    expect(JSON.stringify(rec('a'))).not.toMatch(/Nobody may read/);
    if (fifo) expect(rec('b').warnings.map((w: { code: string }) => w.code)).toEqual(['not-a-file']);
    expect(rec('c').quotes).toHaveLength(1);
    expect(run.failed).toBe(fifo ? 2 : 1);
  });
});

describe('the report of a corpus whose files changed since', () => {
  it('shows a text only if it is the one analysed (by its hash, not its length)', async () => {
    const { writeReport } = await import('../src/node/report/write.js');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'whosaid-report-hash-'));
    fs.mkdirSync(path.join(dir, 'c'));
    const original = '“We won the vote,” said Ann Roe. The count ended at midnight in Harbourside.';
    fs.writeFileSync(path.join(dir, 'c', 'a.txt'), original);
    const out = path.join(dir, 'o');
    const run = await runCorpus({ corpus: path.join(dir, 'c'), out, workers: 0, force: false, keepRecords: true });
    const changed = original.replace('Harbourside', 'Zyrnsville!');
    expect(changed.length).toBe(original.length);
    fs.writeFileSync(path.join(dir, 'c', 'a.txt'), changed);
    const file = path.join(out, 'again.html');
    await writeReport(file, run.records!, run.merged);
    const html = fs.readFileSync(file, 'utf8');
    expect(html).not.toMatch(/Zyrnsville/);
    fs.writeFileSync(path.join(dir, 'c', 'a.txt'), original);
    await writeReport(file, run.records!, run.merged);
    expect(fs.readFileSync(file, 'utf8')).toMatch(/Harbourside/);
  });
});

describe('file names that are not UTF-8', () => {
  it('are read by their bytes, in this thread and in workers', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'whosaid-latin1-'));
    fs.mkdirSync(path.join(dir, 'c'));
    // `café.txt` written in Latin-1: the byte 0xE9, no UTF-8 letter.
    fs.writeFileSync(
      Buffer.concat([Buffer.from(path.join(dir, 'c', 'caf')), Buffer.from([0xe9]), Buffer.from('.txt')]),
      '“We won,” said Ann Roe.',
    );
    fs.writeFileSync(path.join(dir, 'c', 'plain.txt'), '“We lost,” said Tom Hale.');
    for (const workers of [0, 1]) {
      const run = await runCorpus({ corpus: path.join(dir, 'c'), out: path.join(dir, `o${workers}`), workers, force: false });
      expect(run.failed, `workers ${workers}`).toBe(0);
      expect(run.merged.speakers.map((s) => s.name).sort(), `workers ${workers}`).toEqual(['Ann Roe', 'Tom Hale']);
    }
  });
});
