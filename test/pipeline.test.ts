import { describe, expect, it } from 'vitest';
import { FlatRange } from '../src/core/doc.js';
import { definePipeline, findBadSpan, runPipeline } from '../src/core/pipeline.js';
import { defineStage, isBuiltIn } from '../src/core/stage.js';
import { attribution } from '../src/stages/attribution/index.js';
import { defaultSieves } from '../src/stages/attribution/sieves/index.js';
import { paragraphs } from '../src/stages/paragraphs.js';
import { quotes } from '../src/stages/quotes.js';
import { tokens } from '../src/stages/tokens/index.js';

describe('definePipeline', () => {
  it('refuses a stage whose input comes later', () => {
    expect(() => definePipeline('bad', [quotes(), paragraphs()])).toThrow(
      /requires layer "paragraphs", which stage "paragraphs" provides only later/,
    );
  });
  it('refuses a layer provided twice', () => {
    expect(() => definePipeline('bad', [paragraphs(), paragraphs()])).toThrow(/provided twice/);
  });
});

describe('runPipeline', () => {
  it('turns a stage that throws into a fatal message for that article only', () => {
    const boom = defineStage({
      name: 'boom',
      requires: ['paragraphs'],
      provides: 'quotes',
      run: () => {
        throw new Error('kaput');
      },
    });
    const r = runPipeline(definePipeline('p', [paragraphs(), boom]), 'a', 'Text.');
    expect(r.failed).toBe(true);
    expect(r.messages[0]).toMatchObject({ severity: 'fatal', stage: 'boom' });
    expect(r.doc.layers.paragraphs).toBeDefined();
  });
  it('rejects a stage that returns a span off the text', () => {
    const liar = defineStage({
      name: 'liar',
      requires: ['paragraphs'],
      provides: 'quotes',
      run: () => [{ id: 'q1', start: 0, end: 3, text: 'xyz' }] as never,
    });
    const r = runPipeline(definePipeline('p', [paragraphs(), liar]), 'a', 'abc def');
    expect(r.failed).toBe(true);
    expect(r.messages[0].message).toMatch(/invalid span/);
  });
  it('findBadSpan checks nested spans', () => {
    expect(findBadSpan('hello', { a: [{ start: 0, end: 5, text: 'hello' }] })).toBeNull();
    expect(findBadSpan('hello', { a: [{ b: { start: 2, end: 9 } }] })).toMatch(/outside/);
  });
  it('findBadSpan checks the range of a FlatRange (a token) without walking its fields', () => {
    expect(findBadSpan('hello', [new FlatRange(0, 5), new FlatRange(1, 2)])).toBeNull();
    expect(findBadSpan('hello', [new FlatRange(0, 5), new FlatRange(3, 6)])).toMatch(/\[3, 6\) is outside/);
    expect(findBadSpan('hello', [new FlatRange(4, 2)])).toMatch(/outside/);
    // Outside an array too: a layer that is one range, or a range in a field.
    expect(findBadSpan('hello', new FlatRange(2, 7))).toMatch(/\[2, 7\) is outside/);
    expect(findBadSpan('hello', { head: new FlatRange(0, 9) })).toMatch(/\[0, 9\) is outside/);
    expect(findBadSpan('hello', { head: new FlatRange(0, 5) })).toBeNull();
    // A plain object beside it is still walked whole.
    expect(findBadSpan('hello', [new FlatRange(0, 1), { inner: { start: 0, end: 2, text: 'hx' } }])).toMatch(/says "hx"/);
  });
  it('the tokens layer is made of FlatRanges, so the runner checks every token’s range', () => {
    const r = runPipeline(definePipeline('p', [paragraphs(), quotes(), tokens()]), 'a', 'Mr. Lorne met Su. “We talked,” he said.');
    expect(r.failed).toBe(false);
    const toks = r.doc.layers.tokens!;
    expect(toks.length).toBeGreaterThan(10);
    expect(toks.every((t) => t instanceof FlatRange)).toBe(true);
  });
  it('checks and freezes every layer once a stage of the user’s is in the pipeline, none in a pipeline of built-in stages', () => {
    const text = 'Mr. Lorne met Su. “We talked,” he said.';
    const own = [paragraphs(), quotes(), tokens()];
    const plain = runPipeline(definePipeline('p', own), 'a', text);
    expect(Object.isFrozen(plain.doc.layers.quotes)).toBe(false);
    const user = defineStage({
      name: 'count',
      requires: ['quotes'],
      provides: 'count' as never,
      run: (doc) => ({ n: doc.layers.quotes!.length }) as never,
    });
    const mixed = runPipeline(definePipeline('p', [paragraphs(), quotes(), tokens(), user]), 'a', text);
    expect(mixed.failed).toBe(false);
    expect(Object.isFrozen(mixed.doc.layers.quotes)).toBe(true);
    expect(Object.isFrozen(mixed.doc.layers.tokens![0])).toBe(true);
    // A copy of a built-in stage is the user's: it may have been changed.
    const copy = { ...tokens() };
    expect(isBuiltIn(tokens())).toBe(true);
    expect(isBuiltIn(copy)).toBe(false);
    // So is attribution run with the user's sieves, which are the user's code.
    expect(isBuiltIn(attribution())).toBe(true);
    expect(isBuiltIn(attribution({ sieves: defaultSieves() }))).toBe(false);
  });
});
