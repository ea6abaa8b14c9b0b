// The wider suite: every case of both tables with curly marks and again with straight marks, and
// more than sixty speech verbs on either side of the quote.
import { describe, expect, it } from 'vitest';
import { type Case, more, SPEECH_VERB_FORMS, straighten } from '../fixtures/attribution-cases.js';
import { who } from '../helpers.js';

const both: Case[] = more.flatMap(([name, text, expected]) => [
  [`${name} (curly)`, text, expected],
  [`${name} (straight)`, straighten(text), expected.map(straighten)],
]);

describe('attribution suite: curly and straight marks', () => {
  it.each(both)('%s', (_name, text, expected) => {
    expect(who(text)).toEqual(expected);
  });
});

describe('attribution suite: speech verbs', () => {
  it.each(SPEECH_VERB_FORMS)('“…,” Ana Ruiz %s', (verb) => {
    expect(who(`“The figures speak for themselves,” Ana Ruiz ${verb}.`)).toEqual(['The figures speak for themselves, => Ana Ruiz']);
  });
  it.each(SPEECH_VERB_FORMS.filter((v) => !/ (?:on|in) /.test(v)))('Ana Ruiz %s that … “…”', (verb) => {
    expect(who(`Ana Ruiz ${verb} that the plan was “a waste of public money”.`)).toEqual(['a waste of public money => Ana Ruiz']);
  });
});
