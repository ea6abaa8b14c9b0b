// The common constructions of real news copy, each with cases written for this suite (none taken from
// any corpus): `quoted text => speaker` for every quote of the text.
import { describe, expect, it } from 'vitest';
import { who } from '../helpers.js';

const cases: Array<[string, string, string[]]> = [
  // Apposition before and after the name
  [
    'apposition before the name',
    'The mayor, Jane Roe, said the bridge “will reopen by the spring”.',
    ['will reopen by the spring => Jane Roe'],
  ],
  [
    'a description whose modifier ends in a possessive and a gerund',
    'Another source familiar with Roe’s thinking said, “She will not run again.”',
    ['She will not run again. => Another source familiar with Roe’s thinking'],
  ],
  [
    'a headline that names the speaker in full before a colon, the body by surname',
    'Dana Whitlock: ‘We Will Not Back Down On Budget Cuts.’\n\n“The cuts are wrong,” Whitlock said on Monday at the hall.',
    ['We Will Not Back Down On Budget Cuts. => Dana Whitlock', 'The cuts are wrong, => Dana Whitlock'],
  ],
  [
    'apposition to a title of a town no gazetteer holds, then a pronoun',
    'The mayor of Quellport, Jane Roe, spoke on Monday.\n\n“The bridge will reopen,” she said.',
    ['The bridge will reopen, => Jane Roe'],
  ],
  [
    'a description of someone named after `of` is not that person, a role before the name is',
    'Jane Roe runs a bakery.\n\n“She has had enough,” a friend of Roe told reporters. “It was time,” master of ceremonies Tom Vale said.',
    ['She has had enough, => a friend of Roe', 'It was time, => Tom Vale'],
  ],
  [
    'a definite description names the person its indefinite one was set beside, on either side',
    'Jo Hart, 52, a retired teacher, came to the rally. “I have known her for years,” the retired teacher said.\n\nA local nurse, Ann Vorne, came too. “We all did,” the nurse said.',
    ['I have known her for years, => Jo Hart', 'We all did, => Ann Vorne'],
  ],
  [
    'a description in apposition inside an opening participle clause is not the main clause’s subject',
    'Tom Roe, the chairman, sat in the hall.\n\nAsked whether Ned Hale, the candidate, could win, Roe shrugged.\n\n“It is up to the voters,” he said.',
    ['It is up to the voters, => Tom Roe'],
  ],
  [
    'a place whose first word the tagger made a verb stays in the description it opens',
    '“There is no U-turn,” a Downing Street source said.',
    ['There is no U-turn, => a Downing Street source'],
  ],
  [
    'a peer’s or a provincial member’s title is no part of the name',
    'Baroness Quillan told peers: “This is not good enough.”\n\nOntario MPP Sara Quist said the bill “goes too far”.',
    ['This is not good enough. => Quillan', 'goes too far => Sara Quist'],
  ],
  [
    'a body named after its country is no person of that surname',
    'Statistics Canada said the jobless rate rose in May. “The recall affects four products,” Health Canada said.',
    ['The recall affects four products, => Health Canada'],
  ],
  [
    'a word for a person that the tagger made an adverb heads the description',
    'Marco Quist scored twice on Saturday.\n\n“It felt great,” the 24-year-old forward said.',
    ['It felt great, => Marco Quist'],
  ],
  [
    'a demonym after an honorific is a surname',
    'Bryan English, the campaign’s state director, came early.\n\n“Part of my job is to listen,” Mr. English said of the voters.',
    ['Part of my job is to listen, => Bryan English'],
  ],
  [
    'apposition after the name',
    'Jane Roe, the mayor, said the bridge “will reopen by the spring”.',
    ['will reopen by the spring => Jane Roe'],
  ],
  [
    'apposition after, cue after the quote',
    '“The bridge will reopen by the spring,” Jane Roe, the city’s mayor since 2019, told reporters.',
    ['The bridge will reopen by the spring, => Jane Roe'],
  ],
  [
    'a description, then the name, in apposition',
    'Another critic, Laurence Thorne, likened the rules to “burning the Constitution” at a hearing.',
    ['burning the Constitution => Laurence Thorne'],
  ],
  [
    'a bracket and a participle clause before the verb',
    'But Sen. Ruth Kettle (D-Ill.), noting the size of the crowd, said, “We have never seen this before.”',
    ['We have never seen this before. => Ruth Kettle'],
  ],
  [
    'a description of a person by a name and a noun of people',
    '“The town is bigger than the plant,” said one Roe confidant. “You may lose a handful of jobs.”',
    ['The town is bigger than the plant, => one Roe confidant', 'You may lose a handful of jobs. => one Roe confidant'],
  ],
  [
    'a relative clause before the verb',
    'A White House official who spoke anonymously to discuss strategy said, “There are talks with the campaign.”',
    ['There are talks with the campaign. => A White House official who spoke anonymously to discuss strategy'],
  ],
  [
    'an apposition that never closes',
    '“Roe needs a strategy,” Nils Gold, the polling guru who founded a website tweeted on Wednesday.',
    ['Roe needs a strategy, => Nils Gold'],
  ],
  [
    'a participle after the description',
    'Another intelligence source speaking to the network said, “The agents are looking at the donations.”',
    ['The agents are looking at the donations. => Another intelligence source'],
  ],
  [
    'a month that ends a name',
    '“We have to be cautious about it,” said Aye Thiri May, 60, a doctor.',
    ['We have to be cautious about it, => Aye Thiri May'],
  ],
  [
    'a closing mark with no space after it',
    '“The comments he has made do not fit,”Roe said. “I thought I knew him.”',
    ['The comments he has made do not fit, => Roe', 'I thought I knew him. => Roe'],
  ],
  [
    'a short quote ending in a comma before a noun',
    '"Deadlines are not optional," panel Chairman Glen Pell said.',
    ['Deadlines are not optional, => Glen Pell'],
  ],
  [
    'a participle clause opening the sentence',
    'Ann Cole wrote about the fall. After saying her foot was “so swollen I could barely walk,” she was taken to hospital.',
    ['so swollen I could barely walk, => Ann Cole'],
  ],
  [
    'a police rank abbreviated',
    '“We are asking anyone with information to come forward,” Const. Jane Smith said.',
    ['We are asking anyone with information to come forward, => Jane Smith'],
  ],
  [
    'an agency in capitals before a rank and a name',
    'RCMP Cpl. Jennifer Clarke said the investigation was “ongoing and complex.”',
    ['ongoing and complex. => Jennifer Clarke'],
  ],
  [
    'a description then its name after the quote',
    '“The economy is strong,” the finance minister, Chrystia Freeland, told the Commons.',
    ['The economy is strong, => Chrystia Freeland'],
  ],
  [
    'a doubled consonant in the verb',
    'Opposition leader Pierre Poilievre slammed the budget as “a disaster for families.”',
    ['a disaster for families. => Pierre Poilievre'],
  ],
  [
    'the reporting verb of the sentence before',
    '“It happened so fast,” said witness Tom Harris. Harris said he called 911 at once. “There was smoke everywhere.”',
    ['It happened so fast, => Tom Harris', 'There was smoke everywhere. => Tom Harris'],
  ],
  [
    'a definite description in apposition',
    'The senator, a Democrat from Ohio, said: “We need answers.”',
    ['We need answers. => The senator'],
  ],
  [
    'an inverted description, then its name',
    "'We were second best,' admitted the club's manager, Mikel Arteta.",
    ['We were second best, => Mikel Arteta'],
  ],
  [
    'a statement with no issuer named',
    'Orbital Foods confirmed the recall on Tuesday. “No illness has been reported,” a statement read.',
    ['No illness has been reported, => Orbital Foods'],
  ],
  [
    'a quote that ends its sentence, then another speaker',
    '“It is not new here,” said Rep. Ann Cole, adding that “we have elected them for a long time.” Analyst David Bost said the shift was slower.',
    ['It is not new here, => Ann Cole', 'we have elected them for a long time. => Ann Cole'],
  ],
  [
    'a spokesman who is a woman',
    'Campaign spokesman Hope Larue confirmed the report. “They are not affiliated with us,” she said.',
    ['They are not affiliated with us, => Hope Larue'],
  ],
  [
    'a statement of a described owner',
    'The aide resigned on Friday. The campaign’s statement then declares “the matter is now concluded.”',
    ['the matter is now concluded. => campaign'],
  ],
  [
    'a show named after its host',
    '“You will have to ask a bear,” Winters said on The Lucy Winters Show.',
    ['You will have to ask a bear, => Winters'],
  ],
  [
    'a role with of before the name',
    '"Thanks for welcoming these families," said master of ceremonies Samir Rawi, an engineer.',
    ['Thanks for welcoming these families, => Samir Rawi'],
  ],
  [
    'a nounish verb after a surname alone',
    '"Look at the statement he put out after the shootings," Dorsey notes. "It was very different in tone."',
    ['Look at the statement he put out after the shootings, => Dorsey', 'It was very different in tone. => Dorsey'],
  ],
  [
    'a participle after a preposition',
    'Kinsey, a supporter during the primary, drew boos upon saying, “Ann heard the passion of the people.”',
    ['Ann heard the passion of the people. => Kinsey'],
  ],
  [
    'an apposition that never closes, then the verb',
    'Sam Lowe, the communications director for the party said in a statement. “There are no paper ballots to recount.”',
    ['There are no paper ballots to recount. => Sam Lowe'],
  ],
  [
    'a clip says',
    'The ad ran on Monday. The clip says Tavener “has a passion for defending the wrong people.”',
    ['has a passion for defending the wrong people. => The clip'],
  ],
  [
    'an outlet reports that',
    'The Harbour Post reports that her team avoided the hospital in order to “keep the details under wraps.”',
    ['keep the details under wraps. => Harbour Post'],
  ],
  [
    'a participle after a time',
    'Hale sent a series of tweets early Friday saying that his rival had used a former model “as a paragon of virtue.”',
    ['as a paragon of virtue. => Hale'],
  ],
  [
    'continue to is no speech',
    'In a statement, Quill said he is certain Marlo will continue to be “a champion for opportunity.”',
    ['a champion for opportunity. => Quill'],
  ],
  [
    'two people named together speak together, one collective speaker',
    'Ned Quill and Tom Hale have slammed the president for not using the term “radical Islamic terrorism.”',
    ['radical Islamic terrorism. => Ned Quill and Tom Hale'],
  ],
  [
    'a passive names its speaker after by',
    'Marlo was asked by moderator Ruth Moss whether his plan would risk “adding another expensive entitlement.”',
    ['adding another expensive entitlement. => Ruth Moss'],
  ],
  [
    'a verb joined by and shares the subject',
    'Col. Ann Ward started the debate when she brought up the bombing and later said, “It is not just one group.”',
    ['It is not just one group. => Ann Ward'],
  ],
  [
    'a participle after a clause opened by a conjunction',
    'Then came another post. And then Hale went fully on the attack, saying, “He should resign now!”',
    ['He should resign now! => Hale'],
  ],
  [
    'a description before the verb, a name after it',
    'Even a top GOP strategist said Roe will have to choose, saying, “At some point, she will have to come out.”',
    ['At some point, she will have to come out. => a top GOP strategist'],
  ],
  [
    'a name after of opens the sentence, the speaker after it',
    '“He is funny,” Eric Lund said of the host. Of Baker, Lund, who has given money to the party, said, “He is flat-out scary.”',
    ['He is funny, => Eric Lund', 'He is flat-out scary. => Eric Lund'],
  ],
  [
    'a time adverbial opens the sentence',
    'The donor praised him on Monday. Hours later, Ray Tolliver returned the compliment, telling reporters, “We have been friends for a long time.”',
    ['We have been friends for a long time. => Ray Tolliver'],
  ],
  [
    'role before the name',
    '“The bridge will reopen by the spring,” said city engineer Tom Vance.',
    ['The bridge will reopen by the spring, => Tom Vance'],
  ],
  // A speaker named only in an earlier paragraph
  [
    'speaker named two paragraphs before',
    'Harbour master Lena Ortiz has run the port for a decade.\n\nShe watched the storm roll in from the tower on Tuesday night.\n\n“I have never seen waves like that,” she said.',
    ['I have never seen waves like that, => Lena Ortiz'],
  ],
  [
    'a bare surname after the full name',
    'Coach Brian Kettle took over the club in March.\n\n“We were not fit enough,” Kettle said after the match.',
    ['We were not fit enough, => Brian Kettle'],
  ],
  [
    'the same pronoun in the sentence before, not the name it mentions',
    'Ann Roe ran for the seat.\n\nIt is not as if she never backed anyone: she was a loyal booster of Sen. Walt Vale in 2012.\n\n“I was at every event,” she said.',
    ['I was at every event, => Ann Roe'],
  ],
  [
    'a described subject of the sentence before, with a participle',
    'Senator Tom Roe met Tom Hale on Monday.\n\nThe senator did give Hale some credit, saying he should be congratulated.\n\n“We do not always nominate a Jefferson,” he said.',
    ['We do not always nominate a Jefferson, => Tom Roe'],
  ],
  [
    'a cue that is a sentence of its own',
    'Ann Roe spoke in Ohio on Monday.\n\n“Come to the rally if you can.” Roe said.',
    ['Come to the rally if you can. => Ann Roe'],
  ],
  [
    'a statement issued before a block quote',
    'When the senator died, Mayor Ann Roe issued the following statement:\n\n“We mourn him and send our love to his family.”',
    ['We mourn him and send our love to his family. => Ann Roe'],
  ],
  [
    'a relative clause whose who speaks',
    'Quill won an endorsement from Ann Roe, who declared in the spin room, “It is time to unite.”',
    ['It is time to unite. => Ann Roe'],
  ],
  [
    'an object relative clause names its own subject',
    'Lorne held three hours of talks with Feng, which the State Department called “productive.”',
    ['productive. => State Department'],
  ],
  [
    'a reader who comments',
    'One man wrote, “She never came.”\n\nAnother commenter said, “We all know how she feels about the police.”',
    ['She never came. => One man', 'We all know how she feels about the police. => Another commenter'],
  ],
  [
    'a document filed by someone',
    '“The evidence cannot support a prosecution,” according to a court document filed by state attorney Dan Arlow.',
    ['The evidence cannot support a prosecution, => Dan Arlow'],
  ],
  [
    'a verb the tagger reads as a plural noun, after a name',
    'Tom Ibarra runs the department.\n\nIn city after city, Ibarra lobbies for a higher minimum wage: “No one who works full time should live in poverty.”',
    ['No one who works full time should live in poverty. => Tom Ibarra'],
  ],
  [
    'a surname that is also a title, named in full only inside a quote',
    'Tom Axel called on Dean to apologize. “I do not think Ray Dean has done anything,” Axel said. “I was wrong,” Dean said.',
    ['I do not think Ray Dean has done anything, => Tom Axel', 'I was wrong, => Ray Dean'],
  ],
  [
    'a surname ending in -ing',
    'Dara Oostveen, 68, has known the candidate since school.\n\n“It is the blessing and the curse,” Oostveen said.',
    ['It is the blessing and the curse, => Dara Oostveen'],
  ],
  [
    'the subject of the sentence before, not a gendered name after it',
    'Zyrn Quolt, a consultant, voted for Mr. Adair in the primary. “We talked,” he said.',
    ['We talked, => Zyrn Quolt'],
  ],
  // Several speakers taking turns
  [
    'two speakers in turn',
    '“The vote was rigged,” said Paul Hart, the challenger.\n\n“That is simply false,” replied Mayor Ines Blanco.\n\n“We will see in court,” Hart said.',
    ['The vote was rigged, => Paul Hart', 'That is simply false, => Ines Blanco', 'We will see in court, => Paul Hart'],
  ],
  [
    'turns by pronoun, told apart by gender',
    'Paul Hart and Ines Blanco met on Monday.\n\n“The vote was rigged,” he said.\n\n“That is simply false,” she said.',
    ['The vote was rigged, => Paul Hart', 'That is simply false, => Ines Blanco'],
  ],
  // A quote with its cue in the next sentence, or before it
  [
    'cue in the sentence before',
    'Schools will stay shut until Friday, Superintendent Ray Moss said. “We cannot risk it.”',
    ['We cannot risk it. => Ray Moss'],
  ],
  [
    'block quote after a colon',
    'Superintendent Ray Moss wrote to parents:\n\n“Schools will stay shut until Friday. We cannot risk it.”',
    ['Schools will stay shut until Friday. We cannot risk it. => Ray Moss'],
  ],
  // X said in a statement
  [
    'said in a statement',
    '“We deny every allegation,” Orbital Foods said in a statement on Thursday.',
    ['We deny every allegation, => Orbital Foods'],
  ],
  [
    'in a statement, speaker first',
    'In a statement, Senator Gail Pryce said: “This law protects no one.”',
    ['This law protects no one. => Gail Pryce'],
  ],
  [
    'a second verb joined by `but`, its quotation after `that`',
    'Tom Vale declined to comment but said that “the plant is safe.”',
    ['the plant is safe. => Tom Vale'],
  ],
  [
    'he: an earlier subject before a first name three sentences back',
    'Tom Vale opened the meeting on Monday. The plan, drafted by Ned Hale, was long. It stalled. The vote waited.\n\n“We will try again,” he said.',
    ['We will try again, => Tom Vale'],
  ],
  // Organisations and outlets speaking
  [
    'the company said',
    'Orbital Foods recalled 4,000 jars on Monday. “No illness has been reported,” the company said.',
    ['No illness has been reported, => Orbital Foods'],
  ],
  [
    'the company said, with lower-case words before its noun',
    'Orbital Foods recalled 4,000 jars on Monday. “No illness has been reported,” the frozen food company said.',
    ['No illness has been reported, => Orbital Foods'],
  ],
  [
    'a lower-case description two paragraphs after a body is a body of its own',
    'Orbital Foods recalled 4,000 jars on Monday.\n\nThe recall reached shops in three states.\n\n“No illness has been reported,” the state health department said.',
    ['No illness has been reported, => state health department'],
  ],
  [
    'a body whose name holds its head is not the organisation named last',
    'Ann Roe spoke to the Eastport Ledger on Monday. “The plan is ready,” the ministry said.',
    ['The plan is ready, => ministry'],
  ],
  [
    'the newspaper wrote',
    '“The council has failed its residents,” the newspaper wrote in an editorial.',
    ['The council has failed its residents, => newspaper'],
  ],
  [
    'the daily wrote: a paper named before, a Ledger or a Chronicle among them',
    'The Quellport Ledger backed the plan on Sunday.\n\n“The council has failed its residents,” the influential daily wrote in an editorial.',
    ['The council has failed its residents, => Quellport Ledger'],
  ],
  [
    'an outlet by name',
    '“The council has failed its residents,” The Daily Ledger wrote in an editorial.',
    ['The council has failed its residents, => Daily Ledger'],
  ],
  [
    'it, after a ministry',
    'The ministry issued new guidance on Monday. “Schools will stay open,” it said.',
    ['Schools will stay open, => ministry'],
  ],
  [
    'it, after a named organisation',
    'Amnesty International criticised the law. It said the measure was “a blow to free speech.”',
    ['a blow to free speech. => Amnesty International'],
  ],
  [
    'a name that modifies a noun is no one she means',
    'Anna Marsh covered the courts for a decade.\n\n(Listen to the Late Shift podcast.)\n\n“I learned to keep a shield up,” she said.',
    ['I learned to keep a shield up, => Anna Marsh'],
  ],
  [
    'a letter speaks for those who sent it (ANNOTATION.md §3: who wrote or published the words)',
    'Parents sent a letter to the board. “Our children are thriving,” the letter reads.',
    ['Our children are thriving, => Parents'],
  ],
  [
    'a letter no one in the text sent speaks for itself',
    'The board met on Monday. “Our children are thriving,” the letter reads.',
    ['Our children are thriving, => the letter'],
  ],
  [
    'a bracket with an abbreviation after the name, the quote in the next sentence',
    'Rep. Dana Whitcombe (D-Ore.) said on Monday that the vote would wait. “We need the numbers first.”',
    ['We need the numbers first. => Dana Whitcombe'],
  ],
  // A quote whose speaker the text does not give
  [
    'a name with letters outside Latin-1 is whole',
    'The talks ended on Monday.\n\n“We will meet again next week,” said Tomasz Łęcki, who led the talks.',
    ['We will meet again next week, => Tomasz Łęcki'],
  ],
  [
    'no speaker given',
    'Tom Vance inspected the bridge on Monday.\n\n“Stay off the river.”\n\nThe sign went up on Tuesday.',
    ['Stay off the river. => null'],
  ],
  [
    'a sign, not a person',
    'Tom Vance walked past a sign that read “Stay off the river until further notice.”',
    ['Stay off the river until further notice. => null'],
  ],
];

describe('common constructions of news copy', () => {
  it.each(cases)('%s', (_name, text, expected) => {
    expect(who(text)).toEqual(expected);
  });
});
