// The ranker and its candidates: what each quote's candidates are, that the shipped weights only name
// features the candidate reader makes, and that the ranker, not the sieve order, decides.
import { describe, expect, it } from 'vitest';
import { createPipeline } from '../../src/api.js';
import { layer } from '../../src/core/doc.js';
import { runPipeline } from '../../src/core/pipeline.js';
import type { Candidate } from '../../src/stages/attribution/candidates.js';
import { attribute } from '../../src/stages/attribution/index.js';
import { best, DEFAULT_RANKER, FIRST_SIEVE, probability, type RankerModel } from '../../src/stages/attribution/ranker.js';
import model from '../../src/stages/attribution/ranker.json' with { type: 'json' };

const upToCoreference = createPipeline({ stages: createPipeline().stages.filter((s) => s.name !== 'attribution') });

/** Quote k's candidates (name → features) and the attribution layer, with the given model. */
function run(text: string, ranker: RankerModel = DEFAULT_RANKER) {
  const { doc } = runPipeline(upToCoreference, 't', text);
  const seen: Array<{ candidates: readonly Candidate[]; chosen: number }> = [];
  const result = attribute(layer(doc, 'reading'), layer(doc, 'coreference'), {
    ranker,
    observe: (k, candidates, chosen) => {
      seen[k] = { candidates, chosen };
    },
  });
  return { seen, result };
}

const names = (cs: readonly Candidate[]) => cs.map((c) => c.entity.name).sort();

describe('candidates', () => {
  it('a pronoun brings the people it could mean, of its gender', () => {
    const { seen } = run('Tom Vale met Ann Roe and Lee Park on Monday. “We will appeal,” she said.');
    const cs = seen[0].candidates;
    expect(names(cs)).toContain('Ann Roe');
    expect(names(cs)).not.toContain('Tom Vale'); // `she` is not Tom
    expect(cs.find((c) => c.entity.name === 'Ann Roe')?.features['antecedentOf:pronoun']).toBe(1);
  });

  it('a quote no sieve answers has the names near it as candidates, a quote with a cue does not', () => {
    const { seen } = run('Ann Roe visited the plant with Tom Vale.\n\n“It was loud.”\n\n“We left early,” said Lee Park.');
    expect(seen[0].candidates.some((c) => c.source === 'near')).toBe(true);
    expect(seen[0].candidates.every((c) => !c.proposal)).toBe(true);
    expect(seen[1].candidates.some((c) => c.source === 'near')).toBe(false);
  });

  it('the phrase a candidate is read from is no mention of it, and an antecedent’s place in its sentence is read', () => {
    const { seen } = run('Asked by Tom Vale about the plan on Monday, Ben Roe shrugged.\n\nLater he said, “We will see.”');
    const of = (name: string) => seen[0].candidates.find((c) => c.entity.name === name)!.features;
    // `he` stands beside the quote; neither man is named nearer than the sentence before
    expect(of('Ben Roe').distance).toBeGreaterThan(0);
    expect(of('Tom Vale').distance).toBeGreaterThan(0);
    expect(of('Ben Roe').antecedentSubject).toBe(1); // not Vale, first named in the sentence
    expect(of('Tom Vale').antecedentSubject).toBeUndefined();
    expect(of('Tom Vale').nearestAfterAdp).toBe(1); // `by Tom Vale`
  });

  it('two sieves naming one person make one candidate with both sieves among its features', () => {
    const { seen } = run('Ann Roe said on Monday: “We will appeal,” Roe said.');
    const roe = seen[0].candidates.filter((c) => c.entity.name === 'Ann Roe');
    expect(roe).toHaveLength(1);
    expect(Object.keys(roe[0].features).filter((f) => f.startsWith('by:')).length).toBeGreaterThanOrEqual(2);
  });
});

describe('ranker', () => {
  it('the shipped weights name only features the candidate reader makes, and the file is small', () => {
    const families =
      /^(?:source:\w+|kind:\w+|by:[\w-]+(?:>antecedent)?|first(?:&(?:source|kind):\w+)?|otherFirst:\w+&\w+|antecedentOf:\w+|\w+Rank|sieves|declared|mentions|topPerson|speaksElsewhere|namedInside|previous|fullName|givenName|relay|distance|sameParagraph|paragraphBefore|after|unmentioned|antecedentGap|titleFits|genderAgrees|genderUnknown|antecedentSubject|antecedentSameSentence|headInName|nearestSubject|nearestAfterAdp|nearestOwner)$/;
    // (and those read per source: `previous&source:pronoun`, `pronounRank=1`)
    const perSource = /^(?:\w+&source:\w+|\w+Rank=\d)$/;
    for (const k of Object.keys(model.weights)) {
      const [base] = k.split(/&source:|=/);
      expect(families.test(k) || (perSource.test(k) && families.test(base))).toBe(true);
    }
    expect(JSON.stringify(model).length).toBeLessThan(1_000_000);
    expect(model.threshold).toBeGreaterThan(0);
  });

  it('probability rises with a positive weight and the best candidate wins, the earlier on a tie', () => {
    const m: RankerModel = { bias: 0, weights: { a: 2 } };
    expect(probability(m, { a: 1 })).toBeGreaterThan(probability(m, {}));
    expect(best(m, [{ features: {} }, { features: { a: 1 } }])?.index).toBe(1);
    expect(best(m, [{ features: { a: 1 } }, { features: { a: 1 } }])?.index).toBe(0);
    expect(best(m, [])).toBeNull();
  });

  it('the ranker, not the sieve order, decides: a model that prefers another candidate changes the speaker', () => {
    const text = 'Tom Vale met John Park on Monday. “We will appeal,” he said.';
    const first = run(text, FIRST_SIEVE).result.attributions[0].speaker?.name;
    expect(['Tom Vale', 'John Park']).toContain(first);
    // A model that likes the antecedent coreference did not choose.
    const contrary: RankerModel = { bias: -4, threshold: 0, weights: { first: -8, 'source:antecedent': 8 } };
    const { result, seen } = run(text, contrary);
    const chosen = seen[0].candidates[seen[0].chosen];
    expect(chosen.first).toBe(false);
    expect(result.attributions[0].speaker?.name).toBe(chosen.entity.name);
    expect(chosen.entity.name).not.toBe(first);
  });

  it('confidence is the probability of the chosen candidate', () => {
    const { seen, result } = run('“We will appeal,” said Ann Roe, the union leader.');
    const { candidates, chosen } = seen[0];
    expect(result.attributions[0].confidence).toBeCloseTo(probability(DEFAULT_RANKER, candidates[chosen].features), 3);
    expect(result.attributions[0].confidence).toBeGreaterThan(0.8);
  });

  it('a quote no sieve answers gets a guessed speaker only above the threshold', () => {
    const text = 'Ann Roe visited the plant.\n\n“It was loud and the line stopped twice.”';
    const never: RankerModel = { ...DEFAULT_RANKER, threshold: 1.01 };
    const always: RankerModel = { ...DEFAULT_RANKER, threshold: 0 };
    expect(run(text, never).result.attributions[0].speaker).toBeNull();
    expect(run(text, always).result.attributions[0].speaker?.name).toBe('Ann Roe');
  });
});
