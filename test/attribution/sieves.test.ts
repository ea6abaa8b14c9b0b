// Each sieve on its own: a table of sentences, and what that sieve alone finds for the first quote of
// each (the phrase that names the speaker, and the cue), or null where the rule must not fire. The layers
// it reads are made by the stages before attribution (paragraphs … coreference), then the one sieve runs.
import { describe, expect, it } from 'vitest';
import { createPipeline } from '../../src/api.js';
import { layer } from '../../src/core/doc.js';
import { runPipeline } from '../../src/core/pipeline.js';
import { attribution } from '../../src/stages/attribution/index.js';
import {
  accordingTo,
  colon,
  colonBlock,
  colonSubject,
  continuation,
  cueAfter,
  cueAfterFar,
  cueBefore,
  cueSentence,
  defaultSieves,
  previousSentence,
  reportedClause,
  sentenceSubject,
  speechNoun,
  transcript,
} from '../../src/stages/attribution/sieves/index.js';
import type { Sieve } from '../../src/stages/attribution/sieves/sieve.js';
import { readingOf } from '../../src/stages/reading/reading.js';
import { analyseText } from '../helpers.js';

const upToCoreference = createPipeline({ stages: createPipeline().stages.filter((s) => s.name !== 'attribution') });

/** What `sieve` alone finds for quote `k` of `text`: `speaker phrase / cue / via`, or null. */
function find(sieve: Sieve, text: string, k = 0): string | null {
  const { doc } = runPipeline(upToCoreference, 't', text);
  const ctx = readingOf(text, {
    tokens: layer(doc, 'tokens'),
    sentences: layer(doc, 'sentences'),
    paragraphs: layer(doc, 'paragraphs'),
    quotes: layer(doc, 'quotes'),
    entities: layer(doc, 'entities'),
  });
  const found = ctx.quotes.map(() => null);
  const f = sieve.find(ctx, k, found);
  if (!f?.ref) return f?.inherit !== undefined ? `inherits ${f.inherit}` : null;
  const phrase = text.slice(ctx.toks[f.ref.start].start, ctx.toks[(f.ref.nameEnd ?? f.ref.end) - 1].end);
  const cue = f.verb >= 0 ? text.slice(ctx.toks[f.verb].start, ctx.toks[f.cueEnd - 1].end) : '';
  return `${phrase} / ${cue} / ${f.via}`;
}

