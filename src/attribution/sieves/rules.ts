// The default sieves, most precise first. Each reads one quote and returns the phrase that names its
// speaker and the cue, or null to leave the quote to the next sieve (see sieve.ts).
import type { Sieve } from './sieve.js';
import { lowerBound, SENTENCE_END, type Referent } from '../reading.js';
import { DOCUMENT_NOUNS, VERB_FILLERS } from '../../nlp/lexicon.js';
import { mapArray } from '../../util/arrays.js';

/**
 * Sieve 1, cue-after: the speaker right after the quote, either way round.
 * “…,” Xi told Blinken.   “…,” said Wu Xinbo, a professor …   “…,” Wang, a former adviser, told NBC.
 * “…” Qin was reported as saying.   “…,” the official added.
 */
export const cueAfter: Sieve = {
  name: 'cue-after',
  via: 'cue-after',
  confidence: 0.95,
  find(ctx, k) {
    const q = ctx.quotes[k];
    const { toks, windows, isSpeechVerb, npRight, skipBracket, addresseeAfter } = ctx;
    if (!q.close) return null;
    const { closeTok, postEnd } = windows[k];
    let i = closeTok;
    while (i < postEnd && /^[,—–―\-]$/.test(toks[i].lower)) i++;
    if (i >= postEnd) return null;
    if (isSpeechVerb(i)) {
      const r = npRight(i + 1, postEnd);
      if (r && (r.kind !== 'pronoun' || /^(?:he|she)$/.test(toks[r.start].lower))) {
        return { ref: r, verb: i, cueEnd: i + 1, via: 'cue-after' };
      }
    }
    // Dash byline: “…” — Commissioner Starks
    if (i > closeTok && /^[—–―\-]$/.test(toks[i - 1].lower)) {
      const r = npRight(i, postEnd);
      if (r && r.kind === 'name' && (r.end >= postEnd || SENTENCE_END.has(toks[r.end]?.lower ?? '.'))) {
        return { ref: r, verb: i - 1, cueEnd: i, via: 'dash-byline' };
      }
    }
    const r = npRight(i, postEnd);
    if (!r) return null;
    let v = skipBracket(r.nameEnd ?? r.end, postEnd);
    while (v < postEnd && (VERB_FILLERS.has(toks[v].lower) || /^(?:as|quoted|reported|cited)$/.test(toks[v].lower))) v++;
    if (v < postEnd && toks[v].lower === ',') {
      // An apposition between speaker and verb: `Wang, a former adviser to …, told NBC News`.
      for (let c = v + 1; c < postEnd - 1; c++) {
        if (toks[c].lower !== ',') continue;
        let w = c + 1;
        while (w < postEnd && VERB_FILLERS.has(toks[w].lower)) w++;
        if (w < postEnd && isSpeechVerb(w)) {
          v = w;
          break;
        }
      }
    }
    if (v < postEnd && isSpeechVerb(v)) return { ref: r, verb: v, cueEnd: v + 1, via: 'cue-after', addressee: addresseeAfter(v, postEnd) };
    return null;
  },
};

/**
 * Sieve 1b, transcript: a quoted transcript line opens with its speaker's label in capitals.
 * "WALLACE: If I may, sir …"   "PENCE: Gennifer Flowers will not be attending …"
 */
export const transcript: Sieve = {
  name: 'transcript',
  via: 'transcript',
  confidence: 0.9,
  find(ctx, k) {
    const q = ctx.quotes[k];
    const { text, toks } = ctx;
    const m = /^\s*(\p{Lu}[\p{Lu}.'’-]+(?: \p{Lu}[\p{Lu}.'’-]+){0,2}):\s/u.exec(q.text);
    if (!m || m[1].replace(/[^\p{L}]/gu, '').length < 2) return null;
    const from = lowerBound(toks, q.start + m.index);
    let to = from;
    while (to < toks.length && toks[to].end <= q.start + m.index + m[1].length) to++;
    if (to > from) return { ref: { kind: 'name', start: from, end: to }, verb: to, cueEnd: to + 1, via: 'transcript' };
    return null;
  },
};

