// The tree is the plan: what runs in a browser (core, nlp, stages, merge, the `whosaid` entry) never
// imports Node, and nothing imports a level above its own. Levels, lowest first:
//   util → core → nlp → stages → merge → src/api.ts, src/index.ts (`whosaid`) → node (`whosaid/node`)
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const src = path.join(import.meta.dirname, '..', 'src');
const LEVELS = ['util', 'core', 'nlp', 'stages', 'merge', '.', 'node'];

const walk = (dir: string): string[] =>
  fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)]));
const files = walk(src).filter((f) => /\.(?:ts|mjs)$/.test(f));
/** The level of a file: its first folder under src/, or `.` for the entry files at the root. */
const levelOf = (file: string) => {
  const top = path.relative(src, file).split(path.sep);
  return LEVELS.indexOf(top.length === 1 ? '.' : top[0]);
};
const importsOf = (file: string) => [...fs.readFileSync(file, 'utf8').matchAll(/(?:from|import)\s*\(?\s*'([^']+)'/g)].map((m) => m[1]);

describe('the layout', () => {
  it('puts every source file in a known level', () => {
    for (const f of files) expect(levelOf(f), path.relative(src, f)).toBeGreaterThanOrEqual(0);
  });

  it('has nothing import a level above its own', () => {
    const upward: string[] = [];
    for (const f of files) {
      for (const spec of importsOf(f).filter((s) => s.startsWith('.'))) {
        const target = path.resolve(path.dirname(f), spec);
        if (!target.startsWith(src)) continue; // pipelines/, examples/
        if (levelOf(target) > levelOf(f)) upward.push(`${path.relative(src, f)} → ${spec}`);
      }
    }
    expect(upward).toEqual([]);
  });

  it('keeps Node built-ins in node/ alone, so that `whosaid` bundles for a browser', () => {
    const nodeUse = files.filter((f) => levelOf(f) < LEVELS.indexOf('node') && importsOf(f).some((s) => s.startsWith('node:')));
    expect(nodeUse.map((f) => path.relative(src, f))).toEqual([]);
  });

  it('keeps every source file under 400 lines (word lists are data: src/nlp/words.json)', () => {
    const long = files.filter(
      (f) => f.endsWith('.ts') && !f.endsWith('lexicon-data.ts') && fs.readFileSync(f, 'utf8').split('\n').length > 400,
    );
    expect(long.map((f) => path.relative(src, f))).toEqual([]);
  });

  it('declares every built-in layer in core/layers.ts, and no stage augments the registry on its own', () => {
    const augmenting = files.filter((f) => /^declare module/m.test(fs.readFileSync(f, 'utf8'))).map((f) => path.relative(src, f));
    expect(augmenting).toEqual([path.join('core', 'layers.ts')]);
  });
});