const table: Array<[Sieve, string, string | null, number?]> = [
  // cue-after: the cue right after the quote, speaker either side of it
  [cueAfter, '“We will appeal,” Maria Lopes said on Monday.', 'Maria Lopes / said / cue-after'],
  [cueAfter, '“We will appeal,” said Maria Lopes, the firm’s lawyer.', 'Maria Lopes / said / cue-after'],
  [cueAfter, '“You are fired,” Tom Vale was told by Maria Lopes.', 'Maria Lopes / told / cue-after'],
  [cueAfter, '“We will appeal,” Maria Lopes said by telephone.', 'Maria Lopes / said / cue-after'],
  [cueAfter, '“We will appeal,” Maria Lopes, the firm’s lawyer, told reporters.', 'Maria Lopes / told / cue-after'],
  [cueAfter, '“We will appeal,” Rep. Dan Tarr (R-Fla.) said.', 'Rep. Dan Tarr / said / cue-after'],
  [cueAfter, '“We will appeal,” Senate leader Ann Roe, R-Ky., said Tuesday.', 'Senate leader Ann Roe / said / cue-after'],
  [cueAfter, '“We will appeal,” said a person close to the family.', 'a person close to the family / said / cue-after'],
  [cueAfter, '“We will appeal,” the company said in a statement.', 'the company / said / cue-after'],
  [cueAfter, '“Safety first, always.” — Commissioner Ruth Vale', 'Commissioner Ruth Vale / — / dash-byline'],
  [cueAfter, '“We will appeal,” the lawyer wrote in an email, adding more.', 'the lawyer / wrote / cue-after'],
  [cueAfter, '“We will appeal.” The court adjourned.', null],
  // cue-sentence: a sentence that is only a cue, after a quote that ends its own sentence
  [cueSentence, '“We will appeal the ruling.” Ann Roe said.', 'Ann Roe / said / cue-sentence'],
  [cueSentence, '“We will appeal the ruling.” Said the lawyer.', 'the lawyer / Said / cue-sentence'],
  [cueSentence, '“We will appeal the ruling.” Ann Roe said the court erred.', null],
  [cueSentence, '“We will appeal the ruling,” Ann Roe said.', null],
  // transcript: a label in capitals opens the quoted line
  [transcript, '"ROE: Will she be there tomorrow night?', 'ROE / : / transcript'],
  [transcript, '"We will be there tomorrow night," she said.', null],
  // colon: a speech verb and its subject before `:` or `,`
  [colon, 'Geng said at a briefing: “The talks were candid and constructive.”', 'Geng / said / colon'],
  [colon, 'However, she added, “It is far too early to tell.”', 'she / added / colon'],
  [colon, 'The weather was bad: “It is far too early to tell.”', null],
  [colon, 'Later, Ann Roe thanked the mayor, telling reporters, “It is far too early to tell.”', 'Ann Roe / telling / colon'],
  // (a participle after a finite cue is that cue's speaker's, not the sentence's first name)
  [colon, 'Sam Quill left before the vote, Ann Roe said, adding, “He was never one for crowds.”', 'Ann Roe / adding / colon'],
  // (a name, then roles joined by `and`, then a body with a title in capitals: the name speaks)
  [colon, 'Quorla Venn, president and CEO of Harbour Growers Association stated, “It is a math problem.”', 'Quorla Venn / stated / colon'],
  // colon-block: a quote paragraph after a paragraph ending in a colon
  [
    colonBlock,
    'The senator continued:\n\n“The questions asked in this debate show why people distrust the press.”',
    'The senator / continued / colon',
  ],
  [colonBlock, 'The senator continued.\n\n“The questions asked in this debate show why people distrust the press.”', null],
  [colonBlock, 'Ann Roe issued the following statement:\n\n“We mourn him and send our love to his family.”', 'Ann Roe / statement / colon'],
  [colonBlock, 'The photo shows the following statement:\n\n“We mourn him and send our love to his family.”', null],
  // cue-before: a speech verb before the quote in its sentence
  [cueBefore, 'Lorne responded that the two countries “have an obligation and a responsibility”.', 'Lorne / responded / cue-before'],
  [cueBefore, 'The ministry called the talks “candid and constructive”.', 'The ministry / called / cue-before'],
  [cueBefore, 'Ella Frost said in a statement posted online that the firm “remains committed”.', 'Ella Frost / said / cue-before'],
  [cueBefore, 'The plan, announced Monday, was “a disaster for the region”.', null],
  // speech-noun: the owner of a noun for what was said
  [speechNoun, 'The site checked Tom Hale’s claim that there were “thousands of shootings” this year.', 'Tom Hale / claim / speech-noun'],
  [speechNoun, 'Voters cheered his promise of “jobs, jobs, jobs” all night.', 'his / promise / speech-noun'],
  [speechNoun, 'The site checked the claim that there were “thousands of shootings” this year.', null],
  [
    speechNoun,
    'Bob Roe’s stock answer then — “I will be alright whatever happens” — is likely to return.',
    'Bob Roe / answer / speech-noun',
  ],
  // cue-after-far: a cue later in the sentence, past other words
  [
    cueAfterFar,
    'Ties are “clearly at a dead end” as the two sides dig in, said Drew Thompson, a fellow.',
    'Drew Thompson / said / cue-after-far',
  ],
  [cueAfterFar, 'Ties are “clearly at a dead end.” The two sides dig in, Drew Thompson said.', null],
  // according-to: a person or body, never a document
  [
    accordingTo,
    'The talks were “at their lowest point”, according to a senior official.',
    'a senior official / according to / according-to',
  ],
  [accordingTo, 'The talks were “at their lowest point”, according to a readout by the agency.', null],
  // colon-subject: a colon with no speech verb, the subject of its clause
  [colonSubject, 'Smith was blunt: “The season is lost and we all know it.”', 'Smith / : / colon-subject'],
  [colonSubject, 'The minister was blunt: “The season is lost and we all know it.”', null],
  [
    colonSubject,
    'Turnout is the question - Pew Research: “Samples overstate the engaged and the young.”',
    'Pew Research / : / colon-subject',
  ],
  [colonSubject, 'Smith also defended the plan — “The season is lost and we all know it.”', 'Smith / — / colon-subject'],
  // previous-sentence: a quote that is its own sentence after reported speech
  [
    previousSentence,
    'Talks may wait until spring, Adam Kettering said. “The other factor is how it would look.”',
    'Adam Kettering / said / previous-sentence',
  ],
  [previousSentence, 'Talks may wait until spring. “The other factor is how it would look.”', null],
  // (`spoke` without a particle is speech: the one who spoke to reporters is the quote's speaker)
  [
    previousSentence,
    'Adam Kettering spoke to reporters on Monday. “The other factor is how it would look.”',
    'Adam Kettering / spoke / previous-sentence',
  ],
  [previousSentence, '“Talks may wait,” Adam Kettering said. “The other factor is how it would look.”', null, 1],
  // continuation: the quote before it, in the same paragraph or the paragraph before
  [continuation, '“Talks may wait,” Adam Kettering said. “The other factor is how it would look.”', 'inherits 0', 1],
  [continuation, '“Talks may wait,” Adam Kettering said.\n\n“The other factor is how it would look.”', 'inherits 0', 1],
  [continuation, '“Talks may wait,” Adam Kettering said.\n\nThe vote is on Friday.\n\n“The other factor is how it would look.”', null, 1],
  // reported-clause: a quote inside reported speech, for the report's speaker
  [
    reportedClause,
    'Dana Holt, who ran the plant, went on to say that the sale was “a betrayal of the town.”',
    'Dana Holt / say / reported-clause',
  ],
  [reportedClause, 'Dana Holt left. “The sale was a betrayal of the town,” she said.', null],
  // sentence-subject: a quote inside a sentence with no cue, carried by the clause's subject
  [sentenceSubject, 'Dana Holt, the party chair, credited the mayor for “an exciting campaign.”', 'Dana Holt /  / sentence-subject'],
  [sentenceSubject, 'Ann Roe wants the council to “do the right thing” on Monday.', 'Ann Roe /  / sentence-subject'],
  [sentenceSubject, 'Ann Roe said the council must “do the right thing” on Monday.', null],
  [sentenceSubject, 'Ann Roe left. “We will appeal,” she said.', null, 0],
];

