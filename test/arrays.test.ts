// mapArray is Array.prototype.map with one array shape (see src/util/arrays.ts); its results must be map's.
import { describe, expect, it } from 'vitest';
import { mapArray } from '../src/util/arrays.js';

describe('mapArray', () => {
  it('gives what map gives: values in order, with their index', () => {
    const list = ['a', 'bb', 'ccc'];
    expect(mapArray(list, (w, k) => `${k}:${w.length}`)).toEqual(list.map((w, k) => `${k}:${w.length}`));
    expect(mapArray([], () => 1)).toEqual([]);
  });

  it('leaves no holes, even for undefined results', () => {
    const out = mapArray([1, 2, 3], () => undefined);
    expect(out.length).toBe(3);
    expect(1 in out).toBe(true);
  });
});
