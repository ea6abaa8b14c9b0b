// Coreference on its own: what a pronoun or a description outside quotes refers to, read from the layer
// the stage writes (attribution then takes speakers from it).
import { describe, expect, it } from 'vitest';
import { createPipeline } from '../../src/api.js';
import { layer } from '../../src/core/doc.js';
import { runPipeline } from '../../src/core/pipeline.js';
import { defineStage } from '../../src/core/stage.js';

const upToCoreference = createPipeline({ stages: createPipeline().stages.filter((s) => s.name !== 'attribution') });

/** `phrase → entity name` for every resolved pronoun and description of the text. */
function refs(text: string): string[] {
  const { doc } = runPipeline(upToCoreference, 't', text);
  const coref = layer(doc, 'coreference');
  const names = new Map([...layer(doc, 'entities').entities, ...coref.entities].map((e) => [e.id, e.name]));
  return coref.mentions.map((m) => `${m.text} → ${names.get(m.entity)}`);
}

describe('coreference', () => {
  it.each([
    ['the speaker of the sentence before', 'Maria Lopes met John Marsh on Monday. She said the talks went well.', ['She → Maria Lopes']],
    ['gender skips the nearer name', 'Maria Lopes met John Marsh on Monday. He said the talks went well.', ['He → John Marsh']],
    [
      'a chain of the same pronoun',
      'Don Fowler spoke to Joe Bexley’s aides. That is why, he argued, the party must prepare. Later he said more.',
      ['he → Don Fowler', 'he → Don Fowler'],
    ],
    ['a thing read as a name is no antecedent', 'Medicard was debated. Tom Hale spoke next. He said it was a mess.', ['He → Tom Hale']],
    ['a gendered title decides', 'Mr. Kelly Jordan arrived late. He said the roads were closed.', ['He → Kelly Jordan']],
    [
      'the name in apposition to a subject description, not the owner inside it',
      'Senator Tom Roe toured Ohio. Roe’s campaign manager, Jeff Hale, appeared on television. He said the race was close.',
      ['He → Jeff Hale'],
    ],
    [
      'the official is the one described before',
      'A senior defence official briefed reporters on Friday. The official said more attacks would come.',
      ['The official → A senior defence official'],
    ],
    ['a title names a person', 'Governor Ann Cole toured the site. The governor said it would reopen.', ['The governor → Ann Cole']],
    [
      'a description of one person is the subject before, not the person named last',
      'Sen. Ann Cole met the press on Tuesday. In a statement, the Ohio Democrat later dismissed the plan of Tom Hale.',
      ['the Ohio Democrat → Ann Cole'],
    ],
    [
      'a gerund after a possessive makes no speaker: the pronoun after is the sentence’s subject',
      'Dan Hale won the vote. Hale thanked voters.\n\nAsked about Hale’s calling Ann Roe a liar, Tom Vale blamed Roe for the row. He said it was over.',
      ['He → Tom Vale'],
    ],
    [
      'a participle after a possessive makes no speaker either',
      'Dan Hale won the vote. Hale said he would cut taxes.\n\nThe actor Tim Quell spoke about his show.\n\nAs the talk turned to the race, he weighed Hale’s continued appeal among farmers.\n\n“It is funny,” he said.',
      ['he → Dan Hale', 'he → Tim Quell', 'he → Tim Quell'],
    ],
    [
      'a pronoun later in a sentence that opens with the same one is that one, not a name between',
      'Tom Hale ran third. He spared Rob Vance for weeks, until he said the race was over.',
      ['He → Tom Hale', 'he → Tom Hale'],
    ],
    [
      '`they` is the group described last before a body merely named',
      'The Senate cut what researchers say they need. It is too little, they say.',
      ['researchers → researchers', 'they → researchers'],
    ],
    [
      'a sentence opening with the pronoun continues its chain',
      'Ann Cole spoke on Monday. She has faced critics, among them Mary Bell. She said she would stay.',
      ['She → Ann Cole', 'She → Ann Cole', 'she → Ann Cole'],
    ],
    ['a gendered role word before the name', 'The widow Terry Vela spoke first. She said the bill must pass.', ['She → Terry Vela']],
    [
      'a name in apposition between dashes is the subject the next sentence’s pronoun means',
      'Tom Vale has yet to endorse Dan Hale. But Vale’s running mate — state Sen. Bob Quist — backs Hale. And he says his boss is fine with it.',
      ['he → Bob Quist'],
    ],
    [
      'a name inside the phrase that opens the sentence is no antecedent of the pronoun after its comma',
      'Tom Vale spoke to the union on Monday. At an interview with Harbour Politics, he said the plan would fail.',
      ['he → Tom Vale'],
    ],
    [
      'a lone given name has its sex (`Ingrid`), a lone surname has none',
      'Tom Vale met the mayor. His wife, Ingrid, was there too. He said the talks went well.',
      ['He → Tom Vale'],
    ],
    [
      'a definite description needs all its words in the earlier one',
      'The Democratic nominee arrived first. The Republican nominee said he would win.',
      ['The Republican nominee → The Republican nominee'],
    ],
    [
      'they: the group that opens the clause, not a body named in its phrase',
      'Senate Democrats blocked the bill because they said it was unfair.',
      ['they → Senate Democrats'],
    ],
    [
      'they: the group that opened the sentence before',
      'Local nurses walked out on Monday. They said pay was too low.',
      ['They → Local nurses'],
    ],
    [
      'a given name only one sex bears outweighs the pronouns after it',
      'Tom Roe praised Katrina Roe. He spoke for an hour. Later he thanked Katrina Roe. He left. She said she was proud.',
      ['He → Tom Roe', 'he → Tom Roe', 'He → Tom Roe', 'She → Katrina Roe', 'she → Katrina Roe'],
    ],
    [
      'the subject of its own sentence, its gender unknown, before a later name whose gender is',
      'Kelso Brandt, a farmer, met Tom Vale at the plant, and afterwards he said the talks went well.',
      ['he → Kelso Brandt'],
    ],
    [
      'a noun of one person’s role, as the person before it',
      'Tom Vale bought the Eastport mill on Monday. The shipping magnate said it would reopen.',
      ['The shipping magnate → Tom Vale'],
    ],
    [
      '`they` is the group that opens the sentence before, past an adverb’s comma',
      'Tom Hale met the planners on Monday. Still, local nurses opposed the plan. They say it will fail.',
      ['They → local nurses'],
    ],
    ['a writing speaks itself', 'Parents sent a letter to the board. The letter says charter schools work.', ['The letter → The letter']],
  ])('%s', (_name, text, want) => {
    expect(refs(text)).toEqual(want);
  });

  it('takes a person’s gender from reflexives after the name', () => {
    const text = 'Vandermolt has been establishing himself as an umpire. Later Vandermolt told himself to rest.';
    const { doc } = runPipeline(upToCoreference, 't', text);
    expect(layer(doc, 'entities').entities.map((e) => [e.name, e.gender])).toEqual([['Vandermolt', 'm']]);
  });

  it('writes no entity into the entities layer', () => {
    const text = 'A senior defence official briefed reporters on Friday. The official said more attacks would come.';
    const { doc } = runPipeline(upToCoreference, 't', text);
    expect(layer(doc, 'entities').entities.map((e) => e.name)).toEqual([]);
    expect(layer(doc, 'coreference').entities.map((e) => e.name)).toEqual(['A senior defence official']);
  });
});

describe('the reading coreference and attribution share', () => {
  it('is a layer of its own, required by both: a pipeline without it is refused when defined', () => {
    const stages = createPipeline().stages.filter((s) => s.name !== 'reading');
    expect(() => createPipeline({ stages })).toThrow(/requires layer "reading", which no stage provides/);
  });

  it('is the one object both stages read, frozen like every layer once a stage of the user runs', () => {
    const seen: unknown[] = [];
    const spy = defineStage({
      name: 'spy',
      requires: ['reading', 'attribution'],
      provides: 'spy' as never,
      run(doc) {
        seen.push(layer(doc, 'reading'));
        return [] as never;
      },
    });
    const { doc } = runPipeline(createPipeline({ add: [spy] }), 't', '“We won,” Ann Cole said. She smiled.');
    expect(seen[0]).toBe(doc.layers.reading);
    expect(Object.isFrozen(doc.layers.reading)).toBe(true);
    expect(layer(doc, 'reading').mentions.map((m) => m.text)).toEqual(['Ann Cole']);
  });
});
