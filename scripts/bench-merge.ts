import { merge } from '../src/merge/index.js';
import { syntheticRecords } from './synthetic.js';

const n = Number(process.argv[2] ?? 10000);
const records = syntheticRecords(n);
global.gc?.();
const before = process.memoryUsage().rss;
const t = performance.now();
const m = merge(records);
const ms = performance.now() - t;
console.log(
  JSON.stringify({
    quotes: n,
    ms: Math.round(ms),
    statements: m.statements.length,
    speakers: m.speakers.length,
    rssMB: Math.round(process.memoryUsage().rss / 1e6),
    deltaMB: Math.round((process.memoryUsage().rss - before) / 1e6),
  }),
);
