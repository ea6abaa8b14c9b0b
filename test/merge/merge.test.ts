import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sameUtterance, words } from '../../src/merge/hashing.js';
import { merge } from '../../src/merge/index.js';
import { collationRanks, indefinite } from '../../src/merge/speaker-names.js';
import { analyseText } from '../helpers.js';

describe('merge: speakers', () => {
  it('one speaker per person across spellings, named by the spelling most articles use', () => {
    const a = analyseText('“We made progress,” said US Secretary of State Anton Lorne after meeting Feng Jun.', 'a');
    const b = analyseText('Feng Jun hosted the talks. “The talks were useful,” Antoni Lorne told reporters.', 'b');
    const c = analyseText('“We will keep talking,” said Anton Lorne on Monday. Feng Jun did not comment.', 'c');
    const m = merge([a, b, c]);
    const blinken = m.speakers.filter((s) => /lorne/i.test(s.name));
    expect(blinken).toHaveLength(1);
    expect(blinken[0].name).toBe('Anton Lorne');
    expect(blinken[0].aliases).toContain('Antoni Lorne');
    expect(blinken[0].articles).toEqual(['a', 'b', 'c']);
  });

  it('keeps two people who share a surname apart', () => {
    const a = analyseText('“Relations must improve,” said Feng Jun, the foreign minister.', 'a');
    const b = analyseText('“It is a good start,” said Feng Hao, a scholar.', 'b');
    const names = merge([a, b])
      .speakers.map((s) => s.name)
      .sort();
    expect(names).toEqual(['Feng Hao', 'Feng Jun']);
  });

  it('names an anonymous speaker with an indefinite article chosen by sound', () => {
    expect(indefinite('one US official')).toBe('a US official');
    expect(indefinite('the official')).toBe('an official');
    expect(indefinite('one FBI agent')).toBe('an FBI agent');
    expect(indefinite('a university spokesman')).toBe('a university spokesman');
    expect(indefinite('US officials')).toBe('US officials');
  });

  it('keeps anonymous officials of different articles apart', () => {
    const a = analyseText('“The talks went well,” a senior official told reporters.', 'a');
    const b = analyseText('“We expect more talks soon,” a senior official told reporters.', 'b');
    expect(merge([a, b]).speakers.filter((s) => s.kind === 'anonymous')).toHaveLength(2);
  });

  it('gives each of many same-named anonymous speakers its own id, numbered in article order', () => {
    const records = Array.from({ length: 40 }, (_, k) =>
      analyseText(`“We expect talks on day ${k + 1},” a senior official told reporters.`, `a${String(k).padStart(2, '0')}`),
    );
    const anonymous = merge(records).speakers.filter((s) => s.kind === 'anonymous');
    expect(anonymous).toHaveLength(40);
    expect(new Set(anonymous.map((s) => s.id)).size).toBe(40);
    const byArticle = new Map(anonymous.map((s) => [s.articles[0], s.id]));
    expect(byArticle.get('a00')).toBe('a-senior-official');
    expect(byArticle.get('a01')).toBe('a-senior-official-2');
    expect(byArticle.get('a39')).toBe('a-senior-official-40');
  });
});

