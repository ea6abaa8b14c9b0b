// Runs a pipeline over a corpus: the articles are streamed to a pool of worker threads (pool.ts) that read,
// analyse and write each one (article-job.ts); this thread keeps what the merge reads of each, merges at
// the end, writes merged.json, the speaker ids into the article files and quotes.csv.
import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pLimit from 'p-limit';
import { formatMessage } from '../core/message.js';
import type { Pipeline } from '../core/pipeline.js';
import type { ArticleRecord } from '../core/record.js';
import { type Merged, type MergeRecord, mergeWithIds, QuoteHashes } from '../merge/index.js';
import { type ArticleOutcome, type JobContext, pipelineVersion, versionOf } from './article-job.js';
import { type ArticleJob, readCorpus } from './io/corpus.js';
import { FileNames } from './io/file-names.js';
import { codeFingerprint, moduleFingerprint } from './io/fingerprint.js';
import { lockOutput } from './io/lock.js';
import { removeStaleTemporaries, writeAtomic } from './io/output.js';
import { CsvRows } from './io/quotes-csv.js';
import { fillSlots } from './io/speaker-links.js';
import { loadPipeline } from './pipeline-module.js';
import { inThread, type Runner, WorkerPool } from './pool.js';
import { defaultWorkerBundle } from './workers/worker-bundle.js';

export type { ArticleOutcome, JobContext, JobResult, WorkerAnswer } from './article-job.js';

export {
  analyseBytes,
  DEFAULT_MAX_BYTES,
  DEFAULT_TIMEOUT_MS,
  PIPELINE_VERSION,
  pipelineVersion,
  runJob,
  workerAnswer,
} from './article-job.js';
export type { ArticleJob } from './io/corpus.js';
export { codeFingerprint, moduleFingerprint } from './io/fingerprint.js';

/** `.ts` when run from the sources with tsx, `.js` when built: sibling modules are named alike. */
const EXT = path.extname(fileURLToPath(import.meta.url));

/** The default pipeline's module: workers load pipelines by module, since a function cannot be posted. */
export const DEFAULT_PIPELINE = new URL(`../../pipelines/default${EXT}`, import.meta.url).href;

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
  /** The longest one article's analysis may take, in ms (default: timeLimitFor, by the article's size); past it, it fails. */
  timeoutMs?: number;
  /** `redis://HOST:PORT`: the articles go to `whosaid worker` processes over BullMQ instead of local threads. */
  queue?: string;
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
  /** Worker threads the run started: the number asked for, no more than the articles of a listed corpus. */
  workers: number;
}

/** What the run's threads share, from the run's options: where to write, the limits, what to keep. */
type RunnerOptions = Pick<RunOptions, 'workers' | 'force' | 'keepRecords' | 'maxBytes' | 'timeoutMs'> & { noWrite?: boolean };

/**
 * The version a run's records carry (`article.pipeline`): the pipeline's name and the code's fingerprint,
 * and a pipeline module's own fingerprint. A queue's worker computes it the same way, and refuses a run
 * whose version differs from its own.
 */
export async function versionFor(pipelineModule: string): Promise<{ version: string; pipeline?: Pipeline }> {
  if (pipelineModule === DEFAULT_PIPELINE) return { version: versionOf('default') };
  const pipeline = await loadPipeline(pipelineModule);
  return { version: `${pipelineVersion(pipeline)}+${moduleFingerprint(pipelineModule)}`, pipeline };
}

/**
 * Worker threads, or this thread for `workers: 0`. With worker threads and the default pipeline this
 * thread never loads the pipeline: its name is known, and the workers run a bundle (worker-bundle.ts).
 */
export async function startRunner(
  options: RunnerOptions,
  pipelineModule: string,
  articlesDir: string,
): Promise<Runner & { version: string }> {
  const shared = {
    articlesDir,
    force: options.force,
    keepRecords: options.keepRecords,
    maxBytes: options.maxBytes,
    timeoutMs: options.timeoutMs,
    ...(options.noWrite ? { noWrite: true } : {}),
  };
  if (options.workers > 0 && pipelineModule === DEFAULT_PIPELINE) {
    const context: JobContext = { ...shared, version: versionOf('default'), limitInThread: false };
    const bundle = await defaultWorkerBundle(codeFingerprint());
    // The bundle is plain JavaScript: its threads start without this process's options. Started as
    // `node --import tsx src/node/cli.ts`, each thread would otherwise register tsx too, and in Node 20 that
    // starts a loader-hooks thread of its own and lexes CommonJS packages through it (about 90 ms of each
    // worker's start, and more TurboFan work on the shared compiler threads).
    if (bundle)
      return Object.assign(new WorkerPool(options.workers, { pipeline: pipelineModule, context, worker: bundle }, []), {
        version: context.version,
      });
  }
  const { version, pipeline = await loadPipeline(pipelineModule) } = await versionFor(pipelineModule);
  const context: JobContext = { ...shared, version };
  if (options.workers === 0) return Object.assign(inThread(pipeline, context), { version });
  const pool = new WorkerPool(options.workers, {
    pipeline: pipelineModule,
    context: { ...context, limitInThread: false },
    worker: new URL(`./workers/worker${EXT}`, import.meta.url).href,
  });
  return Object.assign(pool, { version });
}

