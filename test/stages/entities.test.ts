import { describe, expect, it } from 'vitest';
import { createDoc } from '../../src/core/doc.js';
import { MessageLog } from '../../src/core/message.js';
import { runStage } from '../../src/core/pipeline.js';
import { findEntities } from '../../src/stages/entities/index.js';
import { indexedPeople } from '../../src/stages/entities/people.js';
import { paragraphs } from '../../src/stages/paragraphs.js';
import { quotes } from '../../src/stages/quotes.js';
import { tokens } from '../../src/stages/tokens/index.js';

// Every case runs twice: on wink's parse of the whole text, and as the default pipeline reads these
// texts (no quotation and, but for one, no speech word: the light tokenizer), which must find the same.
describe.each(['all', 'quotes'] as const)('entities (parse: %s)', (parse) => {
  const toksOf = (text: string) => {
    const doc = createDoc('t', text);
    const log = new MessageLog();
    for (const stage of [paragraphs(), quotes(), tokens({ parse })]) runStage(doc, stage as never, log);
    return doc.layers.tokens!;
  };
  const people = (text: string) => {
    const layer = findEntities(text, toksOf(text));
    return layer.entities.filter((e) => e.kind === 'person').map((e) => `${e.name}: ${e.mentions.map((m) => m.text).join(' | ')}`);
  };

  it('strips a title with `of the` whole: `Speaker of the House`', () => {
    expect(people('Former Speaker of the House Newt Halvorsen said he would help.')).toEqual([
      'Newt Halvorsen: Former Speaker of the House Newt Halvorsen',
    ]);
  });

  it('reads the word of a committee before a title and a given name as a title, not an outlet', () => {
    expect(people('Committee Chairman Rep. Mary Quell, R-Utah, said the hearing would wait.')).toEqual([
      'Mary Quell: Committee Chairman Rep. Mary Quell',
    ]);
  });

  it('strips titles and links short forms and typos to the full name', () => {
    const got = people('US Secretary of State Anton Lorne arrived. Mr Lorne spoke. Later Lorne left. Lorme smiled.');
    expect(got).toEqual(['Anton Lorne: US Secretary of State Anton Lorne | Mr Lorne | Lorne | Lorme']);
  });
  it('names the entity by the spelling most mentions agree on', () => {
    const got = people('Antoni Lorme met officials. Lorne said little. Lorne left. Mr Lorne flew home.');
    expect(got[0].startsWith('Antoni Lorne:')).toBe(true);
  });
  it('keeps two people who share a surname apart, a bare surname going to the nearest', () => {
    const text = 'Feng Jun met Lorne. Feng said little.\n\nFeng Hao, a scholar, disagreed. Feng said more.';
    const got = people(text);
    expect(got).toContain('Feng Jun: Feng Jun | Feng');
    expect(got).toContain('Feng Hao: Feng Hao | Feng');
  });
  it('never joins a gendered title to a person known as of the other sex, however near', () => {
    const text = 'Tom Lorne spoke first.\n\nAt the hall, Mary Lorne met the mayor. Mr. Lorne said little.';
    const got = people(text);
    expect(got).toContain('Tom Lorne: Tom Lorne | Mr. Lorne');
    expect(got).toContain('Mary Lorne: Mary Lorne');
  });
  it('gives a gendered title to the one known to be of its sex before one whose sex nothing tells', () => {
    const text = 'Tom Lorne spoke first.\n\nAt the hall, Oru Lorne met the mayor. Mr. Lorne said little.';
    const got = people(text);
    expect(got).toContain('Tom Lorne: Tom Lorne | Mr. Lorne');
    expect(got).toContain('Oru Lorne: Oru Lorne');
  });
  it('gives a shared surname to the one whose sex a possessive after its verb names', () => {
    const text = 'Mary Lorne and her husband, Tom Lorne, run the mill. Lorne recalled her first year there.';
    const got = people(text);
    expect(got).toContain('Mary Lorne: Mary Lorne | Lorne');
    expect(got).toContain('Tom Lorne: Tom Lorne');
  });
  it('ends a name at a capitalised speech verb, last in its run too', () => {
    const got = people('Dana Cole Described Her Years At The Plant.\n\nDana Cole ran the union office for a decade.');
    expect(got).toEqual(['Dana Cole: Dana Cole | Dana Cole']);
  });
  it('does not read countries, compounds and dates as people', () => {
    const got = people('On Monday, China-US ties improved. Taiwan and Beijing reacted. The Sino-US talks ended in June.');
    expect(got).toEqual([]);
  });
  it('does not read a short month with its full stop as a person (`Dec. 7`)', () => {
    expect(people('On Dec. 7, the bill passed. It was signed in Sept. 2015 by Ann Roe.')).toEqual(['Ann Roe: Ann Roe']);
  });
  it('reads a lone name seen only after `in` or `at` (or opening a sentence) as a place, whatever verb follows it', () => {
    const text = 'The vigil in Marlow drew crowds. Officials in Marlow said it was calm. Marlow mourned. In Vale’s view, it went well.';
    expect(people(text)).toEqual(['Vale: Vale']);
  });
  it('knows organisations by their head word', () => {
    const text = 'The State Department and China’s Foreign Ministry issued statements, Harbour Times said.';
    const orgs = findEntities(text, toksOf(text))
      .entities.filter((e) => e.kind === 'organisation')
      .map((e) => e.name);
    expect(orgs).toEqual(expect.arrayContaining(['State Department', 'China’s Foreign Ministry', 'Harbour Times']));
  });
  it('knows a command by its head word, a title word inside the name too', () => {
    const text =
      'The figures come from the Northern Special Operations Command. The Harbour Workers of America said the strike would go on.';
    const orgs = findEntities(text, toksOf(text))
      .entities.filter((e) => e.kind === 'organisation')
      .map((e) => e.name);
    expect(orgs).toEqual(['Northern Special Operations Command']);
  });
  it('reads a name after a lower-case `the` as a body, unless a noun follows it or a given name opens it', () => {
    const text = 'Quorla Venn of the Harbour Patriarchate spoke. The Venn campaign and the Tom Lorne trust replied.';
    expect(people(text)).toEqual(['Quorla Venn: Quorla Venn | Venn', 'Tom Lorne: Tom Lorne']);
    const orgs = findEntities(text, toksOf(text))
      .entities.filter((e) => e.kind === 'organisation')
      .map((e) => e.name);
    expect(orgs).toContain('Harbour Patriarchate');
  });
  it('reads a team named for someone as a body, which a bare surname does not join', () => {
    const text = 'Quorla Vale spoke on Monday. Are you on Team Vale? Vale said she would win.';
    expect(people(text)).toEqual(['Quorla Vale: Quorla Vale | Vale']);
  });
  it('reads no given name at the end of a two-word place (`a West Virginia Democrat` is no person)', () => {
    expect(people('“We must win,” said a West Virginia Democrat.')).toEqual([]);
  });
  it('strips a whip’s title before the name', () => {
    expect(people('Senate Minority Whip Quorla Quell spoke on Monday.')).toEqual(['Quorla Quell: Senate Minority Whip Quorla Quell']);
  });
  it('reads a title in capitals as no body, and a title before `of` as no part of the body', () => {
    const text = 'Quorla Venn, the CEO, spoke. The CFO of Harbour Growers Association replied.';
    const orgs = findEntities(text, toksOf(text)).entities.map((e) => `${e.kind}: ${e.name}`);
    expect(orgs).toEqual(['person: Quorla Venn', 'organisation: Harbour Growers Association']);
  });
  it('reads a hyphenated pair alone as a surname where the article gives it in full or a speech verb stands beside it, not as an adjective', () => {
    expect(people('Jane Quell-Varga spoke on Monday. Later Quell-Varga left. Quell-Vane ties are strained.')).toEqual([
      'Jane Quell-Varga: Jane Quell-Varga | Quell-Varga',
    ]);
    // and beside a speech verb, where the article never gives it in full
    expect(people('“We will wait,” said Orla-Benn. Later Orla-Benn told us more.')).toEqual(['Orla-Benn: Orla-Benn | Orla-Benn']);
  });
  it('keeps two lower-case particles inside a name, and links the surname with its particles to it', () => {
    expect(people('Pieter van der Quell spoke. Later Marta de la Vorn said no. “No,” De la Vorn said.')).toEqual([
      'Pieter van der Quell: Pieter van der Quell',
      'Marta de la Vorn: Marta de la Vorn | De la Vorn',
    ]);
  });
  it('reads what a title is `of` as no person (`the mayor of Eastport`), a given name first aside', () => {
    expect(people('The mayor of Quellport, Ann Vorne, spoke. The chief executive of Zentrix wrote to her.')).toEqual([
      'Ann Vorne: Ann Vorne',
    ]);
    expect(people('The father of Jo Quell spoke on Monday.')).toEqual(['Jo Quell: Jo Quell']);
  });
});

describe('the people index', () => {
  // Every person a mention could fit is among the index's candidates, and only a few of a long
  // article's thousands are: comparing with each was what grew with the square of an article's length.
  const given = ['anna', 'john', 'maria', 'li', 'ahmed', 'j.', 'jo', 'matthew', 'matt'];
  const family = ['blinken', 'smith', 'wang', 'garcia', 'okafor', 'nguyen', 'brinken', 'smyth', 'schmidt', 'kowalski'];
  const forms: string[][][] = [];
  for (let k = 0; k < 3000; k++)
    forms.push([[given[k % given.length], `${family[k % family.length]}${k >= family.length * given.length ? k : ''}`]]);
  const people = indexedPeople(forms);
  it.each([['blinken'], ['blingen'], ['j.', 'smith'], ['matthew', 'smyth'], ['wang'], ['anna', 'garcia'], ['kowalsky'], ['okafor.']])(
    'offers every person %s fits, and few others',
    (...form) => {
      const candidates = new Set(people.candidates(form));
      for (const k of people.fitting(form)) expect(candidates.has(k)).toBe(true);
      expect(candidates.size).toBeLessThan(60);
    },
  );
});