/**
 * Sieve 2, colon: a speech verb in the clause right before the quote, ending in `:` or `,`.
 * Geng said: “…”   Xi said in a meeting with Blinken: “…”   However, he added, “It is …”
 */
export const colon: Sieve = {
  name: 'colon',
  via: 'colon',
  confidence: 0.93,
  find(ctx, k) {
    const q = ctx.quotes[k];
    const { toks, inQuote, windows, isSpeechVerb, npRight, subjectOf, isParticipleClause, addresseeAfter } = ctx;
    const { openTok, preStart } = windows[k];
    const before = openTok - 1;
    if (before < preStart || !/^[:,]$/.test(toks[before].lower)) return null;
    for (let v = before - 1; v >= preStart && before - v <= 14; v--) {
      if (inQuote[v] >= 0) break;
      if (!isSpeechVerb(v)) continue;
      const subj = isParticipleClause(v) ? null : subjectOf(v, preStart);
      const inv = subj ? null : npRight(v + 1, before);
      const r = subj ?? inv;
      // `said in a televised address on Sunday:` — a verb-looking noun with no subject: look further left.
      if (!r) continue;
      return { ref: r, verb: v, cueEnd: v + 1, via: 'colon', addressee: subj ? addresseeAfter(v, before) : undefined };
    }
    return null;
  },
};

/**
 * Sieve 2b, colon-block: a paragraph that is a quote after a paragraph ending in a colon (a block quote).
 * Cruz continued:  ¶  “The questions asked in this debate …”
 * As the Heritage Foundation website notes:  ¶  “This statement of principles …”
 */
export const colonBlock: Sieve = {
  name: 'colon-block',
  via: 'colon',
  confidence: 0.93,
  find(ctx, k) {
    const q = ctx.quotes[k];
    const { toks, paragraphs, sentences, inQuote, windows, sentenceOfToken, isSpeechVerb, npRight, subjectOf, sentenceSubject, isParticipleClause } = ctx;
    const para = paragraphs[q.paragraph];
    const { openTok } = windows[k];
    if (q.open.start !== para.start || q.paragraph === 0) return null;
    let colon = openTok - 1;
    while (colon >= 0 && toks[colon].pos === 'SPACE') colon--;
    if (colon < 0 || toks[colon].lower !== ':' || inQuote[colon] >= 0) return null;
    const floor = sentences[sentenceOfToken[colon]]?.tokenStart ?? colon;
    for (let v = colon - 1; v >= floor && colon - v <= 30; v--) {
      if (inQuote[v] >= 0 || !isSpeechVerb(v)) continue;
      // `The Times confirmed it, reporting:`: a participle speaks for its clause's subject.
      const r = isParticipleClause(v) ? sentenceSubject(floor, v) : subjectOf(v, floor) ?? npRight(v + 1, colon);
      if (r) return { ref: r, verb: v, cueEnd: v + 1, via: 'colon' };
      return null;
    }
    return null;
  },
};

/**
 * Sieve 3, cue-before: the nearest speech verb before the quote in its sentence, and its subject.
 * Blinken responded that the two countries “have an obligation …”
 * … which the State Department called “productive.”   Xi told the secretary, adding that the “two sides …”
 */
