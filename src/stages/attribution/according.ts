// Reported speech attributed to a source: `According to the ministry, talks resume in May.`, `…,
// according to Roe.` (read by findIndirect in indirect.ts). The source is the whole noun phrase, or the
// writer of a writing it names.
import type { Reading, Referent } from '../../core/layers.js';
import { DATE_WORD, isPeopleNoun, PERSON_NOUNS, WRITINGS } from '../../nlp/lexicon.js';
import { isClause, isInvertingCue } from './clauses.js';
import type { IndirectFound } from './indirect.js';

/** Writings and documents that relay their writer's words: `a post`, `a memo`, `the report`. */
const WRITING_OR_DOCUMENT = new Set([...WRITINGS, 'article', 'post', 'paper']);
/** What a body or a person makes and a source may be named by: its writings, its figures and reviews. */
const MADE_THINGS = new Set([...WRITING_OR_DOCUMENT, 'review', 'analysis', 'figures', 'data', 'numbers', 'estimates', 'tally', 'count']);

/**
 * `according to Census Bureau figures`, `according to company documents`: the source is the whole noun
 * phrase, the nouns after a name or a modifier included (a writing, a description of its own), where the
 * phrase readers stop at the name (`Census Bureau`) or the first noun (`company`).
 */
function sourcePhrase(ctx: Reading, ref: Referent | null, ceil: number): Referent | null {
  if (!ref) return ref;
  const { toks } = ctx;
  const owner = ownerOf(ctx, ref, ceil);
  if (owner) return owner;
  let end = ref.nameEnd ?? ref.end;
  while (end < ceil && isNounWord(ctx, end) && /^\p{Ll}/u.test(ctx.tokenText(end)) && ctx.inQuote[end] < 0) end++;
  const whole: Referent =
    end === (ref.nameEnd ?? ref.end)
      ? ref
      : { kind: 'description', start: ref.start, end, head: toks[end - 1].lower, definite: toks[ref.start].lower === 'the' };
  return makerOf(ctx, whole) ?? whole;
}

/**
 * Whoever a made thing is said to be of, past its own phrase: `a post from Dana Roe`, `a memo by the
 * agency's watchdog` (the writer, not the writing), `his union profile` (his), `a declaration filed in
 * court by Roe` (Roe), `an interview his brother Lee Roe gave to the Ledger` (Lee Roe); null where the
 * phrase says no one.
 */
function ownerOf(ctx: Reading, ref: Referent, ceil: number): Referent | null {
  const { toks, mentionFrom, npRight, referent } = ctx;
  // (`a report Tuesday from the Ledger`: past a day; `interviews with party officials`: those interviewed)
  const at = DATE_WORD.test(toks[ref.end]?.lower ?? '') ? ref.end + 1 : ref.end;
  const interviews = /^interviews?$/.test(ref.head ?? '') && toks[at]?.lower === 'with';
  if (
    ref.kind === 'description' &&
    (interviews || (WRITING_OR_DOCUMENT.has(ref.head ?? '') && /^(?:from|by|in)$/.test(toks[at]?.lower ?? '')))
  ) {
    const writer = npRight(at + 1, ceil);
    if (writer && writer.kind !== 'pronoun') return writer;
  }
  if (ref.kind === 'pronoun') return null;
  // (`according to his union profile`: the phrase readers step over the possessive)
  const before = ref.start - 1;
  if (/^(?:his|her)$/.test(toks[before]?.lower ?? '') && toks[before - 1]?.lower === 'to' && ref.end - ref.start <= 4)
    return { kind: 'pronoun', start: before, end: before + 1 };
  if (/^(?:his|her)$/.test(toks[ref.start].lower)) return { kind: 'pronoun', start: ref.start, end: ref.start + 1 };
  if (ref.kind !== 'description') return null;
  // (`an interview his brother Lee Roe gave`: a name and its verb, a few words after the thing made)
  for (let k = ref.end; k < Math.min(ceil, ref.end + 4); k++) {
    const m = mentionFrom.get(k);
    if (m && m.tokenEnd < ceil && toks[m.tokenEnd].pos === 'VERB' && !/ing$/.test(toks[m.tokenEnd].lower)) return referent(k, m.tokenEnd);
    if (toks[k].pos === 'VERB' || toks[k].lower === ',') break;
  }
  // (`a declaration filed in court by Roe`: the maker after a participle)
  if (toks[ref.end]?.pos !== 'VERB' || !/ed$/.test(toks[ref.end].lower)) return null;
  for (let j = ref.end + 1; j < ceil && j < ref.end + 6; j++) {
    if (toks[j].lower !== 'by') continue;
    const maker = npRight(j + 1, ceil);
    return maker?.kind === 'name' ? maker : null;
  }
  return null;
}

/** How many sentences back an earlier mention of the same writing is looked for. */
const WRITING_LOOK_BACK = 4;

/**
 * `The Harbour Police summary says … ¶ The suspect left early, according to the summary.`: who made a
 * definite writing, as its phrase names them or an earlier phrase of the same noun a few sentences back
 * does (a name before the noun, or a writer after `from`/`by`); null where none does.
 */
