import type { Sieve } from './sieve.js';

/**
 * continuation: a quote with no cue of its own goes on from the quote before it, and takes its speaker
 * (resolved by then): the next paragraph of the same speech (a paragraph left open), `“A,” she said.
 * “B.”` in one paragraph, or a paragraph that is all quote right after a quoted one.
 */
export const continuation: Sieve = {
  name: 'continuation',
  confidence: 0.87,
  find(ctx, k) {
    if (k === 0) return null;
    const { quotes, paragraphs } = ctx;
    const q = quotes[k];
    const pq = quotes[k - 1];
    const para = paragraphs[q.paragraph];
    const sameParagraph = pq.paragraph === q.paragraph;
    const wholeParagraph = q.open.start === para.start && (q.close ? q.close.end : q.end) >= para.end - 1;
    const nextParagraph =
      q.paragraph - pq.paragraph === 1 ||
      (q.paragraph > pq.paragraph && paragraphs.slice(pq.paragraph + 1, q.paragraph).every((p) => p.boilerplate));
    if (!(q.continued || sameParagraph || (wholeParagraph && nextParagraph))) return null;
    return { inherit: k - 1, verb: -1, cueEnd: -1, via: 'continuation' };
  },
};
