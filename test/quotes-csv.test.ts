// output/quotes.csv: one row per quote, RFC 4180, each with its speaker's canonical name and id.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, safeCell } from '../src/node/io/quotes-csv.js';
import { runCorpus } from '../src/node/runner.js';

describe('quotes.csv', () => {
  it('has one row per quote, quoting commas, marks and line breaks, and the merged speaker of each', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'whosaid-csv-'));
    const feed = path.join(dir, 'feed.jsonl');
    fs.writeFileSync(
      feed,
      [
        JSON.stringify({
          id: 'a',
          text: '“We said "no", and meant it,” said Anton Lorne.\n\n“Talks,\nthen more talks,” Lorne added.',
          outlet: 'Daily Ledger',
        }),
        JSON.stringify({ id: 'b', text: '“The talks were useful,” said Antoni Lorne in Beijing.', date: '2024-05-01' }),
      ].join('\n'),
    );
    const out = path.join(dir, 'out');
    const summary = await runCorpus({ corpus: feed, out, workers: 0, force: false });
    const rows = parse(fs.readFileSync(path.join(out, 'quotes.csv')), { columns: true, bom: true }) as Array<Record<string, string>>;
    expect(Object.keys(rows[0])).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(summary.quotes);
    const byId = new Map(summary.merged.speakers.map((s) => [s.id, s]));
    for (const r of rows) {
      const speaker = byId.get(r.speaker_id)!;
      expect(speaker.name).toBe(r.speaker);
      expect(speaker.articles).toContain(r.article_id);
      const rec = JSON.parse(fs.readFileSync(path.join(out, 'articles', `${r.article_id}.json`), 'utf8'));
      expect(rec.quotes.find((q: { id: string }) => q.id === r.quote_id).text).toBe(r.quote_text);
    }
    expect(rows.find((r) => r.article_id === 'a')!.outlet).toBe('Daily Ledger');
    expect(rows.find((r) => r.article_id === 'b')!.date).toBe('2024-05-01');
    expect(rows.some((r) => r.quote_text.includes('\n'))).toBe(true);
    expect(fs.readdirSync(out).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('names the merged speaker of every row whatever the input holds: mark characters in ids and texts, across 64 KB chunks', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'whosaid-csv-marks-'));
    const feed = path.join(dir, 'feed.jsonl');
    // Long articles so that the rows cross the read stream's 64 KB chunks; a mark character in the id,
    // the quote and the filler text.
    const filler = `The council met again on Tuesday \u0001 and talked. `.repeat(400);
    const lines = [0, 1, 2, 3].map((i) =>
      JSON.stringify({ id: `a\u0001b${i}`, text: `${filler}\n\n“We will \u0001 rebuild the bridge ${i},” said Ann Roe.\n\n${filler}` }),
    );
    fs.writeFileSync(feed, lines.join('\n'));
    const out = path.join(dir, 'out');
    const summary = await runCorpus({ corpus: feed, out, workers: 0, force: false });
    const csv = fs.readFileSync(path.join(out, 'quotes.csv'), 'utf8');
    expect(csv.includes('\u0001')).toBe(false);
    const rows = parse(csv, { columns: true, bom: true }) as Array<Record<string, string>>;
    expect(rows).toHaveLength(4);
    const byId = new Map(summary.merged.speakers.map((s) => [s.id, s]));
    for (const r of rows) {
      expect(r.speaker).toBe('Ann Roe');
      expect(byId.get(r.speaker_id)?.name).toBe('Ann Roe');
      expect(r.article_id).toMatch(/^a\uFFFDb\d$/);
    }
  });

  it('neutralises cells a spreadsheet would run as formulas (CSV injection)', () => {
    for (const [value, cell] of [
      ['=HYPERLINK("http://x")', `'=HYPERLINK("http://x")`],
      ['+1', `'+1`],
      ['-2+3', `'-2+3`],
      ['@SUM(A1)', `'@SUM(A1)`],
      ['\tx', `'\tx`],
      ['\rx', `'\rx`],
      ['We will win', 'We will win'],
      ['a-b', 'a-b'],
    ])
      expect(safeCell(value), value).toBe(cell);
  });
});

describe('quotes.csv across runs', () => {
  it('is byte-identical in two runs of one corpus on worker threads, its rows in the corpus order', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'whosaid-csv-order-'));
    fs.mkdirSync(path.join(dir, 'c'));
    const seeds = fs.readdirSync(path.join(import.meta.dirname, '..', 'corpus')).filter((f) => f.endsWith('.txt'));
    // Articles of very different lengths, so that workers finish them out of order.
    for (let i = 0; i < 24; i++) {
      const text = fs.readFileSync(path.join(import.meta.dirname, '..', 'corpus', seeds[i % seeds.length]), 'utf8');
      fs.writeFileSync(path.join(dir, 'c', `a${String(i).padStart(2, '0')}.txt`), i % 3 ? text : `“Short one ${i},” said Ann Roe.`);
    }
    const runs = [];
    for (const n of [1, 2]) {
      const out = path.join(dir, `out${n}`);
      await runCorpus({ corpus: path.join(dir, 'c'), out, workers: 2, force: false });
      runs.push(fs.readFileSync(path.join(out, 'quotes.csv'), 'utf8'));
    }
    expect(runs[1]).toBe(runs[0]);
    const articles = (parse(runs[0], { columns: true, bom: true }) as Array<Record<string, string>>).map((r) => r.article_id);
    expect(articles).toEqual([...articles].sort());
  }, 120_000);
});

describe('quotes.csv in a spreadsheet', () => {
  it('opens as UTF-8 in Excel (a BOM), ends its lines as RFC 4180 does, and says who spoke as the corpus and the article name them', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'whosaid-csv-sheet-'));
    fs.mkdirSync(path.join(dir, 'c'));
    fs.writeFileSync(
      path.join(dir, 'c', 'a.txt'),
      'Outlet: The Harbour Times\nDate: 23 July 2024\n\nIs the bridge safe?\n\n“We will reopen it in May,” said Mayor Ann Roe. She called the repairs “long overdue” on Friday.',
    );
    const out = path.join(dir, 'out');
    await runCorpus({ corpus: path.join(dir, 'c'), out, workers: 0, force: false });
    const csv = fs.readFileSync(path.join(out, 'quotes.csv'), 'utf8');
    expect(csv.startsWith('\uFEFFarticle_id,quote_id,type,speaker,speaker_as_written,')).toBe(true);
    expect(csv.split('\n').every((l, k, all) => k === all.length - 1 || l.endsWith('\r'))).toBe(true);
    const rows = parse(csv, { columns: true, bom: true }) as Array<Record<string, string>>;
    expect(rows.map((r) => [r.type, r.speaker, r.speaker_as_written, r.quote_text])).toEqual([
      ['direct', 'Ann Roe', 'Mayor Ann Roe', 'We will reopen it in May,'],
      ['partial', 'Ann Roe', 'She', 'long overdue'],
    ]);
    expect(rows.map((r) => [r.outlet, r.date, r.title])).toEqual([
      ['The Harbour Times', '2024-07-23', 'Is the bridge safe?'],
      ['The Harbour Times', '2024-07-23', 'Is the bridge safe?'],
    ]);
  });
});
