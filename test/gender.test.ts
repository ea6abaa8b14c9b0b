// The gender the output reports of a person quoted: from a title or role word, the pronouns that refer to
// them (as coreference resolves them, or beside their mentions), or a given name one sex bears; null where the text is thin or at odds. People and sentences
// invented for this table.
import { describe, expect, it } from 'vitest';
import { merge } from '../src/index.js';
import { analyseText } from './helpers.js';

/** `name: gender/evidence` for each person who speaks in the text. */
function genders(text: string): string[] {
  return analyseText(text)
    .entities.filter((e) => e.kind === 'person')
    .map((e) => `${e.name}: ${e.gender ?? 'null'}/${e.genderEvidence ?? 'null'}`);
}

const CASES: Array<[string, string, string[]]> = [
  ['a title', '“The road is open,” said Ms. Zyra Quell.', ['Zyra Quell: female/title']],
  ['a role word', '“We will appeal,” said Congressman Dovrin Pask.', ['Dovrin Pask: male/title']],
  ['a gendered noun before the name', '“It was unfair,” said widow Mirelle Tansy.', ['Mirelle Tansy: female/title']],
  [
    'a pronoun chain, no title, an unknown given name',
    'Orsa Vell opened the hearing. She spoke for an hour. Vell took no questions, and her aides left. “We are done,” Vell said.',
    ['Orsa Vell: female/pronoun'],
  ],
  [
    'a chain of pronouns coreference resolves to them',
    'Orsa Vell opened the hearing. She spoke for an hour. She took no questions. “We are done,” Vell said.',
    ['Orsa Vell: female/pronoun'],
  ],
  ['a given name one sex bears', '“Prices will fall,” said Katrina Obelle.', ['Katrina Obelle: female/name']],
  [
    'no pronoun after a name that is a verb’s object',
    'Orsa Vell sued Dren Tolk over her wages and her pension. “We will win,” Vell said. “I doubt it,” Tolk said.',
    ['Orsa Vell: null/null', 'Dren Tolk: null/null'],
  ],
  ['a given name both sexes bear', '“Prices will fall,” said Jordan Obelle.', ['Jordan Obelle: null/null']],
  ['no evidence at all', '“Prices will fall,” said Dr. Zyrn Quolt.', ['Zyrn Quolt: null/null']],
  [
    'a title at odds with the pronouns',
    'Mr. Tavi Rusk chaired the meeting. She opened it at noon. Rusk closed it, and her staff left. “We agreed,” Rusk said.',
    ['Tavi Rusk: null/null'],
  ],
  [
    'a given name the pronouns contradict',
    'Katrina Obelle chaired the meeting. He opened it at noon. Obelle closed it, and his staff left. “We agreed,” Obelle said.',
    ['Katrina Obelle: male/pronoun'],
  ],
];

describe('the gender of a person quoted', () => {
  it.each(CASES)('%s', (_name, text, expected) => {
    expect(genders(text)).toEqual(expected);
  });

  it('is null for organisations and anonymous sources, who have none', () => {
    const rec = analyseText('“We disagree,” the ministry said. “So do we,” a senior official said.');
    for (const e of rec.entities.filter((x) => x.kind !== 'person')) expect(e.gender, e.name).toBeUndefined();
  });

  it('across articles: the one their articles give, its strongest evidence; null when two disagree', () => {
    const a = analyseText('“We will win,” said Ms. Zyra Quell.', 'a');
    const b = analyseText('Zyra Quell spoke first. She was brief. Quell left early, and her aides too. “We will win,” Quell said.', 'b');
    const c = analyseText('“We lost,” said Mr. Tavi Rusk.', 'c');
    const d = analyseText('Tavi Rusk spoke, and her aides nodded. She was brief. “We lost,” Rusk said.', 'd');
    const speakers = new Map(merge([a, b, c, d]).speakers.map((s) => [s.name, s]));
    expect([speakers.get('Zyra Quell')?.gender, speakers.get('Zyra Quell')?.genderEvidence]).toEqual(['female', 'title']);
    expect([speakers.get('Tavi Rusk')?.gender, speakers.get('Tavi Rusk')?.genderEvidence]).toEqual([null, null]);
  });
});

describe('who gets quoted: merged.json sources', () => {
  it('counts speakers once per outlet and month, people by gender, with the share of women among those known', () => {
    const rec = (id: string, text: string, outlet: string, date: string) => ({ ...analyseText(text, id), meta: { outlet, date } });
    const m = merge([
      rec('a', '“We will win,” said Ms. Zyra Quell. “We lost,” said Mr. Tavi Rusk.', 'Harbour Times', '2024-07-02'),
      rec('b', '“We will win again,” said Ms. Zyra Quell.', 'Harbour Times', '2024-08-09'),
      rec('c', '“No comment,” the ministry said. “It is late,” said Dr. Zyrn Quolt.', 'Coast Post', '2024-08-10'),
    ]);
    expect(m.sources.overall).toEqual({
      people: 3,
      women: 1,
      men: 1,
      genderUnknown: 1,
      organisations: 1,
      anonymous: 0,
      quotes: 5,
      shareWomen: 0.5,
    });
    expect(m.sources.byOutlet['Harbour Times']).toMatchObject({ people: 2, women: 1, men: 1, quotes: 3, shareWomen: 0.5 });
    expect(m.sources.byOutlet['Coast Post']).toMatchObject({ people: 1, genderUnknown: 1, organisations: 1, shareWomen: null });
    expect(Object.keys(m.sources.byMonth)).toEqual(['2024-07', '2024-08']);
    expect(m.sources.byMonth['2024-08']).toMatchObject({ people: 2, women: 1, quotes: 3 });
  });
});

describe('turning gender off', () => {
  it('leaves it null in every output, through the API or a JSON config, and changes no speaker', async () => {
    const { analyseArticle, createPipeline } = await import('../src/index.js');
    const { defaultConfig, pipelineFromConfig } = await import('../src/config.js');
    const text = '“We will win,” said Ms. Zyra Quell. She left. “So will we,” said Mr. Tavi Rusk.';
    const stages = defaultConfig().stages.map((s) => (s === 'entities' ? { stage: 'entities', options: { gender: false } } : s));
    const off = analyseArticle(pipelineFromConfig({ name: 'no-gender', stages }), { id: 'a', text });
    const on = analyseArticle(createPipeline(), { id: 'a', text });
    expect(off.entities.map((e) => [e.name, e.gender, e.genderEvidence])).toEqual([
      ['Zyra Quell', null, null],
      ['Tavi Rusk', null, null],
    ]);
    expect(on.entities.map((e) => e.gender)).toEqual(['female', 'male']);
    expect(off.quotes.map((q) => q.speaker?.name)).toEqual(on.quotes.map((q) => q.speaker?.name));
    expect(off.article.config?.stages.find((s) => s.stage === 'entities')?.options).toEqual({ gender: false });
  });
});

describe('the gender coreference reads a person by', () => {
  it('is a given name one sex bears, unless three pronouns of the other and none of its own say otherwise', async () => {
    const { genderOf } = await import('../src/stages/entities/gender.js');
    expect(genderOf('f', [], { m: 1, f: 0 }, 'f')).toBe('f');
    expect(genderOf('f', [], { m: 3, f: 0 }, 'f')).toBe('m');
    expect(genderOf('f', [], { m: 3, f: 1 }, 'f')).toBe('f');
    expect(genderOf('f', ['mrs.'], { m: 3, f: 0 }, 'f')).toBe('f');
  });
});
