// Questions reported as put to someone: `Asked whether the plant would close, Roe said …`, `… when asked
// what she would do` (read by findIndirect in indirect.ts), and who asked them where the text says.
import type { Reading, Referent } from '../../core/layers.js';
import { afterBe } from './clauses.js';
import type { IndirectFound } from './indirect.js';

/**
 * `Asked whether the plant would close, Roe said …`, `… when asked what she would do`: the question put
 * to someone: the asker where the text names one (askerBefore), else none (a passive, speaker null).
 */
export function askedBy(ctx: Reading, from: number, end: number): IndirectFound | null {
  const { toks, inQuote } = ctx;
  for (let v = from; v < end - 2; v++) {
    if (toks[v].lower !== 'asked' || inQuote[v] >= 0) continue;
    const before = toks[v - 1]?.lower;
    // (`Vale was asked by a caller why …`, `Roe was first asked whether …`: a passive's, past an adverb)
    const passive = afterBe(ctx, v, from);
    if (v !== from && before !== 'when' && before !== 'if' && before !== 'once' && !passive) continue;
    // (`Asked by a reporter whether …`: who asked; `Asked on Monday whether …`, `asked during a debate
    // why …`: past the words of when and where, no verb among them, to the question)
    let q = v + 1;
    const agent = toks[q]?.lower === 'by' ? ctx.npRight(q + 1, end) : null;
    if (agent) q = agent.nameEnd ?? agent.end;
    const asks = (i: number) => QUESTION.test(toks[i].lower) || /^(?:about|to)$/.test(toks[i].lower);
    for (let i = q + 1; i < Math.min(end, q + ADJUNCT) && !asks(q); i++) {
      if (toks[i].pos === 'VERB' || toks[i].pos === 'AUX' || toks[i].lower === ',' || inQuote[i] >= 0) break;
      if (QUESTION.test(toks[i].lower)) {
        q = i;
        break;
      }
    }
    // (`Roe was asked to speak`, `Vale was asked about it`: a passive reports a question only, or what
    // someone named asked for — measured on PolNeAR train in askedBy's first form, in indirect.ts)
    if (!QUESTION.test(toks[q].lower) && !((!passive || agent) && /^(?:about|to)$/.test(toks[q].lower))) continue;
    let stop = q + 1;
    while (stop < end && !(toks[stop].lower === ',' && inQuote[stop] < 0)) stop++;
    const start = toks[q].lower === 'about' ? q + 1 : q;
    if (stop - start < 2) continue;
    return { start, end: stop, ref: agent ?? askerBefore(ctx, from, v), verb: v, cueEnd: v + 1, via: 'indirect-passive' };
  }
  return null;
}

/** The words that open a question put: `whether`, `why`, `what`, … */
const QUESTION = /^(?:whether|if|what|which|who|whom|why|how|when|where)$/;

/** How far the question may follow `asked` past when and where (`Asked at a rally on Monday whether`). */
const ADJUNCT = 8;

/** `Roe told the Ledger in an interview when asked …`, `… in an interview with the Ledger, when asked …`: who asked, or null. */
function askerBefore(ctx: Reading, from: number, v: number): Referent | null {
  const { toks, addresseeAfter, npRight } = ctx;
  for (let i = from; i < v; i++) {
    if (/^(?:told|tells|tell)$/.test(toks[i].lower)) {
      const a = addresseeAfter(i, v);
      if (a) return npRight(a.start, a.end);
    }
    if (toks[i].lower === 'interview' && /^(?:with|on)$/.test(toks[i + 1]?.lower ?? '')) {
      const r = npRight(i + 2, v);
      if (r && r.kind === 'name') return r;
    }
  }
  return null;
}
