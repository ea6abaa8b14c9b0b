import { describe, expect, it } from 'vitest';
import { UniqueIds } from '../src/util/unique-ids.js';

describe('UniqueIds', () => {
  it('hands out the base, then the smallest free suffix', () => {
    const ids = new UniqueIds();
    expect([ids.take('a'), ids.take('a'), ids.take('b'), ids.take('a')]).toEqual(['a', 'a-2', 'b', 'a-3']);
  });

  it('skips suffixed ids taken as bases of their own, and ids marked taken', () => {
    const ids = new UniqueIds();
    ids.add('x');
    expect(ids.take('x-2')).toBe('x-2');
    expect(ids.take('x')).toBe('x-3');
    expect(ids.take('x')).toBe('x-4');
    expect(ids.has('x-4')).toBe(true);
    expect(ids.has('x-5')).toBe(false);
  });

  it('gives as many distinct ids as it is asked for, all of one base', () => {
    const ids = new UniqueIds();
    const got = Array.from({ length: 5000 }, () => ids.take('official'));
    expect(new Set(got).size).toBe(5000);
    expect(got[4999]).toBe('official-5000');
  });
});
