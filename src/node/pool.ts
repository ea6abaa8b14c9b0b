// Where articles are analysed: a pool of worker threads (each with the pipeline and model loaded once,
// watched for its time limit, replaced when it dies), or this thread for a run without workers.
import { Worker } from 'node:worker_threads';
import type { Pipeline } from '../core/pipeline.js';
import type { ArticleRecord } from '../core/record.js';
import type { MergeRecord } from '../merge/index.js';
import {
  type ArticleOutcome,
  articleFile,
  failure,
  type JobContext,
  outcome,
  runJob,
  timeLimitFor,
  type WorkerAnswer,
  writeFailure,
} from './article-job.js';
import type { ArticleJob } from './io/corpus.js';

export type Runner = {
  run(job: ArticleJob): Promise<ArticleOutcome>;
  /** How many articles to keep in flight (default: four per worker). */
  window?: number;
  close(): Promise<void>;
  heapMB(): number;
  liveHeapMB(): Promise<number>;
};

/** One worker thread of a pool, the articles it holds, and the one it is analysing (since when). */
interface Slot {
  worker: Worker;
  inflight: Map<number, { job: ArticleJob; resolve: (r: ArticleOutcome) => void }>;
  analysing: { seq: number; since: number; limit: number } | null;
  /** Replaced already: its exit, when it comes, changes nothing. */
  gone: boolean;
}

/**
 * Worker threads, each with the pipeline and model loaded once. A worker that dies (out of memory, a
 * native crash) fails only the articles it held: each gets a fatal record, and a fresh worker takes over.
 */
export class WorkerPool implements Runner {
  private slots: Slot[] = [];
  private watchdog: NodeJS.Timeout | null = null;
  private seq = 0;
  private peakHeap = 0;
  private closing = false;

  /**
   * `data.worker`: the module each thread runs (the bundled default worker, or worker.ts with a pipeline
   * module). `execArgv`: the Node options each thread starts with (undefined: this process's own).
   */
  constructor(
    size: number,
    private data: { pipeline: string; context: JobContext; worker: string },
    private execArgv?: string[],
  ) {
    for (let i = 0; i < size; i++) this.slots.push(this.spawn());
    this.watch();
  }

  private spawn(): Slot {
    const worker = new Worker(new URL('./workers/worker-boot.mjs', import.meta.url), {
      workerData: this.data,
      execArgv: this.execArgv,
    });
    const slot: Slot = { worker, inflight: new Map(), analysing: null, gone: false };
    worker.on(
      'message',
      (m: { seq?: number; started?: number; bytes?: number; result?: WorkerAnswer; heapMB?: number; stats?: boolean; liveMB?: number }) => {
        if (m.stats) worker.emit('stats', m.liveMB);
        if (m.started !== undefined)
          slot.analysing = { seq: m.started, since: Date.now(), limit: timeLimitFor(m.bytes ?? 0, this.data.context.timeoutMs) };
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
      },
    );
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
        const { context } = this.data;
        const failed = context.noWrite
          ? Promise.resolve(failure(job, why, code))
          : writeFailure(articleFile(context.articlesDir, job), job, why, code);
        void failed.then((r) => resolve(outcome(r, context.keepRecords)));
      } else void this.run(job).then(resolve);
    }
  }

  /**
   * The time limit of worker threads, kept from here: a worker says when it starts analysing an article,
   * and one still on it past the limit (`for (;;) {}` in a user's stage) is stopped and replaced.
   */
  private watch(): void {
    const least = timeLimitFor(0, this.data.context.timeoutMs);
    this.watchdog = setInterval(
      () => {
        const now = Date.now();
        for (const slot of this.slots) {
          if (!slot.analysing || now - slot.analysing.since <= slot.analysing.limit) continue;
          const limit = slot.analysing.limit;
          this.replace(slot, `the analysis took longer than the limit of ${limit / 1000} s (--timeout): stopped`, 'timeout');
          void slot.worker.terminate();
        }
      },
      Math.min(1000, Math.max(10, least / 4)),
    );
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
      this.slots.map(
        (s) =>
          new Promise<number>((resolve) => {
            s.worker.once('stats', resolve);
            s.worker.postMessage({ stats: true });
          }),
      ),
    );
    return Math.max(0, ...sizes);
  }

  async close() {
    this.closing = true;
    if (this.watchdog) clearInterval(this.watchdog);
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}

export function inThread(pipeline: Pipeline, context: JobContext): Runner {
  let peak = 0;
  return {
    run: async (job) => {
      const r = outcome(await runJob(pipeline, context, job), context.keepRecords);
      peak = Math.max(peak, process.memoryUsage().heapUsed);
      return r;
    },
    close: async () => {},
    heapMB: () => Math.round(peak / 1e6),
    liveHeapMB: async () => 0, // the main thread's heap also holds the records: not a worker's figure
  };
}
