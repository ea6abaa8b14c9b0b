import type { Sieve } from './sieve.js';

/**
 * cue-sentence: a quote that ends its sentence, followed in its paragraph by a sentence that is
 * nothing but a cue (a comma set as a full stop):
 * “Come to the rally if you can.” Lee said.     “It was fine.” Said the mayor.
 * Not `“It was fine.” Lee said the rally was over.`: that sentence says more than who spoke.
 */
export const cueSentence: Sieve = {
  name: 'cue-sentence',
  confidence: 0.85,
  find(ctx, k) {
    const q = ctx.quotes[k];
    const { toks, windows, inQuote, isEnd, isSpeechVerb, npRight, npLeft, paragraphOfToken } = ctx;
    if (!q.close) return null;
    const { closeTok } = windows[k];
    // The quote's own last word ends a sentence: `… if you can.”`
    let last = closeTok - 2;
    while (last >= 0 && toks[last].pos === 'SPACE') last--;
    if (last < 0 || !isEnd(last)) return null;
    let i = closeTok;
    while (i < toks.length && toks[i].pos === 'SPACE' && !/\n/.test(toks[i].lower)) i++;
    if (i >= toks.length || inQuote[i] >= 0 || paragraphOfToken(i) !== q.paragraph) return null;
    // The cue sentence ends within a few words, at a full stop and outside any quote.
    let end = i;
    while (end < toks.length && end - i <= 8 && inQuote[end] < 0 && !isEnd(end)) end++;
    if (end >= toks.length || !isEnd(end) || inQuote[end] >= 0) return null;
    // `Said the mayor.`
    if (isSpeechVerb(i)) {
      const r = npRight(i + 1, end);
      if (r && (r.nameEnd ?? r.end) === end && r.kind !== 'pronoun') return { ref: r, verb: i, cueEnd: i + 1, via: 'cue-sentence' };
      return null;
    }
    // `Lee said.`, `The mayor added.`, `He said.`
    const v = end - 1;
    if (!isSpeechVerb(v)) return null;
    const r = npLeft(v, i);
    if (r && r.start === i && (r.kind !== 'pronoun' || /^(?:he|she)$/.test(toks[r.start].lower)))
      return { ref: r, verb: v, cueEnd: v + 1, via: 'cue-sentence' };
    return null;
  },
};
