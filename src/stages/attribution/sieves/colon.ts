import { participleSubject, type Sieve } from './sieve.js';

/**
 * colon: a speech verb in the clause right before the quote, ending in `:` or `,`.
 * Ruiz said: “…”   Su said in a meeting with Lorne: “…”   However, he added, “It is …”
 */
export const colon: Sieve = {
  name: 'colon',
  confidence: 0.84,
  beside: true,
  find(ctx, k) {
    const { toks, inQuote, windows, isSpeechVerb, npRight, subjectOf, isParticipleClause, addresseeAfter } = ctx;
    const { openTok, preStart } = windows[k];
    const before = openTok - 1;
    if (before < preStart || !/^[:,]$/.test(toks[before].lower)) return null;
    for (let v = before - 1; v >= preStart && before - v <= 14; v--) {
      if (inQuote[v] >= 0) break;
      if (!isSpeechVerb(v)) continue;
      // `…, telling Reuters, “…”`: a participle speaks for its clause's subject; the phrase after it is
      // the one spoken to.
      if (isParticipleClause(v)) {
        // (`Quill left early, Roe said, adding, “…”`: the participle is the finite cue's, not the sentence's first name)
        const r = participleSubject(ctx, v, preStart);
        if (r && r.kind !== 'description') return { ref: r, verb: v, cueEnd: v + 1, via: 'colon', addressee: addresseeAfter(v, before) };
        continue;
      }
      const subj = subjectOf(v, preStart);
      const inv = subj ? null : npRight(v + 1, before);
      const r = subj ?? inv;
      // `said in a televised address on Sunday:` — a verb-looking noun with no subject: look further left.
      if (!r) continue;
      return { ref: r, verb: v, cueEnd: v + 1, via: 'colon', addressee: subj ? addresseeAfter(v, before) : undefined };
    }
    return null;
  },
};
