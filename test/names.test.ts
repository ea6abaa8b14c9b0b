// Name comparisons: the folded variants the entities stage uses must answer as the general ones do.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  foldedInitialMatches,
  foldName,
  initialMatches,
  sameFoldedGivenName,
  sameFoldedToken,
  sameGivenName,
  sameNameToken,
} from '../src/nlp/names.js';

// Name-like words: letters with and without accents, capitals, a full stop, an apostrophe, a hyphen,
// combining marks, and some other scripts (`Łukasz`, `Ólafur`, `Đorđe`, `Ñúñez`, `İlham`, `Σωκράτης`).
const letter = fc.constantFrom(..."abcdeiklnorstuyABKLNSXÁÉÍÓÚáéíóúñÑçÇłŁđĐİıßσςΣω.'’-".split(''), '\u0301', '\u0308');
const word = fc.array(letter, { minLength: 1, maxLength: 10 }).map((cs) => cs.join(''));
// Pairs that are often near each other, so that typos and initials are tried, not only strangers.
const near = word.chain((w) =>
  fc.tuple(
    fc.constant(w),
    fc.oneof(word, fc.constant(w.slice(1)), fc.constant(`${w}n`), fc.constant(`${w.slice(0, 1)}.`), fc.constant(w.toUpperCase())),
  ),
);

describe('folded name comparisons', () => {
  it('folding twice gives what folding once gives', () => {
    fc.assert(
      fc.property(word, (w) => foldName(foldName(w)) === foldName(w)),
      { numRuns: 2000 },
    );
  });

  it('answer on folded words as sameNameToken, sameGivenName and initialMatches do', () => {
    fc.assert(
      fc.property(near, ([a, b]) => {
        const x = foldName(a);
        const y = foldName(b);
        expect(sameFoldedToken(x, y)).toBe(sameNameToken(x, y));
        expect(sameFoldedGivenName(x, y)).toBe(sameGivenName(x, y));
        expect(foldedInitialMatches(x, y)).toBe(initialMatches(x, y));
      }),
      { numRuns: 3000 },
    );
  });

  it('allow one typo in a long word, an initial, and a short given name', () => {
    expect(sameFoldedToken('antony', 'anthony')).toBe(true);
    expect(sameFoldedToken('blinken', 'brinken')).toBe(true);
    expect(sameFoldedToken('blinken.', 'blinken')).toBe(true);
    expect(sameFoldedToken('wang', 'wan')).toBe(false);
    expect(sameFoldedToken('smith', 'smyth')).toBe(true);
    expect(sameFoldedToken('smith', 'jones')).toBe(false);
    expect(sameFoldedGivenName('j.', 'joe')).toBe(true);
    expect(sameFoldedGivenName('matt', 'matthew')).toBe(true);
    expect(sameFoldedGivenName('tom', 'thomas')).toBe(false);
    expect(sameNameToken('Ángela', 'angela')).toBe(true);
  });
});
