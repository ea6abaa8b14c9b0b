// One measurement in a fresh process over a generated corpus:
//   wink DIR            the bare wink pass as issue 5 defines it: `winkNLP(model).readDoc(text)` with its
//                       default pipe, POS tags read out; on this thread, model loaded before the clock
//   wink-lean DIR       the same with only the tagger (`['pos']`), the pipe the pipeline itself runs
//                       (src/nlp/wink.ts): a stricter baseline, printed beside the first
//   run DIR OUT WORKERS the whole run as the CLI does it (workers start and load the model, every
//                       article is read, analysed and written, then the merge), on the clock
import fs from 'node:fs';
import path from 'node:path';
import model from 'wink-eng-lite-web-model';
import winkNLP from 'wink-nlp';
import { runCorpus } from '../src/node/runner.js';

const [mode, dir, out, workers] = process.argv.slice(2);
const files = fs.readdirSync(dir).sort();
let bytes = 0;
let ms: number;
let quotes = 0;
let workerHeapMB = 0;
let workerLiveHeapMB = 0;
if (mode === 'wink' || mode === 'wink-lean') {
  const texts = files.map((f) => fs.readFileSync(path.join(dir, f), 'utf8'));
  for (const t of texts) bytes += Buffer.byteLength(t);
  const nlp = mode === 'wink' ? winkNLP(model) : winkNLP(model, ['pos']);
  const t = performance.now();
  for (const text of texts) nlp.readDoc(text).tokens().out(nlp.its.pos);
  ms = performance.now() - t;
} else {
  for (const f of files) bytes += fs.statSync(path.join(dir, f)).size;
  // runCorpus's own clock: from its start to merged.json written, the workers' heap measured after it.
  const s = await runCorpus({ corpus: dir, out, workers: Number(workers), force: true, measureLiveHeap: true });
  ms = s.ms;
  quotes = s.quotes;
  workerHeapMB = s.workerHeapMB;
  workerLiveHeapMB = s.workerLiveHeapMB;
}
// maxRSS and the CPU times cover the whole process, worker threads included (the CPU times also its start).
const usage = process.resourceUsage();
console.log(
  JSON.stringify({
    mode,
    workers: Number(workers ?? 0),
    articles: files.length,
    bytes,
    ms,
    quotes,
    rssMB: Math.round(usage.maxRSS / 1024),
    userMs: usage.userCPUTime / 1000,
    sysMs: usage.systemCPUTime / 1000,
    workerHeapMB,
    workerLiveHeapMB,
  }),
);