export const cueBefore: Sieve = {
  name: 'cue-before',
  via: 'cue-before',
  confidence: 0.88,
  find(ctx, k, found) {
    const q = ctx.quotes[k];
    const { toks, inQuote, windows, isSpeechVerb, npLeft, npRight, skipFillersLeft, subjectOf, isCloseMark, sentenceSubject, isParticipleClause, addresseeAfter } = ctx;
    const { openTok, preStart } = windows[k];
    for (let v = openTok - 1; v >= preStart; v--) {
      if (!isSpeechVerb(v)) continue;
      let subj: Referent | null = null;
      let verb = v;
      if (isParticipleClause(v) || (/ing$/.test(toks[v].lower) && !npLeft(skipFillersLeft(v, preStart), preStart))) {
        // `…, adding that …` / `…, calling their talks “productive”`: the subject of the clause's main verb.
        for (let u = v - 1; u >= preStart; u--) {
          if (inQuote[u] >= 0) continue;
          if (isSpeechVerb(u) && !isParticipleClause(u)) {
            subj = subjectOf(u, preStart) ?? npRight(u + 1, v);
            verb = u;
            break;
          }
        }
        if (!subj && isParticipleClause(v)) subj = sentenceSubject(preStart, v);
        if (!subj) {
          // `… Xi told the US secretary of state, adding that …` where the main verb follows a quote.
          const prev = k > 0 ? found[k - 1] : null;
          if (prev && windows[k - 1].closeTok <= v && windows[k - 1].closeTok >= preStart) {
            return { ref: prev.ref, verb: v, cueEnd: v + 1, via: 'cue-before' };
          }
        }
      } else {
        subj = subjectOf(v, preStart);
        if (!subj && (v === preStart || toks[v - 1].lower === ',' || isCloseMark(v - 1))) subj = npRight(v + 1, openTok);
      }
      if (!subj) continue; // `the plan, announced Monday, was …`: a verb with no speaker; look further left
      if (subj) return { ref: subj, verb, cueEnd: verb + 1, via: 'cue-before', addressee: addresseeAfter(verb, openTok) };
      return null;
    }
    return null;
  },
};

/**
 * Sieve 4, cue-after-far: a speech verb later in the sentence, not next to the quote.
 * … relations are “clearly at a dead end” as China seeks …, said Drew Thompson, a visiting fellow.
 */
export const cueAfterFar: Sieve = {
  name: 'cue-after-far',
  via: 'cue-after-far',
  confidence: 0.8,
  find(ctx, k) {
    const q = ctx.quotes[k];
    const { text, toks, windows, isSpeechVerb, npRight, subjectOf, isCloseMark } = ctx;
    // `… called “bird fancier’s lung.” It is rare, said Dr Frey`: the quote ended its sentence.
    if (/[.!?]$/.test(q.text)) return null;
    const { closeTok, sentenceEnd: postEnd } = windows[k];
    for (let v = closeTok; v < postEnd; v++) {
      if (toks[v].lower === 'according') break;
      if (!isSpeechVerb(v)) continue;
      const r = toks[v - 1]?.lower === ',' || isCloseMark(v - 1) ? npRight(v + 1, postEnd) : subjectOf(v, closeTok);
      if (r && r.kind !== 'pronoun') return { ref: r, verb: v, cueEnd: v + 1, via: 'cue-after-far' };
      return null;
    }
    return null;
  },
};

/**
 * Sieve 5, according-to: `according to X` names the speaker only when no verb did, and only when X is
 * not a document: `according to a readout by Xinhua` is a source (the speaker is the one who said it).
 */
export const accordingTo: Sieve = {
  name: 'according-to',
  via: 'according-to',
  confidence: 0.75,
  find(ctx, k) {
    const q = ctx.quotes[k];
    const { toks, inQuote, windows, npRight } = ctx;
    const { preStart, postEnd } = windows[k];
    for (let i = preStart; i < postEnd - 2; i++) {
      if (inQuote[i] >= 0 || toks[i].lower !== 'according' || toks[i + 1].lower !== 'to') continue;
      const r = npRight(i + 2, postEnd);
      if (!r) continue;
      const words = mapArray(toks.slice(r.start, r.end), (t) => t.lower);
      if (words.some((w) => DOCUMENT_NOUNS.has(w))) continue;
      return { ref: r, verb: i, cueEnd: i + 2, via: 'according-to' };
    }
    return null;
  },
};

/**
 * Sieve 6, colon-subject: a colon with no speech verb, the subject of its clause:
 * Smith was blunt: “The season is lost.”   The minister’s answer was short: “No.”
 */
