// The message loop of a worker thread of a corpus run: the pipeline and model are loaded once, then
// each message is one article to read, analyse and write.

import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { parentPort, workerData } from 'node:worker_threads';
import type { Pipeline } from '../../core/pipeline.js';
import { type ArticleJob, type JobContext, runJob, workerAnswer } from '../article-job.js';

/**
 * The heap still live after a full collection: what a worker retains from the articles it has done.
 * Flat across corpus sizes means nothing accumulates (the peak also counts garbage not yet collected,
 * and V8 lets that grow with the allocation rate). `gc` is exposed for this one call, at the end.
 */
function liveHeapMB(): number {
  setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as () => void)();
  return Math.round(getHeapStatistics().used_heap_size / 1e6);
}

export function serve(pipeline: Pipeline): void {
  const { context } = workerData as { context: JobContext };
  let peakHeap = 0;
  parentPort!.on('message', async (job: ArticleJob & { seq: number; stats?: boolean }) => {
    if (job.stats) {
      parentPort!.postMessage({ stats: true, liveMB: liveHeapMB() });
      return;
    }
    // `started`: the pool's clock for this article's time limit starts now (WorkerPool.watch).
    const result = await runJob(pipeline, context, job, (bytes) => parentPort!.postMessage({ started: job.seq, bytes }));
    // The heap of this thread alone: what must stay flat however large the corpus is.
    peakHeap = Math.max(peakHeap, getHeapStatistics().used_heap_size);
    parentPort!.postMessage({ seq: job.seq, result: workerAnswer(result, context.keepRecords), heapMB: Math.round(peakHeap / 1e6) });
  });
  parentPort!.postMessage({ ready: true });
}
