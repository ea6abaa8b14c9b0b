// The attribution suite: sentences that look like real news copy, each with the quotes and speakers a
// reader would give. Straight and curly marks, British single quotes, speaker before, inside or after.
import { describe, expect, it } from 'vitest';
import { basic as cases } from '../fixtures/attribution-cases.js';
import { analyseText, who } from '../helpers.js';

describe('attribution: news sentences', () => {
  it.each(cases)('%s', (_name, text, expected) => {
    expect(who(text)).toEqual(expected);
  });
});

describe('attribution: details', () => {
  it('records the addressee of `told`', () => {
    const q = analyseText('“The plant will stay open,” Karen Doyle told workers at the site.').quotes[0];
    expect(q.speaker?.addressee?.text).toBe('workers');
    expect(q.cue?.text).toBe('told');
  });
  it('a continued quote has no mention and inherits the speaker', () => {
    const r = analyseText('“Rates will fall,” said banker Jo Park.\n\n“We expect two cuts before summer.”');
    expect(r.quotes[1].speaker?.via).toBe('continuation');
    expect(r.quotes[1].speaker?.mention).toBeNull();
    expect(r.quotes[1].speaker?.name).toBe('Jo Park');
  });
  it('`according to a readout` is a source, not the speaker', () => {
    const r = analyseText('President Ana Ruiz said the country “will not be intimidated”, according to a readout by the news agency.');
    expect(r.quotes[0].speaker?.name).toBe('Ana Ruiz');
  });
  it('confidence is lower for resolved pronouns than for names', () => {
    const named = analyseText('“We won,” Sam Ortiz said.').quotes[0].confidence;
    const pronoun = analyseText('Sam Ortiz spoke first. “We won,” he said.').quotes[0].confidence;
    expect(named).toBeGreaterThan(pronoun);
  });
});