export function writingMaker(ctx: Reading, ref: Referent): Referent | null {
  if (ref.kind !== 'description' || !ref.definite || !WRITING_OR_DOCUMENT.has(ref.head ?? '')) return null;
  const own = makerOf(ctx, ref);
  if (own) return own;
  const { toks, sentences, sentenceOfToken, inQuote, isNpToken } = ctx;
  const s = sentenceOfToken[ref.start];
  if (s < 0) return null;
  const floor = sentences[Math.max(0, s - WRITING_LOOK_BACK)].tokenStart;
  for (let k = ref.start - 1; k >= floor; k--) {
    if (toks[k].lower !== ref.head || inQuote[k] >= 0 || sentenceOfToken[k] < 0) continue;
    const sentence = sentences[sentenceOfToken[k]];
    let a = k;
    while (a - 1 >= sentence.tokenStart && isNpToken(a - 1)) a--;
    const earlier: Referent = { kind: 'description', start: a, end: k + 1, head: ref.head, definite: toks[a].lower === 'the' };
    const maker = makerOf(ctx, earlier) ?? ownerOf(ctx, earlier, sentence.tokenEnd);
    if (maker?.kind === 'name') return maker;
  }
  return null;
}

/**
 * `Harbour Police data`, `a Harbour Ministry readout`, `a Ledger review`, and after a possessive any thing
 * made (`Harbour Media's ad tracker`): the name before the head, or null. `Roe's spokesman` and `Roe's
 * campaign` are speakers of their own.
 */
function makerOf(ctx: Reading, ref: Referent): Referent | null {
  if (ref.kind !== 'description') return null;
  const head = ref.head ?? '';
  const made = MADE_THINGS.has(head);
  if (!made && (PERSON_NOUNS.has(head) || isPeopleNoun(head) || ctx.isOrgHead(head))) return null;
  for (let k = ref.start; k < ref.end - 1; k++) {
    const m = ctx.mentionFrom.get(k);
    if (!m || m.tokenEnd >= ref.end) continue;
    const possessive = ctx.toks[m.tokenEnd].lower === "'s";
    if (!made && !possessive) continue;
    // (`a Harbour Post/Eastport TV poll`: two makers, the phrase names them both)
    for (let j = m.tokenEnd + (possessive ? 1 : 0); j < ref.end; j++) if (!/^\p{Ll}/u.test(ctx.tokenText(j))) return null;
    const maker = ctx.referent(k, m.tokenEnd);
    if (maker?.kind === 'name') return maker;
  }
  return null;
}

/**
 * A noun, or a word the light tagger took for a verb that is no participle in -ed: after `according
 * to` it is the phrase's (`a court filing`, `a pool report`), not a verb (`a memo released Friday`).
 */
function isNounWord(ctx: Reading, i: number): boolean {
  const t = ctx.toks[i];
  return t.pos === 'NOUN' || (t.pos === 'VERB' && !/ed$/.test(t.lower));
}

/**
 * `according to the summary`, `according to recent data`: a source that is no person's phrase, read as
 * a description (determiners and numbers, then nouns and modifiers up to the first other word).
 */
function anyPhrase(ctx: Reading, start: number, ceil: number): Referent | null {
  const { toks, inQuote } = ctx;
  let b = start;
  while (b < ceil && (toks[b].pos === 'DET' || toks[b].pos === 'NUM' || toks[b].pos === 'PRON') && inQuote[b] < 0) b++;
  let end = b;
  while (end < ceil && /^(?:NOUN|ADJ|PROPN|VERB)$/.test(toks[end].pos) && inQuote[end] < 0) end++;
  const full = end;
  while (end > b && !isNounWord(ctx, end - 1) && toks[end - 1].pos !== 'PROPN') end--;
  if (end === b) return null;
  // (`recent data from Mapline`, `calculations by Dana Roe`: the one who made it; `Mapline data`, `a
  // Ledger review`: the name that made it)
  if (/^(?:from|by)$/.test(toks[full]?.lower ?? '')) {
    const maker = ctx.npRight(full + 1, ceil);
    if (maker?.kind === 'name') return maker;
  }
  for (let k = b; k < end - 1; k++) {
    const m = ctx.mentionFrom.get(k);
    if (m && m.tokenEnd < end) return ctx.referent(k, m.tokenEnd) ?? null;
  }
  return { kind: 'description', start, end, head: toks[end - 1].lower, definite: toks[start].lower === 'the' };
}

/**
 * `according to two people briefed on the talks`, `… a memo released Friday by the agency's watchdog`:
 * a description that is the source is named by its whole phrase up to the clause's end (the comma or
 * the sentence's end at `ceil`), its modifiers whatever the tagger made of them, as a reader names it.
 */
function wholeSource(ctx: Reading, ref: Referent | null, ceil: number): Referent | null {
  if (ref?.kind !== 'description' || ceil - ref.start > WHOLE_SOURCE_WORDS) return ref;
  for (let k = ref.start; k < ceil; k++) if (ctx.inQuote[k] >= 0) return ref;
  return { ...ref, nameEnd: Math.max(ceil, ref.nameEnd ?? ref.end) };
}

