// The words between a cue and the `that` of its report: where, when, to whom and in what it was said.
import type { Reading, Token } from '../../core/layers.js';

/** How far `that` may follow a cue past words of place and time (8, 12, 16 and 24 measured on PolNeAR train: 16 best, +0.015). */
const ADJUNCT_WORDS = 16;

/**
 * `said on Monday that …`, `told a news conference in Lagos that …`: the report starts after `that`, past no
 * verb, within ADJUNCT_WORDS of `c` (`said in a history of the town's first mills that …`); else at `c`.
 */
export function thatPastAdjuncts(ctx: Reading, c: number, end: number): number {
  const { toks, inQuote } = ctx;
  for (let i = c; i < Math.min(end, c + ADJUNCT_WORDS); i++) {
    // (`told the hearing that …`, `said at a briefing that …`: a noun in -ing after a determiner)
    const ingNoun = toks[i].pos === 'VERB' && /ing$/.test(toks[i].lower) && toks[i - 1].pos === 'DET';
    // (`said in a statement posted online that …`: see modifiesNoun; PolNeAR train: 2 reports more)
    const reduced = toks[i].pos === 'VERB' && modifiesNoun(toks, i, c);
    if ((toks[i].pos === 'VERB' && !ingNoun && !reduced) || toks[i].pos === 'AUX' || inQuote[i] >= 0) break;
    // (`described the town as a place that had lost …`: a relative `that` before its verb is the clause's;
    // `said that drafting the plan …`: a gerund opens the clause)
    const next = toks[i + 1];
    // (`said that’s what he expected`: `that` is the clause's subject before a contracted verb)
    if (toks[i].lower === 'that' && next?.pos !== 'AUX' && next?.lower !== "'s" && (next?.pos !== 'VERB' || /ing$/.test(next.lower))) {
      return i + 1;
    }
  }
  return c;
}

/**
 * Is the past participle at `v` one that modifies the noun before it, inside a phrase after a preposition from
 * `from` on (`in a statement posted online`, `in an interview taped before the vote`, `in an email sent to
 * staff`)? It names what was done to that noun, not what a speaker said.
 */
export function modifiesNoun(toks: readonly Token[], v: number, from: number): boolean {
  if (!/(?:ed|^sent|^held|^written|^given|^made|^shown)$/.test(toks[v].lower) || toks[v - 1]?.pos !== 'NOUN') return false;
  let j = v - 1;
  while (j > from && /^(?:NOUN|PROPN|ADJ|DET|NUM)$/.test(toks[j].pos)) j--;
  return toks[j].pos === 'ADP';
}
