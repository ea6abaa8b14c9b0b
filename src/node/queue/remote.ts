// A run whose articles are analysed by `whosaid worker` processes over BullMQ: this process reads the
// corpus, skips what is up to date, sends each article's bytes as a job, and writes each record as it
// comes back, as a local run writes what its threads send (runJobVia). The merge, quotes.csv and the
// report are made here at the end, as in any run.
import { randomUUID } from 'node:crypto';
import { Job, Queue, QueueEvents } from 'bullmq';
import { type Analyse, type ArticleOutcome, failedRecord, type JobContext, outcome, runJobVia } from '../article-job.js';
import { decodeArticle } from '../io/corpus.js';
import type { Runner } from '../pool.js';
import { DEFAULT_PIPELINE, type RunOptions, versionFor } from '../runner.js';
import { checkReachable, connectionOf, QUEUE_NAME, QueueUnavailable, watchRedis } from './connection.js';

/** One article as a job: its bytes (base64, inside BullMQ's JSON) and what its record must say. */
export interface QueueJobData {
  /** The run's own id: jobs of two runs on one Redis never answer each other. */
  run: string;
  id: string;
  source: string;
  file?: string;
  meta?: Record<string, unknown>;
  bytes: string;
  /** The version the run's records carry; a worker whose own differs refuses the job. */
  version: string;
  /** The run's `--pipeline` module (a file URL), loaded by the worker the same way; null for the default. */
  pipeline: string | null;
  timeoutMs?: number;
}

/** What a worker sends back: the record as its file holds it. */
export interface QueueJobResult {
  json: string;
  failed: boolean;
}

/**
 * The largest article sent over the queue. Redis keeps a string up to 512 MB; the bytes travel as base64
 * (a third more) and the record comes back beside them. A larger article fails alone, with this reason.
 */
export const QUEUE_MAX_BYTES = 256 * 1024 * 1024;

/** How many articles a queued run keeps in flight: enough to feed many workers, bounded in memory. */
const WINDOW = 256;

/** Each job tried this often: a worker that throws (a pipeline it cannot load) gets a second chance. */
const ATTEMPTS = 2;

/** How often a job still waited for is looked up in Redis, beside the events that say it is done. */
const LOOK_AGAIN_MS = 5000;

/**
 * A job's return value once it is done, or its failure. BullMQ's events say so at once; but an event sent
 * before this run's event reader had started reading (a job done within moments, on a busy machine)
 * would never come, so a job still waited for is also looked up every few seconds.
 */
function settled(
  queue: Queue<QueueJobData, QueueJobResult>,
  events: QueueEvents,
  job: Job<QueueJobData, QueueJobResult>,
  closed: () => boolean,
): Promise<QueueJobResult> {
  return new Promise((resolve, reject) => {
    let done = false;
    const finish = (fn: () => void) => {
      if (done) return;
      done = true;
      fn();
    };
    job.waitUntilFinished(events).then(
      (value: QueueJobResult) => finish(() => resolve(value)),
      (error: Error) => finish(() => reject(error)),
    );
    // (Not once the run has closed: a Redis lost ends the run, and nothing is left to look up.)
    const look = async () => {
      if (done || closed()) return;
      // The state first, then the job read after it: a job read first and finished in between would
      // come back finished with no return value yet.
      const state = await queue.getJobState(job.id!).catch(() => 'unknown');
      const now =
        state === 'completed' || state === 'failed'
          ? await Job.fromId<QueueJobData, QueueJobResult>(queue, job.id!).catch(() => undefined)
          : undefined;
      if (now && state === 'completed' && now.returnvalue) finish(() => resolve(now.returnvalue));
      else if (now && state === 'failed') finish(() => reject(new Error(now.failedReason)));
      else if (!done) setTimeout(look, LOOK_AGAIN_MS);
    };
    setTimeout(look, LOOK_AGAIN_MS);
  });
}

