import { SPEECH_NOUNS } from '../../../nlp/lexicon.js';
import type { Sieve } from './sieve.js';

/**
 * speech-noun: the owner of a noun for what was said governs the quote it introduces.
 * a review of Tom Hale’s claim that the river is “cleaner than ever”   → Tom Hale
 * his promise of “jobs, jobs, jobs”   → he
 */
export const speechNoun: Sieve = {
  name: 'speech-noun',
  confidence: 0.8,
  find(ctx, k) {
    const { toks, inQuote, windows, mentionAt } = ctx;
    const { openTok, preStart } = windows[k];
    // The noun within a few words before the quote: `’s claim that the river is “…”`, `’s remarks about “…”`.
    for (let n = openTok - 1; n >= Math.max(preStart, openTok - 10); n--) {
      if (toks[n].pos === 'VERB' && ctx.isSpeechVerb(n)) return null; // a verb nearer the quote is cue-before's
      if (inQuote[n] >= 0) break;
      if (!SPEECH_NOUNS.has(toks[n].lower) || toks[n].pos === 'VERB') continue;
      // `Bob Roe’s stock answer then — “…”`: past the words that qualify the noun.
      let owner = n - 1;
      while (owner > 0 && n - owner < 4 && (toks[owner].pos === 'ADJ' || toks[owner].pos === 'NOUN') && inQuote[owner] < 0) owner--;
      if (owner < 0 || inQuote[owner] >= 0) return null;
      // `his claim`: a possessive pronoun stands for the one who claims.
      if (/^(?:his|her)$/.test(toks[owner].lower)) {
        return { ref: { kind: 'pronoun', start: owner, end: owner + 1 }, verb: n, cueEnd: n + 1, via: 'speech-noun' };
      }
      // `Tom Hale’s claim`: the name before the possessive.
      if (toks[owner].lower === "'s" || toks[owner].lower === "'") {
        const m = mentionAt.get(owner);
        if (m) return { ref: { kind: 'name', start: m.tokenStart, end: owner, mention: m }, verb: n, cueEnd: n + 1, via: 'speech-noun' };
      }
      return null;
    }
    return null;
  },
};
