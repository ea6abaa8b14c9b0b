// The attribution suite: sentences that look like real news copy, each with the quotes and speakers a
// reader would give. Straight and curly marks, British single quotes, speaker before, inside or after.
import { describe, expect, it } from 'vitest';
import { analyseText, who } from '../helpers.js';

type Case = [name: string, text: string, expected: string[]];

const cases: Case[] = [
  // Speaker after the quote, either order of name and verb.
  ['name said after', '“We will rebuild the bridge by spring,” Mayor Linda Ortiz said on Tuesday.', ['We will rebuild the bridge by spring, => Linda Ortiz']],
  ['said name after (inverted)', '“The data are very clear,” said Hugh Hill, a doctor at the county hospital.', ['The data are very clear, => Hugh Hill']],
  ['straight marks', '"It was a mistake," Senator Maria Gomez told reporters.', ['It was a mistake, => Maria Gomez']],
  ['says present tense', '“Nobody saw this coming,” says Dr Priya Nair, an epidemiologist.', ['Nobody saw this coming, => Priya Nair']],
  ['explains inverted', '“The trick is patience,” explains chef Tom Baker.', ['The trick is patience, => Tom Baker']],
  ['added after', '“We are not done yet,” Coach Dan Reeves added.', ['We are not done yet, => Dan Reeves']],
  ['quipped', '“I have lost count of the birthdays,” quipped Margaret Hale, who turned 104 this week.', ['I have lost count of the birthdays, => Margaret Hale']],
  ['was quoted as saying', 'Officials met again on Friday. “The gap remains wide,” Andrew Walsh was quoted as saying.', ['The gap remains wide, => Andrew Walsh']],
  ['told addressee', '“The plant will stay open,” Karen Doyle told workers at the site.', ['The plant will stay open, => Karen Doyle']],
  // Speaker before the quote.
  ['colon intro', 'Police Chief Ray Moreno said: “We have made an arrest.”', ['We have made an arrest. => Ray Moreno']],
  ['colon with adjunct', 'Prime Minister Ana Silva said in a televised address on Sunday: “The emergency is over.”', ['The emergency is over. => Ana Silva']],
  ['comma intro', 'Later, Judge Helen Park said, “The defendant will remain in custody.”', ['The defendant will remain in custody. => Helen Park']],
  ['unnamed description speaks', 'The governor said the state was “ready for anything” after the storm.', ['ready for anything => The governor']],
  ['partial quote with name', 'Governor Mike Dunn said the state was “ready for anything this winter” after the storm.', ['ready for anything this winter => Mike Dunn']],
  ['responded that', 'Kelly Brown responded that the council had “a duty to every resident” and would vote soon.', ['a duty to every resident => Kelly Brown']],
  ['two partial quotes one cue', 'Ms Brown said the plan was “deeply flawed” and that the town “deserves far better than this.”', ['deeply flawed => Kelly Brown', 'deserves far better than this. => Kelly Brown'].map((x) => x.replace('Kelly Brown', 'Brown'))],
  ['called X quote', 'The opposition leader, Omar Haddad, called the budget “a betrayal of working families”.', ['a betrayal of working families => Omar Haddad']],
  ['described as', 'Analyst Jenny Cho described the deal as “the biggest merger of the decade”.', ['the biggest merger of the decade => Jenny Cho']],
  ['warned that', 'Economist Paul Krane warned that inflation could “bite much harder next year”.', ['bite much harder next year => Paul Krane']],
  ['urged', 'Health Minister Sara Lind urged parents to “keep children home if they feel unwell”.', ['keep children home if they feel unwell => Sara Lind']],
  ['tweeted', 'Striker Leo Mensah tweeted: “Gutted for the fans, we go again Saturday.”', ['Gutted for the fans, we go again Saturday. => Leo Mensah']],
  ['wrote', 'In a letter to staff, chief executive Nora Quinn wrote: “These changes are painful but necessary.”', ['These changes are painful but necessary. => Nora Quinn']],
  // Split quotes and continuation.
  // `she` with nobody before it to mean: the quotes stay, with no speaker rather than a wrong one.
  ['pronoun with no antecedent', '“We tried everything all summer,” she said. “Nothing worked for us.”', ['We tried everything all summer, => null', 'Nothing worked for us. => null']],
  ['split quote with name', '“We tried everything,” Alice Young said. “Nothing worked.”', ['We tried everything, => Alice Young', 'Nothing worked. => Alice Young']],
  ['speaker inside split', '“The river rose fast,” said Ben Ford, a farmer. “By noon the barn was gone.”', ['The river rose fast, => Ben Ford', 'By noon the barn was gone. => Ben Ford']],
  [
    'multi-paragraph quote',
    '“We started with two trucks,” said Rosa Diaz, the company founder.\n\n“Now we have forty, and we are still hiring.\n\n“Next year we will open in three more cities.”',
    ['We started with two trucks, => Rosa Diaz', 'Now we have forty, and we are still hiring. => Rosa Diaz', 'Next year we will open in three more cities. => Rosa Diaz'],
  ],
  [
    'cue-less paragraph continues',
    '“The water is safe to drink,” said Tim Olsen, the utility’s director.\n\n“We test it every hour, and the results are public.”',
    ['The water is safe to drink, => Tim Olsen', 'We test it every hour, and the results are public. => Tim Olsen'],
  ],
  [
    'next paragraph another speaker',
    '“Rates will fall,” said banker Jo Park.\n\n“I doubt it very much,” said trader Sam Lee.',
    ['Rates will fall, => Jo Park', 'I doubt it very much, => Sam Lee'],
  ],
  // Pronouns.
  ['he after name', 'Mark Evans, the club chairman, spoke after the match. “We were robbed,” he said.', ['We were robbed, => Mark Evans']],
  ['she skips male', 'Laura Kim met John Reid on Monday. Later she said the talks were “productive and friendly”.', ['productive and friendly => Laura Kim']],
  ['he skips female', 'Laura Kim met John Reid on Monday. “We agreed on nothing,” he said afterwards.', ['We agreed on nothing, => John Reid']],
  ['pronoun next paragraph', 'Finance Minister Raj Patel defended the budget in parliament.\n\nHe said the cuts were “painful but unavoidable”.', ['painful but unavoidable => Raj Patel']],
  ['they organisation', 'The Red Cross said its teams had reached the valley. “Conditions are dire,” it said.', ['Conditions are dire, => Red Cross']],
  // Descriptions and anonymous sources.
  ['anonymous official', '“The talks went well,” a senior State Department official told reporters.', ['The talks went well, => a senior State Department official']],
  ['the official added', 'A senior defence official briefed reporters on Friday. “We expect more attacks,” the official added.', ['We expect more attacks, => A senior defence official']],
  ['the 56-year-old', 'Paul Green was released on Monday. “I just want to see my kids,” the 56-year-old said.', ['I just want to see my kids, => Paul Green']],
  ['ministry statement', '“The border remains closed,” the interior ministry said in a statement.', ['The border remains closed, => interior ministry']],
  ['organisation name', '“We will appeal the ruling,” Acme Corp said in a statement.', ['We will appeal the ruling, => Acme Corp']],
  // according to
  ['according to person', 'The bridge was “structurally sound”, according to city engineer Mia Lopez.', ['structurally sound => Mia Lopez']],
  ['according to source not speaker', 'Chen said the economy would “grow steadily this year”, according to a readout by state media.', ['grow steadily this year => Chen']],
  // Dash byline
  ['dash byline', '“Safety first, always.” — Commissioner Ruth Starks', ['Safety first, always. => Ruth Starks']],
  // Shared surname
  [
    'shared surname nearest',
    'Li Wei, a trade official, met Li Na, a tennis coach, in Shanghai.\n\nLi Na later said the meeting was “a pleasant surprise for both of us”.\n\n“We talked about tariffs for an hour,” Li said.',
    ['a pleasant surprise for both of us => Li Na', 'We talked about tariffs for an hour, => Li Na'],
  ],
  // British single quotes
  ['british single quotes', '‘We will not back down,’ said union leader Kate Moss.', ['We will not back down, => Kate Moss']],
  ['british straight singles', "'It is a dark day for the town,' said Councillor Peter Hobbs.", ['It is a dark day for the town, => Peter Hobbs']],
  ['nested quote stays inside', '“They kept saying ‘trust us’, and we did,” said resident Amy Ross.', ['They kept saying ‘trust us’, and we did, => Amy Ross']],
  // Not quotes
  ['scare quotes dropped', 'The so-called “peace dividend” never arrived.', []],
  ['term before noun', 'Officials defended the “zero tolerance” policy in court.', []],
  ['title of a song', 'The band closed with “Blue Monday” and left the stage.', []],
];

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