/** The longest source phrase named whole (longer ones run on into the writer's words). */
const WHOLE_SOURCE_WORDS = 15;

/** `According to Roe, …` and `…, according to Roe.` */
export function accordingTo(ctx: Reading, from: number, end: number): IndirectFound | null {
  const { toks, inQuote, npRight } = ctx;
  // `As reported by the Ledger, the plant will close.`: a source that opens the sentence, as `according to` does
  const reportedBy =
    end - from > 3 &&
    toks[from].lower === 'as' &&
    /^(?:reported|noted)$/.test(toks[from + 1].lower) &&
    /^(?:by|in)$/.test(toks[from + 2].lower);
  for (let i = from; i < end - 2; i++) {
    const opening = i === from && reportedBy;
    if (inQuote[i] >= 0 || ((toks[i].lower !== 'according' || toks[i + 1].lower !== 'to') && !opening)) continue;
    if (i === from) {
      // `According to the ministry, talks will resume in May.`
      const name = opening ? i + 3 : i + 2;
      let comma = name;
      while (comma < end && toks[comma].lower !== ',') comma++;
      const ref = wholeSource(ctx, sourcePhrase(ctx, npRight(name, comma) ?? anyPhrase(ctx, name, comma), comma), comma);
      if (!ref || comma >= end || !isClause(ctx, comma + 1, end)) return null;
      return { start: comma + 1, end, ref, verb: opening ? i + 1 : i, cueEnd: i + 2, via: 'indirect-according-to' };
    }
    const comma = toks[i - 1].lower === ',' || toks[i - 1].lower === '—' || toks[i - 1].lower === '-';
    // (`Roe leads by 40 votes according to a count by the county`: no comma needed)
    let close = i + 2;
    while (close < end && toks[close].lower !== ',') close++;
    const ref = wholeSource(ctx, sourcePhrase(ctx, npRight(i + 2, close) ?? anyPhrase(ctx, i + 2, close), close), close);
    const before = comma ? i - 1 : i;
    if (!ref) continue;
    // `Turnout, according to the county, was the highest in years`: the clause goes on after the source,
    // with its predicate, or with the whole clause after an adverbial (`Since May, according to the
    // county, turnout has risen`); not after a clause already whole (`The plant will close, according to
    // Harbour TV, the local station.`: an apposition to the source)
    const goesOn = /^(?:VERB|AUX|ADV|PART)$/.test(toks[close + 1]?.pos ?? '') || !isClause(ctx, from, before);
    if (comma && close < end && close + 1 < end && toks[close + 1].pos !== 'CCONJ' && goesOn && isClause(ctx, from, end))
      return { start: from, end, ref, verb: i, cueEnd: i + 2, via: 'indirect-according-to' };
    if (!isClause(ctx, from, before)) continue;
    // (`“We will appeal,” Roe said, according to the Ledger`: Roe speaks; the Ledger relays her words)
    const inner = relayedSpeaker(ctx, from, before);
    return { start: from, end: before, ref: inner ?? ref, verb: i, cueEnd: i + 2, via: 'indirect-according-to' };
  }
  return null;
}

/** A report `according to` a source that ends before a cue's speaker, cut there; null if none. */
export function sourceBefore(ctx: Reading, source: IndirectFound, cue: IndirectFound): IndirectFound | null {
  const cueStart = Math.min(cue.ref?.start ?? cue.verb, cue.verb);
  if (source.start >= source.verb || source.verb >= cueStart) return null;
  if (source.end <= cueStart) return source;
  const end = /^[,—-]$/.test(ctx.toks[source.verb - 1].lower) ? source.verb - 1 : source.verb;
  return isClause(ctx, source.start, end) ? { ...source, end } : null;
}

/**
 * The speaker of a cue that ends a report given `according to` a source: `“…,” Roe said` or `…, said
 * Roe` right before the source's comma. Null where the report ends otherwise.
 */
function relayedSpeaker(ctx: Reading, from: number, end: number): Referent | null {
  const { toks, isSpeechVerb, npLeft, npRight, inQuote } = ctx;
  let e = end;
  while (e > from && /^[,.]$/.test(toks[e - 1].lower) && inQuote[e - 1] < 0) e--;
  if (e - 1 > from && isSpeechVerb(e - 1) && inQuote[e - 1] < 0) {
    const r = npLeft(e - 1, from);
    if (r && r.start > from && (toks[r.start - 1].lower === ',' || inQuote[r.start - 1] >= 0)) return r;
  }
  for (let v = e - 2; v > from && v >= e - 5; v--) {
    if (!isSpeechVerb(v) || !isInvertingCue(toks[v].lower) || inQuote[v] >= 0 || !(toks[v - 1].lower === ',' || inQuote[v - 1] >= 0))
      continue;
    const r = npRight(v + 1, e);
    if (r && (r.nameEnd ?? r.end) === e) return r;
  }
  return null;
}
