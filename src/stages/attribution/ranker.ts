// The ranker: a logistic model over each candidate's features (candidates.ts) that gives the probability
// that the candidate is the speaker. The quote takes its most probable candidate, and that probability is
// its confidence. The weights are data (ranker.json), trained by `npm run train` (scripts/train.ts) on
// hand-checked speakers; a model of one's own can be passed to the stage.

import model from './ranker.json' with { type: 'json' };

export interface RankerModel {
  bias: number;
  /** The least probability at which a quote no sieve answers is given a guessed speaker (below it, none). */
  threshold?: number;
  weights: Readonly<Record<string, number>>;
}

/** The model shipped with the package. */
export const DEFAULT_RANKER: RankerModel = model;

/**
 * A model that takes the first sieve's answer, as an ordered list of rules would: the baseline the
 * trained one is measured against, and what `npm run train` labels its data with.
 */
export const FIRST_SIEVE: RankerModel = { bias: -4, threshold: 0.5, weights: { first: 8 } };

/** The probability that a candidate with these features is the speaker. */
export function probability(m: RankerModel, features: Readonly<Record<string, number>>): number {
  let z = m.bias;
  for (const k in features) z += (m.weights[k] ?? 0) * features[k];
  return 1 / (1 + Math.exp(-z));
}

/** The index of the most probable candidate and its probability; the earlier one on a tie. */
export function best(
  m: RankerModel,
  candidates: ReadonlyArray<{ features: Readonly<Record<string, number>> }>,
): { index: number; p: number } | null {
  let index = -1;
  let p = -1;
  candidates.forEach((c, i) => {
    const q = probability(m, c.features);
    if (q > p) {
      p = q;
      index = i;
    }
  });
  return index < 0 ? null : { index, p };
}
