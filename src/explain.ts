// `whosaid --explain`: what each stage of a pipeline reads and writes, and where its layer goes.

import { LAYERS, layerOutput } from './core/layers.js';
import type { Pipeline } from './core/pipeline.js';

const WHERE = { record: 'record', extensions: 'record.extensions', none: 'internal' } as const;

/** One line a stage, in order: name, the layers it reads, the layer it writes and where that goes, and its options. */
export function explain(pipeline: Pipeline): string {
  const rows = pipeline.stages.map((s, i) => {
    const info = Object.hasOwn(LAYERS, s.provides) ? LAYERS[s.provides as keyof typeof LAYERS] : null;
    const options = s.options && Object.keys(s.options).length ? `  ${JSON.stringify(s.options)}` : '';
    return [
      `${i + 1}. ${s.name}`,
      s.requires.length ? s.requires.join(', ') : 'text',
      `${s.provides} (${WHERE[layerOutput(s.provides)]})`,
      `${info ? info.description : "a stage of the user's own"}${options}`,
    ];
  });
  const head = ['stage', 'reads', 'writes', 'what'];
  const widths = head.map((h, c) => Math.max(h.length, ...rows.map((r) => r[c].length)));
  const line = (r: string[]) =>
    r
      .map((cell, c) => (c < r.length - 1 ? cell.padEnd(widths[c]) : cell))
      .join('  ')
      .trimEnd();
  return [`pipeline "${pipeline.name}": ${pipeline.stages.length} stages`, line(head), ...rows.map(line)].join('\n');
}