export const colonSubject: Sieve = {
  name: 'colon-subject',
  via: 'colon-subject',
  confidence: 0.75,
  find(ctx, k) {
    const q = ctx.quotes[k];
    const { toks, windows, sentenceSubject } = ctx;
    const { openTok, preStart } = windows[k];
    if (openTok - 1 < preStart || toks[openTok - 1].lower !== ':') return null;
    const r = sentenceSubject(preStart, openTok - 1);
    if (r && r.kind !== 'description') return { ref: r, verb: openTok - 1, cueEnd: openTok, via: 'colon-subject' };
    return null;
  },
};

/**
 * Sieve 7, previous-sentence: a quote that is a sentence of its own, with no cue, right after a sentence
 * that reports someone's speech without quoting it:
 * … while Kerry negotiates with Russia, Schiff said. “The other factor …”   → Schiff
 * Trump was quick to add that the wall stays.  ¶  “Building it? Not negotiable.”   → Trump
 */
export const previousSentence: Sieve = {
  name: 'previous-sentence',
  via: 'previous-sentence',
  confidence: 0.8,
  find(ctx, k) {
    const q = ctx.quotes[k];
    const { toks, paragraphs, sentences, inQuote, windows, sentenceOfToken, paragraphOfToken, isEnd, isSpeechVerb, subjectOf, sentenceSubject, isParticipleClause } = ctx;
    const { openTok, closeTok, postEnd } = windows[k];
    for (let i = closeTok; i < postEnd; i++) if (inQuote[i] < 0 && toks[i].pos !== 'PUNCT' && toks[i].pos !== 'SPACE') return null;
    let prev = openTok - 1;
    while (prev >= 0 && toks[prev].pos === 'SPACE') prev--;
    if (prev < 0 || inQuote[prev] >= 0 || !isEnd(prev)) return null;
    const para = paragraphs[q.paragraph];
    const wholeParagraph = q.open.start === para.start && (q.close ? q.close.end : q.end) >= para.end - 1;
    const prevPara = paragraphOfToken(prev);
    if (prevPara !== q.paragraph && !(wholeParagraph && prevPara === q.paragraph - 1)) return null;
    const floor = sentences[sentenceOfToken[prev]]?.tokenStart ?? prev;
    for (let i = floor; i < prev; i++) if (inQuote[i] >= 0) return null; // `“A,” she said. “B.”`: continuation's
    for (let v = prev - 1; v >= floor; v--) {
      if (!isSpeechVerb(v)) continue;
      const r = isParticipleClause(v) ? sentenceSubject(floor, v) : subjectOf(v, floor);
      if (r && r.kind !== 'description') return { ref: r, verb: v, cueEnd: v + 1, via: 'previous-sentence' };
      return null;
    }
    return null;
  },
};

/**
 * continuation: a quote with no cue of its own goes on from the quote before it, and takes its speaker
 * (resolved by then): the next paragraph of the same speech (a paragraph left open), `“A,” she said.
 * “B.”` in one paragraph, or a paragraph that is all quote right after a quoted one.
 */
export const continuation: Sieve = {
  name: 'continuation',
  via: 'continuation',
  confidence: 0.88,
  find(ctx, k) {
    if (k === 0) return null;
    const { quotes, paragraphs } = ctx;
    const q = quotes[k];
    const pq = quotes[k - 1];
    const para = paragraphs[q.paragraph];
    const sameParagraph = pq.paragraph === q.paragraph;
    const wholeParagraph = q.open.start === para.start && (q.close ? q.close.end : q.end) >= para.end - 1;
    const nextParagraph = q.paragraph - pq.paragraph === 1 || (q.paragraph > pq.paragraph && paragraphs.slice(pq.paragraph + 1, q.paragraph).every((p) => p.boilerplate));
    if (!(q.continued || sameParagraph || (wholeParagraph && nextParagraph))) return null;
    return { inherit: k - 1, verb: -1, cueEnd: -1, via: 'continuation' };
  },
};

/** The default sieves in their order: a new list with one added, removed or moved is a new pipeline. */
export const defaultSieves = (): Sieve[] => [
  cueAfter, transcript, colon, colonBlock, cueBefore, cueAfterFar, accordingTo, colonSubject, previousSentence, continuation,
];
