import type { Sieve } from './sieve.js';

/**
 * colon-subject: a colon with no speech verb, the subject of its clause:
 * Smith was blunt: “The season is lost.”   The minister’s answer was short: “No.”
 * Estimates are problematic - Pew Research: “…”   (a name right before the colon)
 * Lee also defended the plan -- “It is peanuts compared to the rest.”   (a dash set as a colon)
 */
export const colonSubject: Sieve = {
  name: 'colon-subject',
  confidence: 0.67,
  find(ctx, k) {
    const { toks, windows, sentenceSubject } = ctx;
    const { openTok, preStart } = windows[k];
    if (openTok - 1 < preStart || !/^(?::|—|–|--)$/.test(toks[openTok - 1].lower)) return null;
    // `Estimates are problematic - Pew Research: “…”`: a name right before the colon is the source.
    const m = ctx.mentionAt.get(openTok - 1);
    const r =
      m && m.tokenStart >= preStart
        ? { kind: 'name' as const, start: m.tokenStart, end: openTok - 1, mention: m }
        : sentenceSubject(preStart, openTok - 1);
    if (r && r.kind !== 'description') return { ref: r, verb: openTok - 1, cueEnd: openTok, via: 'colon-subject' };
    return null;
  },
};
