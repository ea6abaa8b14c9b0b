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