describe('sieves, one at a time', () => {
  it.each(table.map(([s, text, want, k]) => [s.name, text, want, k ?? 0] as const))('%s: %s', (name, text, want, k) => {
    const sieve = defaultSieves().find((s) => s.name === name)!;
    expect(find(sieve, text, k)).toBe(want);
  });
});

describe('a sieve with no cue', () => {
  it('gives a speaker but never makes marks a quote: a short term in marks stays a term', () => {
    const rec = analyseText('Ann Roe walked home from the office, “very slowly.”');
    expect(rec.quotes).toEqual([]);
    const kept = analyseText('Ann Roe wants the council on Monday to “do the right thing and open its doors.”');
    expect(kept.quotes.map((q) => [q.speaker?.name, q.speaker?.via])).toEqual([['Ann Roe', 'sentence-subject']]);
  });
});

describe('attribution({ sieves })', () => {
  it('runs only the sieves it is given, in their order', () => {
    const text = 'Smith was blunt: “The season is lost and we all know it.”';
    const only = createPipeline({ stages: [...upToCoreference.stages, attribution({ sieves: [cueAfter] })] });
    const rec = runPipeline(only, 't', text);
    expect(layer(rec.doc, 'attribution').attributions[0].speaker).toBeNull();
    expect(analyseText(text).quotes[0].speaker?.via).toBe('colon-subject');
  });

  it('takes a sieve of the user’s own, with its confidence', () => {
    // Tweets quoted after a handle: `@jane_roe: “…”` names its speaker by the handle.
    const handle: Sieve = {
      name: 'handle',
      confidence: 0.7,
      find(ctx, k) {
        const open = ctx.windows[k].openTok;
        const at = ctx.toks.findIndex((t, i) => i < open && t.lower.startsWith('@'));
        return at >= 0 ? { ref: { kind: 'name', start: at, end: at + 1 }, verb: at, cueEnd: at + 1, via: 'handle' } : null;
      },
    };
    const text = 'Posted by @jane_roe: “The match was fixed from the start.”';
    const run = (sieve: Sieve) => {
      const pipeline = createPipeline({ stages: [...upToCoreference.stages, attribution({ sieves: [sieve, ...defaultSieves()] })] });
      return layer(runPipeline(pipeline, 't', text).doc, 'attribution').attributions[0];
    };
    const a = run(handle);
    expect(a.speaker?.via).toBe('handle');
    // The ranker knows nothing of `handle` but the confidence it declares: more declared, more given.
    const surer = run({ ...handle, confidence: 0.95 });
    const lessSure = run({ ...handle, confidence: 0.4 });
    expect(surer.confidence).toBeGreaterThan(a.confidence);
    expect(a.confidence).toBeGreaterThan(lessSure.confidence);
  });

  it('the README example: a sieve replaced into the default stages', async () => {
    const { attribution: att, createPipeline: create, defaultSieves: sieves, defaultStages } = await import('../../src/index.js');
    const handle: Sieve = {
      name: 'handle',
      confidence: 0.7,
      find(ctx, k) {
        const at = ctx.toks.findIndex((t, i) => i < ctx.windows[k].openTok && t.lower.startsWith('@'));
        return at < 0 ? null : { ref: { kind: 'name', start: at, end: at + 1 }, verb: at, cueEnd: at + 1, via: 'handle' };
      },
    };
    const stages = defaultStages().map((s) => (s.name === 'attribution' ? att({ sieves: [handle, ...sieves()] }) : s));
    const pipeline = create({ name: 'handles', stages });
    const a = layer(runPipeline(pipeline, 't', 'Posted by @jane_roe: “The match was fixed from the start.”').doc, 'attribution')
      .attributions[0];
    expect(a.speaker?.name).toBe('@jane_roe');
  });

  it('refuses two sieves of one name', () => {
    expect(() => attribution({ sieves: [cueAfter, cueAfter] })).toThrow(/two sieves/);
  });
});
