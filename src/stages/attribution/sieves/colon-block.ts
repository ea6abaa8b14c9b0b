import { SPEECH_NOUNS } from '../../../nlp/lexicon.js';
import { participleSubject, type Sieve } from './sieve.js';

/**
 * colon-block: a paragraph that is a quote after a paragraph ending in a colon (a block quote).
 * Quill continued:  ¶  “The bridge will open in spring …”
 * As the Northgate Institute website puts it:  ¶  “Our charter holds that …”
 * The mayor issued the following statement:  ¶  “We mourn …”   (no speech verb: the statement's issuer)
 */
export const colonBlock: Sieve = {
  name: 'colon-block',
  confidence: 0.84,
  beside: true,
  find(ctx, k) {
    const q = ctx.quotes[k];
    const {
      toks,
      paragraphs,
      sentences,
      inQuote,
      windows,
      sentenceOfToken,
      isSpeechVerb,
      npRight,
      subjectOf,
      sentenceSubject,
      isParticipleClause,
    } = ctx;
    const para = paragraphs[q.paragraph];
    const { openTok } = windows[k];
    if (q.open.start !== para.start || q.paragraph === 0) return null;
    let colon = openTok - 1;
    while (colon >= 0 && toks[colon].pos === 'SPACE') colon--;
    if (colon < 0 || toks[colon].lower !== ':' || inQuote[colon] >= 0) return null;
    const floor = sentences[sentenceOfToken[colon]]?.tokenStart ?? colon;
    for (let v = colon - 1; v >= floor && colon - v <= 30; v--) {
      if (inQuote[v] >= 0 || !isSpeechVerb(v)) continue;
      // `The Times confirmed it, reporting:`: a participle speaks for its clause's subject.
      const r = isParticipleClause(v) ? participleSubject(ctx, v, floor) : (subjectOf(v, floor) ?? npRight(v + 1, colon));
      if (r) return { ref: r, verb: v, cueEnd: v + 1, via: 'colon' };
      return null;
    }
    // `Lee released the following statement:` — the clause names what follows as a statement and its
    // subject as the one who gave it; only a name, as `The photo shows the following statement:` has none.
    for (let i = colon - 1; i >= floor && colon - i <= 6; i--) {
      if (inQuote[i] >= 0 || !SPEECH_NOUNS.has(toks[i].lower)) continue;
      const r = sentenceSubject(floor, i);
      return r?.kind === 'name' ? { ref: r, verb: i, cueEnd: i + 1, via: 'colon' } : null;
    }
    return null;
  },
};
