// Questions reported as put to someone: `Asked whether the plant would close, Roe said …`, `… when asked
// what she would do` (read by findIndirect in indirect.ts), and who asked them where the text says.
import type { Reading, Referent } from '../../core/layers.js';
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
    if (v !== from && before !== 'when' && before !== 'if' && before !== 'once') continue;
    if (!/^(?:whether|if|what|which|who|whom|why|how|when|where|about|to)$/.test(toks[v + 1].lower)) continue;
    let stop = v + 2;
    while (stop < end && !(toks[stop].lower === ',' && inQuote[stop] < 0)) stop++;
    const start = toks[v + 1].lower === 'about' ? v + 2 : v + 1;
    if (stop - start < 2) continue;
    return { start, end: stop, ref: askerBefore(ctx, from, v), verb: v, cueEnd: v + 1, via: 'indirect-passive' };
  }
  return null;
}

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
