// Reported speech a noun of speech introduces: `Roe's claim that the plant would close`, `his vow to
// stay`, `Vale issued a warning that …` (read by findIndirect in indirect.ts where no verb reports).
import type { Reading, Referent } from '../../core/layers.js';
import { clauseEnd, firstComma, isClause, MIN_WORDS } from './clauses.js';
import type { IndirectFound } from './indirect.js';

/**
 * Nouns of speech whose `that` or `to` reports (not `report` or `proposal`, which name a writing or an
 * act as often: measured on PolNeAR train, a third of those were reports; `call` only with its owner, below).
 */
const SPEECH_NOUN =
  /^(?:warnings?|complaints?|vows?|suggestions?|promises?|remarks?|claims?|assertions?|pledges?|statements?|allegations?|accusations?|charges?|insistence|criticism|admission|arguments?|contention|declaration|denials?|boasts?|predictions?)$/;

/** Verbs whose subject puts out the noun's words: `Roe made a promise to …`, `Vale issued a warning that …`. */
const PUT_OUT = /^(?:made|makes|make|issued|issues|issue|repeated|repeats|renewed|renews|reiterated|voiced|voices|offered|offers)$/;

/**
 * The first report a noun of speech introduces in the sentence [from, end): its owner speaks (`Roe's`,
 * `his`; past adjectives, `his repeated claims that`), or the subject of a verb that puts it out (`Vale
 * issued a warning that …`); none where the text names no one (`the claim that …`). Measured on PolNeAR
 * train where no verb reports: every report found matched one of the gold, end to end +0.03.
 */
export function nounReport(ctx: Reading, from: number, end: number): IndirectFound | null {
  const { toks, inQuote, npLeft, subjectOf } = ctx;
  for (let n = from + 1; n < end - 3; n++) {
    // (`his call to ban trucks`, `Roe's calls for a vote`: a call is a report when someone's own, not
    // when a verb puts it out, `made a call to the office`)
    const call = /^calls?$/.test(toks[n].lower);
    if (inQuote[n] >= 0 || toks[n].pos !== 'NOUN' || !(SPEECH_NOUN.test(toks[n].lower) || call)) continue;
    const link = toks[n + 1].lower;
    if (link !== 'that' && !(link === 'to' && toks[n + 2]?.pos === 'VERB') && !(call && link === 'for')) continue;
    let a = n - 1;
    while (a > from && (toks[a].pos === 'ADJ' || (toks[a].pos === 'VERB' && /ed$/.test(toks[a].lower)))) a--;
    let ref: Referent | null = null;
    if (/^(?:his|her|their|its)$/.test(toks[a].lower)) ref = { kind: 'pronoun', start: a, end: a + 1 };
    else if (/^'s?$/.test(toks[a].lower)) {
      const owner = npLeft(a, from);
      ref = owner && owner.kind !== 'pronoun' ? owner : null;
    } else if (!call && /^(?:a|an|the)$/.test(toks[a].lower) && PUT_OUT.test(toks[a - 1]?.lower ?? '')) ref = subjectOf(a - 1, from);
    if (!ref) continue;
    const c = n + 2;
    let stop = clauseEnd(ctx, c, end);
    // (`his call to ban trucks, a plan the council rejected, …`: what was called for ends at a comma, where
    // the sentence goes on)
    if (call) stop = firstComma(ctx, c, stop);
    if (stop - c < MIN_WORDS - (link === 'that' ? 0 : 1) || (link === 'that' && !isClause(ctx, c, stop))) continue;
    return { start: c, end: stop, ref, verb: n, cueEnd: n + 1, via: 'indirect-cue-before' };
  }
  return null;
}
