import { DOCUMENT_NOUNS, WRITING_NOUNS } from '../../../nlp/lexicon.js';
import type { Sieve } from './sieve.js';

/**
 * according-to: `according to X` names the speaker only when no verb did, and only when X is
 * not a document: `according to a readout by the state agency` is a source (the speaker is the one who said it).
 */
export const accordingTo: Sieve = {
  name: 'according-to',
  confidence: 0.85,
  find(ctx, k) {
    const { toks, inQuote, windows, npRight } = ctx;
    const { preStart, postEnd } = windows[k];
    for (let i = preStart; i < postEnd - 2; i++) {
      if (inQuote[i] >= 0 || toks[i].lower !== 'according' || toks[i + 1].lower !== 'to') continue;
      const r = npRight(i + 2, postEnd);
      if (!r) continue;
      const words = toks.slice(r.start, r.end).map((t) => t.lower);
      // `according to a motion lodged by county counsel Ana Ruiz`: the one who filed, signed
      // or wrote it (not `a readout by the state agency`, which names where the words were reported).
      const by =
        r.end + 1 < postEnd &&
        /^(?:filed|signed|written|issued|sent|submitted|authored)$/.test(toks[r.end].lower) &&
        toks[r.end + 1].lower === 'by'
          ? npRight(r.end + 2, postEnd)
          : null;
      if (by?.kind === 'name' && words.some((w) => DOCUMENT_NOUNS.has(w) || WRITING_NOUNS.has(w)))
        return { ref: by, verb: i, cueEnd: i + 2, via: 'according-to' };
      if (words.some((w) => DOCUMENT_NOUNS.has(w))) continue;
      return { ref: r, verb: i, cueEnd: i + 2, via: 'according-to' };
    }
    return null;
  },
};