export async function runCorpus(given: RunOptions): Promise<RunSummary & { merged: Merged; records?: ArticleRecord[] }> {
  const started = Date.now();
  // `--workers 32` for two articles: a worker loads the model (about 30 MB) for nothing past the work there is.
  const listed = Array.isArray(given.corpus) ? given.corpus.length : Number.POSITIVE_INFINITY;
  const options = { ...given, workers: Math.max(0, Math.min(given.workers, listed)) };
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

/** What a run gathers as articles come back, for the merge and the corpus outputs at the end. */
interface Gathered {
  summary: RunSummary;
  /**
   * What the merge reads of every article, new or found up to date on disk: merged.json is built from
   * these, so a resumed run merges what earlier runs wrote without reading any file twice.
   */
  forMerge: MergeRecord[];
  records?: ArticleRecord[];
  hashes: QuoteHashes;
  /** Ids whose file is not `<id>.json`, for merged.json. */
  files: Record<string, string>;
  /** Every article file of this run's corpus (`<file>.json`). */
  written: Set<string>;
  /** The speaker-id slots of each article file, filled once the merge has given every speaker its id. */
  slotsOf: Map<MergeRecord, { file: string; slots: number[] }>;
  csv: CsvRows;
}

async function runLocked(
  options: RunOptions,
  started: number,
  pipelineModule: string,
  articlesDir: string,
): Promise<RunSummary & { merged: Merged; records?: ArticleRecord[] }> {
  await removeStaleTemporaries(articlesDir);
  await removeStaleTemporaries(options.out);
  // With a queue, the articles are analysed by `whosaid worker` processes wherever they run (node/queue).
  const runner = options.queue
    ? await (await import('./queue/remote.js')).startQueueRunner(options.queue, options, pipelineModule, articlesDir)
    : await startRunner(options, pipelineModule, articlesDir);
  const zero = {
    articles: 0,
    failed: 0,
    skipped: 0,
    quotes: 0,
    speakers: 0,
    statements: 0,
    warnings: 0,
    ms: 0,
    workerHeapMB: 0,
    workerLiveHeapMB: 0,
    workers: options.workers,
  };
  const got: Gathered = {
    summary: zero,
    forMerge: [],
    records: options.keepRecords ? [] : undefined,
    hashes: new QuoteHashes(),
    files: {},
    written: new Set(),
    slotsOf: new Map(),
    csv: new CsvRows(path.join(options.out, 'quotes.csv')),
  };
  try {
    await analyseCorpus(options, runner, got);
  } catch (error) {
    got.csv.discard();
    await runner.close();
    throw error;
  }
  got.summary.workerHeapMB = runner.heapMB();
  // Without a heap measure to take, the workers are stopped now: their teardown runs on their own
  // threads while this one merges (it took about 35 ms after the merge).
  const closing = options.measureLiveHeap ? null : runner.close();
  try {
    const merged = await mergeAndWrite(options, articlesDir, got);
    await removeStaleRecords(options, articlesDir, got.written);
    if (closing) await closing;
    got.summary.ms = Date.now() - started;
    // After the clock: a full collection in each worker, to see what it retains. Run beside the merge
    // instead, it took the cores the merge needed (the merge is the one step left on the clock then).
    if (options.measureLiveHeap) got.summary.workerLiveHeapMB = await runner.liveHeapMB().catch(() => 0);
    return { ...got.summary, merged, records: got.records };
  } finally {
    await (closing ?? runner.close());
  }
}

/** Sends every article of the corpus to the runner, streamed and bounded, and gathers what comes back. */
async function analyseCorpus(options: RunOptions, runner: Runner, got: Gathered): Promise<void> {
  const { summary } = got;
  const names = new FileNames();
  // At most four articles per worker in flight (p-limit), so that a worker that finishes one still has
  // the next ones queued (with one each, workers sat idle 10% of the time); and at most as many again read
  // and waiting: the list is streamed, never read whole into memory (a feed's texts included).
  const window = runner.window ?? Math.max(2, options.workers * 4);
  const limit = pLimit(window);
  const outstanding: Array<Promise<void>> = [];
  // quotes.csv takes each article's rows in the corpus's order, whatever order the workers finish in:
  // rows that come early wait (at most the articles in flight) for those listed before them.
  const waiting = new Map<number, string | undefined>();
  let listedCount = 0;
  let nextRows = 0;
  const addRows = (seq: number, rows: string | undefined) => {
    waiting.set(seq, rows);
    while (waiting.has(nextRows)) {
      got.csv.add(waiting.get(nextRows));
      waiting.delete(nextRows++);
    }
  };
  for await (const listed of typeof options.corpus === 'string' ? readCorpus(options.corpus) : options.corpus) {
    summary.articles++;
    const job = { ...listed, file: listed.file ?? names.take(listed.id) };
    const seq = listedCount++;
    got.written.add(`${job.file}.json`);
    if (job.file !== job.id) got.files[job.id] = `articles/${job.file}.json`;
    const p = limit(() => runner.run(job)).then((result) => {
      got.forMerge.push(result.merge);
      if (result.slots) got.slotsOf.set(result.merge, { file: job.file, slots: result.slots });
      addRows(seq, result.csv);
      if (got.records && result.record) got.records.push(result.record);
      // Hashed now, while the workers are busy with later articles: the merge at the end is shorter.
      got.hashes.add(result.merge);
      if (result.skipped) summary.skipped++;
      if (result.failed) summary.failed++;
      summary.quotes += result.merge.quotes.length;
      summary.warnings += result.warnings;
      for (const line of result.lines) options.onMessage?.(line);
      options.onArticle?.(job.id, result);
    });
    // Its failure is met where it is awaited, below; once one has stopped the run, the others fail quietly.
    p.catch(() => {});
    outstanding.push(p);
    // Read on once the oldest article is done: up to 2 × window read, window of them being analysed.
    if (outstanding.length >= 2 * window) await outstanding.shift();
  }
  await Promise.all(outstanding);
}

/**
 * Removes the records of articles no longer in the corpus (a file deleted since the last run): their
 * speaker ids name speakers merged.json no longer has. Only once the run has merged, and said.
 */
async function removeStaleRecords(options: RunOptions, articlesDir: string, written: Set<string>): Promise<void> {
  const stale = (await fs.readdir(articlesDir)).filter((f) => f.endsWith('.json') && !f.startsWith('.') && !written.has(f));
  for (const f of stale) await fs.rm(path.join(articlesDir, f), { force: true });
  if (stale.length) {
    const s = stale.length === 1 ? '' : 's';
    options.onMessage?.(
      `whosaid: removed ${stale.length} record${s} of article${s} no longer in the corpus (${stale.slice(0, 3).join(', ')}${stale.length > 3 ? ', …' : ''})`,
    );
  }
}

/** Article files whose speaker ids are being written at once, at the end of a run. */
const SLOT_FILES_AT_ONCE = 16;

/** Merges what was gathered, fills each article file's speaker ids, and writes quotes.csv and merged.json. */
async function mergeAndWrite(options: RunOptions, articlesDir: string, got: Gathered): Promise<Merged> {
  const done = mergeWithIds(got.forMerge, got.hashes);
  const merged = done.merged;
  if (Object.keys(got.files).length) merged.files = got.files;
  // The files' speaker ids are written through libuv's pool while this thread writes quotes.csv and
  // merged.json (one file after another, before them: 0.3–0.4 s of a 3,291-article run's 2.4 s tail).
  // A few at a time, each pulling the next file from one shared iterator: nothing made per file ahead.
  const pending = got.slotsOf.entries();
  const fillNext = async () => {
    for (const [record, { file, slots }] of pending) {
      const ids = done.idOf.get(record.article.id);
      const list: Array<string | null> = [];
      for (const q of record.quotes) if (q.speaker) list.push(ids?.get(q.speaker.entity) ?? null);
      if (2 * list.length !== slots.length) continue;
      try {
        await fillSlots(path.join(articlesDir, `${file}.json`), slots, list);
      } catch (error) {
        // A file made read-only or removed since it was written: that article fails, the run goes on.
        got.summary.failed++;
        const reason = `cannot write its speaker ids: ${(error as Error).message}`;
        options.onMessage?.(
          formatMessage(record.article.id, '', {
            code: 'unwritable',
            message: reason,
            start: 0,
            end: 0,
            stage: 'output',
            severity: 'fatal',
          }),
        );
      }
    }
  };
  const filling = Promise.all(Array.from({ length: SLOT_FILES_AT_ONCE }, fillNext));
  await got.csv.finish(done.idOf, new Map(merged.speakers.map((sp) => [sp.id, sp])));
  got.summary.speakers = merged.speakers.length;
  got.summary.statements = merged.statements.length;
  await writeAtomic(path.join(options.out, 'merged.json'), JSON.stringify(merged, null, 1));
  await filling;
  return merged;
}
