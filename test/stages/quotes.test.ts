import { describe, expect, it } from 'vitest';
import { splitParagraphs } from '../../src/stages/paragraphs.js';
import { scanQuotes } from '../../src/stages/quotes.js';

function scan(text: string) {
  const warnings: string[] = [];
  const quotes = scanQuotes(text, splitParagraphs(text), { warn: (code) => warnings.push(code) });
  return { texts: quotes.map((q) => q.text), quotes, warnings };
}

const table: Array<[string, string, string[]]> = [
  ['curly pair', 'He said “we won” today.', ['we won']],
  ['straight pair', 'He said "we won" today.', ['we won']],
  ['british singles', 'He said ‘we won’ today.', ['we won']],
  ['straight singles', "He said 'we won' today.", ['we won']],
  ['guillemets', 'Il a dit «nous avons gagné» hier.', ['nous avons gagné']],
  [
    'guillemets spaced in the French way',
    '« Nous avons gagné », a-t-il dit. Puis « nous partons » hier.',
    ['Nous avons gagné', 'nous partons'],
  ],
  ['german low-high', 'Er sagte „wir haben gewonnen“ heute.', ['wir haben gewonnen']],
  ['mismatched straight-curly', 'He said "we won” today.', ['we won']],
  ['two apostrophes close', 'He said “we won’’ today.', ['we won']],
  ['apostrophes are not marks', 'Don’t touch Jones’ car or the ’80s radio, it’s rock ’n’ roll.', []],
  ['possessive inside a quote', '“Su’s remarks were clear,” she said.', ['Su’s remarks were clear,']],
  ['nested kept inside outer', '“Keep their ‘bottom line’ intact,” he said.', ['Keep their ‘bottom line’ intact,']],
  ['double nested in british single', '‘He told me "never again" and left,’ she said.', ['He told me "never again" and left,']],
  ['stray spaces inside marks', 'It is called “ bird fancier’s lung. ” Doctors agree.', ['bird fancier’s lung.']],
  ['split quote', '“A,” he said. “B.”', ['A,', 'B.']],
  ['single closer after a comma', '‘We will not back down,’ said Kate.', ['We will not back down,']],
  ['several on a line', 'It was “direct” and made progress “on several fronts”.', ['direct', 'on several fronts']],
];

describe('quotes: the scanner', () => {
  it.each(table)('%s', (_name, text, expected) => {
    expect(scan(text).texts).toEqual(expected);
  });

  it('excludes the marks and keeps trailing punctuation inside them', () => {
    const text = '“This is very good,” Su said.';
    const q = scan(text).quotes[0];
    expect(text.slice(q.start, q.end)).toBe('This is very good,');
    expect(text.slice(q.open.start, q.open.end)).toBe('“');
    expect(q.close && text.slice(q.close.start, q.close.end)).toBe('”');
  });

  it('continues a paragraph that opens and never closes into the next (newspaper style)', () => {
    const { quotes, warnings } = scan('“First part of the speech.\n\n“Second part,” she said.');
    expect(quotes.map((q) => q.text)).toEqual(['First part of the speech.', 'Second part,']);
    expect(quotes[0].continues).toBe(true);
    expect(quotes[1].continued).toBe(true);
    expect(warnings).toEqual([]);
  });

  it('reports an unclosed mark and does not swallow the rest of the article', () => {
    const { quotes, warnings } = scan('He said “this never closes.\n\nA new paragraph. Then “a real quote” here.');
    expect(warnings).toContain('unclosed-quote');
    expect(quotes.map((q) => q.text)).toEqual(['this never closes.', 'a real quote']);
  });

  it('closes a quote left open before the next opening mark', () => {
    const { quotes, warnings } = scan('He said “one thing and then “another thing” happened.');
    expect(warnings).toContain('unclosed-quote');
    expect(quotes.map((q) => q.text)).toEqual(['one thing and then', 'another thing']);
  });

  it('finds nothing in boilerplate lines', () => {
    expect(scan("See also  Star says surgery 'went well'\n\nRelated Posts").texts).toEqual([]);
  });

  it('stays linear on 150,000 marks', () => {
    const text = '“a” '.repeat(50_000);
    const t = Date.now();
    expect(scan(text).quotes.length).toBe(50_000);
    expect(Date.now() - t).toBeLessThan(30_000); // a hang guard, not a speed target
  });
});
