import type { Reading, Referent } from '../../../core/layers.js';
// A sieve: one rule that finds who speaks a quote. Every sieve runs on every quote and proposes the phrase
// that names the speaker (a name, a pronoun or a description, resolved to an entity by the entities and
// coreference layers) and the cue; the ranker (../ranker.ts) chooses among the proposals. Sieves run in
// order, and `found` holds the first proposal made so far for each quote.

export interface Found {
  /** The phrase that names the speaker, in tokens. */
  ref?: Referent;
  /** Or the index of an earlier quote whose speaker this one inherits (continuation). */
  inherit?: number;
  /** Token index of the cue (`said`, `:`, `according`), and one past its last token. */
  verb: number;
  cueEnd: number;
  /** The rule that decided, recorded in `speaker.via`: the sieve's name, or a kind of cue of its own (`dash-byline`). */
  via: string;
  /** The confidence of this answer when it differs from the sieve's (`— Ann Roe` after a quote, found by `cue-after`). */
  confidence?: number;
  /** The one spoken to, for `told`, `assured`, `warned`: `Su told Lorne`. */
  addressee?: { start: number; end: number };
}

export interface Sieve {
  /** A name of its own, unique in the list (`cue-after`, `colon-block`). */
  name: string;
  /**
   * How far it trusts its answers (0–1): for the built-in sieves, the share of right speakers each gave
   * on PolNeAR train. The ranker reads it as a feature (log-odds), so a user's sieve, which has no
   * weight of its own in the trained model, is trusted as much as it declares.
   */
  confidence: number;
  /** Its cue stands right beside the quote (`“…,” she said`, `Roe: “…”`): enough to keep a quote in a headline or a short title-cased one. */
  beside?: boolean;
  /** Its answer is read from the sentence, with no cue: the ranker weighs it, but it is no evidence that marks are speech. */
  noCue?: boolean;
  /** The speaker of quote k, or null. `found` holds what earlier sieves found for every quote. */
  find(ctx: Reading, k: number, found: ReadonlyArray<Found | null>): Found | null;
}

/**
 * Who speaks through the participle cue at `v` (`…, Roe said, adding, “…”`, `Quill left early, telling
 * reporters:`): the finite cue's subject when one stands before it, else the sentence's subject from `from`.
 */
export function participleSubject(ctx: Reading, v: number, from: number): Referent | null {
  return finiteCueBefore(ctx, v, from)?.subj ?? ctx.sentenceSubject(from, v);
}

/**
 * A passive speech verb's agent (`Vale was asked by Roe whether …`, `“…,” Vale was told by Roe`): the
 * phrase after `by`, up to `ceil`; null when the verb at `v` is no passive with `by` or the agent is a pronoun.
 */
export function passiveAgent(ctx: Reading, v: number, ceil: number): Referent | null {
  const { toks } = ctx;
  if (toks[v + 1]?.lower !== 'by' || !/^(?:was|were|been|being|be|is|are)$/.test(toks[v - 1]?.lower ?? '')) return null;
  const agent = ctx.npRight(v + 2, ceil);
  return agent && agent.kind !== 'pronoun' ? agent : null;
}

/**
 * The finite speech verb a participle cue hangs on, and that verb's subject: `…, Roe said, adding that …`,
 * `Roe said on Monday, adding, “…”` → Roe (the subject before the verb, or the name after it when the
 * cue is inverted: `…, said Roe, adding …`). Null when no finite speech verb stands before it from `from`.
 */
export function finiteCueBefore(ctx: Reading, v: number, from: number): { subj: Referent | null; verb: number } | null {
  const { inQuote, isSpeechVerb, isParticipleClause, subjectOf, npRight } = ctx;
  for (let u = v - 1; u >= from; u--) {
    if (inQuote[u] >= 0) continue;
    if (isSpeechVerb(u) && !isParticipleClause(u)) return { subj: subjectOf(u, from) ?? npRight(u + 1, v), verb: u };
  }
  return null;
}
