// One measurement in a fresh process: the bare wink pass, or the pipeline, over a generated corpus.
import fs from 'node:fs';
import path from 'node:path';
import defaultPipeline from '../pipelines/default.js';
import { runPipeline } from '../src/pipeline.js';
import { wink } from '../src/nlp/wink.js';

const [mode, dir] = process.argv.slice(2);
const files = fs.readdirSync(dir).sort().map((f) => fs.readFileSync(path.join(dir, f), 'utf8'));
const bytes = files.reduce((n, t) => n + Buffer.byteLength(t), 0);
wink(); // load the model before the clock starts, as a worker does once
const t = performance.now();
let quotes = 0;
for (const text of files) {
  if (mode === 'wink') {
    const d = wink().readDoc(text);
    d.tokens().out(wink().its.pos);
  } else quotes += runPipeline(defaultPipeline, 'x', text).doc.layers.quotes?.length ?? 0;
}
const ms = performance.now() - t;
console.log(JSON.stringify({ mode, articles: files.length, bytes, ms, quotes, rssMB: Math.round(process.memoryUsage().rss / 1e6) }));