describe('merge: statements', () => {
  it('a quote copied into many articles (a wire story) is one statement, and each copy is listed', () => {
    const story = 'Officials met on Monday. “We will rebuild the bridge within a year,” said Mayor Lena Ortiz.';
    const copies = Array.from({ length: 60 }, (_, k) => analyseText(story, `copy-${String(k).padStart(2, '0')}`));
    const other = analyseText('“The budget is not there for a bridge,” said Mayor Lena Ortiz.', 'other');
    const m = merge([...copies, other]);
    const bridge = m.statements.filter((s) => /rebuild the bridge/.test(s.text));
    expect(bridge).toHaveLength(1);
    expect(bridge[0].quotes.map((q) => q.article)).toEqual(copies.map((r) => r.article.id));
    expect(m.statements.filter((s) => /budget/.test(s.text))).toHaveLength(1);
  });

  it('two identical quotes inside one article stay two statements (an article does not repeat itself)', () => {
    const text = '“No comment,” said Ann Lee on Monday.\n\nOn Tuesday she was asked again. “No comment,” said Ann Lee.';
    const m = merge([analyseText(text, 'a')]);
    expect(m.statements.filter((s) => s.text.startsWith('No comment'))).toHaveLength(2);
  });

  it('one statement for the same words quoted whole and in part', () => {
    const a = analyseText('“We have an obligation and a responsibility to manage this relationship,” said Anton Lorne.', 'a', {
      marksOnly: true,
    });
    const b = analyseText('Anton Lorne said the two countries “have an obligation and responsibility” to manage ties.', 'b', {
      marksOnly: true,
    });
    const m = merge([a, b]);
    expect(m.statements).toHaveLength(1);
    expect(m.statements[0].quotes).toHaveLength(2);
    expect(m.statements[0].text).toMatch(/^We have an obligation/);
  });

  it('one statement for two translations of one sentence', () => {
    expect(
      sameUtterance(
        words('hopes to see a good and stable China-US relationship'),
        words('hopes to see a sound and steady China-US relationship'),
      ),
    ).toBe(true);
  });

  it('different utterances of one speaker stay apart', () => {
    const a = analyseText('“Taiwan is our core interest,” said Feng Jun.\n\n“We want stable trade with Europe,” Feng Jun said later.', 'a');
    expect(merge([a]).statements).toHaveLength(2);
  });

  it('one statement for a two-sentence quote that another article quotes sentence by sentence', () => {
    const a = analyseText(
      '“We will build the new hospital by 2027. The money is already in the budget,” said Health Minister Lena Vogt.',
      'a',
    );
    const b = analyseText('“We will build the new hospital by 2027,” Lena Vogt said on Monday. “The money is already in the budget.”', 'b');
    const m = merge([a, b]);
    expect(m.statements).toHaveLength(1);
    expect(m.statements[0].quotes).toHaveLength(3);
  });

  it('propagates a speaker to a report that could not attribute the words, in the statement only', () => {
    const a = analyseText('“The ceasefire must hold for the sake of every family in the region,” said envoy Carla Moreau.', 'a');
    const b = analyseText('The talks ended late. “The ceasefire must hold for the sake of every family in the region.”', 'b');
    expect(b.quotes[0].speaker).toBeNull();
    const m = merge([a, b]);
    expect(m.statements).toHaveLength(1);
    expect(m.statements[0].speaker).toBe(m.speakers[0].id);
    expect(m.statements[0].speakerPropagated).toBe(true);
  });

  it('joins misspelt names of one person and names them by the majority spelling', () => {
    const recs = ['Anton Lorne', 'Anton Lorne', 'Anton Lorme', 'Antoni Lorne'].map((n, i) =>
      analyseText(`${n} met Feng Jun in Beijing. “Talks were useful number ${i},” said ${n}.`, `a${i}`),
    );
    const m = merge(recs);
    expect(m.speakers).toHaveLength(1);
    expect(m.speakers[0].name).toBe('Anton Lorne');
    expect(m.speakers[0].aliases).toEqual(expect.arrayContaining(['Anton Lorme', 'Antoni Lorne']));
  });

  it('merges a typo only when its context fits: a shared neighbour or the same article', () => {
    const court = analyseText('Judge Mary Keane heard the case. “The verdict is fair,” said John Smith, the defence lawyer.', 'court');
    const football = analyseText('Rovers lost again on Saturday. “We were poor,” said John Smyth, the club captain.', 'football');
    expect(
      merge([court, football])
        .speakers.filter((s) => s.kind === 'person')
        .map((s) => s.name)
        .sort(),
    ).toEqual(['John Smith', 'John Smyth']);
    const appeal = analyseText('Judge Mary Keane rejected the appeal. “We will go on,” said John Smyth, the defence lawyer.', 'appeal');
    const people = merge([court, appeal]).speakers.filter((s) => s.kind === 'person');
    expect(people).toHaveLength(1);
    expect(people[0].aliases).toContain('John Smyth');
  });

  it('writes collective names in the guideline’s house style and keeps the outlet’s spelling as an alias', () => {
    const a = analyseText('“The talks were productive,” the US State Department said in a statement.', 'a');
    const org = merge([a]).speakers.find((s) => s.kind === 'organisation');
    expect(org?.name).toBe('U.S. State Department');
    expect(org?.aliases).toContain('US State Department');
  });

  it('every quote is in exactly one statement', () => {
    const a = analyseText('“A is true,” said Jo Park. “B is also true,” she added.\n\n“C is true,” said Sam Lee.', 'a');
    const m = merge([a]);
    const all = m.statements.flatMap((s) => s.quotes.map((q) => q.quote));
    expect(all.sort()).toEqual(a.quotes.map((q) => q.id).sort());
  });
});

