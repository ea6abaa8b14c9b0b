// Runs a pipeline over a corpus folder: reads, analyses and writes each article, then the merge.
import fs from 'node:fs/promises';
import { readdirSync, readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pLimit from 'p-limit';
import { decodeArticle, listCorpus } from './io/corpus.js';
import { readJsonIfExists, writeAtomic } from './io/output.js';
import { runPipeline, type Pipeline } from './pipeline.js';
import { sha256, toRecord, type ArticleRecord } from './article.js';
import { merge } from './merge/index.js';
import { formatMessage, type Message } from './message.js';

export const PIPELINE_VERSION = '0.1.0';

/**
 * A fingerprint of the code that made an output: the package version and a hash of the sources, so a
 * rerun after any change to a rule redoes the articles, and a rerun with the same code skips them.
 */
export function codeFingerprint(): string {
  const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
  const h = createHash('sha256');
  const walk = (dir: string) => {
    let entries: import('node:fs').Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.(?:ts|mts|mjs|js)$/.test(e.name)) h.update(p.slice(root.length)).update(readFileSync(p));
    }
  };
  walk(path.join(root, 'src'));
  walk(path.join(root, 'pipelines'));
  return h.digest('hex').slice(0, 12);
}
let fingerprint: string | null = null;

export interface RunOptions {
  corpus: string;
  out: string;
  workers: number;
  force: boolean;
  onArticle?: (id: string, record: ArticleRecord, skipped: boolean) => void;
  onMessage?: (line: string) => void;
}

export interface RunSummary {
  articles: number;
  failed: number;
  skipped: number;
  quotes: number;
  speakers: number;
  warnings: number;
  ms: number;
}

/** Analyses one article's bytes. Never throws: a failure becomes a fatal warning in the record. */
export function analyse(pipeline: Pipeline, id: string, source: string, bytes: Uint8Array): { record: ArticleRecord; failed: boolean; text: string } {
  const hash = sha256(bytes);
  const decoded = decodeArticle(bytes);
  const meta = { source, sha256: hash, pipeline: pipelineVersion(pipeline) };
  if (decoded.unusable) {
    const run = { doc: { id, text: decoded.text, layers: {} }, messages: [], failed: true };
    return { record: toRecord(run, meta, decoded.messages), failed: true, text: decoded.text };
  }
  const run = runPipeline(pipeline, id, decoded.text);
  return { record: toRecord(run, meta, decoded.messages), failed: run.failed, text: decoded.text };
}

export function pipelineVersion(pipeline: Pipeline): string {
  fingerprint ??= codeFingerprint();
  return `${pipeline.name}@${PIPELINE_VERSION}+${fingerprint}`;
}

function failedRecord(id: string, source: string, message: string, code: string): ArticleRecord {
  return {
    article: { id, source, sha256: '', length: 0 },
    quotes: [],
    entities: [],
    warnings: [{ code, start: 0, end: 0, message, stage: 'input', severity: 'fatal' }],
  };
}

export async function runCorpus(pipeline: Pipeline, options: RunOptions): Promise<RunSummary> {
  const started = Date.now();
  const list = await listCorpus(options.corpus);
  const articlesDir = path.join(options.out, 'articles');
  await fs.mkdir(articlesDir, { recursive: true });
  const limit = pLimit(Math.max(1, options.workers * 2));
  const summary: RunSummary = { articles: list.length, failed: 0, skipped: 0, quotes: 0, speakers: 0, warnings: 0, ms: 0 };
  const version = pipelineVersion(pipeline);
  // Every article's record, new or found up to date on disk: merged.json is built from these, so a
  // resumed run merges what earlier runs wrote without reading any file twice.
  const records: ArticleRecord[] = [];
  await Promise.all(
    list.map(({ id, source }) =>
      limit(async () => {
        const file = path.join(articlesDir, `${id}.json`);
        let record: ArticleRecord;
        let skipped = false;
        let bytes: Uint8Array;
        try {
          bytes = await fs.readFile(source);
        } catch (error) {
          record = failedRecord(id, source, `cannot read the file: ${(error as Error).message}`, 'unreadable');
          summary.failed++;
          await writeAtomic(file, JSON.stringify(record, null, 1));
          options.onMessage?.(`${id}:1:1: cannot read the file: ${(error as Error).message} (input:unreadable)`);
          records.push(record);
          options.onArticle?.(id, record, false);
          return;
        }
        const hash = sha256(bytes);
        const existing = options.force ? null : await readJsonIfExists<ArticleRecord>(file);
        if (existing && existing.article?.sha256 === hash && existing.article?.pipeline === version) {
          record = existing;
          skipped = true;
          summary.skipped++;
          if (record.warnings.some((w) => w.severity === 'fatal')) summary.failed++;
        } else {
          let result;
          try {
            result = analyse(pipeline, id, source, bytes);
          } catch (error) {
            result = { record: failedRecord(id, source, `analysis failed: ${(error as Error).message}`, 'crash'), failed: true, text: '' };
          }
          record = result.record;
          if (result.failed) summary.failed++;
          await writeAtomic(file, JSON.stringify(record, null, 1));
          for (const w of record.warnings) options.onMessage?.(formatMessage(id, result.text, w as Message));
        }
        records.push(record);
        summary.quotes += record.quotes.length;
        summary.warnings += record.warnings.length;
        options.onArticle?.(id, record, skipped);
      }),
    ),
  );
  const merged = merge(records);
  summary.speakers = merged.speakers.length;
  await writeAtomic(path.join(options.out, 'merged.json'), JSON.stringify(merged, null, 1));
  summary.ms = Date.now() - started;
  return summary;
}
