// The generated word lists must be exactly what compromise's lexicon says today: an upgrade of
// compromise that adds or retags a name fails here until `npm run build:lexicon` is run again.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lexiconData, renderLexiconData } from '../scripts/lexicon-source.js';
import { isFirstName, isKnownName, isKnownOrganisation, isPlace, nameGender } from '../src/nlp/lexicon.js';

describe('lexicon data', () => {
  it('src/nlp/lexicon-data.ts is what build:lexicon writes from the installed compromise', () => {
    const file = fs.readFileSync(new URL('../src/nlp/lexicon-data.ts', import.meta.url), 'utf8');
    expect(file).toBe(renderLexiconData(lexiconData()));
  });

  it('answers the questions the rules ask, whatever the case of the word', () => {
    expect(nameGender('Katrina')).toBe('f');
    expect(nameGender('hugh')).toBe('m');
    expect(nameGender('Zyrn')).toBeNull();
    // Given names the lexicon files as ordinary words: `Bill Dorran … she said` must not take him.
    expect(nameGender('Bill')).toBe('m');
    expect(nameGender('June')).toBe('f');
    expect(isFirstName('Nicholas')).toBe(true);
    expect(isFirstName('Smith')).toBe(false);
    expect(isKnownName('Smith')).toBe(true);
    expect(isPlace('Beijing')).toBe(true);
    expect(isPlace('China')).toBe(true);
    expect(isPlace('Lorne')).toBe(false);
    expect(isKnownOrganisation('Adidas')).toBe(true);
    expect(isKnownOrganisation('Thompson')).toBe(false);
  });
});
