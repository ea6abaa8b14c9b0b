import type { Sieve } from './sieve.js';

/**
 * sentence-subject: a quote inside a sentence with no cue of its own, whose words the clause's subject
 * is reported to have used (a partial quote the sentence carries without a speech verb):
 *   Dana Holt, the party's chair, credited the mayor for “an exciting campaign.”   → Dana Holt
 *   He wants the council to “do the right thing and open its doors.”             → he
 *   The union was going into overdrive, whipping members against “any cuts.”      → the union
 * The ranker weighs it against the names around the quote; it never decides whether marks are a quote.
 */
export const sentenceSubject: Sieve = {
  name: 'sentence-subject',
  confidence: 0.7,
  noCue: true,
  find(ctx, k) {
    const { toks, sentences, inQuote, windows, sentenceOfToken, sentenceSubject: subject, isSpeechVerb } = ctx;
    const { openTok } = windows[k];
    const s = sentenceOfToken[openTok];
    if (s === undefined || s < 0) return null;
    const floor = sentences[s].tokenStart;
    // Words of the sentence before the marks, outside any quotation, and no speech verb among them
    // (a cue there is cue-before's).
    let words = 0;
    for (let i = floor; i < openTok; i++) {
      if (inQuote[i] >= 0) return null;
      if (isSpeechVerb(i)) return null;
      if (toks[i].pos !== 'PUNCT' && toks[i].pos !== 'SPACE') words++;
    }
    if (words < 3) return null;
    const r = subject(floor, openTok);
    if (!r || r.end > openTok) return null;
    return { ref: r, verb: -1, cueEnd: -1, via: 'sentence-subject' };
  },
};
