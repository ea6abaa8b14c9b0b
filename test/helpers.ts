import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import defaultPipeline from '../pipelines/default.js';
import { runPipeline } from '../src/core/pipeline.js';
import { type ArticleRecord, toRecord } from '../src/core/record.js';

/**
 * Runs the default pipeline on a text and returns the article record, as the CLI would write it; with
 * `marksOnly`, its quotes in marks alone (the tables about quotes in marks; reported speech has its own).
 */
export function analyseText(text: string, id = 'test', { marksOnly = false } = {}): ArticleRecord {
  const run = runPipeline(defaultPipeline, id, text);
  if (run.failed) throw new Error(run.messages.map((m) => m.message).join('; '));
  const record = toRecord(run, { source: `${id}.txt`, sha256: '' });
  return marksOnly ? { ...record, quotes: record.quotes.filter((q) => q.type !== 'indirect') } : record;
}

/** `quoted text => speaker name` lines of the quotes in marks, the shape the tables compare (reported speech has tables of its own). */
export function who(text: string): string[] {
  return analyseText(text, 'test', { marksOnly: true }).quotes.map((q) => `${q.text} => ${q.speaker?.name ?? null}`);
}

/** A folder of `.txt` articles under a fresh temporary folder: `{ dir, corpus, out }` for a run. */
export function corpusFolder(prefix: string, articles: Record<string, string>): { dir: string; corpus: string; out: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `whosaid-${prefix}-`));
  const corpus = path.join(dir, 'c');
  fs.mkdirSync(corpus);
  for (const [name, text] of Object.entries(articles)) fs.writeFileSync(path.join(corpus, `${name}.txt`), text);
  return { dir, corpus, out: path.join(dir, 'out') };
}

/** Two articles, one quote and one speaker each. */
export const TWO = { a: '“We won,” said Ann Roe.', b: '“We lost,” said Tom Hale.' };
