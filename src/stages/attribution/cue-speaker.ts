// Who speaks the reported speech a cue introduces (indirect.ts): the verb's subject, the speaker just
// read, the subject of the sentence a participle hangs from, or a group that speaks (groups.ts).
import type { Reading, Referent } from '../../core/layers.js';
import { namedTogether } from '../reading/subjects.js';
import { writerBefore, writingBeforeRecipient } from '../reading/writings.js';
import { closedAfterComma, conjunctionBefore, isInvertingCue, npRunStart } from './clauses.js';
import { briefedGroup, groupSubject, groupSubjectAnywhere, isPlural, jointGroup, shareBeforeWho, shareOf } from './groups.js';

/** The verb at `v` cues nothing (`not authorised to discuss …`, `the plan Roe announced`). */
export const NO_CUE = Symbol('no cue');

/**
 * The speaker of the cue at `v` in the sentence from `from`, `last` the speaker of the sentence's report
 * before it; null where the phrase names no one (the caller decides: a passive still reports).
 */
export function cueSpeaker(ctx: Reading, v: number, from: number, last: Referent | null): Referent | null | typeof NO_CUE {
  const { toks, subjectOf, sentenceSubject } = ctx;
  // (`… as “fantastic,” telling reporters …`: a comma inside the closing mark is the comma before the cue)
  const before = closedAfterComma(ctx, v) ? ',' : toks[v - 1]?.lower;
  const participle = /ing$/.test(toks[v].lower);
  // (`not authorised to discuss the case`: an infinitive reports nothing yet, unless a verb of going on
  // carries it: `Roe continued to insist that …`, `Vale went on to say that …`)
  if (before === 'to') {
    const carrier = carrierOf(ctx, v - 1, from);
    if (carrier >= 0) return subjectOf(carrier, from);
    return ledTo(ctx, v - 1, from) ?? NO_CUE;
  }
  if (participle) {
    // (`Roe is insisting that …`, `Vale began arguing that …`: a progressive or a verb of going on
    // before the participle makes it the clause's own verb)
    // (`Roe isn't saying …`, `Vale is now saying …`: past a negation or an adverb)
    let aux = v - 1;
    while (aux > from && (toks[aux].lower === "n't" || toks[aux].lower === 'not' || toks[aux].pos === 'ADV')) aux--;
    if (toks[aux]?.pos === 'AUX') return subjectOf(aux + 1, from);
    const carrier = carrierOf(ctx, v, from);
    if (carrier >= 0) return subjectOf(carrier, from);
    // `Roe left the hall, saying the vote was rigged`: a participle after a comma reports for the
    // sentence's subject (or the speaker just read).
    // (`… by saying he would …` too; `… with 50 percent saying she is prepared`: the group's)
    if (/^(?:speaking|talking|writing)$/.test(toks[v].lower)) return NO_CUE;
    // (`After saying the plant would close, Roe left`: the subject of the clause after the comma)
    if (v - 1 === from && /^(?:after|while|before|since)$/.test(before)) return subjectAfterComma(ctx, v);
    if (v - 1 <= from) return NO_CUE;
    // (`…, calling them liars and vowing to sue`: a participle joined to an earlier one shares its subject)
    // (`Roe changed her pick on the spot – saying …`: a dash, as a comma)
    // (`…, eventually saying …`, `…, while also suggesting …`: what stands before the adverbs)
    const lead = aux < v - 1 ? toks[aux].lower : before;
    const at = Math.min(aux, v - 1);
    if (!/^(?:,|by|in|while|after|before|when|and|then|–|—|-|--)$/.test(lead))
      return writerBefore(ctx, v, from) ?? groupSubjectAnywhere(ctx, v, from) ?? namedAfterWith(ctx, v, from);
    // (`“We will appeal,” Roe said, adding that …`: the speaker of the cue before the comma)
    return last ?? (lead === ',' ? speakerOfCueBefore(ctx, at, from) : null) ?? sentenceSubject(from, at);
  }
  const conjunction = conjunctionBefore(ctx, v, from);
  // `Roe said the plant would close and added that …`: the same speaker
  if (last && conjunction >= 0) return last;
  // `Roe praised the plan but said it came late`: the sentence's subject
  if (conjunction > from && toks[conjunction].lower === 'but') return sentenceSubject(from, conjunction);
  const subject = subjectOf(v, from);
  // (`Vale's letter to the council says`: the writing before its recipient, not the recipient)
  const r = writingBeforeRecipient(ctx, subject, from) ?? shareOf(ctx, subject, v, from) ?? groupSubject(ctx, v, from);
  const found = r ?? bareSubject(ctx, v, from) ?? briefedGroup(ctx, v, from) ?? shareBeforeWho(ctx, v, from);
  // (`Critics like Vale have said …`: the group the name is an example of)
  const example = found?.kind === 'name' ? exampleOf(ctx, found, from) : null;
  if (example) return example;
  if (found?.kind !== 'description') return found;
  // (`Roe and her aides said`, `The Roe campaign and some experts said`: whoever speaks with the group)
  const together = namedTogether(ctx, found, from);
  return together !== found ? together : (jointGroup(ctx, found, from) ?? found);
}

