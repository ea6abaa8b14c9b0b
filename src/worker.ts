// A worker thread of a corpus run: loads the pipeline (and with it the wink model) once, then reads,
// analyses and writes the articles the main thread sends, one message per article.
import { parentPort, workerData } from 'node:worker_threads';
import { getHeapStatistics } from 'node:v8';
import type { Pipeline } from './pipeline.js';
import { processArticle, type ArticleJob, type JobContext } from './runner.js';

const { pipeline: pipelineModule, context } = workerData as { pipeline: string; context: JobContext; worker: string };
const pipeline = ((await import(pipelineModule)) as { default: Pipeline }).default;
let peakHeap = 0;

parentPort!.on('message', async (job: ArticleJob & { seq: number }) => {
  const result = await processArticle(pipeline, context, job);
  // The heap of this thread alone: what must stay flat however large the corpus is.
  peakHeap = Math.max(peakHeap, getHeapStatistics().used_heap_size);
  parentPort!.postMessage({ seq: job.seq, result, heapMB: Math.round(peakHeap / 1e6) });
});
parentPort!.postMessage({ ready: true });
