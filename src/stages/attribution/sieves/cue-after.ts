import { NOUNISH_SPEECH, VERB_FILLERS } from '../../../nlp/lexicon.js';
import { isPersonName } from '../../reading/phrases.js';
import { SENTENCE_END } from '../../reading/reading.js';
import { passiveAgent, type Sieve } from './sieve.js';

/**
 * cue-after: the speaker right after the quote, either way round.
 * “…,” Su told Lorne.   “…,” said Lin Bao, a professor …   “…,” Feng, a former adviser, told a broadcaster.
 * “…” Mo was reported as saying.   “…,” the official added.
 */
export const cueAfter: Sieve = {
  name: 'cue-after',
  confidence: 0.95,
  beside: true,
  find(ctx, k) {
    const q = ctx.quotes[k];
    const { toks, windows, isSpeechVerb, npRight, skipBracket, addresseeAfter } = ctx;
    if (!q.close) return null;
    const { closeTok, postEnd } = windows[k];
    let i = closeTok;
    while (i < postEnd && /^[,—–―-]$/.test(toks[i].lower)) i++;
    if (i >= postEnd) return null;
    // `“…,” said Lin Bao`; not `“…,” told the Commons`, whose phrase is the one spoken to.
    if (isSpeechVerb(i) && !/^(?:told|tell|tells|telling)$/.test(toks[i].lower)) {
      let r = npRight(i + 1, postEnd);
      // `“…,” admitted the Arsenal manager, Mikel Arteta.`: the name the description is given.
      if (r?.kind === 'description' && toks[r.nameEnd ?? r.end]?.lower === ',') {
        const named = npRight((r.nameEnd ?? r.end) + 1, postEnd);
        if (named?.kind === 'name') r = named;
      }
      if (r && (r.kind !== 'pronoun' || /^(?:he|she)$/.test(toks[r.start].lower))) {
        return { ref: r, verb: i, cueEnd: i + 1, via: 'cue-after' };
      }
    }
    // Dash byline: “…” — Commissioner Vale
    if (i > closeTok && /^[—–―-]$/.test(toks[i - 1].lower)) {
      const r = npRight(i, postEnd);
      if (r && r.kind === 'name' && (r.end >= postEnd || SENTENCE_END.has(toks[r.end]?.lower ?? '.'))) {
        return { ref: r, verb: i - 1, cueEnd: i, via: 'dash-byline', confidence: 0.93 };
      }
    }
    let r = npRight(i, postEnd);
    if (!r) return null;
    // `“…,” the finance minister, Chrystia Freeland, told the Commons`: the name the description is given.
    let after = r.nameEnd ?? r.end;
    if (r.kind === 'description' && toks[after]?.lower === ',') {
      const named = npRight(after + 1, postEnd);
      if (named?.kind === 'name' && toks[named.end]?.lower === ',' && isSpeechVerb(named.end + 1)) {
        r = named;
        after = named.end + 1;
      }
    }
    let v = skipBracket(after, postEnd);
    while (v < postEnd && (VERB_FILLERS.has(toks[v].lower) || /^(?:as|quoted|reported|cited)$/.test(toks[v].lower))) v++;
    if (v < postEnd && toks[v].lower === ',') {
      // An apposition between speaker and verb: `Feng, a former adviser to …, told a broadcaster`.
      for (let c = v + 1; c < postEnd - 1; c++) {
        if (toks[c].lower !== ',') continue;
        let w = c + 1;
        while (w < postEnd && VERB_FILLERS.has(toks[w].lower)) w++;
        if (w < postEnd && isSpeechVerb(w)) {
          v = w;
          break;
        }
      }
      // `Ada Quill, the pollster who runs a forecasting blog posted on Wednesday`: an apposition
      // that never closes; its first past speech verb, when no name of its own stands right before it.
      if (toks[v]?.lower === ',' && /^(?:a|an|the|who)$/.test(toks[v + 1]?.lower ?? '')) {
        for (let w = v + 2; w < postEnd && w - v < 16; w++) {
          if (!isSpeechVerb(w)) continue;
          const left = ctx.npLeft(w, v + 1);
          if (/ed$|said|told|wrote/.test(toks[w].lower) && !(left && (left.kind === 'pronoun' || isPersonName(ctx, left)))) v = w;
          break;
        }
      }
    }
    // `“…,” Vell notes.`: right after a quote and a name, `notes`, `states`, `remarks` is the verb,
    // whatever the tagger calls it.
    const nounishVerb =
      v < postEnd &&
      NOUNISH_SPEECH.has(toks[v].lower) &&
      /s$/.test(toks[v].lower) &&
      r.kind === 'name' &&
      (v + 1 >= postEnd || /^[.,;]$/.test(toks[v + 1].lower));
    // `“…,” Vale was told by Roe.`: a passive's speaker is its agent after `by`, not its subject.
    // (`“…,” Roe said by telephone`: no passive, the subject speaks)
    const agent = v < postEnd && isSpeechVerb(v) ? passiveAgent(ctx, v, postEnd) : null;
    if (agent) return { ref: agent, verb: v, cueEnd: v + 1, via: 'cue-after' };
    if (v < postEnd && (isSpeechVerb(v) || nounishVerb))
      return { ref: r, verb: v, cueEnd: v + 1, via: 'cue-after', addressee: addresseeAfter(v, postEnd) };
    return null;
  },
};