export async function startQueueRunner(
  address: string,
  options: RunOptions,
  pipelineModule: string,
  articlesDir: string,
): Promise<Runner & { version: string }> {
  const connection = connectionOf(address);
  if ('error' in connection) throw new QueueUnavailable(connection.error);
  await checkReachable(connection);
  const { version } = await versionFor(pipelineModule);
  const run = randomUUID();
  const queue = new Queue<QueueJobData, QueueJobResult>(QUEUE_NAME, { connection });
  const events = new QueueEvents(QUEUE_NAME, { connection });
  queue.on('error', () => {}); // watchRedis decides when Redis is gone
  // Every article in flight waits on these two (a listener each): WINDOW of them at once is by design.
  queue.setMaxListeners(2 * WINDOW + 10);
  events.setMaxListeners(2 * WINDOW + 10);
  events.on('error', () => {});
  await events.waitUntilReady();
  let abort: (error: Error) => void = () => {};
  const lost = new Promise<never>((_, reject) => {
    abort = reject;
  });
  lost.catch(() => {});
  const stopWatching = watchRedis(connection, (why) => abort(new QueueUnavailable(why)));
  const ctx: JobContext = {
    articlesDir,
    force: options.force,
    keepRecords: options.keepRecords,
    maxBytes: options.maxBytes,
    timeoutMs: options.timeoutMs,
    version,
  };
  let seq = 0;
  const analyse: Analyse = async (job, bytes) => {
    const text = () => decodeArticle(bytes).text;
    if (bytes.length > QUEUE_MAX_BYTES) {
      const why = `${bytes.length} bytes, over the ${QUEUE_MAX_BYTES} a queued run sends through Redis: not analysed (run it without --queue)`;
      return { record: failedRecord(job.id, job.source, why, 'too-large'), failed: true, text: '' };
    }
    const data: QueueJobData = {
      run,
      id: job.id,
      source: job.source,
      ...(job.file !== undefined ? { file: job.file } : {}),
      ...(job.meta ? { meta: job.meta } : {}),
      bytes: Buffer.from(bytes).toString('base64'),
      version,
      pipeline: pipelineModule === DEFAULT_PIPELINE ? null : pipelineModule,
      ...(options.timeoutMs !== undefined ? { timeoutMs: options.timeoutMs } : {}),
    };
    const jobId = `${run}-${++seq}`;
    const added = await Promise.race([
      queue.add('article', data, { jobId, attempts: ATTEMPTS, removeOnComplete: { age: 86_400 }, removeOnFail: { age: 86_400 } }),
      lost,
    ]);
    let result: QueueJobResult;
    try {
      result = (await Promise.race([settled(queue, events, added, () => closed), lost])) as QueueJobResult;
    } catch (error) {
      if (error instanceof QueueUnavailable) throw error;
      // Failed on every attempt (a worker killed by this article each time, a pipeline it cannot load).
      const why = `the queue's workers failed on it: ${(error as Error).message}`;
      return { record: failedRecord(job.id, job.source, why, 'crash'), failed: true, text: text() };
    }
    // Its result is read: the job need not stay in Redis (a run of millions would fill it).
    queue.remove(jobId).catch(() => {});
    return { record: JSON.parse(result.json), failed: result.failed, text: text() };
  };
  let closed = false;
  return {
    version,
    window: WINDOW,
    run: async (job): Promise<ArticleOutcome> => outcome(await runJobVia(ctx, job, analyse), ctx.keepRecords),
    heapMB: () => 0,
    liveHeapMB: async () => 0,
    close: async () => {
      if (closed) return;
      closed = true;
      stopWatching();
      // Redis may be gone: closing waits no more than two seconds for it, then drops the connections
      // (whose reconnection timers would otherwise keep the process alive).
      const quit = Promise.all([events.close(), queue.close()]).then(
        () => true,
        () => false,
      );
      const closedInTime = await Promise.race([quit, new Promise<boolean>((r) => setTimeout(() => r(false), 2000).unref())]);
      // Not awaited: a connection already lost may never say it has ended.
      if (!closedInTime) for (const side of [events, queue]) side.disconnect().catch(() => {});
    },
  };
}
