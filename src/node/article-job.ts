// One article from source to output file, in whichever thread runs it: read (with its limits), skip when
// up to date, analyse (with its time limit), write atomically with its speaker-id slots, and the answer a
// worker sends back. Never throws: every failure is a record with a fatal warning.

import { existsSync } from 'node:fs';
import path from 'node:path';
import { formatMessage, type Message } from '../core/message.js';
import { configOf, type Pipeline, type RunResult, runPipeline } from '../core/pipeline.js';
import { type ArticleRecord, toRecord } from '../core/record.js';
import { type MergeRecord, mergeInput } from '../merge/index.js';
import { type ArticleJob, decodeArticle, headOf, readArticleBytes } from './io/corpus.js';
import { codeFingerprint } from './io/fingerprint.js';
import { sha256 } from './io/hash.js';
import { readJsonIfExistsSync, replaceFile } from './io/output.js';
import { csvRows } from './io/quotes-csv.js';
import { findSlots, padSlots } from './io/speaker-links.js';
import { runWithin, TimeLimitError } from './time-limit.js';

export type { ArticleJob } from './io/corpus.js';

export const PIPELINE_VERSION = '0.1.0';

/** Analyses one article's bytes. Never throws: a failure becomes a fatal warning in the record. */
export function analyseBytes(
  pipeline: Pipeline,
  id: string,
  source: string,
  bytes: Uint8Array,
  version = pipelineVersion(pipeline),
  hash = sha256(bytes),
  timeoutMs: number | null = DEFAULT_TIMEOUT_MS,
): { record: ArticleRecord; failed: boolean; text: string } {
  const decoded = decodeArticle(bytes);
  const meta = { source, sha256: hash, pipeline: version, config: configOf(pipeline) };
  if (decoded.unusable) {
    const run = { doc: { id, text: decoded.text, layers: {} }, messages: [], failed: true };
    return { record: toRecord(run, meta, decoded.messages), failed: true, text: decoded.text };
  }
  let run: RunResult;
  try {
    run =
      timeoutMs === null ? runPipeline(pipeline, id, decoded.text) : runWithin(timeoutMs, () => runPipeline(pipeline, id, decoded.text));
  } catch (error) {
    if (!(error instanceof TimeLimitError)) throw error;
    return {
      record: { ...timeoutRecord(id, source, error.ms), article: { id, ...meta, length: decoded.text.length } },
      failed: true,
      text: decoded.text,
    };
  }
  return { record: toRecord(run, meta, decoded.messages), failed: run.failed, text: decoded.text };
}

export function pipelineVersion(pipeline: Pipeline): string {
  return versionOf(pipeline.name);
}

export function versionOf(name: string): string {
  return `${name}@${PIPELINE_VERSION}+${codeFingerprint()}`;
}

const timeoutRecord = (id: string, source: string, ms: number) =>
  failedRecord(id, source, `the analysis took longer than the limit of ${ms / 1000} s (--timeout): stopped`, 'timeout');

export function failedRecord(id: string, source: string, message: string, code: string): ArticleRecord {
  return {
    article: { id, source, sha256: '', length: 0 },
    quotes: [],
    entities: [],
    warnings: [{ code, start: 0, end: 0, message, stage: 'input', severity: 'fatal' }],
  };
}

/** What every article of one run shares, sent once to each worker. */
export interface JobContext {
  articlesDir: string;
  force: boolean;
  version: string;
  /** Send each whole record back to the main thread (RunOptions.keepRecords), not only its MergeRecord. */
  keepRecords?: boolean;
  /** The largest article read, in bytes (RunOptions.maxBytes). */
  maxBytes?: number;
  /** The longest an article may take, in ms (RunOptions.timeoutMs). */
  timeoutMs?: number;
  /**
   * Who enforces the time limit: this thread (`runWithin`, for a run without workers), or the pool that
   * watches the worker threads (false: a worker's thread is stopped from outside, at no cost per article).
   */
  limitInThread?: boolean;
  /**
   * Analyse only: no earlier output read, nothing written, the record's JSON sent back. A queue's worker
   * (node/queue) analyses for a run whose articles folder is on another machine.
   */
  noWrite?: boolean;
}

/** Generous limits, there to stop a run being lost to one input, not to cut ordinary articles. */
export const DEFAULT_MAX_BYTES = 64 * 1024 * 1024;
export const DEFAULT_TIMEOUT_MS = 5 * 60 * 1000;
/** The longest time limit taken: a day (past 2^31 ms a timer fires at once, and every article would fail). */
export const MAX_TIMEOUT_MS = 24 * 60 * 60 * 1000;

/**
 * One article's time limit. Without `--timeout`: 30 s, and 10 s more per MB of text, at most
 * DEFAULT_TIMEOUT_MS (a 16 MB article takes about 20 s; a stage that loops on a short article costs 30 s,
 * not five minutes). An explicit limit stands as given, up to MAX_TIMEOUT_MS.
 */