/**
 * `The anti-tax movement has argued that …`, `Republicans say …`: a noun phrase that opens the clause
 * right before the verb, whatever its head, a speaker of its own where the phrase readers, which know
 * people and organisations by their nouns, find none. Not inside a noun phrase (`the plan the council
 * announced`): what stands before it is the sentence's start, a comma or a conjunction; and the verb a
 * past or a `says` (`the larger challenge of …`, `sexist remarks to …`: nouns the tagger took for verbs).
 * Measured on PolNeAR train: indirect F1 69.2 → 69.4, end-to-end unchanged (the description is often a
 * person the article named, and scores as a wrong speaker).
 */
function bareSubject(ctx: Reading, v: number, from: number): Referent | null {
  const { toks, inQuote, skipFillersLeft } = ctx;
  const end = skipFillersLeft(v, from);
  let a = npRunStart(ctx, end, from);
  if (a === end || !/^(?:NOUN|PROPN)$/.test(toks[end - 1].pos) || !/(?:ed|said|told|wrote|says|say)$/.test(toks[v].lower)) return null;
  if (a - 1 >= from && toks[a - 1].pos === 'DET' && inQuote[a - 1] < 0) a--;
  const before = toks[a - 1];
  if (a > from && !(before.lower === ',' || before.pos === 'CCONJ' || before.pos === 'ADV')) return null;
  const first = toks[a].lower;
  return { kind: 'description', start: a, end, head: toks[end - 1].lower, definite: first === 'the' };
}

/** `…, with Roe calling for a ban`: a name between `with` and the participle. */
function namedAfterWith(ctx: Reading, v: number, from: number): Referent | null {
  const m = ctx.mentionAt.get(v);
  if (!m || m.tokenStart <= from || ctx.toks[m.tokenStart - 1].lower !== 'with') return null;
  return ctx.referent(m.tokenStart, m.tokenEnd);
}

/** `After saying …, Roe left`: the phrase that opens the main clause after the adverbial's comma. */
function subjectAfterComma(ctx: Reading, v: number): Referent | null {
  const { toks, inQuote, sentenceOfToken, sentences, npRight, mentionFrom, referent } = ctx;
  const end = sentences[sentenceOfToken[v]].tokenEnd;
  for (let i = v + 1; i < end; i++) {
    if (toks[i].lower !== ',' || inQuote[i] >= 0) continue;
    // (a name the tagger runs into its verb, `Roe left/NOUN the hall`: the name's own extent)
    const m = mentionFrom.get(i + 1);
    return m && m.tokenEnd <= end ? referent(i + 1, m.tokenEnd) : npRight(i + 1, end);
  }
  return null;
}

/**
 * How far before the comma a participle's cue is looked for: `Roe said at a rally in the capital on Monday,
 * adding …` (measured on PolNeAR train: 10 words +0.026 end to end over 6, 15 words +0.023).
 */
const CUE_BEFORE_COMMA = 10;

