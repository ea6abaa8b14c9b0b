import { describe, expect, it } from 'vitest';
import { isSpaceCode } from '../src/util/chars.js';

describe('isSpaceCode', () => {
  it('answers as /\\s/ for every UTF-16 code unit', () => {
    const wrong: number[] = [];
    for (let c = 0; c <= 0xffff; c++) if (isSpaceCode(c) !== /\s/.test(String.fromCharCode(c))) wrong.push(c);
    expect(wrong).toEqual([]);
  });
});
