import type { Sieve } from './sieve.js';

/**
 * cue-after-far: a speech verb later in the sentence, not next to the quote.
 * … relations are “clearly at a dead end” as China seeks …, said Drew Thompson, a visiting fellow.
 */
export const cueAfterFar: Sieve = {
  name: 'cue-after-far',
  confidence: 0.79,
  find(ctx, k) {
    const q = ctx.quotes[k];
    const { toks, windows, isSpeechVerb, npRight, subjectOf, isCloseMark } = ctx;
    // `… called “bird fancier’s lung.” It is rare, said Dr Frey`: the quote ended its sentence.
    if (/[.!?]$/.test(q.text)) return null;
    const { closeTok, sentenceEnd: postEnd } = windows[k];
    for (let v = closeTok; v < postEnd; v++) {
      if (toks[v].lower === 'according') break;
      if (!isSpeechVerb(v)) continue;
      // (`…, told the Commons`: after a comma a verb that takes someone spoken to has no speaker after it)
      const inverted = toks[v - 1]?.lower === ',' || isCloseMark(v - 1);
      const r = inverted ? (/^(?:told|tell|tells|telling)$/.test(toks[v].lower) ? null : npRight(v + 1, postEnd)) : subjectOf(v, closeTok);
      if (r && r.kind !== 'pronoun') return { ref: r, verb: v, cueEnd: v + 1, via: 'cue-after-far' };
      // `“…” that would respond to requests, counsel Caroline Ashby wrote`: a verb with no subject of
      // its own is passed for the next; one with a pronoun subject ends the search.
      if (r) return null;
    }
    return null;
  },
};
