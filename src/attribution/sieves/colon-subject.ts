import type { Sieve } from './sieve.js';

/**
 * Sieve 6, colon-subject: a colon with no speech verb, the subject of its clause:
 * Smith was blunt: “The season is lost.”   The minister’s answer was short: “No.”
 */
export const colonSubject: Sieve = {
  name: 'colon-subject',
  via: 'colon-subject',
  confidence: 0.75,
  find(ctx, k) {
    const q = ctx.quotes[k];
    const { toks, windows, sentenceSubject } = ctx;
    const { openTok, preStart } = windows[k];
    if (openTok - 1 < preStart || toks[openTok - 1].lower !== ':') return null;
    const r = sentenceSubject(preStart, openTok - 1);
    if (r && r.kind !== 'description') return { ref: r, verb: openTok - 1, cueEnd: openTok, via: 'colon-subject' };
    return null;
  },
};
