// Logistic regression for the speaker ranker: each candidate of each quote is one example (right or not),
// fitted by full-batch gradient descent with Adam and an L2 penalty. Deterministic (no sampling), a few
// seconds for tens of thousands of candidates: a package would add more than these lines.

import type { RankerModel } from '../src/stages/attribution/ranker.js';

interface Example {
  features: Record<string, number>;
  right: boolean;
}

/** Features seen fewer times than this get no weight: too rare to learn from. */
const MIN_COUNT = 5;
const EPOCHS = 400;
const RATE = 0.05;
const L2 = 1e-3;

/**
 * Each candidate right or not, so that a probability means the same whatever the other candidates: a
 * softmax over each quote's candidates ranked no better on train's folds, and gives 1 to a lone candidate.
 */
export function trainLogistic(rows: ReadonlyArray<{ candidates: readonly Example[] }>): RankerModel {
  const examples = rows.flatMap((r) => r.candidates);
  const counts = new Map<string, number>();
  for (const e of examples) for (const k in e.features) counts.set(k, (counts.get(k) ?? 0) + 1);
  const names = [...counts]
    .filter(([, n]) => n >= MIN_COUNT)
    .map(([k]) => k)
    .sort();
  const index = new Map(names.map((k, i) => [k, i]));
  const xs = examples.map((e) => Object.entries(e.features).flatMap(([k, v]) => (index.has(k) ? [[index.get(k)!, v] as const] : [])));
  const ys = examples.map((e) => (e.right ? 1 : 0));
  const d = names.length + 1; // the last weight is the bias
  const w = new Float64Array(d);
  const m = new Float64Array(d);
  const v = new Float64Array(d);
  const g = new Float64Array(d);
  for (let t = 1; t <= EPOCHS; t++) {
    g.fill(0);
    for (let i = 0; i < xs.length; i++) {
      let z = w[d - 1];
      for (const [j, x] of xs[i]) z += w[j] * x;
      const err = 1 / (1 + Math.exp(-z)) - ys[i];
      for (const [j, x] of xs[i]) g[j] += err * x;
      g[d - 1] += err;
    }
    for (let j = 0; j < d; j++) {
      const grad = g[j] / xs.length + (j < d - 1 ? L2 * w[j] : 0);
      m[j] = 0.9 * m[j] + 0.1 * grad;
      v[j] = 0.999 * v[j] + 0.001 * grad * grad;
      w[j] -= (RATE * (m[j] / (1 - 0.9 ** t))) / (Math.sqrt(v[j] / (1 - 0.999 ** t)) + 1e-8);
    }
  }
  const weights: Record<string, number> = {};
  names.forEach((k, j) => {
    if (Math.abs(w[j]) >= 1e-4) weights[k] = Number(w[j].toFixed(4));
  });
  return { bias: Number(w[d - 1].toFixed(4)), weights };
}
