// The tokens stage: wink's parse where a quote is read, the light tokenizer elsewhere, one token list.
import { describe, expect, it } from 'vitest';
import { createDoc } from '../../src/core/doc.js';
import type { Token } from '../../src/core/layers.js';
import { MessageLog } from '../../src/core/message.js';
import { runStage } from '../../src/core/pipeline.js';
import { paragraphs } from '../../src/stages/paragraphs.js';
import { quotes } from '../../src/stages/quotes.js';
import { tokens } from '../../src/stages/tokens/index.js';
import { who } from '../helpers.js';

function toks(text: string, parse: 'quotes' | 'all' = 'quotes'): Token[] {
  const doc = createDoc('t', text);
  const log = new MessageLog();
  for (const stage of [paragraphs(), quotes(), tokens({ parse })]) runStage(doc, stage as never, log);
  return doc.layers.tokens!;
}
const show = (text: string, ts: Token[]) => ts.filter((t) => t.pos !== 'SPACE').map((t) => `${text.slice(t.start, t.end)}/${t.pos}`);

describe('tokens', () => {
  it('splits a possessive the same way whatever articles the thread read before', () => {
    // wink learns `Quenvex’s` as one word from `Quenvex’s.` and would keep it whole from then on.
    const later = '“It is over,” Brack said on Quenvex’s show.';
    const before = show(later, toks(later, 'all'));
    const teach = '“We saw it,” she said of Quenvex’s.';
    toks(teach, 'all');
    const after = show(later, toks(later, 'all'));
    expect(before).toContain('’s/PART');
    expect(after).toEqual(before);
  });
  it('reads a word in -ing after a possessive as a noun, not after `her` or a pronoun’s `’s`', () => {
    const text = 'A source familiar with Vale’s thinking said their spending rose. He’s saying she saw her leaving.';
    const shown = show(text, toks(text, 'all'));
    expect(shown).toEqual(expect.arrayContaining(['thinking/NOUN', 'spending/NOUN', 'saying/VERB', 'leaving/VERB']));
    // the text's second token too
    expect(show('His thinking changed.', toks('His thinking changed.', 'all'))).toContain('thinking/NOUN');
  });
  it('splits `I’m` as wink splits `I’ve`: the pronoun and its verb, no name', () => {
    const text = '“I’m staying, and I’ve said so,” Vale said.';
    const shown = show(text, toks(text, 'all'));
    expect(shown).toEqual(expect.arrayContaining(['I/PRON', '’m/AUX', 'I/PRON', '’ve/AUX']));
    expect(shown).not.toContain('I’m/PROPN');
  });
  it('reads a word in -ed between a noun and what no noun phrase goes on with as a past verb', () => {
    const text = '“We tried,” Roe said. Vale said the Ames family deserved better.';
    const shown = show(text, toks(text, 'all'));
    expect(shown).toContain('deserved/VERB');
  });
  it('reads a capitalised modal before a past verb or a verb in -s as a name (`Will wrote`), not before a bare verb', () => {
    const text = '“It is over,” Rosa Will wrote. Will described the plan as dead. Will says no. Will it pass?';
    const shown = show(text, toks(text, 'all'));
    expect(shown.filter((w) => /^Will\//.test(w))).toEqual(['Will/PROPN', 'Will/PROPN', 'Will/PROPN', 'Will/AUX']);
  });
  it('ends a sentence at a function word’s full stop that wink reads as an abbreviation (`in.`, `no.`)', () => {
    const text = 'He said he was staying in. Then he left. She said no. Nobody asked in. mid-sentence.';
    const ts = toks(text, 'all').filter((t) => t.pos !== 'SPACE');
    expect(show(text, ts)).toEqual(expect.arrayContaining(['in/ADP', 'no/DET']));
    const sentenceOf = (word: string) => ts.find((t) => text.slice(t.start, t.end) === word)!.sentence;
    expect(sentenceOf('Then')).toBe(sentenceOf('staying') + 1);
    expect(sentenceOf('Nobody')).toBe(sentenceOf('She') + 1);
    // Before a lower-case word wink's reading stands.
    expect(show(text, ts)).toContain(`in./${ts.find((t) => text.slice(t.start, t.end) === 'in.')?.pos}`);
  });
  it('reads a paragraph with no quote and no speech word the light way, split as wink splits', () => {
    const text = 'Mr. Lorne met Su’s aides in the U.S. on Monday, and Dr. J. Smith-Jones didn’t stay.';
    // `stay/NOUN`: the light guess (wink says VERB), which shows this paragraph was read the light way;
    // `met` is a verb by the list of past tenses not in -ed.
    expect(show(text, toks(text))).toEqual([
      'Mr./PROPN',
      'Lorne/PROPN',
      'met/VERB',
      'Su/PROPN',
      '’s/PART',
      'aides/NOUN',
      'in/ADP',
      'the/DET',
      'U.S./PROPN',
      'on/ADP',
      'Monday/PROPN',
      ',/PUNCT',
      'and/CCONJ',
      'Dr./PROPN',
      'J./PROPN',
      'Smith/PROPN',
      '-/PUNCT',
      'Jones/PROPN',
      'did/AUX',
      'n’t/PART',
      'stay/NOUN',
      './PUNCT',
    ]);
  });

  it('gives wink’s tags to a paragraph with a quote, and a speech word elsewhere is a verb', () => {
    const text = 'The minister arrived on Sunday.\n\nShe said the talks were “useful”.';
    const ts = toks(text);
    const said = ts.find((t) => t.lower === 'said')!;
    expect(said.pos).toBe('VERB'); // wink
    expect(ts.find((t) => t.lower === 'arrived')!.pos).toBe('VERB'); // light: -ed
    const allWink = toks(text, 'all');
    expect(show(text, ts).slice(-9)).toEqual(show(text, allWink).slice(-9));
  });

  it('keeps a word with letters outside Latin-1 whole, either way of reading', () => {
    const text = 'Tomasz Łęcki and Ana Țurcanu met Nguyễn Bảo.\n\n“Fine,” said Marek Dvořák.';
    for (const parse of ['quotes', 'all'] as const) {
      const words = toks(text, parse)
        .filter((t) => t.pos !== 'SPACE' && t.pos !== 'PUNCT')
        .map((t) => text.slice(t.start, t.end));
      expect(words).toEqual(expect.arrayContaining(['Łęcki', 'Țurcanu', 'Nguyễn', 'Bảo', 'Dvořák']));
    }
  });

  it('numbers sentences through the text: at each line break and after a full stop before a capital', () => {
    const text = 'Talks began. “Fine,” he said.\n\nLi Na arrived late. Then she left!\nThe end';
    const ts = toks(text).filter((t) => t.pos !== 'SPACE');
    const sentenceOf = (w: string) => ts.find((t) => t.lower === w)!.sentence;
    expect(sentenceOf('began')).toBeLessThan(sentenceOf('fine'));
    expect(sentenceOf('said')).toBeLessThan(sentenceOf('arrived'));
    expect(sentenceOf('arrived')).toBeLessThan(sentenceOf('then'));
    expect(sentenceOf('left')).toBeLessThan(sentenceOf('end'));
    for (let i = 1; i < ts.length; i++) expect(ts[i].sentence).toBeGreaterThanOrEqual(ts[i - 1].sentence);
  });

  it('keeps every token exact and in order on messy text, either way of reading', () => {
    const text =
      '\uFEFFHeadline\u00a0With\u00a0NBSP\r\n\r\nO’Brien paid $5,000 (3.5%) at 9 a.m. 🎉 for café crème…\r\n“A,” she said.\n\t\n—Jones’ car';
    for (const parse of ['quotes', 'all'] as const) {
      const ts = toks(text, parse);
      let last = 0;
      for (const t of ts) {
        expect(t.start).toBeGreaterThanOrEqual(last);
        expect(t.end).toBeGreaterThan(t.start);
        expect(t.lower).toBe(text.slice(t.start, t.end).toLowerCase().replace(/’/g, "'"));
        last = t.end;
      }
      expect(
        ts
          .map((t) => text.slice(t.start, t.end))
          .join('')
          .replace(/\s/g, ''),
      ).toBe(text.replace(/[\s\uFEFF]/g, '').replace(/\uFEFF/g, ''));
    }
  });

  it('in a title-case line, a capitalised word wink never called a name is no name', () => {
    const text = 'Lorne Meets Officials On Set With Eddie Vale\n\nLorne said the talks were “candid”.';
    const light = show(text, toks(text)).slice(0, 8);
    expect(light).toContain('Lorne/PROPN'); // wink called it a proper noun in the second paragraph
    expect(light).toContain('Set/NOUN');
    expect(light).toContain('Eddie/PROPN'); // a known given name
  });

  it('a full name read the light way still names the speaker of a later quote', () => {
    const text = 'Secretary of State Anton Lorne arrived in Beijing on Sunday for two days of meetings.\n\n“We made progress,” he said.';
    expect(who(text)).toEqual(['We made progress, => Anton Lorne']);
  });

  it('a sentence opening in -ly or -ing is an adverb or a verb, unless it is a given name', () => {
    const text =
      'Finally, officials left. Describing the plan, Ann Lee spoke. Kelly Brown arrived on Monday.\n\n“We are ready,” Brown said.';
    const light = show(text, toks(text));
    expect(light).toContain('Finally/ADV');
    expect(light).toContain('Describing/VERB');
    expect(light).toContain('Kelly/PROPN');
    expect(who(text)).toEqual(['We are ready, => Kelly Brown']);
  });

  it('a word after a subject pronoun is a verb where wink did not read', () => {
    const text = 'The plant is old. She knew the risk and they want a vote.';
    const light = show(text, toks(text));
    expect(light).toContain('knew/VERB');
    expect(light).toContain('want/VERB');
    expect(light).toContain('risk/NOUN');
  });
});
