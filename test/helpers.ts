import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import defaultPipeline from '../pipelines/default.js';
import { runPipeline } from '../src/core/pipeline.js';
import { type ArticleRecord, toRecord } from '../src/core/record.js';

/** Runs the default pipeline on a text and returns the article record, as the CLI would write it. */
export function analyseText(text: string, id = 'test'): ArticleRecord {
  const run = runPipeline(defaultPipeline, id, text);
  if (run.failed) throw new Error(run.messages.map((m) => m.message).join('; '));
  return toRecord(run, { source: `${id}.txt`, sha256: '' });
}

/** `quoted text => speaker name` lines, the shape the tables compare. */
export function who(text: string): string[] {
  return analyseText(text).quotes.map((q) => `${q.text} => ${q.speaker?.name ?? null}`);
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
