// Reported speech without marks (src/stages/attribution/indirect.ts), on by default: each shape of news
// copy, what is not speech, and what is a direct quote already.
import { describe, expect, it } from 'vitest';
import { analyseArticle, createPipeline } from '../../src/api.js';
import { defaultConfig, pipelineFromConfig } from '../../src/config.js';

/** The built-in stages with reported speech found or not. */
const pipelineWith = (indirect: boolean) =>
  pipelineFromConfig({
    name: indirect ? 'indirect' : 'marks-only',
    stages: defaultConfig().stages.map((stage) => (stage === 'attribution' ? { stage, options: { indirect } } : stage)),
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
    [
      'a person with a place after the name',
      'Senator Dana Holt of Ohio said the plant would close in May.',
      ['indirect: the plant would close in May => Dana Holt (said)'],
    ],
    ['speaker, cue, content', 'Roe said the plant would close in May.', ['indirect: the plant would close in May => Ann Roe (said)']],
    [
      'a share of a group, its verb tagged a noun after the number',
      'About one in five say they would not vote.',
      ['indirect: they would not vote => About one in five (say)'],
    ],
    [
      'a group whose relative clause is the report',
      'The vote gave fresh hope to farmers who say the levy is a waste.',
      ['indirect: the levy is a waste => farmers (say)'],
    ],
    [
      'a share of a group as the antecedent of the relative clause that reports',
      'Roe won by 20 points among the 30 percent of voters who said the economy was weak.',
      ['indirect: the economy was weak => 30 percent of voters (said)'],
    ],
    [
      'a report that ends where a concession names the next speaker and her cue',
      'Roe said the levy was a fair burden on the town, though Vale said few voters would care.',
      ['indirect: the levy was a fair burden on the town => Ann Roe (said)', 'indirect: few voters would care => Tom Vale (said)'],
    ],
    [
      'no report after the cue of a quotation, its day and place',
      '“We will win this,” Vale said Saturday night at the rally, which was organised by the union.',
      ['direct: We will win this, => Tom Vale (said)'],
    ],
    [
      'content, then a pronoun and its cue: a name in the content is not the pronoun',
      'Joe Hale, a blogger in Eastport, said he will not vote for the mayor. Also, Vale is no conservative, he said.',
      ['indirect: he will not vote for the mayor => Joe Hale (said)', 'indirect: Also, Vale is no conservative => Joe Hale (said)'],
    ],
    [
      'according to a body’s thing made: the body',
      'Sales fell by half, according to Harbour Media’s political ad tracker.',
      ['indirect: Sales fell by half => Harbour Media (according to)'],
    ],
    [
      'according to a definite description of a body named before',
      'The poll, released on Wednesday by the Harbour Policy Institute, showed Roe ahead. Among older voters, Roe leads by eight points, according to the institute.',
      ['indirect: Among older voters, Roe leads by eight points => Harbour Policy Institute (according to)'],
    ],
    [
      'a writing a name owns speaks for the name',
      'Vale’s letter says that the plant must close.',
      ['indirect: that the plant must close => Tom Vale (says)'],
    ],
    [
      'a county title with its own `of` before the name',
      'Harbour County Supervisor of Elections Dana Holt said the count would finish Monday.',
      ['indirect: the count would finish Monday => Dana Holt (said)'],
    ],
    [
      'a surname the tagger reads as an adverb',
      'Marta Hardly met voters on Monday.\n\nHardly said the road would close.',
      ['indirect: the road would close => Marta Hardly (said)'],
    ],
    [
      'a cue with its addressee and `that`',
      'Vale told reporters that the vote would wait until June.',
      ['indirect: that the vote would wait until June => Tom Vale (told)'],
    ],
    [
      'a noun in -ing before `that`, a gerund after it, words quoted inside',
      'Roe said at the hearing that drafting the plan “is an open process” and that the vote was fair.',
      [
        'indirect: that drafting the plan “is an open process” and that the vote was fair => Ann Roe (said)',
        'partial: is an open process => Ann Roe (said)',
      ],
    ],
    [
      'a verb tagged a noun after the comma that closes a relative clause',
      'Vale, who fights with the press, claims that the broadcaster “takes its orders” from abroad.',
      [
        'indirect: that the broadcaster “takes its orders” from abroad => Tom Vale (claims)',
        'partial: takes its orders => Tom Vale (claims)',
      ],
    ],
    [
      'a clause with its own subject after `, and` is the writer’s',
      'Roe said the plant would close in May, and her staff began packing on Friday.',
      ['indirect: the plant would close in May => Ann Roe (said)'],
    ],
    [
      'a role in apposition to the speaker after the cue is not the report’s',
      'The vote will wait until June and the plant will stay open, said Tom Vale, executive director of the union, whose members work there.',
      ['indirect: The vote will wait until June and the plant will stay open => Tom Vale (said)'],
    ],
    [
      'whoever `told` names first is spoken to',
      'Roe told a crowd at the county fair that the plant would stay open.',
      ['indirect: that the plant would stay open => Ann Roe (told)'],
    ],
    [
      'the one asked is part of what was asked',
      'Vale urged the council members to delay the vote until June.',
      ['indirect: the council members to delay the vote until June => Tom Vale (urged)'],
    ],
    [
      'an order names who is ordered, as a request does',
      'Roe ordered the city clerk to release the minutes of the meeting.',
      ['indirect: the city clerk to release the minutes of the meeting => Ann Roe (ordered)'],
    ],
    [
      'whoever is told goes on past `of`',
      'Vale told Dan Hale of the Courier the vote would wait until June.',
      ['indirect: the vote would wait until June => Tom Vale (told)'],
    ],
    [
      'a second clause after `, but that` is the same report',
      'Vale said that the members had met the buyer, but that no offer had been made.',
      ['indirect: that the members had met the buyer, but that no offer had been made => Tom Vale (said)'],
    ],
    [
      'the clause goes on past `, but` when its subject does (`, but is`, `, but not`)',
      'Vale said the new plan was sound, but is a year late and costs too much.',
      ['indirect: the new plan was sound, but is a year late and costs too much => Tom Vale (said)'],
    ],
    [
      'a clause of its own after `, but` is cut',
      'Vale said the new plan was sound, but the members voted against it on Friday.',
      ['indirect: the new plan was sound => Tom Vale (said)'],
    ],
    [
      'a participle after a dash, as after a comma',
      'Roe changed her mind on the spot – saying the plant would stay open after all.',
      ['indirect: the plant would stay open after all => Ann Roe (saying)'],
    ],
    [
      'a progressive past a negation',
      'Vale isn’t saying which members of the union would vote for the sale.',
      ['indirect: which members of the union would vote for the sale => Tom Vale (saying)'],
    ],
    [
      'a description of one person that opens the sentence speaks for a verb after `and`',
      'The union leader spent years at the plant and says the town will lose its only employer.',
      ['indirect: the town will lose its only employer => Tom Vale (says)'],
    ],
    [
      'a participle that opens the sentence speaks for the clause after its comma',
      'After saying the plant would close in May, Roe left the hall.',
      ['indirect: the plant would close in May => Ann Roe (saying)'],
    ],
    [
      'past `since` and `, however,` between the speaker and the cue',
      'Vale has since said the plant would stay open. Roe, however, said the sale would go ahead.',
      ['indirect: the plant would stay open => Tom Vale (said)', 'indirect: the sale would go ahead => Ann Roe (said)'],
    ],
    [
      'a place between commas opens no clause, and is no one’s `who`',
      'At a rally in Northgate, Ohio, on Sunday, Roe spoke for an hour, saying the plant would stay open. Workers in Ohio who watched the rally said they were not convinced.',
      ['indirect: the plant would stay open => Ann Roe (saying)', 'indirect: they were not convinced => Workers (said)'],
    ],
    [
      'past an aside between dashes',
      'Vale — who ran the plant for years — said the sale was a mistake. Nurses — some of them on strike since May — said the plan would fail.',
      ['indirect: the sale was a mistake => Tom Vale (said)', 'indirect: the plan would fail => Nurses (said)'],
    ],
    [
      'past a time phrase between the auxiliary and the cue',
      'Vale has for years said the plant would stay open. Roe has in the past said the sale would go ahead.',
      ['indirect: the plant would stay open => Tom Vale (said)', 'indirect: the sale would go ahead => Ann Roe (said)'],
    ],
    [
      'an apposition after a person’s place',
      'Gov. Dana Holt of Ohio, a Republican who has refused to back the sale, said the town needed a better deal.',
      ['indirect: the town needed a better deal => Dana Holt (said)'],
    ],
    [
      'a wire dateline before the sentence’s subject',
      'EASTPORT (AP) — Roe met the workers on Thursday and said the plant must stay open.',
      ['indirect: the plant must stay open => Ann Roe (said)'],
    ],
    [
      'a subject pronoun opens a clause whatever the tagger made of its verb',
      'Vale said they only buy American.',
      ['indirect: they only buy American => Tom Vale (said)'],
    ],
    [
      'past a participle that modifies the adjunct’s noun, not past the clause’s own verb',
      'Vale said in a statement posted online that the strike was over. Roe said the union posted losses that were large.',
      ['indirect: that the strike was over => Tom Vale (said)', 'indirect: the union posted losses that were large => Ann Roe (said)'],
    ],
    [
      'a day between the cue and its clause without `that` is no part of the clause',
      'Vale said Friday the strike was over. Roe said on Monday the plant would stay open.',
      ['indirect: the strike was over => Tom Vale (said)', 'indirect: the plant would stay open => Ann Roe (said)'],
    ],
    ['three words with a subject pronoun and a verb', 'Vale later said he was joking.', ['indirect: he was joking => Tom Vale (said)']],
    [
      'three words with a bare noun and its finite verb, not three without a verb',
      'Vale said prices were high. Roe said talks kept going. Vale said so last week.',
      ['indirect: prices were high => Tom Vale (said)', 'indirect: talks kept going => Ann Roe (said)'],
    ],
    [
      '`As X reported,` before the clause, and `, as X reported` after it',
      'As the Eastport Ledger reported, the plant will close in May. The vote will wait until June, as Vale pointed out.',
      [
        'indirect: the plant will close in May => Eastport Ledger (reported)',
        'indirect: The vote will wait until June => Tom Vale (pointed)',
      ],
    ],
    [
      'people named together speak together (`both` between them and the cue)',
      'Roe and Vale both said the plant would stay open.',
      ['indirect: the plant would stay open => Ann Roe and Tom Vale (said)'],
    ],
    [
      'according to a writing from someone: the writer',
      'According to a post from Vale, the vote will wait until June.',
      ['indirect: the vote will wait until June => Tom Vale (According to)'],
    ],
    [
      'according to a writing from someone past its day, or interviews with someone: the writer, the interviewed',
      'According to a post Tuesday from Vale, the vote will wait until June. The plant will close, according to interviews with Roe.',
      ['indirect: the vote will wait until June => Tom Vale (According to)', 'indirect: The plant will close => Ann Roe (according to)'],
    ],
    [
      'people named together after the content',
      'The plant will stay open until June, Roe and Vale said.',
      ['indirect: The plant will stay open until June => Ann Roe and Tom Vale (said)'],
    ],
    ['content, then the cue', 'The vote will wait until June, Vale said.', ['indirect: The vote will wait until June => Tom Vale (said)']],
    [
      'a cue the tagger calls a noun, after its subject and before `that`',
      'Local historians caution that the old mill cannot be saved.',
      ['indirect: that the old mill cannot be saved => Local historians (caution)'],
    ],
    [
      'a cue the tagger calls a noun, before the subject of its clause',
      'The ministry claims Vale runs a network of shell firms.',
      ['indirect: Vale runs a network of shell firms => ministry (claims)'],
    ],
    ['a speech word before a noun is a noun', 'The agency reports profits every quarter to the board.', []],
    [
      'according to, first',
      'According to Roe, the talks will resume after the vote.',
      ['indirect: the talks will resume after the vote => Ann Roe (According to)'],
    ],
    [
      'according to what a named body made: the body',
      'Crime in the county fell by half last year, according to Harbour Police data.',
      ['indirect: Crime in the county fell by half last year => Harbour Police (according to)'],
    ],
    [
      'according to a named outlet’s review: the outlet',
      'The plant lost money for years, according to a Ledger review of its filings.',
      ['indirect: The plant lost money for years => Ledger (according to)'],
    ],
    [
      'according to a source whose name holds a slash',
      'Vale leads Roe 50% to 40% among registered voters, according to a Harbour Post/Eastport TV poll.',
      ['indirect: Vale leads Roe 50% to 40% among registered voters => a Harbour Post/Eastport TV poll (according to)'],
    ],
    [
      'a report before its cue, then a participle reporting more',
      'The plant will close next year, Vale said, adding that the members had agreed to the terms.',
      [
        'indirect: The plant will close next year => Tom Vale (said)',
        'indirect: that the members had agreed to the terms => Tom Vale (adding)',
      ],
    ],
    [
      'a pronoun speaker',
      'She said on Tuesday that the council had not been told.',
      ['indirect: that the council had not been told => Ann Roe (said)'],
    ],
  ])('%s', (_name, sentence, expected) => {
    expect(quotes(INTRO + sentence)).toEqual(expected);
  });

  it('reads a first word with a possessive as its owner, whatever the tagger made of it', () => {
    // (`Quell` is also a verb: at a sentence's start the tagger reads it as one)
    expect(quotes('Sen. Kelly Quell faces a tough race. Quell’s campaign said she would back the nominee.')).toEqual([
      'indirect: she would back the nominee => Quell campaign (said)',
    ]);
  });
  it('gives a pronoun’s report to a name no list knows when the article gives that name a role', () => {
    const after = 'She said the weakness of the economy made it risky to raise rates.';
    expect(quotes(`Quorla Venn, a governor of the bank, spoke last month. ${after}`)).toEqual([
      'indirect: the weakness of the economy made it risky to raise rates => Quorla Venn (said)',
    ]);
    expect(quotes(`The bank's chief economist, Quorla Venn, spoke last month. ${after}`)).toEqual([
      'indirect: the weakness of the economy made it risky to raise rates => Quorla Venn (said)',
    ]);
    // (a capitalised run with no role may be a place or a programme: no report)
    expect(quotes(`Quorla Venn spoke last month. ${after}`)).toEqual([]);
  });

  it('indicating, discussing, encouraging and requesting report speech', () => {
    expect(quotes(`${INTRO}Vale indicated that the members would accept the offer.`)).toEqual([
      'indirect: that the members would accept the offer => Tom Vale (indicated)',
    ]);
  });

  it('a verb that judges or pledges reports its object', () => {
    expect(quotes(`${INTRO}Vale criticised the council's handling of the sale.`)).toEqual([
      "indirect: the council's handling of the sale => Tom Vale (criticised)",
    ]);
  });

  it('a belief or a hope is not speech', () => {
    expect(quotes(`${INTRO}Roe believes the plant will close in May. Vale hopes the vote will wait.`)).toEqual([]);
    // (nor are acts and stances: a settlement, a shared view, a rejection, a defence)
    expect(quotes(`${INTRO}Roe and Vale agreed the plant could wait another year before any sale.`)).toEqual([]);
    expect(quotes(`${INTRO}Vale defended the council's handling of the sale of the plant to its workers.`)).toEqual([]);
  });

  it('a verb that cues a quotation but reports nothing without one is no cue', () => {
    expect(quotes(`${INTRO}Vale reacted angrily to the council's decision to sell the plant.`)).toEqual([]);
    expect(quotes(`${INTRO}Vale reflected that the plant had been his whole life.`)).toEqual([]);
  });

  it('a report and the words quoted inside it have one speaker', () => {
    const got = quotes(`${INTRO}Vale, who led the union for years, went on to say that the sale was “a betrayal of the town.”`);
    expect(got).toEqual([
      'indirect: that the sale was “a betrayal of the town.” => Tom Vale (say)',
      'partial: a betrayal of the town. => Tom Vale (say)',
    ]);
  });

  it('a report keeps its own speaker when the words quoted inside it have a cue of their own inside it', () => {
    const got = quotes(`${INTRO}Vale said Roe told members that the plant would stay “open for good.”`);
    expect(got).toEqual([
      'indirect: Roe told members that the plant would stay “open for good.” => Tom Vale (said)',
      'partial: open for good. => Ann Roe (told)',
    ]);
  });

  it('a telephone call reports nothing', () => {
    expect(quotes(`${INTRO}Vale called Roe on Tuesday night and was due to meet her.`)).toEqual([]);
  });

  it('a participle that qualifies a noun is no cue', () => {
    expect(quotes(`${INTRO}In the north, 60 pledged delegates and seven others were at stake on Tuesday.`)).toEqual([]);
    // (after a possessive too)
    expect(quotes(`${INTRO}Roe won most of the party’s pledged delegates after the vote in the north.`)).toEqual([]);
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

  it('each cue of a sentence reports what follows it, up to the next', () => {
    expect(quotes(`${INTRO}Roe said the plant would close in May, adding that the jobs would move to Westport.`)).toEqual([
      'indirect: the plant would close in May => Ann Roe (said)',
      'indirect: that the jobs would move to Westport => Ann Roe (adding)',
    ]);
    expect(quotes(`${INTRO}Vale said the strike would go on and added that the members had voted for it.`)).toEqual([
      'indirect: the strike would go on => Tom Vale (said)',
      'indirect: that the members had voted for it => Tom Vale (added)',
    ]);
    // a participle after a comma reports for the sentence's subject
    expect(quotes(`${INTRO}Roe walked out of the hall early, saying the meeting had run for too long.`)).toEqual([
      'indirect: the meeting had run for too long => Ann Roe (saying)',
    ]);
  });

  it('an infinitive cue speaks for whoever a verb makes speak, or the subject quick to speak', () => {
    expect(quotes(`${INTRO}The timing of the vote led union members to say that the council was hiding something.`)).toEqual([
      'indirect: that the council was hiding something => union members (say)',
    ]);
    expect(quotes(`${INTRO}Vale was quick to point out that the plant had made money for years.`)).toEqual([
      'indirect: that the plant had made money for years => Tom Vale (point)',
    ]);
    // (not an infinitive no verb carries: `declined to say`)
    expect(quotes(`${INTRO}Vale declined to say whether the plant had made money for years.`)).toEqual([]);
  });

  it('a cue after `but` and an adverb is the sentence subject’s', () => {
    expect(quotes(`${INTRO}Vale used to back Roe, but now says the plant should be sold to the union.`)).toEqual([
      'indirect: the plant should be sold to the union => Tom Vale (says)',
    ]);
  });

  it('what a colon opens goes on with the report, unless a quotation follows it', () => {
    expect(quotes(`${INTRO}Vale said the plan had one flaw: it came too late for the workers of the mill.`)).toEqual([
      'indirect: the plan had one flaw: it came too late for the workers of the mill => Tom Vale (said)',
    ]);
    expect(quotes(`${INTRO}Vale said the plan had one flaw: “It came too late for the workers.”`)).toEqual([
      'indirect: the plan had one flaw => Tom Vale (said)',
      'direct: It came too late for the workers. => Tom Vale (said)',
    ]);
  });

  it('a cue after its content may end the sentence as a noun-looking word, or carry an infinitive after it', () => {
    expect(quotes(`${INTRO}The plant will be sold to its workers in May, the Eastport Ledger reports.`)).toEqual([
      'indirect: The plant will be sold to its workers in May => Eastport Ledger (reports)',
    ]);
    expect(quotes(`${INTRO}The plant will be sold to its workers in May, Vale said during his bid to be a delegate.`)).toEqual([
      'indirect: The plant will be sold to its workers in May => Tom Vale (said)',
    ]);
  });

  it('a cue between commas inside the clause may address someone, or have a quantifier for speaker', () => {
    expect(quotes(`${INTRO}The answer, Vale told them, was to sell the plant to its workers.`)).toEqual([
      'indirect: The answer, Vale told them, was to sell the plant to its workers => Tom Vale (told)',
    ]);
    expect(quotes(`${INTRO}That plan, many argue, would leave the town without its largest employer.`)).toEqual([
      'indirect: That plan, many argue, would leave the town without its largest employer => many (argue)',
    ]);
  });

  it('a share of those polled, or a share a relative clause speaks for, is the group that speaks', () => {
    expect(quotes(`${INTRO}Thirty percent of those surveyed say the plant should be sold to its workers.`)).toEqual([
      'indirect: the plant should be sold to its workers => Thirty percent of those surveyed (say)',
    ]);
    expect(quotes(`${INTRO}Most workers back the sale, including 18% who say the plant should close at once.`)).toEqual([
      'indirect: the plant should close at once => 18% (say)',
    ]);
    expect(quotes(`${INTRO}Most workers back the sale. Those over 60 say the plant should close at once.`)).toEqual([
      'indirect: the plant should close at once => Those over 60 (say)',
    ]);
  });

  it('a time between an apposition and its verb is no subject', () => {
    expect(quotes(`${INTRO}Vale, the union leader, this past week announced that the plant would be sold to its workers.`)).toEqual([
      'indirect: that the plant would be sold to its workers => Tom Vale (announced)',
    ]);
  });

  it('a title’s dot before a name ends no sentence, split from the title or not', () => {
    expect(quotes(`${INTRO}Vale said the gap between Roe and then-Gov. Ned Hale was small in those years.`)).toEqual([
      'indirect: the gap between Roe and then-Gov. Ned Hale was small in those years => Tom Vale (said)',
    ]);
  });

  it('a cue joined by `and` inside a relative clause is its antecedent’s', () => {
    expect(quotes(`${INTRO}The plan was backed by Vale, who runs the union and said the plant should be sold to its workers.`)).toEqual([
      'indirect: the plant should be sold to its workers => Tom Vale (said)',
    ]);
  });

  it('a participle cue after a comma inside the closing mark ends one report and starts the next', () => {
    const got = quotes(`${INTRO}Roe hailed the vote to sell the plant as “fantastic,” telling reporters on Friday that the deal was done.`);
    expect(got).toContain('indirect: the vote to sell the plant as “fantastic,” => Ann Roe (hailed)');
    expect(got).toContain('indirect: that the deal was done => Ann Roe (telling)');
    // (marks of two apostrophes, which the quotes stage does not read, close the same way)
    expect(quotes(`${INTRO}Roe told the hosts of ''Morning Hour,'' adding that her son knows one of Vale's sons.`)).toContain(
      "indirect: that her son knows one of Vale's sons => Ann Roe (adding)",
    );
  });

  it('the report ends where the sentence turns to a source, a contrast or another clause', () => {
    expect(quotes(`${INTRO}Roe said the plant would close in May, according to two council members.`)).toEqual([
      'indirect: the plant would close in May => Ann Roe (said)',
    ]);
    expect(quotes(`${INTRO}Roe said the plant would close in May; the union has not replied.`)).toEqual([
      'indirect: the plant would close in May => Ann Roe (said)',
    ]);
    expect(quotes(`${INTRO}Roe, who said the plant would close in May, left the meeting early.`)).toEqual([
      'indirect: the plant would close in May => Ann Roe (said)',
    ]);
    expect(quotes(`${INTRO}While Vale has said the strike will go on, the members have started to return.`)).toEqual([
      'indirect: the strike will go on => Tom Vale (said)',
    ]);
  });

  it('a cue after its content may carry a long apposition, or stand inside the clause', () => {
    expect(
      quotes(`${INTRO}The plant will close in May, said Dana Cole, who has run the union's office in the town for twenty years.`),
    ).toEqual(['indirect: The plant will close in May => Dana Cole (said)']);
    expect(
      quotes(`${INTRO}The plant will close in the spring, Vale later said, after the council votes on the sale of the old site.`),
    ).toEqual([
      'indirect: The plant will close in the spring, Vale later said, after the council votes on the sale of the old site => Tom Vale (said)',
    ]);
    expect(quotes(`${INTRO}Whatever the council decides, Vale said, will come too late for the workers at the plant.`)).toEqual([
      'indirect: Whatever the council decides, Vale said, will come too late for the workers at the plant => Tom Vale (said)',
    ]);
    // (a few words after a cue between commas go on with the clause too)
    expect(quotes(`${INTRO}The case for the sale would be helped, Vale said, by the new calendar.`)).toEqual([
      'indirect: The case for the sale would be helped, Vale said, by the new calendar => Tom Vale (said)',
    ]);
  });

  it('a group or a share of one speaks as a description of its own', () => {
    expect(quotes(`${INTRO}Nine in 10 nurses said the plant should stay open.`)).toEqual([
      'indirect: the plant should stay open => Nine in 10 nurses (said)',
    ]);
    expect(quotes(`${INTRO}In the survey, 52 percent of residents said the council should sell the plant.`)).toEqual([
      'indirect: the council should sell the plant => 52 percent of residents (said)',
    ]);
    expect(quotes(`${INTRO}About three in 10 said the council should sell the plant.`)).toEqual([
      'indirect: the council should sell the plant => About three in 10 (said)',
    ]);
    expect(quotes(`${INTRO}Asked on the street, those surveyed said the council should sell the plant.`)).toEqual([
      'indirect: the council should sell the plant => those surveyed (said)',
    ]);
    expect(quotes(`${INTRO}In the survey, 62% said the council should sell the plant.`)).toEqual([
      'indirect: the council should sell the plant => 62% (said)',
    ]);
    // (the share of a group polled somewhere: the whole phrase, its head before `in`)
    expect(quotes(`${INTRO}But 78 percent of voters in a recent county poll said the council should sell the plant.`)).toEqual([
      'indirect: the council should sell the plant => 78 percent of voters in a recent county poll (said)',
    ]);
    // (a quantifier alone stands for the people it counts)
    expect(quotes(`${INTRO}Some have suggested that the council should sell the plant.`)).toEqual([
      'indirect: that the council should sell the plant => Some (suggested)',
    ]);
    // (how the group was asked after it, kept in its name)
    expect(quotes(`${INTRO}Some 56 percent of nurses polled said the council should sell the plant.`)).toEqual([
      'indirect: the council should sell the plant => Some 56 percent of nurses polled (said)',
    ]);
    expect(quotes(`${INTRO}But 58 percent of Eastport voters overall said the council should sell the plant.`)).toEqual([
      'indirect: the council should sell the plant => 58 percent of Eastport voters overall (said)',
    ]);
    // (`per cent`, as Canadian and British copy spells it)
    expect(quotes(`${INTRO}Forty per cent of nurses said the council should sell the plant.`)).toEqual([
      'indirect: the council should sell the plant => Forty per cent of nurses (said)',
    ]);
    // (a share of a group named with a possessive: the share, not the group)
    expect(quotes(`${INTRO}A majority of her backers say the council should sell the plant.`)).toEqual([
      'indirect: the council should sell the plant => A majority of her backers (say)',
    ]);
  });

  it('a verb whose bare object is no report, or a noun as often as a verb, reports only before `that`', () => {
    expect(quotes(`${INTRO}Roe continued to campaign in the northern towns all week.`)).toEqual([]);
    expect(quotes(`${INTRO}Vale responded to the letter from the council on Friday.`)).toEqual([]);
    expect(quotes(`${INTRO}Vale posted a video of the rally outside the plant on Friday.`)).toEqual([]);
    expect(quotes(`${INTRO}Roe outlined a plan to keep the plant open for a year.`)).toEqual([]);
    expect(quotes(`${INTRO}Vale posted on the forum that the vote would wait until June.`)).toEqual([
      'indirect: that the vote would wait until June => Tom Vale (posted)',
    ]);
    expect(quotes(`${INTRO}Roe stated that the plant would close in May.`)).toEqual([
      'indirect: that the plant would close in May => Ann Roe (stated)',
    ]);
  });

  it('an adverbial clause or a time after the cue says when, not what', () => {
    expect(quotes(`${INTRO}Roe conceded when the polls closed at eight in the evening.`)).toEqual([]);
    expect(quotes(`${INTRO}Vale said Monday at the hall after meeting the council members.`)).toEqual([]);
    expect(quotes(`${INTRO}“We will appeal,” Vale wrote in a letter dated Tuesday and sent to the board.`)).toEqual([
      'direct: We will appeal, => Tom Vale (wrote)',
    ]);
    expect(quotes(`${INTRO}Roe said of the union it had always been fair with the town.`)).toEqual([]);
    expect(quotes(`${INTRO}Roe said on stage that the plant would stay open.`)).toEqual([
      'indirect: that the plant would stay open => Ann Roe (said)',
    ]);
  });

  it('where and when a word was said is no report', () => {
    expect(quotes(`${INTRO}Roe said during a debate at the town hall on Monday.`)).toEqual([]);
    expect(quotes(`${INTRO}Roe said in the end it was the right call for the town.`)).toEqual([
      'indirect: in the end it was the right call for the town => Ann Roe (said)',
    ]);
    expect(quotes(`${INTRO}Roe said in a statement that the plant would close.`)).toEqual([
      'indirect: that the plant would close => Ann Roe (said)',
    ]);
  });

  it('words between marks of two apostrophes are quoted, not reported', () => {
    expect(quotes(`${INTRO}''The plant has done well for thirty years,'' Roe said, ''and it will again.''`)).toEqual([]);
    // (the writer's words before a cue between commas are reported; the marks after it quote)
    expect(quotes(`${INTRO}It is time for the town to be led, Roe said, ''not by fear but by hope.''`)).toEqual([
      'indirect: It is time for the town to be led => Ann Roe (said)',
    ]);
  });

  it('an order or a plea with its infinitive, and a participle after a preposition or a group, report', () => {
    // (the addressee is the cue's, as in `told reporters that …`)
    expect(quotes(`${INTRO}On Friday Roe urged the council to find a buyer for the plant.`)).toEqual([
      'indirect: the council to find a buyer for the plant => Ann Roe (urged)',
    ]);
    expect(quotes(`${INTRO}Vale ended the meeting by saying the strike would go on until May.`)).toEqual([
      'indirect: the strike would go on until May => Tom Vale (saying)',
    ]);
    expect(quotes(`${INTRO}The poll found 62 percent of residents saying the plant should stay open.`)).toEqual([
      'indirect: the plant should stay open => 62 percent of residents (saying)',
    ]);
  });

  it('a naming verb reports a clause or what it calls for, not the name it gives', () => {
    expect(quotes(`${INTRO}Vale called for new elections to the board of the plant.`)).toEqual([
      'indirect: new elections to the board of the plant => Tom Vale (called for)',
    ]);
    expect(quotes(`${INTRO}Roe described the plant as a place that had lost its way.`)).toEqual([
      'indirect: the plant as a place that had lost its way => Ann Roe (described)',
    ]);
    expect(quotes(`${INTRO}Roe called the new budget plan a farce.`)).toEqual([]);
  });

  it('a passive with `it` reports with no speaker; a hedged report is the inner cue’s; an addressee is the cue’s', () => {
    expect(quotes(`${INTRO}It was announced on Friday that the plant would close in May.`)).toEqual([
      'indirect: that the plant would close in May => null (announced)',
    ]);
    expect(quotes(`${INTRO}Vale is reported to have said that the plant would close in May.`)).toEqual([
      'indirect: that the plant would close in May => Tom Vale (reported)',
    ]);
    expect(quotes(`${INTRO}Roe told reporters the plant would close in May.`)).toEqual([
      'indirect: the plant would close in May => Ann Roe (told)',
    ]);
  });

  it('a description of one person coreference left alone means the person last named', () => {
    expect(quotes('Dana Cole toured the plant on Monday.\n\nThe candidate said the plant would close in May.')).toEqual([
      'indirect: the plant would close in May => Dana Cole (said)',
    ]);
    // (a group is a speaker of its own)
    expect(quotes('Dana Cole toured the plant on Monday.\n\nThe workers said the plant would close in May.')).toEqual([
      'indirect: the plant would close in May => The workers (said)',
    ]);
  });

  it('according to a source named by a whole noun phrase', () => {
    expect(quotes(`${INTRO}The plant has closed three of its lines, according to Northwind Energy filings.`)).toEqual([
      'indirect: The plant has closed three of its lines => Northwind Energy filings (according to)',
    ]);
    expect(quotes(`${INTRO}The plant has closed three of its lines, according to company documents.`)).toEqual([
      'indirect: The plant has closed three of its lines => company documents (according to)',
    ]);
  });

  it('according to a source in the middle of the clause, or with no comma before it', () => {
    expect(quotes(`${INTRO}Turnout at the vote, according to Roe, was the highest the town had seen.`)).toEqual([
      'indirect: Turnout at the vote, according to Roe, was the highest the town had seen => Ann Roe (according to)',
    ]);
    expect(quotes(`${INTRO}The plant made a loss of four million dollars last year according to Vale.`)).toEqual([
      'indirect: The plant made a loss of four million dollars last year => Tom Vale (according to)',
    ]);
  });

  it('according to a writing or figures: the source whoever made them, and a later cue of the sentence too', () => {
    // (no person's phrase: the writing itself, or whoever it is from)
    expect(quotes(`${INTRO}The plant did not close its lines at once, according to the summary.`)).toEqual([
      'indirect: The plant did not close its lines at once => the summary (according to)',
    ]);
    expect(quotes(`${INTRO}Sales fell by a third in the spring, according to recent figures from Northwind Energy.`)).toEqual([
      'indirect: Sales fell by a third in the spring => Northwind Energy (according to)',
    ]);
    // (the source's report first, then the cue later in the sentence)
    expect(
      quotes(
        `${INTRO}The plant has struck a deal with the union, according to the council, ending a strike that Roe said could cost hundreds of jobs.`,
      ),
    ).toEqual([
      'indirect: The plant has struck a deal with the union => council (according to)',
      'indirect: could cost hundreds of jobs => Ann Roe (said)',
    ]);
  });

  it('according to a description: named by its whole phrase, a word the tagger calls a verb included', () => {
    expect(quotes(`${INTRO}The plant did not close its lines at once, according to two people briefed on the talks.`)).toEqual([
      'indirect: The plant did not close its lines at once => two people briefed on the talks (according to)',
    ]);
    expect(quotes(`${INTRO}The plant did not close its lines at once, according to a recent report from Northwind Energy.`)).toEqual([
      'indirect: The plant did not close its lines at once => Northwind Energy (according to)',
    ]);
  });

  it('an unnamed speaker is named by the whole description, its relative clause included', () => {
    expect(quotes(`${INTRO}A council official who was not authorized to speak publicly said the plant would close in May.`)).toEqual([
      'indirect: the plant would close in May => A council official who was not authorized to speak publicly (said)',
    ]);
    // (the relative's own verb may be a speech verb: the cue is the next one)
    expect(quotes(`${INTRO}Workers who spoke with reporters afterward said the plant would close in May.`)).toEqual([
      'indirect: the plant would close in May => Workers who spoke with reporters afterward (said)',
    ]);
    // (a second verb joined to the relative's is not part of the name)
    expect(quotes(`${INTRO}“The line will stop in May,” said one source who knew the plans but spoke on condition of anonymity.`)).toEqual([
      'direct: The line will stop in May, => one source who knew the plans (said)',
    ]);
  });

  it('an indefinite apposition after a whole clause is the writer’s comment, not the report', () => {
    expect(quotes(`${INTRO}Roe said the plant would close in May, a move the union called a betrayal.`)).toEqual([
      'indirect: the plant would close in May => Ann Roe (said)',
    ]);
    // (inside the clause, before its verb, it is the clause's own)
    expect(quotes(`${INTRO}Roe said the plant, a big employer in the town, would close in May.`)).toEqual([
      'indirect: the plant, a big employer in the town, would close in May => Ann Roe (said)',
    ]);
  });

  it('a verb joined to the cue by `and` is the report’s cue, not what the first verb reports', () => {
    expect(quotes(`${INTRO}Roe laughed and admitted the plan had failed in the spring.`)).toEqual([
      'indirect: the plan had failed in the spring => Ann Roe (admitted)',
    ]);
  });

  it('whoever `told` names first is spoken to, a noun in -ing inside the phrase too', () => {
    expect(quotes(`${INTRO}Vale told a news briefing near the end of the day that the plant would close in May.`)).toEqual([
      'indirect: that the plant would close in May => Tom Vale (told)',
    ]);
  });

  it('`by` after a cue names its agent, no report', () => {
    expect(quotes(`${INTRO}“The plan is sound,” Roe wrote in the email, which was first reported by The Associated Press.`)).toEqual([
      'direct: The plan is sound, => Ann Roe (wrote)',
    ]);
  });

  it('where the cue of a quotation was said is no report', () => {
    expect(quotes(`${INTRO}“The plant will close,” Roe said at Eastport College as she sat at a lunch table between two workers.`)).toEqual(
      ['direct: The plant will close, => Ann Roe (said)'],
    );
  });

  it('a person and a group of people about them speak together', () => {
    expect(quotes(`${INTRO}Roe and her aides have vowed to keep the plant open through the winter.`)).toEqual([
      'indirect: to keep the plant open through the winter => Ann Roe and her aides (vowed)',
    ]);
  });

  it('after `that`, a clause whatever the tagger made of its verb', () => {
    // (a paragraph with no quotation is read by the light tagger, which knows `targets` only as a noun)
    expect(quotes(`${INTRO}Vale said that the new law unfairly targets workers.`)).toEqual([
      'indirect: that the new law unfairly targets workers => Tom Vale (said)',
    ]);
  });

  it('an adverbial clause before the main clause is not what its verb reports', () => {
    expect(quotes(`${INTRO}As the council scrambled to raise money last year, Roe proposed sweeping cuts.`)).toEqual([]);
    // (a clause after the adverbial's comma is)
    expect(quotes(`${INTRO}Because of the strike, the plant will close in May, Roe said.`)).toEqual([
      'indirect: Because of the strike, the plant will close in May => Ann Roe (said)',
    ]);
  });

  it('after `according to` and its source, an apposition ends the report and a predicate goes on with it', () => {
    expect(quotes(`${INTRO}The plant will close in May, according to Harbour TV, the local station.`)).toEqual([
      'indirect: The plant will close in May => Harbour TV (according to)',
    ]);
    expect(quotes(`${INTRO}Turnout, according to the county, was the highest in years.`)).toEqual([
      'indirect: Turnout, according to the county, was the highest in years => the county (according to)',
    ]);
    // (after an adverbial, the whole clause that follows the source)
    expect(quotes(`${INTRO}Since May, according to Harbour TV, the plant has lost two contracts.`)).toEqual([
      'indirect: Since May, according to Harbour TV, the plant has lost two contracts => Harbour TV (according to)',
    ]);
  });

  it('a day after a writing says when: the writing still speaks for whoever put it out', () => {
    expect(quotes(`${INTRO}The council issued a memo Friday saying the new depot would open in June.`)).toEqual([
      'indirect: the new depot would open in June => council (saying)',
    ]);
  });

  it('a description with a name in an aside between dashes speaks as that name', () => {
    expect(quotes(`${INTRO}A former candidate — Dana Holt, who lost the race in 2010 — said the plan would work.`)).toEqual([
      'indirect: the plan would work => Dana Holt (said)',
    ]);
    // (a name before the aside stays the speaker)
    expect(quotes(`${INTRO}Dana Holt — a former candidate — said the plan would work.`)).toEqual([
      'indirect: the plan would work => Dana Holt (said)',
    ]);
  });

  it('two roles joined by `and` without a second determiner are one person’s', () => {
    expect(
      quotes(`Senator Dana Holt of Ohio spoke on Monday.\n\n“We will win this,” the Ohio senator and presidential candidate said.`),
    ).toEqual(['direct: We will win this, => Dana Holt (said)']);
  });

  it('a participle after a verb and its object reports for the verb’s subject, not its object', () => {
    expect(quotes(`${INTRO}For months, Vale had praised Roe, stating there was a benefit to having her in the race.`)).toEqual([
      'indirect: there was a benefit to having her in the race => Tom Vale (stating)',
    ]);
    // (after a verb written before its speaker, the speaker: `said Roe, adding`)
    expect(quotes(`${INTRO}“We will win,” said Roe, adding that the race was close.`)).toContain(
      'indirect: that the race was close => Ann Roe (adding)',
    );
  });

  it('an object pronoun before the cue is no subject', () => {
    // (`him` ends a clause about the subject; with no subject the readers take, no report)
    expect(quotes(`${INTRO}Vale is running again. Several people who have known him say the plan is sound.`)).toEqual([
      'indirect: the plan is sound => Several people who have known him (say)',
    ]);
    expect(quotes(`${INTRO}Vale is running again. The unions backing him say the plan is sound.`)).not.toContain(
      'indirect: the plan is sound => Tom Vale (say)',
    );
  });

  it('a source `according to` which someone said something relays their words: they speak', () => {
    expect(quotes(`${INTRO}“I will vote for the plan,” Roe said, according to Harbour Radio.`)).toContain(
      'indirect: “I will vote for the plan,” Roe said => Ann Roe (according to)',
    );
    expect(quotes(`${INTRO}The plant will close in May, according to Harbour Radio.`)).toEqual([
      'indirect: The plant will close in May => Harbour Radio (according to)',
    ]);
  });

  it('a source `according to` a thing someone made is its maker', () => {
    expect(quotes(`${INTRO}The plant will close in May, according to a declaration filed in court by Lee Marsh.`)).toEqual([
      'indirect: The plant will close in May => Lee Marsh (according to)',
    ]);
    expect(quotes(`${INTRO}The plant will close in May, according to an interview his brother Lee Marsh gave to Harbour TV.`)).toEqual([
      'indirect: The plant will close in May => Lee Marsh (according to)',
    ]);
    expect(quotes(`${INTRO}Vale has run the union since 2004, according to his union profile.`)).toEqual([
      'indirect: Vale has run the union since 2004 => Tom Vale (according to)',
    ]);
  });

  it('a participle the tagger calls a verb is part of the group it opens', () => {
    expect(quotes(`${INTRO}Vale spoke first. Leading growers say that the harvest will be late.`)).toEqual([
      'indirect: that the harvest will be late => Leading growers (say)',
    ]);
  });

  it('groups joined by commas and `and` speak together', () => {
    expect(quotes(`${INTRO}Vale spoke first. Since then, small firms and market stalls say the plan would hurt the town.`)).toEqual([
      'indirect: the plan would hurt the town => small firms and market stalls (say)',
    ]);
  });

  it('a body or a group joined to a speaking group by `and` speaks with it', () => {
    expect(quotes(`${INTRO}The Roe campaign and some security experts said the leak was serious.`)).toEqual([
      'indirect: the leak was serious => The Roe campaign and some security experts (said)',
    ]);
    expect(quotes(`${INTRO}Planners and even some engineers have argued that the bridge is unsafe.`)).toEqual([
      'indirect: that the bridge is unsafe => Planners and even some engineers (argued)',
    ]);
    expect(quotes(`${INTRO}After the vote, Democrats and civic groups said the law was unfair.`)).toEqual([
      'indirect: the law was unfair => Democrats and civic groups (said)',
    ]);
    // (an object before `and` is no speaker)
    expect(quotes(`${INTRO}The mayor met the council and some engineers said the bridge is unsafe.`)).toEqual([
      'indirect: the bridge is unsafe => some engineers (said)',
    ]);
  });

  it('the phrase of a group takes in the groups joined to it, its quantifier and a participle the tagger calls a verb', () => {
    expect(quotes(`${INTRO}Farm unions and their supporters have argued that the tax would hurt growers.`)).toEqual([
      'indirect: that the tax would hurt growers => Farm unions and their supporters (argued)',
    ]);
    expect(quotes(`${INTRO}Roe left, and at least 40 nurses said the plan would fail.`)).toEqual([
      'indirect: the plan would fail => at least 40 nurses (said)',
    ]);
    expect(quotes(`${INTRO}Nine in 10 trained nurses say the wards are short of staff.`)).toEqual([
      'indirect: the wards are short of staff => Nine in 10 trained nurses (say)',
    ]);
  });

  it('a share of a group speaks in a relative clause and after a dash between spaces', () => {
    expect(quotes(`${INTRO}It is a town in which 60 percent of voters say the plant should stay.`)).toEqual([
      'indirect: the plant should stay => 60 percent of voters (say)',
    ]);
    expect(quotes(`${INTRO}On wages, Roe led Vale - 60 percent of voters said the plant should stay open.`)).toEqual([
      'indirect: the plant should stay open => 60 percent of voters (said)',
    ]);
  });

  it('`that` before a plural noun opens a clause and is no part of the speaker', () => {
    expect(quotes(`${INTRO}It was a deal that bank executives said would save the plant.`)).toEqual([
      'indirect: would save the plant => bank executives (said)',
    ]);
  });

  it('a word the tagger calls a verb after a hyphen is part of the compound that opens the speaker', () => {
    expect(quotes(`${INTRO}A self-taught engineer said the plant would close in May.`)).toEqual([
      'indirect: the plant would close in May => A self-taught engineer (said)',
    ]);
  });

  it('a writing a source names speaks for its maker, named where the writing was first mentioned', () => {
    expect(
      quotes(
        `${INTRO}A summary by the Harbour Police was released on Friday. The suspect did not leave the house, according to the summary.`,
      ),
    ).toEqual(['indirect: The suspect did not leave the house => Harbour Police (according to)']);
  });

  it('`it` and `they` are not the first name an earlier sentence holds', () => {
    expect(
      quotes('Tom Vale toured the Eastport Mill on Monday.\n\nThe vote was close. It said the result would stand until June.'),
    ).toEqual([]);
    expect(
      quotes('Tom Vale spoke at the Eastport Mill on Monday.\n\nThe vote was close. They said the result would stand until June.'),
    ).toEqual([]);
    // (a group that opened an earlier sentence still is)
    expect(
      quotes('Workers at the Eastport Mill met Tom Vale on Monday.\n\nThe vote was close. They said the result would stand until June.'),
    ).toEqual(['indirect: the result would stand until June => Workers (said)']);
  });

  it('a state written with full stops after a party (`R-N.Y.`) ends no sentence', () => {
    expect(quotes(`${INTRO}Rep. Dana Holt, R-N.Y., noted in a column that the new tax would hurt growers.`)).toEqual([
      'indirect: that the new tax would hurt growers => Dana Holt (noted)',
    ]);
  });

  it('a pronoun or a name and its speech verb inside a report start the next one', () => {
    expect(quotes(`${INTRO}Roe praised the council for its patience while Vale insists the vote was fair.`)).toEqual([
      'indirect: the council for its patience => Ann Roe (praised)',
      'indirect: the vote was fair => Tom Vale (insists)',
    ]);
    expect(quotes(`${INTRO}Roe said the plant would close in May because she said the buyers had left town.`)).toEqual([
      'indirect: the plant would close in May => Ann Roe (said)',
      'indirect: the buyers had left town => Ann Roe (said)',
    ]);
  });

  it('`add to` a sum reports nothing', () => {
    expect(quotes(`${INTRO}Roe won the county by a wide margin, adding to her lead over the other candidates.`)).toEqual([]);
  });

  it('a name in a phrase that opens the sentence is no antecedent of a pronoun later in it', () => {
    expect(
      quotes(
        'Tom Vale spoke first at the hall.\n\nWith Dan Roe out of the race, the talks stalled, and he said the plan would fail by June.',
      ),
    ).toEqual(['indirect: the plan would fail by June => Tom Vale (said)']);
  });

  it('a cue and a colon report the words after it when no quotation follows', () => {
    expect(quotes(`${INTRO}Vale added: the plant will close in May and the jobs will move abroad.`)).toEqual([
      'indirect: the plant will close in May and the jobs will move abroad => Tom Vale (added)',
    ]);
    expect(quotes(`${INTRO}Vale added: “The plant will close in May.”`)).toEqual([
      'direct: The plant will close in May. => Tom Vale (added)',
    ]);
  });

  it('an `as` cue with a particle reports the clause after its comma', () => {
    expect(quotes(`${INTRO}And as Vale pointed out, the new rules have a lasting effect on the mill.`)).toEqual([
      'indirect: the new rules have a lasting effect on the mill => Tom Vale (pointed)',
    ]);
  });

  it('a cue the tagger calls a noun, between commas after a name, is a cue inside its content', () => {
    expect(quotes(`${INTRO}The union, Vale notes, wants a new contract by May.`)).toEqual([
      'indirect: The union, Vale notes, wants a new contract by May => Tom Vale (notes)',
    ]);
  });

  it('a name between `with` and a participle speaks for it', () => {
    expect(quotes(`${INTRO}Crowds rallied in the square, with Roe calling for a ban on trucks in the old town.`)).toEqual([
      'indirect: a ban on trucks in the old town => Ann Roe (calling for)',
    ]);
  });

  it('a call for something reports what it asks for, a day between the verb and `for`', () => {
    expect(quotes(`${INTRO}Roe called Wednesday for the chief to resign over the report.`)).toEqual([
      'indirect: the chief to resign over the report => Ann Roe (called)',
    ]);
  });

  it('a plural qualified by a participle and its phrase speaks as a group', () => {
    expect(quotes(`${INTRO}Engineers trained on the new line said the plant would close in May.`)).toEqual([
      'indirect: the plant would close in May => Engineers trained on the new line (said)',
    ]);
  });

  it('a cue reports the clause after `that` past a long phrase of place or time', () => {
    expect(quotes(`${INTRO}Vale said in a short history of the town's first mills that the plant would close.`)).toEqual([
      'indirect: that the plant would close => Tom Vale (said)',
    ]);
  });

  it('a description of two people means the two last named together', () => {
    expect(quotes(`${INTRO}Dana Holt and Lee Marsh met on Tuesday. The two leaders said the plant would stay open.`)).toEqual([
      'indirect: the plant would stay open => Dana Holt and Lee Marsh (said)',
    ]);
    // (three named together are not a pair)
    expect(
      quotes(`${INTRO}Dana Holt, Lee Marsh and Kim Ode met on Tuesday. The two leaders said the plant would stay open.`),
    ).not.toContain('indirect: the plant would stay open => Lee Marsh and Kim Ode (said)');
  });

  it('a preposition that rounds a number opens a noun phrase, not an adverbial', () => {
    expect(quotes(`${INTRO}About 40 families have left the valley, Roe said.`)).toEqual([
      'indirect: About 40 families have left the valley => Ann Roe (said)',
    ]);
    expect(quotes(`${INTRO}The depot said about half of the fleet needed new brakes.`)).toEqual([
      'indirect: about half of the fleet needed new brakes => The depot (said)',
    ]);
    // (a topic after `about` stays no report, and an adverbial before the comma stays no clause)
    expect(quotes(`${INTRO}Roe said about the fleet in a long letter.`)).toEqual([]);
    expect(quotes(`${INTRO}After the vote, Roe said.`)).toEqual([]);
  });

  it('a source that opens the sentence with `As reported by`', () => {
    expect(quotes(`${INTRO}As reported by the Eastport Ledger, the council found over two thousand emails on the server.`)).toEqual([
      'indirect: the council found over two thousand emails on the server => Eastport Ledger (reported)',
    ]);
  });

  it('`, and` before a noun phrase with a speech word that is no finite cue goes on with the report', () => {
    expect(quotes(`${INTRO}Vale noted that Roe has accepted gifts from the firm and thousands in speaking fees from the board.`)).toEqual([
      'indirect: that Roe has accepted gifts from the firm and thousands in speaking fees from the board => Tom Vale (noted)',
    ]);
  });

  it('`that` as the subject of a contracted verb, and a second speaker after `, and`', () => {
    expect(quotes(`${INTRO}Vale said that’s what the union had expected all along.`)).toEqual([
      'indirect: that’s what the union had expected all along => Tom Vale (said)',
    ]);
    expect(quotes(`${INTRO}Roe said the plant would close in the spring but union leaders have said the town would cope.`)).toEqual([
      'indirect: the plant would close in the spring => Ann Roe (said)',
      'indirect: the town would cope => union leaders (said)',
    ]);
    expect(quotes(`${INTRO}Roe said the plant would close in the spring, and other council members said the town would cope.`)).toEqual([
      'indirect: the plant would close in the spring => Ann Roe (said)',
      'indirect: the town would cope => other council members (said)',
    ]);
  });

  it('a clause that quotes some of its words is reported, and its quotation is a partial quote', () => {
    // (the cue after: the comma inside the closing mark)
    expect(quotes(`${INTRO}The plan was a “careful and fair answer to the strike,” Vale told the council.`)).toEqual([
      'indirect: The plan was a “careful and fair answer to the strike,” => Tom Vale (told)',
      'partial: careful and fair answer to the strike, => Tom Vale (told)',
    ]);
    // (the quotation opens the clause, and the sentence goes on past it)
    expect(quotes(`${INTRO}Roe said “the fear is as high as it has ever been” in the town.`)).toEqual([
      'indirect: “the fear is as high as it has ever been” in the town => Ann Roe (said)',
      'partial: the fear is as high as it has ever been => Ann Roe (said)',
    ]);
    // (the writer's subject, then the speaker's words)
    expect(quotes(`${INTRO}Workers “think the plant is not going to close at all,” said Vale.`)).toEqual([
      'indirect: Workers “think the plant is not going to close at all,” => Tom Vale (said)',
      'partial: think the plant is not going to close at all, => Tom Vale (said)',
    ]);
    // (a quotation that the sentence does not go on past is quoted, not reported)
    expect(quotes(`${INTRO}Roe said “the fear is as high as it has ever been” and left.`)).toEqual([
      'partial: the fear is as high as it has ever been => Ann Roe (said)',
    ]);
  });

  it('a passive’s subject is spoken to, not a speaker', () => {
    expect(quotes(`${INTRO}Vale was told that the plant would close in the spring.`)).toEqual([]);
    // (past an adverb between the auxiliary and the verb: the question put to Vale, no asker named)
    expect(quotes(`${INTRO}Vale was once asked which of the two plants would close first.`)).toEqual([
      'indirect: which of the two plants would close first => null (asked)',
    ]);
  });

  it('a question put to someone is reported with no asker', () => {
    expect(quotes(`${INTRO}Asked whether the plant would close, Roe smiled.`)).toEqual([
      'indirect: whether the plant would close => null (Asked)',
    ]);
    // (and the answer reported after it)
    expect(quotes(`${INTRO}Asked whether the plant would close, Roe said the council would decide in May.`)).toEqual([
      'indirect: whether the plant would close => null (Asked)',
      'indirect: the council would decide in May => Ann Roe (said)',
    ]);
  });

  it('a noun of speech reports for its owner or for whoever put it out, not for no one', () => {
    expect(quotes(`${INTRO}The crowd cheered Roe’s repeated claim that the plant would stay open.`)).toEqual([
      'indirect: that the plant would stay open => Ann Roe (claim)',
    ]);
    expect(quotes(`${INTRO}Vale issued a warning that the members would strike in June.`)).toEqual([
      'indirect: that the members would strike in June => Tom Vale (warning)',
    ]);
    expect(quotes(`${INTRO}Members cheered his vow to keep the plant open.`)).toEqual(['indirect: keep the plant open => Tom Vale (vow)']);
    expect(quotes(`${INTRO}Nobody believed the claim that the plant would stay open.`)).toEqual([]);
  });

  it('a call is a report when it is someone’s own, up to the comma where the sentence goes on', () => {
    expect(quotes(`${INTRO}Vale renewed his call to ban trucks from the old town, a plan the council rejected.`)).toEqual([
      'indirect: ban trucks from the old town => Tom Vale (call)',
    ]);
    expect(quotes(`${INTRO}Roe made a call to the office of the union on Monday.`)).toEqual([]);
  });

  it('what a verb of talking is about is what it reports; `talking` and `to talk` not yet', () => {
    expect(quotes(`${INTRO}Roe talked about the delays at the plant for an hour.`)).toEqual([
      'indirect: the delays at the plant for an hour => Ann Roe (talked)',
    ]);
    expect(quotes(`${INTRO}Vale spoke about the future of the union and its members.`)).toEqual([
      'indirect: the future of the union and its members => Tom Vale (spoke)',
    ]);
    expect(quotes(`${INTRO}Vale talked of reforms to ensure that firms hire local workers first.`)).toEqual([
      'indirect: reforms to ensure that firms hire local workers first => Tom Vale (talked)',
    ]);
    expect(quotes(`${INTRO}Vale came to the plant to talk about the future of the union.`)).toEqual([]);
  });

  it('the name an apposition follows speaks, after `while` as after `but`', () => {
    expect(
      quotes(`${INTRO}The council met, while Dan Hale, the former mayor of Eastport, proposed that the plant be sold to the union.`),
    ).toEqual(['indirect: that the plant be sold to the union => Dan Hale (proposed)']);
  });

  it('a name spelt as a modal speaks (`Rosa Will wrote`, `Will described …`)', () => {
    expect(quotes(`${INTRO}Columnist Rosa Will wrote that the plant should have closed years ago.`)).toEqual([
      'indirect: that the plant should have closed years ago => Rosa Will (wrote)',
    ]);
  });

  it('`who` after a place someone is from is that someone’s, past an age or a description', () => {
    expect(quotes(`${INTRO}Among them was Nicky Dorran, 24, from Millbrook, who said Vale is best suited to run the union.`)).toEqual([
      'indirect: Vale is best suited to run the union => Nicky Dorran (said)',
    ]);
    expect(quotes(`${INTRO}Workers cheered Dana Hale, a nurse from Millbrook, who said the plant must stay open for good.`)).toEqual([
      'indirect: the plant must stay open for good => Dana Hale (said)',
    ]);
  });

  it('an adverb of manner after the cue, then a comma or a place, reports nothing', () => {
    expect(quotes(`${INTRO}“We will stay,” Roe said carefully, as the crowd went quiet.`)).toEqual([
      'direct: We will stay, => Ann Roe (said)',
    ]);
    expect(quotes(`${INTRO}“We will stay,” Vale said happily on the local radio station.`)).toEqual([
      'direct: We will stay, => Tom Vale (said)',
    ]);
  });

  it('two people an apposition names together speak together', () => {
    expect(quotes(`${INTRO}Two objectors, Dana Orr and Ben Hale, had argued that the plant should be sold to the union.`)).toEqual([
      'indirect: that the plant should be sold to the union => Dana Orr and Ben Hale (argued)',
    ]);
  });

  it('a pronoun and the people around its person speak together', () => {
    expect(quotes(`${INTRO}Roe lost the vote. She and her aides have vowed to win back the members by June.`)).toEqual([
      'indirect: to win back the members by June => Ann Roe and her aides (vowed)',
    ]);
  });

  it('a question put in an interview is the interviewer’s', () => {
    expect(quotes(`${INTRO}“It is over,” Roe told the Eastport Ledger in an interview when asked whether the plant would close.`)).toEqual([
      'direct: It is over, => Ann Roe (told)',
      'indirect: whether the plant would close => Eastport Ledger (asked)',
    ]);
  });

  it('a question is the asker’s when `by` names one, past when and where it was put', () => {
    expect(quotes(`${INTRO}Asked by a reporter whether the plant would close, Roe shrugged.`)).toEqual([
      'indirect: whether the plant would close => a reporter (Asked)',
    ]);
    expect(quotes(`${INTRO}Vale was asked by a caller why the plant would close.`)).toEqual([
      'indirect: why the plant would close => a caller (asked)',
    ]);
    expect(quotes(`${INTRO}Asked at a rally on Monday whether the plant would close, Roe shrugged.`)).toEqual([
      'indirect: whether the plant would close => null (Asked)',
    ]);
    // (a passive with no asker reports a question only, not what was asked for)
    expect(quotes(`${INTRO}Vale was asked to leave the hall before the vote.`)).toEqual([]);
  });

  it('an -ing speech verb the tagger calls an adjective cues before `to`', () => {
    expect(quotes(`${INTRO}Roe toured the mill, promising to build a new plant in the town.`)).toEqual([
      'indirect: to build a new plant in the town => Ann Roe (promising)',
    ]);
    expect(quotes(`${INTRO}Vale rallied the crowd by promising to raise the wages of every driver.`)).toEqual([
      'indirect: to raise the wages of every driver => Tom Vale (promising)',
    ]);
    // (an adjective before its noun reports nothing)
    expect(quotes(`${INTRO}Roe met the board after a promising round of talks on the plant.`)).toEqual([]);
  });

  it('who was urged to do what, or accused of what, is reported whatever the tagger made of its verb', () => {
    expect(quotes(`${INTRO}Roe spoke of her faith in the town and urged voters to back the plan.`)).toEqual([
      'indirect: her faith in the town => Ann Roe (spoke)',
      'indirect: voters to back the plan => Ann Roe (urged)',
    ]);
    expect(quotes(`${INTRO}Roe cut the budget and accused Vale of bungling the sale.`)).toEqual([
      'indirect: Vale of bungling the sale => Ann Roe (accused)',
    ]);
  });

  it('a `he` or `she` coreference leaves unread is the person of that sex last named', () => {
    expect(
      quotes(
        `${INTRO}His plans are as rash as hers are cautious. Her speeches are careful. His are a show of "The Big Top." She says he is unfit to lead. He says she is too timid to win.`,
      ),
    ).toEqual(['indirect: he is unfit to lead => Ann Roe (says)', 'indirect: she is too timid to win => Tom Vale (says)']);
  });

  it('a call for or on someone after an indefinite noun is a call, not a name given', () => {
    expect(quotes(`${INTRO}An Eastport newspaper called on Roe to do something about the floods.`)).toEqual([
      'indirect: Roe to do something about the floods => An Eastport newspaper (called on)',
    ]);
    // (a naming participle still names: `a group called Fair Play`)
    expect(quotes(`${INTRO}Vale joined a group called Fair Play in May.`)).toEqual([]);
  });

  it('a share of a group keeps its owner and the adverb before it', () => {
    expect(quotes(`${INTRO}Vale's most loyal supporters say the plan is unfair.`)).toEqual([
      "indirect: the plan is unfair => Vale's most loyal supporters (say)",
    ]);
    expect(quotes(`${INTRO}Virtually all analysts say the plan is unfair.`)).toEqual([
      'indirect: the plan is unfair => Virtually all analysts (say)',
    ]);
  });

  it('a group is its plural before `of` a body, or a plural not in -s', () => {
    expect(quotes(`${INTRO}At least a dozen members of the council said the plan was unfair.`)).toEqual([
      'indirect: the plan was unfair => At least a dozen members of the council (said)',
    ]);
    expect(quotes(`${INTRO}Some 20 percent of people in a recent county poll said the plan was unfair.`)).toEqual([
      'indirect: the plan was unfair => Some 20 percent of people in a recent county poll (said)',
    ]);
  });

  it('a group a name is an example of speaks, with the name', () => {
    expect(quotes(`${INTRO}Other candidates including Tom Vale have said the plan is unfair.`)).toEqual([
      'indirect: the plan is unfair => Other candidates including Tom Vale (said)',
    ]);
  });

  it('a date after a description is not what the description is of', () => {
    expect(quotes(`${INTRO}The council would decide in May, said a spokeswoman on Monday.`)).toEqual([
      'indirect: The council would decide in May => a spokeswoman (said)',
    ]);
  });

  it('a cue of quotations in marks or a phrasal verb that is no speech reports nothing', () => {
    expect(quotes(`${INTRO}The town went on to win the regional award for its new plant.`)).toEqual([]);
    expect(quotes(`${INTRO}Vale called off the strike after the council agreed to talk.`)).toEqual([]);
    expect(quotes(`${INTRO}A new group called Fair Play for Eastport is trying to raise money for the workers.`)).toEqual([]);
  });

  it('an infinitive is no cue, unless a verb of going on carries it', () => {
    expect(quotes(`${INTRO}Vale was not authorised to discuss the talks with the council members.`)).toEqual([]);
    expect(quotes(`${INTRO}Vale went on to say that the members had voted for the strike.`)).toEqual([
      'indirect: that the members had voted for the strike => Tom Vale (say)',
    ]);
    expect(quotes(`${INTRO}Roe continued to insist that the plant would stay open.`)).toEqual([
      'indirect: that the plant would stay open => Ann Roe (insist)',
    ]);
  });

  it('a participle after a cue reports for that cue’s speaker; a progressive reports for its subject', () => {
    expect(quotes(`${INTRO}“We will appeal,” Vale told the crowd, adding that the members had voted for it.`)).toEqual([
      'direct: We will appeal, => Tom Vale (told)',
      'indirect: that the members had voted for it => Tom Vale (adding)',
    ]);
    expect(quotes(`${INTRO}“We will appeal,” Roe said, adding that the council had not read the ruling.`)).toEqual([
      'direct: We will appeal, => Ann Roe (said)',
      'indirect: that the council had not read the ruling => Ann Roe (adding)',
    ]);
    expect(quotes(`${INTRO}Roe on Monday was insisting that the plant would stay open.`)).toEqual([
      'indirect: that the plant would stay open => Ann Roe (insisting)',
    ]);
    expect(quotes(`${INTRO}Vale last week flatly denied that the union had been paid.`)).toEqual([
      'indirect: that the union had been paid => Tom Vale (denied)',
    ]);
  });

  it('a noun phrase that opens the clause speaks whatever its head, but not one inside a noun phrase', () => {
    expect(quotes(`${INTRO}The anti-tax movement has argued that the levy would hurt the farmers.`)).toEqual([
      'indirect: that the levy would hurt the farmers => The anti-tax movement (argued)',
    ]);
    expect(quotes(`${INTRO}The plan the movement announced would close the plant in May.`)).toEqual([]);
  });

  it('an organisation a person owns is one speaker, named for its owner, however the article writes it', () => {
    const text = `${INTRO}Her campaign said the plant would close in May. Roe's campaign later said the plant would stay open.`;
    const record = analyseArticle(withIndirect, { id: 't', text });
    const speakers = record.quotes.map((q) => q.speaker?.entity);
    expect(speakers).toHaveLength(2);
    expect(new Set(speakers).size).toBe(1);
    expect(record.quotes.map((q) => q.speaker?.name)).toEqual(['Roe campaign', 'Roe campaign']);
    // (a body that is not a campaign keeps its owner's full name and the possessive)
    expect(quotes(`${INTRO}Vale’s office said the plant would close in May.`)).toEqual([
      "indirect: the plant would close in May => Tom Vale's office (said)",
    ]);
  });

  it('a comma after `that` opens an adverbial; a participle after a comma is never a cue after its content', () => {
    expect(quotes(`${INTRO}Roe added that, in the end, the council would sell the plant.`)).toEqual([
      'indirect: in the end, the council would sell the plant => Ann Roe (added)',
    ]);
    expect(quotes(`${INTRO}The council refused to publish the figures, saying they were not final yet.`)).toEqual([
      'indirect: they were not final yet => council (saying)',
    ]);
  });

  it('is on in the default pipeline, and off with `indirect: false`', () => {
    expect(quotes(`${INTRO}Roe said the plant would close in May.`, createPipeline())).toEqual([
      'indirect: the plant would close in May => Ann Roe (said)',
    ]);
    expect(quotes(`${INTRO}Roe said the plant would close in May.`, pipelineWith(false))).toEqual([]);
  });
});

