// Runs a pipeline over a corpus: worker threads read, analyse and write each article as it comes, the
// main thread streams the article list to them, keeps each finished record for the merge, and writes
// merged.json at the end.
import fs from 'node:fs/promises';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createHash } from 'node:crypto';

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { decodeArticle, headlineOf, readCorpus, type ArticleJob } from './io/corpus.js';
import { FileNames } from './io/file-names.js';
import { fillSlots, findSlots, padSlots } from './io/speaker-links.js';
import { CsvRows, csvRows } from './io/quotes-csv.js';
import { lockOutput } from './io/lock.js';
import { runWithin, TimeLimitError } from './util/time-limit.js';
import { readJsonIfExistsSync, removeStaleTemporaries, replaceFile, writeAtomic } from './io/output.js';
import { runPipeline, type Pipeline } from './pipeline.js';
import { toRecord, type ArticleRecord } from './article.js';
import { mergeInput, mergeWithIds, QuoteHashes, type Merged, type MergeRecord } from './merge/index.js';
import { formatMessage, type Message } from './message.js';
import { defaultWorkerBundle } from './worker-bundle.js';

export type { ArticleJob } from './io/corpus.js';

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
  walk(path.join(root, 'examples')); // a pipeline run with --pipeline may use the example stages
  return h.digest('hex').slice(0, 12);
}
let fingerprint: string | null = null;

/**
 * A user's pipeline module (`--pipeline my-pipeline.ts`) and the sources beside it (the stages it imports
 * from its folder): changing any of them redoes the articles, as changing ours does.
 */
export function moduleFingerprint(moduleUrl: string): string {
  const file = fileURLToPath(moduleUrl);
  const h = createHash('sha256');
  const dir = path.dirname(file);
  let names: string[] = [];
  try {
    names = readdirSync(dir).filter((n) => /\.(?:ts|mts|cts|mjs|cjs|js)$/.test(n)).sort();
  } catch {
    // an unreadable folder: the module alone
  }
  for (const name of names.includes(path.basename(file)) ? names : [...names, path.basename(file)]) {
    try {
      h.update(name).update(readFileSync(path.join(dir, name)));
    } catch {
      // gone since it was listed
    }
  }
  return h.digest('hex').slice(0, 12);
}

/** Analyses one article's bytes. Never throws: a failure becomes a fatal warning in the record. */
export function analyse(pipeline: Pipeline, id: string, source: string, bytes: Uint8Array, version = pipelineVersion(pipeline), hash = sha256(bytes), timeoutMs: number | null = DEFAULT_TIMEOUT_MS): { record: ArticleRecord; failed: boolean; text: string } {
  const decoded = decodeArticle(bytes);
  const meta = { source, sha256: hash, pipeline: version };
  if (decoded.unusable) {
    const run = { doc: { id, text: decoded.text, layers: {} }, messages: [], failed: true };
    return { record: toRecord(run, meta, decoded.messages), failed: true, text: decoded.text };
  }
  let run;
  try {
    run = timeoutMs === null ? runPipeline(pipeline, id, decoded.text) : runWithin(timeoutMs, () => runPipeline(pipeline, id, decoded.text));
  } catch (error) {
    if (!(error instanceof TimeLimitError)) throw error;
    return { record: { ...timeoutRecord(id, source, error.ms), article: { id, ...meta, length: decoded.text.length } }, failed: true, text: decoded.text };
  }
  return { record: toRecord(run, meta, decoded.messages), failed: run.failed, text: decoded.text };
}

export function pipelineVersion(pipeline: Pipeline): string {
  return versionOf(pipeline.name);
}

function versionOf(name: string): string {
  return `${name}@${PIPELINE_VERSION}+${(fingerprint ??= codeFingerprint())}`;
}

const timeoutRecord = (id: string, source: string, ms: number) => failedRecord(id, source, `the analysis took longer than the limit of ${ms / 1000} s (--timeout): stopped`, 'timeout');

function failedRecord(id: string, source: string, message: string, code: string): ArticleRecord {
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
}

/** Generous limits, there to stop a run being lost to one input, not to cut ordinary articles. */
export const DEFAULT_MAX_BYTES = 64 * 1024 * 1024;
export const DEFAULT_TIMEOUT_MS = 5 * 60 * 1000;

