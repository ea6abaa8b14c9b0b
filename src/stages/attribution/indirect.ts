// Reported speech without quotation marks (ANNOTATION.md §2): a speech cue that attributes to someone
// words the text paraphrases. Three shapes, read sentence by sentence outside quotes:
//   speaker–cue–content   `Roe said (that) the plant would close`, `Vale told reporters that …`
//   content–cue–speaker   `The plant will close, Roe said.`, `…, said a spokeswoman for the council.`
//   according to          `According to the ministry, talks resume in May.`, `…, according to Roe.`
// The content must be a clause of its own (a verb outside quotes) and not a quotation already: `Roe said:
// “…”` and `“…,” Roe said.` are direct quotes. Thoughts and hopes are not speech: only speech verbs cue,
// and naming verbs (`called the plan …`) do not.
import type { Reading, Referent } from '../../core/layers.js';
import { NAMING_VERBS } from '../reading/reading.js';
import { isTitleCase } from './is-quote.js';

export interface IndirectFound {
  /** The content, in tokens [start, end). */
  start: number;
  end: number;
  ref: Referent;
  /** The cue's tokens [verb, cueEnd). */
  verb: number;
  cueEnd: number;
  via: 'indirect-cue-before' | 'indirect-cue-after' | 'indirect-according-to';
}

/** The fewest words a reported clause has: `Roe said no.` reports nothing a reader needs as a quote. */
const MIN_WORDS = 4;
/** How far a cue after its content may stand from the sentence's end: `…, Roe said on Monday.` */
const CUE_AFTER_SPAN = 8;

export function findIndirect(ctx: Reading): IndirectFound[] {
  const out: IndirectFound[] = [];
  for (const s of ctx.sentences) {
    const para = ctx.paragraphs[s.paragraph];
    // (a title-case line the paragraphs stage did not flag, `Mayor Says Rates Will Rise`: is-quote's test)
    if (para.heading || para.boilerplate || isTitleCase(ctx.text.slice(s.start, s.end))) continue;
    const end = contentEnd(ctx, s.tokenStart, s.tokenEnd);
    // `Roe announced that the plant would close, according to the union`: the verb's subject speaks; `according to` names a source.
    const found = cueBefore(ctx, s.tokenStart, end) ?? accordingTo(ctx, s.tokenStart, end) ?? cueAfter(ctx, s.tokenStart, end);
    if (found) out.push(found);
  }
  return out;
}

/** The sentence's last token of content: its final full stop (and a bracket or mark after it) left out. */
function contentEnd(ctx: Reading, from: number, to: number): number {
  let end = to;
  while (end > from && (ctx.toks[end - 1].pos === 'PUNCT' || ctx.toks[end - 1].pos === 'SPACE') && ctx.inQuote[end - 1] < 0) end--;
  return end;
}

/** A cue written with a capital inside its line (`Ross Says Rates Will Rise`): a headline's words, no report. */
const titleCased = (ctx: Reading, v: number): boolean => /^\p{Lu}/u.test(ctx.tokenText(v));

/** Is [a, b) a clause of its own: enough words, a verb (quoted or not), not mostly a quotation? */
function isClause(ctx: Reading, a: number, b: number): boolean {
  const { toks, inQuote } = ctx;
  let words = 0;
  let quoted = 0;
  let verb = false;
  for (let i = a; i < b; i++) {
    if (toks[i].pos === 'PUNCT' || toks[i].pos === 'SPACE') continue;
    words++;
    if (inQuote[i] >= 0) quoted++;
    if (toks[i].pos === 'VERB' || toks[i].pos === 'AUX') verb = true;
  }
  // `Roe said the plan “has no future,”`: a partial quote inside is the clause's; a whole quote is direct.
  return words >= MIN_WORDS && verb && quoted * 2 < words;
}