describe('a pronoun’s report', () => {
  // A surname no list knows and no gender: a person once a cue names them, a headline's capitalised run never.
  it('goes to someone a cue names, not to a name no cue gives', () => {
    const text = 'Quorvel, a teacher in the valley, said the plan “works.”\n\nHe said he would vote for it in May.';
    expect(quotes(text)).toContain('indirect: he would vote for it in May => Quorvel (said)');
    const unnamed = 'Capitol Plaza stood empty all week.\n\nHe said he would vote for it in May.';
    expect(quotes(unnamed)).toEqual([]);
  });
});

describe('the phrase that speaks', () => {
  it('is the person a description names before its modifier, not the name in the modifier', () => {
    expect(quotes(`${INTRO}An aide to Ann Roe said the plant was doing fine for years.`)).toEqual([
      'indirect: the plant was doing fine for years => An aide to Ann Roe (said)',
    ]);
  });

  it('is a group of people named by a noun of people with its modifier', () => {
    expect(quotes(`${INTRO}Proponents of the new bill, however, say it would keep money in the town.`)).toEqual([
      'indirect: it would keep money in the town => Proponents of the new bill (say)',
    ]);
  });

  it('of a participle after a writing put out is whoever put it out', () => {
    expect(quotes(`${INTRO}Later, Roe issued a statement saying the plant would stay open for a year.`)).toEqual([
      'indirect: the plant would stay open for a year => Ann Roe (saying)',
    ]);
    expect(quotes(`${INTRO}The union sent out a letter urging members to vote for the offer.`)).toEqual([
      'indirect: members to vote for the offer => union (urging)',
    ]);
  });

  it('of a participle after a comma is the speaker of a cue well before it', () => {
    expect(
      quotes(`${INTRO}"It is a priority," Roe said in making her announcement in the old hall, noting that the plan had been hers.`),
    ).toEqual(['direct: It is a priority, => Ann Roe (said)', 'indirect: that the plan had been hers => Ann Roe (noting)']);
  });

  it('of a participle after a comma is the named speaker of the cue before, past an apposition', () => {
    expect(
      quotes(`${INTRO}"We need more focus on wages," said former mayor Dan Hale, a Roe backer, referring to the jobs at the plant.`),
    ).toEqual(['direct: We need more focus on wages, => Dan Hale (said)', 'indirect: the jobs at the plant => Dan Hale (referring)']);
  });

  it('is not read inside words quoted with two apostrophes, which are the quoted speaker’s', () => {
    expect(quotes(`${INTRO}''The mayor says the plant will close in May, and nobody listens,'' Vale said.`)).toEqual([]);
    expect(quotes(`${INTRO}''We lost the vote. The council knows exactly what it did,'' Vale said.`)).toEqual([]);
  });

  it('is what a speaker was referring to', () => {
    expect(quotes(`${INTRO}"The law left out the big firms," Roe said, referring to the power company and the port.`)).toEqual([
      'direct: The law left out the big firms, => Ann Roe (said)',
      'indirect: the power company and the port => Ann Roe (referring)',
    ]);
    // (not what someone was referring to, written before it: no report, and no speaker made salient)
    expect(quotes(`${INTRO}It was not clear what deal Vale was referring to in his remarks on Monday.`)).toEqual([]);
  });

  it('of a participle after a comma and an adverb is the sentence subject', () => {
    expect(quotes(`${INTRO}Roe turned against the plan, eventually saying it would ruin the town.`)).toEqual([
      'indirect: it would ruin the town => Ann Roe (saying)',
    ]);
    expect(quotes(`${INTRO}Vale backed the strike, pointedly saying that the plant was not safe.`)).toEqual([
      'indirect: that the plant was not safe => Tom Vale (saying)',
    ]);
  });

  it('of a writing before its recipient is the writing’s owner, not the recipient', () => {
    expect(quotes(`${INTRO}Vale's letter to the council says the plant will close in May.`)).toEqual([
      'indirect: the plant will close in May => Tom Vale (says)',
    ]);
    expect(quotes(`${INTRO}Her email to the members says the plant will close in May.`)).toEqual([
      'indirect: the plant will close in May => Ann Roe (says)',
    ]);
  });

  it('of a participle after a writing is its maker past a time, a recipient, an amount or a plural', () => {
    expect(quotes(`${INTRO}Vale filed a $2 million lawsuit in 2019 alleging that the plant poisoned the river.`)).toEqual([
      'indirect: that the plant poisoned the river => Tom Vale (alleging)',
    ]);
    expect(quotes(`${INTRO}The union sent petitions this week calling on the council to resign.`)).toEqual([
      'indirect: the council to resign => union (calling on)',
    ]);
    expect(quotes(`${INTRO}Roe revised her statement on Tuesday explaining that the plant would stay open.`)).toEqual([
      'indirect: that the plant would stay open => Ann Roe (explaining)',
    ]);
  });

  it('of a writing named again is whoever put it out', () => {
    expect(
      quotes(`${INTRO}Vale filed a lawsuit against the council on Friday. The lawsuit alleges that the plant poisoned the river.`),
    ).toEqual(['indirect: that the plant poisoned the river => Tom Vale (alleges)']);
    // (named again by another noun of its kind, or put out by a verb of its kind)
    expect(quotes(`${INTRO}Her campaign sued the council on Friday. The complaint alleged that the council broke the law.`)).toEqual([
      'indirect: that the council broke the law => Roe campaign (alleged)',
    ]);
    // (its maker after `by` or `from`, the name in apposition to a description)
    expect(
      quotes(
        `${INTRO}A statement was sent from the union's director, Jeff Hale, to the members. The statement said the plant would close.`,
      ),
    ).toEqual(['indirect: the plant would close => Jeff Hale (said)']);
    // (whose the writing is, and its plural)
    expect(
      quotes(`${INTRO}The Eastport Union argued in its letter that the plant was unsafe. The letter also says the river was poisoned.`),
    ).toEqual([
      'indirect: that the plant was unsafe => Eastport Union (argued)',
      'indirect: the river was poisoned => Eastport Union (says)',
    ]);
    // (a writing no one in the text put out speaks for itself)
    expect(quotes(`${INTRO}The lawsuit alleges that the plant poisoned the river.`)).toEqual([
      'indirect: that the plant poisoned the river => The lawsuit (alleges)',
    ]);
  });

  it('is the name an apposition chain opens after a dash', () => {
    expect(
      quotes(`${INTRO}It was no accident — Lu Bai, a spokesman for Roe, told the paper that the mayor had warned the council.`),
    ).toEqual(['indirect: that the mayor had warned the council => Lu Bai (told)']);
  });

  it('is every group of people coordinated before the cue, and adjectives that share one head', () => {
    expect(quotes(`${INTRO}Former aides and longtime donors said the campaign was out of money by June.`)).toEqual([
      'indirect: the campaign was out of money by June => Former aides and longtime donors (said)',
    ]);
    expect(quotes(`${INTRO}Past and current employees said the firm was a mess for years.`)).toEqual([
      'indirect: the firm was a mess for years => Past and current employees (said)',
    ]);
    // (a thing before `and` is no speaker: `the plan and residents` stays `residents`)
    expect(quotes(`${INTRO}The new plan and residents said the town was a mess for years.`)).toEqual([
      'indirect: the town was a mess for years => residents (said)',
    ]);
  });
});
