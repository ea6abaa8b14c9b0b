import { participleSubject, type Sieve } from './sieve.js';

/**
 * previous-sentence: a quote that is a sentence of its own, with no cue, right after a sentence
 * that reports someone's speech without quoting it:
 * … while Ashford negotiates with Russia, Lowe said. “The other factor …”   → Lowe
 * Hale was quick to add that the wall stays.  ¶  “Building it? Not negotiable.”   → Hale
 */
export const previousSentence: Sieve = {
  name: 'previous-sentence',
  confidence: 0.88,
  find(ctx, k) {
    const q = ctx.quotes[k];
    const {
      toks,
      paragraphs,
      sentences,
      inQuote,
      windows,
      sentenceOfToken,
      paragraphOfToken,
      isEnd,
      isSpeechVerb,
      subjectOf,
      isParticipleClause,
    } = ctx;
    const { openTok, closeTok, postEnd } = windows[k];
    for (let i = closeTok; i < postEnd; i++) if (inQuote[i] < 0 && toks[i].pos !== 'PUNCT' && toks[i].pos !== 'SPACE') return null;
    let prev = openTok - 1;
    while (prev >= 0 && toks[prev].pos === 'SPACE') prev--;
    if (prev < 0 || inQuote[prev] >= 0 || !isEnd(prev)) return null;
    const para = paragraphs[q.paragraph];
    const wholeParagraph = q.open.start === para.start && (q.close ? q.close.end : q.end) >= para.end - 1;
    const prevPara = paragraphOfToken(prev);
    if (prevPara !== q.paragraph && !(wholeParagraph && prevPara === q.paragraph - 1)) return null;
    const floor = sentences[sentenceOfToken[prev]]?.tokenStart ?? prev;
    for (let i = floor; i < prev; i++) if (inQuote[i] >= 0) return null; // `“A,” she said. “B.”`: continuation's
    // The sentence's first speech verb with a subject, its reporting clause: `Harris said he called 911
    // immediately. “There was smoke everywhere.”` → Harris, not what he called.
    for (let v = floor; v < prev; v++) {
      if (!isSpeechVerb(v)) continue;
      const r = isParticipleClause(v) ? participleSubject(ctx, v, floor) : subjectOf(v, floor);
      if (!r) continue;
      if (r.kind !== 'description') return { ref: r, verb: v, cueEnd: v + 1, via: 'previous-sentence' };
      return null;
    }
    return null;
  },
};