export function timeLimitFor(bytes: number, timeoutMs?: number): number {
  if (timeoutMs !== undefined) return Math.min(timeoutMs, MAX_TIMEOUT_MS);
  return Math.min(DEFAULT_TIMEOUT_MS, 30_000 + Math.ceil((bytes / (1024 * 1024)) * 10_000));
}

/** One article done by runJob: its record, and the JSON its file holds. */
export interface JobResult {
  record: ArticleRecord;
  /** The record as its file holds it (JSON). */
  json: string;
  skipped: boolean;
  failed: boolean;
  /** The article's warnings as `id:line:col: message (stage:code)` lines. */
  lines: string[];
  /** The speaker-id slots of its file (io/speaker-links): offset and width of each, in quote order. */
  slots?: number[];
}

/**
 * What a corpus run reports of each article (RunOptions.onArticle). The whole record comes only in a run
 * with `keepRecords`: otherwise a worker sends back just what the merge reads, and the main thread keeps
 * that, not every record of the corpus.
 */
export interface ArticleOutcome {
  /** What the merge reads of the record (mergeInput). */
  merge: MergeRecord;
  /** The record and its file's JSON: with `keepRecords` only. */
  record?: ArticleRecord;
  json?: string;
  skipped: boolean;
  failed: boolean;
  /** How many warnings the record holds (for a skipped article too, which prints none). */
  warnings: number;
  /** The article's warnings as `id:line:col: message (stage:code)` lines. */
  lines: string[];
  /** The speaker-id slots of its file, filled once the corpus is merged. */
  slots?: number[];
  /** Its rows of quotes.csv, canonical columns to fill (io/quotes-csv). */
  csv?: string;
}

/** An article's outcome in the thread that analysed it (a run without workers, or a dead worker's articles). */
export function outcome(r: JobResult, keepRecords: boolean | undefined): ArticleOutcome {
  const out: ArticleOutcome = {
    merge: mergeInput(r.record),
    skipped: r.skipped,
    failed: r.failed,
    warnings: r.record.warnings.length,
    lines: r.lines,
  };
  if (r.slots?.length) out.slots = r.slots;
  if (r.record.quotes.length) out.csv = csvRows(r.record);
  if (keepRecords) {
    out.record = r.record;
    out.json = r.json;
  }
  return out;
}

/**
 * The same from a worker thread, as JSON for the main thread to parse (WorkerPool): what the merge reads
 * of the record, and the whole record (its file's JSON, made already) only when the run keeps records.
 */
export function workerAnswer(r: JobResult, keepRecords: boolean | undefined): WorkerAnswer {
  const { merge: input, record: _, ...rest } = outcome(r, keepRecords);
  return { ...rest, merge: JSON.stringify(input) };
}

/**
 * One article from source to output file: read, skip when the file on disk was made from the same bytes
 * by the same code, otherwise analyse and write atomically. Never throws: an unreadable file or a crash
 * becomes a record with a fatal warning, written like any other.
 */
export async function runJob(
  pipeline: Pipeline,
  ctx: JobContext,
  job: ArticleJob,
  onAnalysis?: (bytes: number) => void,
): Promise<JobResult> {
  return runJobVia(ctx, job, analyseHere(pipeline, ctx, onAnalysis));
}

/** An error that stops the whole run, not one article (Redis lost under a queued run): never an article's record. */
export class RunAborted extends Error {}

/** runJob with the analysis given (in this thread, or a queue's worker). */
export async function runJobVia(ctx: JobContext, job: ArticleJob, analyse: Analyse): Promise<JobResult> {
  try {
    return await runJobWith(ctx, job, analyse);
  } catch (error) {
    if (error instanceof RunAborted) throw error;
    // The output could not be written (a full disk, a folder made read-only): this article fails, with
    // its reason, and the run goes on with the others. The file an earlier run wrote is still the
    // article's: the corpus outputs are made from it, so a pass that cannot write leaves them no worse.
    const failed = failure(job, `cannot write the output file: ${(error as Error).message}`, 'unwritable');
    const kept = readJsonIfExistsSync<ArticleRecord>(articleFile(ctx.articlesDir, job));
    const record = kept?.value;
    if (record?.article?.id === job.id && Array.isArray(record.quotes) && Array.isArray(record.entities)) {
      return { ...failed, record, json: kept!.json };
    }
    return failed;
  }
}

/** How an article's bytes become its record: in this thread (analyseBytes) or elsewhere (a queue's worker). */
export type Analyse = (job: ArticleJob, bytes: Uint8Array, hash: string) => Promise<ReturnType<typeof analyseBytes>>;

/** analyseBytes in this thread, within the context's time limit. */
export function analyseHere(pipeline: Pipeline, ctx: JobContext, onAnalysis?: (bytes: number) => void): Analyse {
  return async (job, bytes, hash) => {
    onAnalysis?.(bytes.length);
    return analyseBytes(
      pipeline,
      job.id,
      job.source,
      bytes,
      ctx.version,
      hash,
      ctx.limitInThread === false ? null : timeLimitFor(bytes.length, ctx.timeoutMs),
    );
  };
}