/** `Roe said (on Monday) (that) …`, `Vale told reporters that …`: the first speech verb with a subject. */
function cueBefore(ctx: Reading, from: number, end: number): IndirectFound | null {
  const { toks, inQuote, isSpeechVerb, subjectOf, addresseeAfter } = ctx;
  for (let v = from; v < end - MIN_WORDS; v++) {
    if (inQuote[v] >= 0 || !isSpeechVerb(v) || NAMING_VERBS.has(toks[v].lower) || /ing$/.test(toks[v].lower) || titleCased(ctx, v))
      continue;
    // (`the plan Roe announced was …`: a verb inside a noun phrase reports nothing)
    const ref = subjectOf(v, from);
    if (!ref) continue;
    let c = v + 1;
    if (/^(?:out|up|on|back)$/.test(toks[c]?.lower ?? '')) c++; // `pointed out that`, `shot back that`
    const addressee = addresseeAfter(v, end);
    if (addressee) c = addressee.end;
    // `said on Monday that …`, `told a news conference in Lagos that …`: up to `that`, past no verb.
    for (let i = c; i < Math.min(end, c + 8); i++) {
      if (toks[i].pos === 'VERB' || toks[i].pos === 'AUX' || inQuote[i] >= 0) break;
      if (toks[i].lower === 'that') {
        c = i + 1;
        break;
      }
    }
    // `Roe said: “…”`, `Roe said, “…”`: a direct quote follows (or one in marks the quotes stage does not
    // read, `''…''`). What follows a verb without `that` is kept whatever it starts with: `Roe complained
    // about the delays`, `Vale accused the board of stalling` report speech too (measured on PolNeAR
    // train: requiring a subject-like start gained 4 points of precision and lost 4 of recall).
    if (c >= end || inQuote[c] >= 0 || /^[:,]$/.test(toks[c].lower) || /^['`]/.test(toks[c].lower)) return null;
    if (!isClause(ctx, c, end)) return null;
    return { start: c, end, ref, verb: v, cueEnd: v + 1, via: 'indirect-cue-before' };
  }
  return null;
}

/** `The plant will close, Roe said.`, `…, said a spokeswoman.`: a comma, then the cue at the sentence's end. */
function cueAfter(ctx: Reading, from: number, end: number): IndirectFound | null {
  const { toks, inQuote, isSpeechVerb, npLeft, npRight } = ctx;
  for (let v = Math.max(from + 1, end - CUE_AFTER_SPAN); v < end; v++) {
    if (inQuote[v] >= 0 || !isSpeechVerb(v) || NAMING_VERBS.has(toks[v].lower) || titleCased(ctx, v)) continue;
    let comma = -1;
    let ref: Referent | null = null;
    if (toks[v - 1].lower === ',') {
      comma = v - 1;
      ref = npRight(v + 1, end); // `…, said Roe.`
    } else {
      ref = npLeft(v, from); // `…, Roe said.`
      if (ref && toks[ref.start - 1]?.lower === ',') comma = ref.start - 1;
    }
    // (`…,” Roe said.`: a quotation before the comma is a direct quote's)
    if (!ref || comma <= from || inQuote[comma - 1] >= 0) continue;
    if (!isClause(ctx, from, comma)) return null;
    return { start: from, end: comma, ref, verb: v, cueEnd: v + 1, via: 'indirect-cue-after' };
  }
  // `The years that followed, Roe said, brought a shift.`: a cue between commas inside the clause; the
  // content is the sentence around it.
  for (let v = from + 2; v < end - 2; v++) {
    if (inQuote[v] >= 0 || !isSpeechVerb(v) || NAMING_VERBS.has(toks[v].lower) || toks[v + 1].lower !== ',') continue;
    const ref = npLeft(v, from);
    if (!ref || toks[ref.start - 1]?.lower !== ',' || ref.start - 1 <= from) continue;
    if (!isClause(ctx, from, end) || inQuote[ref.start - 2] >= 0) return null;
    return { start: from, end, ref, verb: v, cueEnd: v + 1, via: 'indirect-cue-after' };
  }
  return null;
}

/** `According to Roe, …` and `…, according to Roe.` */
function accordingTo(ctx: Reading, from: number, end: number): IndirectFound | null {
  const { toks, inQuote, npRight } = ctx;
  for (let i = from; i < end - 2; i++) {
    if (inQuote[i] >= 0 || toks[i].lower !== 'according' || toks[i + 1].lower !== 'to') continue;
    if (i === from) {
      // `According to the ministry, talks will resume in May.`
      let comma = i + 2;
      while (comma < end && toks[comma].lower !== ',') comma++;
      const ref = npRight(i + 2, comma);
      if (!ref || comma >= end || !isClause(ctx, comma + 1, end)) return null;
      return { start: comma + 1, end, ref, verb: i, cueEnd: i + 2, via: 'indirect-according-to' };
    }
    if (toks[i - 1].lower !== ',') continue;
    const ref = npRight(i + 2, end);
    if (!ref || !isClause(ctx, from, i - 1)) return null;
    return { start: from, end: i - 1, ref, verb: i, cueEnd: i + 2, via: 'indirect-according-to' };
  }
  return null;
}
