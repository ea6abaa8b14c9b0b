import { partitionPoint } from '../../../nlp/search.js';
import { reportsOf } from '../indirect.js';
import type { Sieve } from './sieve.js';

/**
 * reported-clause: a quote inside reported speech is the report's speaker's (ANNOTATION.md §2: the
 * indirect and the partial quote have one speaker), as the readers of reported speech read it:
 *   Roe, who ran the plant, went on to say that the sale was “a betrayal.”   → Roe
 *   The union leader spent years there and says the town “cannot lose it.”   → the union leader
 * The ranker weighs it against the quote's own cue.
 */
export const reportedClause: Sieve = {
  name: 'reported-clause',
  confidence: 0.8,
  noCue: true,
  find(ctx, k) {
    const { openTok, closeTok } = ctx.windows[k];
    const found = reportsOf(ctx);
    // (reports in text order, none inside another: the last that starts before the quote, found by halving)
    const i = partitionPoint(found.length, (j) => found[j].start <= openTok) - 1;
    const f = found[i];
    if (f?.ref && f.end >= closeTok - 1) return { ref: f.ref, verb: f.verb, cueEnd: f.cueEnd, via: 'reported-clause' };
    return null;
  },
};
