// One truth across the outputs: for every speaker, the quotes and statements that merged.json, quotes.csv,
// the report and the article files give are the same, and every quote names the same speaker in each.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { cli, root } from './cli.js';

interface MergedJson {
  speakers: Array<{ id: string; name: string; gender?: string | null }>;
  statements: Array<{ speaker: string | null; quotes: Array<{ article: string; quote: string; speaker: string | null }> }>;
}

function checkOneTruth(out: string): void {
  const merged = JSON.parse(fs.readFileSync(path.join(out, 'merged.json'), 'utf8')) as MergedJson;
  const nameOf = new Map(merged.speakers.map((s) => [s.id, s.name]));
  const genderOf = new Map(merged.speakers.map((s) => [s.id, s.gender ?? null]));
  const fromMerged = new Map<string, string | null>();
  const quotes = new Map<string, number>();
  const statements = new Map<string, number>();
  for (const st of merged.statements) {
    if (st.speaker) statements.set(st.speaker, (statements.get(st.speaker) ?? 0) + 1);
    for (const q of st.quotes) {
      fromMerged.set(`${q.article}#${q.quote}`, q.speaker);
      if (q.speaker) quotes.set(q.speaker, (quotes.get(q.speaker) ?? 0) + 1);
    }
  }
  // quotes.csv: a row per quote, each naming the speaker merged.json gives that quote.
  const rows = parse(fs.readFileSync(path.join(out, 'quotes.csv')), { columns: true, bom: true }) as Array<Record<string, string>>;
  expect(rows).toHaveLength(fromMerged.size);
  for (const r of rows) {
    const id = fromMerged.get(`${r.article_id}#${r.quote_id}`);
    expect(r.speaker_id || null, `${r.article_id} ${r.quote_id}`).toBe(id ?? null);
    expect(r.speaker, `${r.article_id} ${r.quote_id}`).toBe(id ? nameOf.get(id) : '');
    expect(r.speaker_gender, `${r.article_id} ${r.quote_id}`).toBe((id && genderOf.get(id)) || '');
  }
  // The article files: each quote's corpusId.
  for (const f of fs.readdirSync(path.join(out, 'articles'))) {
    const rec = JSON.parse(fs.readFileSync(path.join(out, 'articles', f), 'utf8'));
    for (const q of rec.quotes)
      expect(q.speaker?.corpusId ?? null, `${f} ${q.id}`).toBe(fromMerged.get(`${rec.article.id}#${q.id}`) ?? null);
  }
  // The report: the speakers' table and the legend count the same quotes and statements.
  const html = fs.readFileSync(path.join(out, 'report.html'), 'utf8');
  const table = [...html.matchAll(/<tr class="row" data-speaker="([^"]+)" data-quotes="(\d+)" data-statements="(\d+)"/g)];
  expect(table.length).toBe(merged.speakers.length);
  for (const [, id, q, s] of table) {
    expect(Number(q), id).toBe(quotes.get(id) ?? 0);
    expect(Number(s), id).toBe(statements.get(id) ?? 0);
  }
  for (const [, id, q] of html.matchAll(/class="only key" data-speaker="([^"]+)" data-quotes="(\d+)"/g))
    expect(Number(q), id).toBe(quotes.get(id));
}

describe('one truth across merged.json, quotes.csv, the report and the article files', () => {
  it('on the seed articles', () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'whosaid-truth-'));
    expect(cli([path.join(root, 'corpus'), '--out', out, '--quiet']).status).toBe(0);
    checkOneTruth(out);
  });

  it('on a feed with metadata, where one statement holds quotes of two speakers', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'whosaid-truth-feed-'));
    const feed = path.join(dir, 'feed.jsonl');
    const said = 'We will rebuild the harbour wall before the winter storms arrive';
    fs.writeFileSync(
      feed,
      [
        { id: 'a', text: `“${said},” said Mayor Ann Roe.`, outlet: 'Harbour Times', date: '2024-07-01', title: 'Wall to be rebuilt' },
        { id: 'b', text: `“${said},” Tom Hale told reporters.`, outlet: 'Coast Post', date: '2024-07-02' },
        { id: 'c', text: `Residents cheered. “${said},” a council statement read.`, outlet: 'Coast Post' },
        { id: 'd', text: '“We lost,” said Tom Hale. “We will try again,” he added.', url: 'https://example.org/d' },
      ]
        .map((l) => JSON.stringify(l))
        .join('\n'),
    );
    const out = path.join(dir, 'out');
    expect(cli([feed, '--out', out, '--quiet']).status).toBe(0);
    checkOneTruth(out);
  });
});