describe('merge: words of a quote', () => {
  // The general way: lower case, NFKC, curly apostrophes straight, split on anything but letters,
  // digits and apostrophes. `words` takes a faster way for ASCII text with curly marks and dashes.
  const general = (t: string) =>
    t
      .toLowerCase()
      .normalize('NFKC')
      .replace(/[’‘]/g, "'")
      .split(/[^\p{L}\p{N}']+/u)
      .filter(Boolean);

  it('cuts as the general way does, on text of every kind', () => {
    expect(words('“We’re ready — it’s 2024,” she said.')).toEqual(["we're", 'ready', "it's", '2024', 'she', 'said']);
    expect(words('Café ﬁnale… İstanbul')).toEqual(general('Café ﬁnale… İstanbul'));
    const text = fc
      .array(
        fc.constantFrom(
          'a',
          'Z',
          '9',
          ' ',
          "'",
          '’',
          '‘',
          '“',
          '”',
          '—',
          '–',
          '-',
          '.',
          ',',
          '\n',
          'é',
          'É',
          'ﬁ',
          '…',
          'İ',
          'ß',
          'e\u0301',
          '\u00a0',
          'Ω',
        ),
        { maxLength: 40 },
      )
      .map((a) => a.join(''));
    fc.assert(
      fc.property(text, (t) => JSON.stringify(words(t)) === JSON.stringify(general(t))),
      { numRuns: 3000 },
    );
  });
});

describe('collationRanks', () => {
  it('orders names as localeCompare does, names that compare equal sharing a rank', () => {
    const names = [
      'a US official',
      'Ángela Vöhringer',
      'angela vöhringer',
      'Zhou',
      'é',
      'e\u0301',
      'a US official',
      'Feng Jun',
      'feng hao',
      'Œuvre',
    ];
    const rank = collationRanks(names);
    for (const a of names) for (const b of names) expect(Math.sign(rank.get(a)! - rank.get(b)!)).toBe(Math.sign(a.localeCompare(b)));
    expect(rank.get('é')).toBe(rank.get('e\u0301')); // canonically equivalent: one rank
  });
});

describe('merge: speakers on a corpus', () => {
  it('a bare surname joins the full name most articles name, and stays apart when no one stands out', () => {
    const full = [0, 1, 2, 3].map((i) => analyseText(`“We will act number ${i},” said Corin Adair in Ohio.`, `full${i}`));
    const other = analyseText('“We are ready,” said Ysolde Adair on Monday.', 'other');
    const bare = analyseText('“The plan works,” Adair said on Friday.', 'bare');
    const adairs = merge([...full, other, bare]).speakers.filter((s) => /adair/i.test(s.name));
    expect(adairs.map((s) => s.name).sort()).toEqual(['Corin Adair', 'Ysolde Adair']);
    expect(adairs.find((s) => s.name === 'Corin Adair')!.articles).toContain('bare');

    const bobs = [0, 1].map((i) => analyseText(`“We built it number ${i},” said Bob Roe in Iowa.`, `bob${i}`));
    const anns = [0, 1].map((i) => analyseText(`“We will win number ${i},” said Ann Roe in Iowa.`, `ann${i}`));
    const bare1 = analyseText('“It was a good day,” Roe said.', 'bare1');
    const bare2 = analyseText('“It was a long day,” Roe said.', 'bare2');
    const roes = merge([...bobs, ...anns, bare1, bare2]).speakers.filter((s) => /roe/i.test(s.name));
    // Neither full name stands out: each article's `Roe` is its own speaker.
    expect(roes.filter((s) => s.name === 'Roe').map((s) => s.articles)).toEqual([['bare1'], ['bare2']]);
  });

  it('does not join two names an article tells apart, however alike they look', () => {
    const both = analyseText('Lena Hale and Lenka Hale spoke at the gala. “It was lovely,” said Lena Hale.', 'both');
    const a = analyseText('Tom Hale listened. “We love this city,” said Lenka Hale.', 'a');
    const names = merge([both, a])
      .speakers.filter((s) => /len/i.test(s.name))
      .map((s) => s.name)
      .sort();
    expect(names).toEqual(['Lena Hale', 'Lenka Hale']);
  });

  it('does not take a name most of the corpus gives for a shared neighbour that makes a typo', () => {
    const others = [0, 1, 2, 3, 4, 5].map((i) => analyseText(`“We will win number ${i},” said Tom Hale in Ohio.`, `o${i}`));
    const a = analyseText('Tom Hale was not in court. “The brief is sealed,” said Lena Hale.', 'a');
    const b = analyseText('Tom Hale watched. “We love this city,” said Lenka Hale.', 'b');
    const names = merge([...others, a, b])
      .speakers.filter((s) => /len/i.test(s.name))
      .map((s) => s.name)
      .sort();
    expect(names).toEqual(['Lena Hale', 'Lenka Hale']);
  });

  it('keeps two newspapers named after two places apart', () => {
    const a = analyseText('“The council erred,” the New York Times wrote in an editorial.', 'a');
    const b = analyseText('“The council erred,” the Tampa Bay Times wrote in an editorial.', 'b');
    const orgs = merge([a, b])
      .speakers.filter((s) => s.kind === 'organisation')
      .map((s) => s.name)
      .sort();
    expect(orgs).toEqual(['New York Times', 'Tampa Bay Times']);
  });
});

describe('merge: statements of fragments', () => {
  it('a short fragment joins the longer quote of its speaker that holds it, in its own article too, and not another speaker’s', () => {
    const a = analyseText(
      'Su Lan said the two sides had “made progress” in the talks. Later he spoke again. “Both sides have made progress and reached agreement on some issues,” said Su Lan on Monday.',
      'a',
      { marksOnly: true },
    );
    const c = analyseText('Anton Lorne said the two sides had “made progress” as well.', 'c', { marksOnly: true });
    const m = merge([a, c]);
    const xi = m.statements.filter((s) => s.speaker === 'su-lan');
    expect(xi).toHaveLength(1);
    expect(xi[0].quotes).toHaveLength(2);
    expect(m.statements.find((s) => s.quotes.some((q) => q.article === 'c'))!.quotes).toHaveLength(1);
  });

  it('names an organisation without a leading article', () => {
    const a = analyseText('“We welcome the progress,” The US said in a statement on Monday.', 'a');
    expect(merge([a]).speakers.find((s) => s.kind === 'organisation')?.name).toBe('U.S.');
  });
});

describe('merge: aliases', () => {
  it('are names, not mentions with their titles and roles', () => {
    const a = analyseText('“We will act,” said Secretary of State Paul F. Ashford. Mr. Ashford then left.', 'a');
    const b = analyseText('“It is done,” said Paul Ashford in Paris.', 'b');
    const kerry = merge([a, b]).speakers.find((s) => s.name === 'Paul F. Ashford')!;
    expect(kerry.aliases.length).toBeGreaterThan(0);
    for (const alias of kerry.aliases) expect(alias).not.toMatch(/Secretary|Mr\./);
  });
});

describe('merge: a bare name in an article that names the person in full', () => {
  it('takes the full name the article gives, when it gives one of that surname', () => {
    const rec = analyseText('“We lost,” Lund said.', 'a');
    // The article's names list knows `Eric Lund` (named where no quote is attributed to him).
    rec.names = [...(rec.names ?? []), { name: 'Eric Lund', kind: 'person', mentions: 1 }];
    const lund = merge([rec]).speakers.find((s) => /lund/i.test(s.name))!;
    expect(lund.name).toBe('Eric Lund');
  });
});