/**
 * runJob with the analysis given: read, skip when up to date, analyse, write. Never throws for the
 * analysis (a crash is the article's fatal record); a write that fails throws, for runJob to report.
 */
export async function runJobWith(ctx: JobContext, job: ArticleJob, analyse: Analyse): Promise<JobResult> {
  // Read synchronously (readArticleBytes), written asynchronously (replaceFile): the result goes back once
  // its file is in place.
  const file = articleFile(ctx.articlesDir, job);
  if (ctx.noWrite && (job.error || !job.bytes))
    return failure(job, job.error ?? 'no article bytes were sent', job.errorCode ?? 'bad-input-line');
  if (job.error) return writeFailure(file, job, job.error, job.errorCode ?? 'bad-input-line');
  const read = readArticleBytes(job, ctx.maxBytes ?? DEFAULT_MAX_BYTES);
  if ('error' in read) return writeFailure(file, job, read.error, read.code);
  const { bytes } = read;
  const hash = sha256(bytes);
  // Asked once: whether to read the output of an earlier run, and how to rename over it.
  const exists = !ctx.noWrite && existsSync(file);
  const found = ctx.force || ctx.noWrite ? null : readJsonIfExistsSync<ArticleRecord>(file, exists);
  const existing = found?.value;
  if (existing && existing.article?.sha256 === hash && existing.article?.pipeline === ctx.version) {
    const failed = existing.warnings.some((w) => w.severity === 'fatal');
    if (existing.article.source === job.source)
      return { record: existing, json: found.json, skipped: true, failed, lines: [], slots: findSlots(found.bytes) };
    // The same bytes read from elsewhere (the corpus moved, or another copy of it): the analysis stands,
    // the record says where the article is now.
    existing.article.source = job.source;
    const json = padSlots(JSON.stringify(existing, null, 1));
    const out = Buffer.from(json);
    await replaceFile(file, out, true);
    return { record: existing, json, skipped: true, failed, lines: [], slots: findSlots(out) };
  }
  let result: ReturnType<typeof analyseBytes>;
  try {
    result = await analyse(job, bytes, hash);
  } catch (error) {
    if (error instanceof RunAborted) throw error;
    result = { record: failedRecord(job.id, job.source, `analysis failed: ${(error as Error).message}`, 'crash'), failed: true, text: '' };
  }
  nameFile(result.record, job);
  // A feed says what it says of the article; a text file, what its first lines say (headOf).
  const head = job.text === undefined && result.text ? headOf(result.text) : {};
  if (job.meta || Object.keys(head).length) result.record.meta = job.meta ?? head;
  let json: string;
  try {
    json = padSlots(JSON.stringify(result.record, null, 1));
  } catch (error) {
    // A user's layer JSON cannot write, past the checks of runStage: the article fails, not the run.
    const why = `the record cannot be written as JSON: ${(error as Error).message}`;
    return ctx.noWrite ? failure(job, why, 'crash') : writeFailure(file, job, why, 'crash');
  }
  const out = Buffer.from(json);
  if (!ctx.noWrite) await replaceFile(file, out, exists);
  return {
    record: result.record,
    json,
    skipped: false,
    failed: result.failed,
    lines: result.record.warnings.map((w) => formatMessage(job.id, result.text, w as Message)),
    slots: findSlots(out),
  };
}

/** Where an article's record goes: `articles/<file>.json`, the file name the run gave it (FileNames). */
export const articleFile = (dir: string, job: ArticleJob) => path.join(dir, `${job.file ?? job.id}.json`);

/** An article whose id is no safe file name says which file holds it: `"file": "Доклад…-3f9a0c21bd.json"`. */
function nameFile(record: ArticleRecord, job: ArticleJob): void {
  if (job.file !== undefined && job.file !== job.id) record.article.file = `${job.file}.json`;
}

/** An article that failed before its analysis gave a record: its fatal record, as its file would hold it. */
export function failure(job: ArticleJob, message: string, code: string): JobResult {
  const record = failedRecord(job.id, job.source, message, code);
  nameFile(record, job);
  return {
    record,
    json: JSON.stringify(record, null, 1),
    skipped: false,
    failed: true,
    lines: record.warnings.map((w) => formatMessage(job.id, '', w as Message)),
  };
}

/** failure(), written to the article's file. */
export async function writeFailure(file: string, job: ArticleJob, message: string, code: string): Promise<JobResult> {
  const result = failure(job, message, code);
  await replaceFile(file, result.json);
  return result;
}

/** What a worker thread sends back for one article: JSON, parsed by the main thread. */
export interface WorkerAnswer {
  merge: string;
  slots?: number[];
  csv?: string;
  json?: string;
  skipped: boolean;
  failed: boolean;
  warnings: number;
  lines: string[];
}
