// The pair counting `npm run eval` uses for the merge, as the official scorer counts it.
import { describe, expect, it } from 'vitest';
import { speakerPairs } from '../scripts/eval-lib.js';

describe('speakerPairs', () => {
  it('counts pairs of quotes: a speaker split in two loses recall, two people joined lose precision', () => {
    const split = speakerPairs([
      { gold: 'a', merged: 'x' },
      { gold: 'a', merged: 'x' },
      { gold: 'a', merged: 'y' },
    ]);
    expect(split).toMatchObject({ precision: 1, recall: 1 / 3 });
    const joined = speakerPairs([
      { gold: 'a', merged: 'x' },
      { gold: 'a', merged: 'x' },
      { gold: 'b', merged: 'x' },
    ]);
    expect(joined).toMatchObject({ precision: 1 / 3, recall: 1 });
    expect(
      speakerPairs([
        { gold: 'a', merged: 'x' },
        { gold: 'b', merged: 'y' },
      ]).f1,
    ).toBe(1);
  });
});
