import { lowerBound } from '../../reading/windows.js';
import type { Sieve } from './sieve.js';

/**
 * transcript: a quoted transcript line opens with its speaker's label in capitals.
 * "ROE: If I may, sir …"   "HALE: Gina Fields will not be attending …"
 */
export const transcript: Sieve = {
  name: 'transcript',
  confidence: 0.85,
  beside: true,
  find(ctx, k) {
    const q = ctx.quotes[k];
    const { toks } = ctx;
    const m = /^\s*(\p{Lu}[\p{Lu}.'’-]+(?: \p{Lu}[\p{Lu}.'’-]+){0,2}):\s/u.exec(q.text);
    if (!m || m[1].replace(/[^\p{L}]/gu, '').length < 2) return null;
    const from = lowerBound(toks, q.start + m.index);
    let to = from;
    while (to < toks.length && toks[to].end <= q.start + m.index + m[1].length) to++;
    if (to > from) return { ref: { kind: 'name', start: from, end: to }, verb: to, cueEnd: to + 1, via: 'transcript' };
    return null;
  },
};