/** `… Roe said, adding`, `… said Roe, noting`: the speaker of a cue that ends right before the comma at `comma`. */
function speakerOfCueBefore(ctx: Reading, comma: number, from: number): Referent | null {
  const { toks, inQuote, isSpeechVerb, subjectOf, npRight } = ctx;
  let end = comma;
  let floor = Math.max(from, comma - CUE_BEFORE_COMMA);
  for (let k = comma - 1; k >= floor; k--) {
    if (inQuote[k] >= 0) return null;
    if (toks[k].lower === ',') {
      // (`said Dan Hale, a former mayor, adding …`: past an apposition after the speaker's name)
      if (k + 1 >= end || !/^(?:a|an|the|his|her|its|their)$/.test(toks[k + 1].lower)) return null;
      floor = Math.max(from, k - CUE_BEFORE_COMMA);
      end = k;
      continue;
    }
    if (!isSpeechVerb(k)) continue;
    // (`… told the hosts, adding`, `Vale praised Roe, stating`: the phrase after a verb not written before its
    // speaker is its object)
    const inverted = k + 1 < end && isInvertingCue(toks[k].lower) ? npRight(k + 1, end) : null;
    return inverted ?? subjectOf(k, from);
  }
  return null;
}

/**
 * `The timing led Republicans to say …`, `Roe was quick to point out …`: who a verb that makes someone
 * speak names before `to` at `to`, or the subject of `be` + an adjective of readiness; null for neither.
 */
function ledTo(ctx: Reading, to: number, from: number): Referent | null {
  const { toks, npLeft, subjectOf } = ctx;
  if (/^(?:quick|careful|eager|happy|keen|anxious|willing|ready|first|prepared)$/.test(toks[to - 1]?.lower ?? '')) {
    const be = to - 2;
    return be > from && /^(?:is|was|are|were|been|be)$/.test(toks[be].lower) ? subjectOf(be, from) : null;
  }
  const who = npLeft(to, from);
  if (!who || (who.kind === 'pronoun' && !/^(?:him|her|them)$/.test(toks[who.start].lower))) return null;
  return /^(?:led|lead|leads|prompted|prompting|prompt|prompts|forced|force|forces|pushed|pressed|caused|moved|spurred|compelled|inspired)$/.test(
    toks[who.start - 1]?.lower ?? '',
  )
    ? who
    : null;
}

/**
 * `continued to insist`, `went on to say`, `began arguing`, `kept saying`: the verb of going on before
 * `at` (a `to` or a participle) that carries the cue's report, or -1.
 */
function carrierOf(ctx: Reading, at: number, from: number): number {
  const { toks } = ctx;
  const k = at - 1;
  if (toks[k]?.lower === 'on' && k - 1 >= from && /^(?:go|goes|went|gone|going)$/.test(toks[k - 1].lower)) return k - 1;
  return k >= from && /^(?:continu|began|begin|begun|start|proceed|kept|keep)/.test(toks[k].lower) ? k : -1;
}

/**
 * `Critics like Vale have said …`, `Other candidates, including Vale, said …`, `unions such as Vale's`: a
 * plural that opens the clause, of which the name `r` is an example, with the name; null where none is.
 * Measured on PolNeAR train: one report more right, none lost.
 */
function exampleOf(ctx: Reading, r: Referent, from: number): Referent | null {
  const { toks } = ctx;
  let k = r.start - 1;
  if (toks[k]?.lower === ',') k--;
  const w = toks[k]?.lower;
  let m = k;
  if (w === 'as' && toks[k - 1]?.lower === 'such') m = k - 1;
  else if (w !== 'like' && w !== 'including') return null;
  if (toks[m - 1]?.lower === ',') m--;
  const a = npRunStart(ctx, m, from);
  if (a === m || !isPlural(toks[m - 1])) return null;
  if (a > from && !/^(?:,|and|but|;|:)$/.test(toks[a - 1].lower) && toks[a - 1].pos !== 'SCONJ' && toks[a - 1].pos !== 'CCONJ') return null;
  return {
    kind: 'description',
    start: a,
    end: r.nameEnd ?? r.end,
    head: toks[m - 1].lower,
    definite: toks[a].lower === 'the',
    group: true,
  };
}
