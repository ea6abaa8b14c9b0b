// The default sieves, most precise first. Each is a module of its own (one rule, its examples in its
// comment, its table in test/attribution/sieves.test.ts); each reads one quote and returns the phrase that
// names its speaker and the cue, or null to leave the quote to the next sieve (see sieve.ts).

import { accordingTo } from './according-to.js';
import { colon } from './colon.js';
import { colonBlock } from './colon-block.js';
import { colonSubject } from './colon-subject.js';
import { continuation } from './continuation.js';
import { cueAfter } from './cue-after.js';
import { cueAfterFar } from './cue-after-far.js';
import { cueBefore } from './cue-before.js';
import { cueSentence } from './cue-sentence.js';
import { previousSentence } from './previous-sentence.js';
import { reportedClause } from './reported-clause.js';
import { sentenceSubject } from './sentence-subject.js';
import type { Sieve } from './sieve.js';
import { speechNoun } from './speech-noun.js';
import { transcript } from './transcript.js';

export {
  accordingTo,
  colon,
  colonBlock,
  colonSubject,
  continuation,
  cueAfter,
  cueAfterFar,
  cueBefore,
  cueSentence,
  previousSentence,
  reportedClause,
  sentenceSubject,
  speechNoun,
  transcript,
};

/** The default sieves in their order: a new list with one added, removed or moved is a new pipeline. */
export const defaultSieves = (): Sieve[] => [
  cueAfter,
  cueSentence,
  transcript,
  colon,
  colonBlock,
  cueBefore,
  speechNoun,
  cueAfterFar,
  accordingTo,
  colonSubject,
  previousSentence,
  continuation,
  reportedClause,
  sentenceSubject,
];
