import { describe, expect, it } from 'vitest';
import { splitParagraphs } from '../../src/stages/paragraphs.js';

const lines = (text: string) => splitParagraphs(text).map((p) => text.slice(p.start, p.end));

describe('paragraphs', () => {
  it.each([
    ['blank lines', 'One.\n\nTwo.', ['One.', 'Two.']],
    ['single line breaks', 'One.\nTwo.', ['One.', 'Two.']],
    ['soft wrap joins', 'The minister told\nreporters on Monday.', ['The minister told\nreporters on Monday.']],
    ['CRLF', 'One.\r\n\r\nTwo.', ['One.', 'Two.']],
    ['indented bullets', '  • First point\n  • Second point', ['• First point', '• Second point']],
  ])('%s', (_name, text, expected) => {
    expect(lines(text)).toEqual(expected);
  });

  it('marks headlines and boilerplate', () => {
    const text = 'Storm hits coast\n\nThe storm hit.\n\nSee also  Other story\n\nLeave a Comment\n\nPlease enter your comment!';
    const ps = splitParagraphs(text);
    expect(ps.map((p) => p.heading)).toEqual([true, false, true, true, false]);
    expect(ps.map((p) => p.boilerplate)).toEqual([false, false, true, true, true]);
  });

  it('marks a photo credit as boilerplate, not a sentence that names an agency', () => {
    const text = 'Dana Roe via Getty Images.\n\nLee Park/Reuters.\n\nThe mayor spoke via a video link to Reuters reporters on Monday.';
    expect(splitParagraphs(text).map((p) => p.boilerplate)).toEqual([true, true, false]);
    // (by its shape, whatever the agency: an invented one, and a sentence that ends `via` a place)
    const other = 'Handout/Eastport Wirepix.\n\nThe convoy left the town via Northgate.';
    expect(splitParagraphs(other).map((p) => p.boilerplate)).toEqual([true, false]);
  });
});