/** One article done by processArticle: its record, and the JSON its file holds. */
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
function outcome(r: JobResult, keepRecords: boolean | undefined): ArticleOutcome {
  const out: ArticleOutcome = { merge: mergeInput(r.record), skipped: r.skipped, failed: r.failed, warnings: r.record.warnings.length, lines: r.lines };
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
export async function processArticle(pipeline: Pipeline, ctx: JobContext, job: ArticleJob, onAnalysis?: () => void): Promise<JobResult> {
  try {
    return await readAnalyseWrite(pipeline, ctx, job, onAnalysis);
  } catch (error) {
    // The output could not be written (a full disk, a folder made read-only): this article fails, with
    // its reason, and the run goes on with the others.
    const record = failedRecord(job.id, job.source, `cannot write the output file: ${(error as Error).message}`, 'unwritable');
    nameFile(record, job);
    return { record, json: JSON.stringify(record, null, 1), skipped: false, failed: true, lines: record.warnings.map((w) => formatMessage(job.id, '', w as Message)) };
  }
}

async function readAnalyseWrite(pipeline: Pipeline, ctx: JobContext, job: ArticleJob, onAnalysis?: () => void): Promise<JobResult> {
  // The article is read synchronously (this runs in a worker thread, or in a run without workers where
  // nothing else waits, and a read costs less than awaiting it); it is written asynchronously (see
  // replaceFile), the result going back once its file is in place.
  const file = articleFile(ctx.articlesDir, job);
  if (job.error) return writeFailure(file, job, job.error, job.errorCode ?? 'bad-input-line');
  let bytes: Uint8Array;
  const maxBytes = ctx.maxBytes ?? DEFAULT_MAX_BYTES;
  try {
    if (job.text === undefined) {
      // Asked before reading: a FIFO would block the read for ever, `/dev/zero` would fill the memory.
      const st = statSync(job.source);
      if (!st.isFile()) return writeFailure(file, job, 'not a regular file (a FIFO, a device or a folder): not read', 'not-a-file');
      if (st.size > maxBytes) return writeFailure(file, job, `${st.size} bytes, over the limit of ${maxBytes} (--max-bytes): not read`, 'too-large');
    }
    bytes = job.text !== undefined ? Buffer.from(job.text, 'utf8') : readFileSync(job.source);
  } catch (error) {
    return writeFailure(file, job, `cannot read the file: ${(error as Error).message}`, 'unreadable');
  }
  if (bytes.length > maxBytes) return writeFailure(file, job, `${bytes.length} bytes, over the limit of ${maxBytes} (--max-bytes): not analysed`, 'too-large');
  const hash = sha256(bytes);
  // Asked once: whether to read the output of an earlier run, and how to rename over it.
  const exists = existsSync(file);
  const found = ctx.force ? null : readJsonIfExistsSync<ArticleRecord>(file, exists);
  const existing = found?.value;
  if (existing && existing.article?.sha256 === hash && existing.article?.pipeline === ctx.version) {
    const failed = existing.warnings.some((w) => w.severity === 'fatal');
    if (existing.article.source === job.source) return { record: existing, json: found.json, skipped: true, failed, lines: [], slots: findSlots(Buffer.from(found.json)) };
    // The same bytes read from elsewhere (the corpus moved, or another copy of it): the analysis stands,
    // the record says where the article is now.
    existing.article.source = job.source;
    const json = padSlots(JSON.stringify(existing, null, 1));
    const out = Buffer.from(json);
    await replaceFile(file, out, true);
    return { record: existing, json, skipped: true, failed, lines: [], slots: findSlots(out) };
  }
  let result;
  try {
    onAnalysis?.();
    result = analyse(pipeline, job.id, job.source, bytes, ctx.version, hash, ctx.limitInThread === false ? null : ctx.timeoutMs ?? DEFAULT_TIMEOUT_MS);
  } catch (error) {
    result = { record: failedRecord(job.id, job.source, `analysis failed: ${(error as Error).message}`, 'crash'), failed: true, text: '' };
  }
  nameFile(result.record, job);
  const title = job.text === undefined && result.text ? headlineOf(result.text) : undefined;
  if (job.meta || title) result.record.meta = job.meta ?? { title };
  let json: string;
  try {
    json = padSlots(JSON.stringify(result.record, null, 1));
  } catch (error) {
    // A user's layer JSON cannot write, past the checks of runStage: the article fails, not the run.
    return writeFailure(file, job, `the record cannot be written as JSON: ${(error as Error).message}`, 'crash');
  }
  const out = Buffer.from(json);
  await replaceFile(file, out, exists);
  return { record: result.record, json, skipped: false, failed: result.failed, lines: result.record.warnings.map((w) => formatMessage(job.id, result.text, w as Message)), slots: findSlots(out) };
}

/** Where an article's record goes: `articles/<file>.json`, the file name the run gave it (FileNames). */
const articleFile = (dir: string, job: ArticleJob) => path.join(dir, `${job.file ?? job.id}.json`);

/** An article whose id is no safe file name says which file holds it: `"file": "Доклад…-3f9a0c21bd.json"`. */
function nameFile(record: ArticleRecord, job: ArticleJob): void {
  if (job.file !== undefined && job.file !== job.id) record.article.file = `${job.file}.json`;
}

async function writeFailure(file: string, job: ArticleJob, message: string, code: string): Promise<JobResult> {
  const record = failedRecord(job.id, job.source, message, code);
  nameFile(record, job);
  const json = JSON.stringify(record, null, 1);
  await replaceFile(file, json);
  return { record, json, skipped: false, failed: true, lines: record.warnings.map((w) => formatMessage(job.id, '', w as Message)) };
}

/** `.ts` when run from the sources with tsx, `.js` when built: sibling modules are named alike. */
const EXT = path.extname(fileURLToPath(import.meta.url));

/** The default pipeline's module: workers load pipelines by module, since a function cannot be posted. */
export const DEFAULT_PIPELINE = new URL(`../pipelines/default${EXT}`, import.meta.url).href;

export interface RunOptions {
  /** A folder of `.txt` articles, a `.jsonl` file of `{"id", "text"}` lines, or articles listed or streamed. */
  corpus: string | Iterable<ArticleJob> | AsyncIterable<ArticleJob>;
  out: string;
  /** Worker threads; 0 analyses in this thread. */
  workers: number;
  force: boolean;
  /** Module whose default export is the pipeline (default: pipelines/default). */
  pipeline?: string;
  onArticle?: (id: string, result: ArticleOutcome) => void;
  onMessage?: (line: string) => void;
  /**
   * Measure the heap each worker still holds after a full collection, once the run is done and its
   * time taken (`workerLiveHeapMB`): the figure that shows nothing accumulates. Off by default.
   */
  measureLiveHeap?: boolean;
  /**
   * Keep every article's whole record in this thread and return them (`records`), each also given to
   * `onArticle`. Off by default: the merge needs only a part of each record (MergeRecord), and a corpus
   * of 100 MB kept whole cost the main thread about a gigabyte and most of its time collecting it.
   */
  keepRecords?: boolean;
  /** The largest article read, in bytes (default DEFAULT_MAX_BYTES); a larger one fails unread. */
  maxBytes?: number;
  /** false when the caller holds the output folder's lock already (lockOutput); by default the run takes it. */
  lock?: boolean;
  /** The longest one article's analysis may take, in ms (default DEFAULT_TIMEOUT_MS); past it, it fails. */
  timeoutMs?: number;
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

export interface RunSummary {
  articles: number;
  failed: number;
  skipped: number;
  quotes: number;
  speakers: number;
  statements: number;
  warnings: number;
  ms: number;
  /** The largest heap any one worker (or this thread, without workers) reached, garbage included. */
  workerHeapMB: number;
  /** The largest heap a worker still held after a full collection at the end (0 without workers, or without `measureLiveHeap`). */
  workerLiveHeapMB: number;
}

type Runner = { run(job: ArticleJob): Promise<ArticleOutcome>; close(): Promise<void>; heapMB(): number; liveHeapMB(): Promise<number> };

/**
 * Worker threads, each with the pipeline and model loaded once. A worker that dies (out of memory, a
 * native crash) fails only the articles it held: each gets a fatal record, and a fresh worker takes over.
 */
/** One worker thread of a pool, the articles it holds, and the one it is analysing (since when). */
interface Slot {
  worker: Worker;
  inflight: Map<number, { job: ArticleJob; resolve: (r: ArticleOutcome) => void }>;
  analysing: { seq: number; since: number } | null;
  /** Replaced already: its exit, when it comes, changes nothing. */
  gone: boolean;
}

class WorkerPool implements Runner {
  private slots: Slot[] = [];
  private watchdog: NodeJS.Timeout | null = null;
  private seq = 0;
  private peakHeap = 0;
  private closing = false;

  /**
   * `data.worker`: the module each thread runs (the bundled default worker, or worker.ts with a pipeline
   * module). `execArgv`: the Node options each thread starts with (undefined: this process's own).
   */
  constructor(size: number, private data: { pipeline: string; context: JobContext; worker: string }, private execArgv?: string[]) {
    for (let i = 0; i < size; i++) this.slots.push(this.spawn());
    this.watch();
  }

  private spawn(): Slot {
    const worker = new Worker(new URL('./worker-boot.mjs', import.meta.url), {
      workerData: this.data,
      execArgv: this.execArgv,
      // A larger young generation: the pipeline allocates many short-lived token objects.
      resourceLimits: { maxYoungGenerationSizeMb: 64 },
    });
    const slot: Slot = { worker, inflight: new Map(), analysing: null, gone: false };
    worker.on('message', (m: { seq?: number; started?: number; result?: WorkerAnswer; heapMB?: number; stats?: boolean; liveMB?: number }) => {
      if (m.stats) worker.emit('stats', m.liveMB);
      if (m.started !== undefined) slot.analysing = { seq: m.started, since: Date.now() };
      if (m.seq === undefined) return;
      if (slot.analysing?.seq === m.seq) slot.analysing = null;
      this.peakHeap = Math.max(this.peakHeap, m.heapMB ?? 0);
      const entry = slot.inflight.get(m.seq);
      slot.inflight.delete(m.seq);
      // Answers come as JSON (workerAnswer): parsing it costs this thread less than structured-cloning an
      // object graph would (about 90 against 135 ms for the whole records of 10 MB of articles).
      const { merge: mergeJson, json, ...rest } = m.result!;
      const out: ArticleOutcome = { ...rest, merge: JSON.parse(mergeJson) as MergeRecord };
      if (json !== undefined) {
        out.json = json;
        out.record = JSON.parse(json) as ArticleRecord;
      }
      entry?.resolve(out);
    });
    worker.on('error', (e) => this.replace(slot, `the worker analysing this article died: ${e.message}`, 'crash'));
    worker.on('exit', (code) => this.replace(slot, `the worker analysing this article died: exit code ${code}`, 'crash'));
    return slot;
  }

  /**
   * A worker gone (dead, or stopped past the time limit): a fresh one takes its place. The article it was
   * analysing fails with `why`; the others it held are sent again, to the new worker, and lose nothing.
   * When it died before saying which article it was on, every article it held fails.
   */
  private replace(slot: Slot, why: string, code: string): void {
    if (this.closing || slot.gone) return;
    slot.gone = true;
    const held = [...slot.inflight];
    slot.inflight.clear();
    const i = this.slots.indexOf(slot);
    if (i >= 0) this.slots[i] = this.spawn();
    const culprit = slot.analysing?.seq;
    for (const [seq, { job, resolve }] of held) {
      if (culprit === undefined || seq === culprit) {
        void writeFailure(articleFile(this.data.context.articlesDir, job), job, why, code).then((r) => resolve(outcome(r, this.data.context.keepRecords)));
      } else void this.run(job).then(resolve);
    }
  }

  /**
   * The time limit of worker threads, kept from here: a worker says when it starts analysing an article,
   * and one still on it past the limit (`for (;;) {}` in a user's stage) is stopped and replaced.
   */
  private watch(): void {
    const limit = this.data.context.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    this.watchdog = setInterval(() => {
      const now = Date.now();
      for (const slot of this.slots) {
        if (!slot.analysing || now - slot.analysing.since <= limit) continue;
        this.replace(slot, `the analysis took longer than the limit of ${limit / 1000} s (--timeout): stopped`, 'timeout');
        void slot.worker.terminate();
      }
    }, Math.min(1000, Math.max(10, limit / 4)));
    this.watchdog.unref();
  }

  run(job: ArticleJob): Promise<ArticleOutcome> {
    const slot = this.slots.reduce((a, b) => (b.inflight.size < a.inflight.size ? b : a));
    const seq = ++this.seq;
    return new Promise((resolve) => {
      slot.inflight.set(seq, { job, resolve });
      slot.worker.postMessage({ ...job, seq });
    });
  }

  heapMB() {
    return this.peakHeap;
  }

  /** The largest heap any worker still holds after a full collection, asked for once all work is done. */
  async liveHeapMB(): Promise<number> {
    const sizes = await Promise.all(
      this.slots.map((s) => new Promise<number>((resolve) => {
        s.worker.once('stats', resolve);
        s.worker.postMessage({ stats: true });
      })),
    );
    return Math.max(0, ...sizes);
  }

  async close() {
    this.closing = true;
    if (this.watchdog) clearInterval(this.watchdog);
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}

function inThread(pipeline: Pipeline, context: JobContext): Runner {
  let peak = 0;
  return {
    run: async (job) => {
      const r = outcome(await processArticle(pipeline, context, job), context.keepRecords);
      peak = Math.max(peak, process.memoryUsage().heapUsed);
      return r;
    },
    close: async () => {},
    heapMB: () => Math.round(peak / 1e6),
    liveHeapMB: async () => 0, // the main thread's heap also holds the records: not a worker's figure
  };
}

/**
 * Worker threads, or this thread for `workers: 0`. With worker threads and the default pipeline this
 * thread never loads the pipeline: its name is known, and the workers run a bundle (worker-bundle.ts).
 */
async function startRunner(options: RunOptions, pipelineModule: string, articlesDir: string): Promise<Runner> {
  if (options.workers > 0 && pipelineModule === DEFAULT_PIPELINE) {
    const context: JobContext = { articlesDir, force: options.force, version: versionOf('default'), keepRecords: options.keepRecords, maxBytes: options.maxBytes, timeoutMs: options.timeoutMs, limitInThread: false };
    const bundle = await defaultWorkerBundle((fingerprint ??= codeFingerprint()));
    // The bundle is plain JavaScript: its threads start without this process's options. Started as
    // `node --import tsx src/cli.ts`, each thread would otherwise register tsx too, and in Node 20 that
    // starts a loader-hooks thread of its own and lexes CommonJS packages through it (about 90 ms of each
    // worker's start, and more TurboFan work on the shared compiler threads).
    if (bundle) return new WorkerPool(options.workers, { pipeline: pipelineModule, context, worker: bundle }, []);
  }
  const pipeline = ((await import(pipelineModule)) as { default: Pipeline }).default;
  const own = pipelineModule === DEFAULT_PIPELINE ? '' : `+${moduleFingerprint(pipelineModule)}`;
  const context: JobContext = { articlesDir, force: options.force, version: pipelineVersion(pipeline) + own, keepRecords: options.keepRecords, maxBytes: options.maxBytes, timeoutMs: options.timeoutMs };
  if (options.workers === 0) return inThread(pipeline, context);
  return new WorkerPool(options.workers, { pipeline: pipelineModule, context: { ...context, limitInThread: false }, worker: new URL(`./worker${EXT}`, import.meta.url).href });
}

export async function runCorpus(options: RunOptions): Promise<RunSummary & { merged: Merged; records?: ArticleRecord[] }> {
  const started = Date.now();
  const pipelineModule = options.pipeline ?? DEFAULT_PIPELINE;
  const articlesDir = path.join(options.out, 'articles');
  await fs.mkdir(articlesDir, { recursive: true });
  const unlock = options.lock === false ? () => {} : await lockOutput(options.out);
  try {
    return await runLocked(options, started, pipelineModule, articlesDir);
  } finally {
    unlock();
  }
}

async function runLocked(options: RunOptions, started: number, pipelineModule: string, articlesDir: string): Promise<RunSummary & { merged: Merged; records?: ArticleRecord[] }> {
  await removeStaleTemporaries(articlesDir);
  await removeStaleTemporaries(options.out);
  const runner = await startRunner(options, pipelineModule, articlesDir);
  const summary: RunSummary = { articles: 0, failed: 0, skipped: 0, quotes: 0, speakers: 0, statements: 0, warnings: 0, ms: 0, workerHeapMB: 0, workerLiveHeapMB: 0 };
  // What the merge reads of every article, new or found up to date on disk: merged.json is built from
  // these, so a resumed run merges what earlier runs wrote without reading any file twice.
  const forMerge: MergeRecord[] = [];
  const records: ArticleRecord[] | undefined = options.keepRecords ? [] : undefined;
  const hashes = new QuoteHashes();
  const names = new FileNames();
  /** Ids whose file is not `<id>.json`, for merged.json. */
  const files: Record<string, string> = {};
  /** The speaker-id slots of each article file, filled once the merge has given every speaker its id. */
  const slotsOf = new Map<MergeRecord, { file: string; slots: number[] }>();
  const csv = new CsvRows(path.join(options.out, 'quotes.csv'));
  // At most four articles per worker in flight: the list is streamed, never read whole into memory, and
  // a worker that finishes one still has the next ones queued (with two, workers sat idle 10% of the time).
  const window = Math.max(2, options.workers * 4);
  const pending = new Set<Promise<void>>();
  try {
    for await (const listed of typeof options.corpus === 'string' ? readCorpus(options.corpus) : options.corpus) {
      summary.articles++;
      const job = { ...listed, file: listed.file ?? names.take(listed.id) };
      if (job.file !== job.id) files[job.id] = `articles/${job.file}.json`;
      const p = runner.run(job).then((result) => {
        forMerge.push(result.merge);
        if (result.slots) slotsOf.set(result.merge, { file: job.file, slots: result.slots });
        csv.add(result.csv);
        if (records && result.record) records.push(result.record);
        // Hashed now, while the workers are busy with later articles: the merge at the end is shorter.
        hashes.add(result.merge);
        if (result.skipped) summary.skipped++;
        if (result.failed) summary.failed++;
        summary.quotes += result.merge.quotes.length;
        summary.warnings += result.warnings;
        for (const line of result.lines) options.onMessage?.(line);
        options.onArticle?.(job.id, result);
      });
      pending.add(p);
      void p.finally(() => pending.delete(p));
      if (pending.size >= window) await Promise.race(pending);
    }
    await Promise.all(pending);
  } catch (error) {
    csv.discard();
    await runner.close();
    throw error;
  }
  summary.workerHeapMB = runner.heapMB();
  // Without a heap measure to take, the workers are stopped now: their teardown runs on their own
  // threads while this one merges (it took about 35 ms after the merge).
  const closing = options.measureLiveHeap ? null : runner.close();
  let merged: Merged;
  try {
    const done = mergeWithIds(forMerge, hashes);
    merged = done.merged;
    if (Object.keys(files).length) merged.files = files;
    for (const [record, { file, slots }] of slotsOf) {
      const ids = done.idOf.get(record.article.id);
      const list: Array<string | null> = [];
      for (const q of record.quotes) if (q.speaker) list.push(ids?.get(q.speaker.entity) ?? null);
      if (2 * list.length === slots.length) await fillSlots(path.join(articlesDir, `${file}.json`), slots, list);
    }
    await csv.finish(done.idOf, new Map(merged.speakers.map((sp) => [sp.id, sp.name])));
    summary.speakers = merged.speakers.length;
    summary.statements = merged.statements.length;
    await writeAtomic(path.join(options.out, 'merged.json'), JSON.stringify(merged, null, 1));
    if (closing) await closing;
    summary.ms = Date.now() - started;
    // After the clock: a full collection in each worker, to see what it retains. Run beside the merge
    // instead, it took the cores the merge needed (the merge is the one step left on the clock then).
    if (options.measureLiveHeap) summary.workerLiveHeapMB = await runner.liveHeapMB().catch(() => 0);
  } finally {
    await (closing ?? runner.close());
  }
  return { ...summary, merged, records };
}
