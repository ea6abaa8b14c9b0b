import fs from 'node:fs';
import defaultPipeline from '../pipelines/default.js';
import { runPipeline } from '../src/core/pipeline.js';
import { toRecord } from '../src/core/record.js';
const set = process.argv[2];
const iou = (a: any, b: any) => { const i = Math.min(a.end, b.end) - Math.max(a.start, b.start); return i <= 0 ? 0 : i / (Math.max(a.end, b.end) - Math.min(a.start, b.start)); };
const cat: Record<string, number> = {};
const cue: Record<string, number> = {};
const ex: Record<string, string[]> = {};
for (const f of fs.readdirSync(`${set}/gold`)) {
  if (!f.endsWith('.json') || f === 'entities.json' || f === 'statements.json') continue;
  const gold = JSON.parse(fs.readFileSync(`${set}/gold/${f}`, 'utf8')).quotes.filter((q: any) => q.type === 'indirect' && !q.optional);
  const text = fs.readFileSync(`${set}/corpus/${f.replace(/\.json$/, '.txt')}`, 'utf8');
  const run: any = runPipeline(defaultPipeline, f, text);
  const ctx = run.doc.layers.reading;
  const pred = (toRecord(run, { source: f, sha256: '' }) as any).quotes;
  for (const g of gold) {
    if (pred.some((p: any) => iou(p, g) >= 0.5)) continue;
    if (pred.some((p: any) => iou(p, g) > 0)) { cat.overlap = (cat.overlap ?? 0) + 1; continue; }
    // the speech verbs within 6 tokens before the gold span, in its sentence
    const t0 = ctx.toks.findIndex((t: any) => t.start >= g.start);
    let found = '';
    for (let i = t0 - 1; i >= Math.max(0, t0 - 6); i--) {
      if (ctx.isEnd(i)) break;
      if (ctx.isSpeechVerb(i)) { found = ctx.toks[i].lower; break; }
    }
    const k = found ? 'speech-verb-before' : 'no-speech-verb-before';
    cat[k] = (cat[k] ?? 0) + 1;
    if (found) cue[found] = (cue[found] ?? 0) + 1;
    else { const w = ctx.toks[t0 - 1]?.lower ?? '^'; const w2 = ctx.toks[t0 - 2]?.lower ?? '^'; cue['~' + w2 + ' ' + w] = (cue['~' + w2 + ' ' + w] ?? 0) + 1; }
  }
}
console.log(cat);
console.log(Object.entries(cue).sort((a, b) => b[1] - a[1]).slice(0, 70).map(([k, v]) => `${v} ${k}`).join(', '));
