import { describe, expect, it } from 'vitest';
import { BoundedCache } from '../src/util/bounded-cache.js';

describe('BoundedCache', () => {
  it('remembers answers until it holds its bound, then starts again empty', () => {
    const c = new BoundedCache<number>(3);
    c.set('a', 1);
    c.set('b', 2);
    c.set('c', 3);
    expect([c.get('a'), c.get('b'), c.get('c'), c.get('d')]).toEqual([1, 2, 3, undefined]);
    c.set('d', 4); // full: emptied first, so only `d` is left
    expect([c.get('a'), c.get('c'), c.get('d')]).toEqual([undefined, undefined, 4]);
  });
});
