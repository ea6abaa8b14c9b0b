// Reported speech without marks (src/stages/attribution/indirect.ts), on by default: each shape of news
// copy, what is not speech, and what is a direct quote already.
import { describe, expect, it } from 'vitest';
import { analyseArticle, createPipeline } from '../../src/api.js';
import { pipelineFromConfig } from '../../src/config.js';

/** The built-in stages with reported speech found or not. */
const pipelineWith = (indirect: boolean) =>
  pipelineFromConfig({
    name: indirect ? 'indirect' : 'marks-only',
    stages: [
      'paragraphs',
      'quotes',
      'tokens',
      'sentences',
      'entities',
      'reading',
      'coreference',
      { stage: 'attribution', options: { indirect } },
    ],
  });
const withIndirect = pipelineWith(true);

/** `type: text => speaker (cue)` for every quote of the text, in text order. */
function quotes(text: string, pipeline = withIndirect): string[] {
  const record = analyseArticle(pipeline, { id: 't', text });
  for (const q of record.quotes) {
    expect(text.slice(q.start, q.end)).toBe(q.text);
    if (q.cue) expect(text.slice(q.cue.start, q.cue.end)).toBe(q.cue.text);
  }
  return record.quotes.map((q) => `${q.type}: ${q.text} => ${q.speaker?.name ?? null} (${q.cue?.text ?? null})`);
}

const INTRO = 'Ann Roe, the mayor of Eastport, met Tom Vale, a union leader, on Monday.\n\n';

describe('reported speech', () => {
  it.each([
    ['speaker, cue, content', 'Roe said the plant would close in May.', ['indirect: the plant would close in May => Ann Roe (said)']],
    [
      'a cue with its addressee and `that`',
      'Vale told reporters that the vote would wait until June.',
      ['indirect: the vote would wait until June => Tom Vale (told)'],
    ],
    ['content, then the cue', 'The vote will wait until June, Vale said.', ['indirect: The vote will wait until June => Tom Vale (said)']],
    [
      'according to, first',
      'According to Roe, the talks will resume after the vote.',
      ['indirect: the talks will resume after the vote => Ann Roe (According to)'],
    ],
    [
      'a pronoun speaker',
      'She said on Tuesday that the council had not been told.',
      ['indirect: the council had not been told => Ann Roe (said)'],
    ],
  ])('%s', (_name, sentence, expected) => {
    expect(quotes(INTRO + sentence)).toEqual(expected);
  });

  it('a belief or a hope is not speech', () => {
    expect(quotes(`${INTRO}Roe believes the plant will close in May. Vale hopes the vote will wait.`)).toEqual([]);
  });

  it('a quotation is a direct quote, never also reported speech', () => {
    expect(quotes(`${INTRO}Roe said: “The plant will close in May.”`)).toEqual(['direct: The plant will close in May. => Ann Roe (said)']);
    expect(quotes(`${INTRO}“The plant will close in May,” Roe said.`)).toEqual(['direct: The plant will close in May, => Ann Roe (said)']);
  });

  it('reported speech holding quoted words gives both, with one speaker', () => {
    expect(quotes(`${INTRO}Roe said the plant “will close in May” after the vote on the budget.`)).toEqual([
      'indirect: the plant “will close in May” after the vote on the budget => Ann Roe (said)',
      'partial: will close in May => Ann Roe (said)',
    ]);
  });

  it('is on in the default pipeline, and off with `indirect: false`', () => {
    expect(quotes(`${INTRO}Roe said the plant would close in May.`, createPipeline())).toEqual([
      'indirect: the plant would close in May => Ann Roe (said)',
    ]);
    expect(quotes(`${INTRO}Roe said the plant would close in May.`, pipelineWith(false))).toEqual([]);
  });
});
