// Writes output/report.html: reads back the texts of the articles the report shows (from their files,
// or from their lines of a JSONL feed), then renders. The only part of the report that needs Node.

import { createReadStream } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { createInterface } from 'node:readline';
import type { ArticleRecord } from '../../core/record.js';
import type { Merged } from '../../merge/index.js';
import { decodeArticle } from '../io/corpus.js';
import { sha256 } from '../io/hash.js';
import { writeAtomic } from '../io/output.js';
import { MAX_REPORT_ARTICLES, renderReport } from './render.js';

export { renderReport } from './render.js';

async function loadTexts(records: ArticleRecord[]): Promise<Map<string, string>> {
  const texts = new Map<string, string>();
  const hashOf = new Map(records.map((r) => [r.article.id, r.article.sha256]));
  const jsonl = new Map<string, Map<number, string>>(); // file → line number → article id
  for (const r of [...records].sort((a, b) => (a.article.id < b.article.id ? -1 : 1)).slice(0, MAX_REPORT_ARTICLES)) {
    const m = /^(.*\.jsonl):(\d+)$/.exec(r.article.source);
    if (m) {
      const lines = jsonl.get(m[1]) ?? new Map<number, string>();
      lines.set(Number(m[2]), r.article.id);
      jsonl.set(m[1], lines);
      continue;
    }
    // A failed article shows no text; nor is anything but a regular file of about the size analysed read
    // again (a link swapped for `/dev/zero` or a FIFO since the run would never end the read).
    if (r.warnings.some((w) => w.severity === 'fatal')) continue;
    try {
      const st = await fs.stat(r.article.source);
      if (!st.isFile() || st.size > 4 * r.article.length + 4) continue;
      const bytes = await fs.readFile(r.article.source);
      if (sha256(bytes) !== r.article.sha256) continue; // changed since the analysis: quotes only
      const decoded = decodeArticle(bytes);
      if (!decoded.unusable) texts.set(r.article.id, decoded.text);
    } catch {
      // unreadable now: the article view lists its quotes without the text
    }
  }
  for (const [file, wanted] of jsonl) {
    try {
      let n = 0;
      for await (const line of createInterface({ input: createReadStream(file, { encoding: 'utf8' }), crlfDelay: Infinity })) {
        const id = wanted.get(++n);
        if (id === undefined) continue;
        try {
          const v = JSON.parse(line) as { text?: unknown };
          if (typeof v.text === 'string' && sha256(Buffer.from(v.text, 'utf8')) === hashOf.get(id))
            texts.set(id, v.text.replace(/^\uFEFF/, ''));
        } catch {
          // a bad line already has its fatal record
        }
      }
    } catch {
      // the feed is gone: quotes only
    }
  }
  return texts;
}

/**
 * The records the report shows (the first MAX_REPORT_ARTICLES articles by id), read back from the
 * article files of a run that kept none in memory. A file that cannot be read is left out.
 */
export async function readReportRecords(articlesDir: string, merged: Merged): Promise<ArticleRecord[]> {
  const out: ArticleRecord[] = [];
  for (const id of [...merged.articles].sort().slice(0, MAX_REPORT_ARTICLES)) {
    try {
      out.push(
        JSON.parse(
          await fs.readFile(
            merged.files?.[id] ? path.join(path.dirname(articlesDir), merged.files[id]) : path.join(articlesDir, `${id}.json`),
            'utf8',
          ),
        ) as ArticleRecord,
      );
    } catch {
      // gone or unreadable since the run: the article is not shown
    }
  }
  return out;
}

export async function writeReport(file: string, records: ArticleRecord[], merged: Merged): Promise<void> {
  const texts = await loadTexts(records);
  // loadTexts kept only texts whose bytes hash as the record says: the text analysed, not one changed since.
  const textOf = (id: string) => texts.get(id) ?? null;
  await writeAtomic(file, renderReport({ records, merged, textOf }));
}
