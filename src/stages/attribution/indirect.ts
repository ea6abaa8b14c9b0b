// Reported speech without quotation marks (ANNOTATION.md §2): a speech cue that attributes to someone
// words the text paraphrases. The shapes, read sentence by sentence outside quotes:
//   speaker–cue–content   `Roe said (that) the plant would close`, `Vale told reporters that …`, and each
//                         later cue of the sentence (`…, adding that …`, `… and said …`, `by saying …`)
//   content–cue–speaker   `The plant will close, Roe said.`, `…, said a spokeswoman for the council.`
//   according to          `According to the ministry, talks resume in May.`, `…, according to Roe.` (according.ts)
//   no speaker            `It was announced that …`, `Asked whether …,` (speaker null)
// Groups and shares that speak (`49% said`) are read in groups.ts, clause edges in clauses.ts.
// The content must be a clause of its own (a verb outside quotes) and not a quotation already: `Roe said:
// “…”` and `“…,” Roe said.` are direct quotes. Thoughts and hopes are not speech: only speech verbs cue.
// A naming verb reports a clause (`described the town as a place that had lost its plant`) or what it
// calls for (`called for new elections`), not a name it gives (`called the plan “a farce”`: no clause).
import type { Reading, Referent } from '../../core/layers.js';
import { DATE_WORD, PARTICLE_VERBS, TOPIC_PARTICLES } from '../../nlp/lexicon.js';
import { NAMING_VERBS } from '../reading/reading.js';
import { namedTogether } from '../reading/subjects.js';
import { accordingTo, sourceBefore } from './according.js';
import { thatPastAdjuncts } from './adjuncts.js';
import { insideDoubleApostrophes, isDoubleApostrophe } from './apostrophes.js';
import { askedBy } from './asked.js';
import {
  addresseeWord,
  adverbialOnly,
  afterBe,
  approximates,
  clauseEnd,
  controlled,
  firstComma,
  goesOnPastQuote,
  hasFiniteClause,
  isClause,
  isPassiveIt,
  MIN_WORDS,
  MIN_WORDS_WITH_SUBJECT,
  notAReportCue,
  pastDay,
  pastOfPhrase,
  phoneCall,
  quotedAfter,
  quotedLater,
  roleAfter,
  SUBORDINATORS,
  withThat,
  wordBeforeQuote,
} from './clauses.js';
import { cueSpeaker, NO_CUE } from './cue-speaker.js';
import { groupSubject } from './groups.js';
import { isTitleCase } from './is-quote.js';
import { nounReport } from './noun-reports.js';

export interface IndirectFound {
  /** The content, in tokens [start, end). */
  start: number;
  end: number;
  /** The speaker's phrase; null for a report the text gives no speaker (`It was announced that …`). */
  ref: Referent | null;
  /** The cue's tokens [verb, cueEnd). */
  verb: number;
  cueEnd: number;
  via: 'indirect-cue-before' | 'indirect-cue-after' | 'indirect-according-to' | 'indirect-passive';
}

/** How far a cue after its content may stand from the sentence's end, an apposition to its speaker aside: `…, Roe said on Monday.` */
const CUE_AFTER_SPAN = 8;

/** Each article's reported speech, read once for the sieve that gives its speaker to the quotes inside it and for the stage. */
const reports = new WeakMap<Reading, IndirectFound[]>();
export function reportsOf(ctx: Reading): IndirectFound[] {
  let found = reports.get(ctx);
  if (!found) reports.set(ctx, (found = findIndirect(ctx)));
  return found;
}

export function findIndirect(ctx: Reading): IndirectFound[] {
  const out: IndirectFound[] = [];
  for (const s of ctx.sentences) {
    const para = ctx.paragraphs[s.paragraph];
    if (para.heading || para.boilerplate) continue;
    const end = contentEnd(ctx, s.tokenStart, s.tokenEnd);
    // `Roe announced that the plant would close, according to the union`: the verb's subject speaks; `according to` names a source.
    const cue = cueBefore(ctx, s.tokenStart, s.tokenStart, end, null);
    const source = accordingTo(ctx, s.tokenStart, end);
    let found =
      cue ??
      source ??
      cueAfter(ctx, s.tokenStart, end, s.tokenEnd) ??
      askedBy(ctx, s.tokenStart, end) ??
      nounReport(ctx, s.tokenStart, end);
    // (a title-case line the paragraphs stage did not flag, `Mayor Says Rates Will Rise`: is-quote's test,
    // read only where a report was found — most sentences have none)
    if (found && isTitleCase(ctx.text.slice(s.start, s.end))) continue;
    // `The plant will close, according to the union, a move aides said was long planned`: the source's
    // report comes first, then the cue's later in the sentence.
    const first = cue && source && sourceBefore(ctx, source, cue);
    if (first) out.push(first);
    // (`The plant will close, Roe said, adding that …`: the words before a participle's comma report too)
    const comma = cue && !first && ctx.toks[cue.verb - 1]?.lower === ',' ? cue.verb - 1 : -1;
    const before = comma > s.tokenStart ? cueAfter(ctx, s.tokenStart, comma, s.tokenEnd) : null;
    if (before && before.end <= comma) out.push(before);
    // (`Asked whether the plant would close, Roe said …`: the question put, then the answer's report)
    const asked = cue && ctx.toks[s.tokenStart].lower === 'asked' ? askedBy(ctx, s.tokenStart, end) : null;
    if (asked && cue && asked.end <= Math.min(cue.ref?.start ?? cue.verb, cue.verb)) out.push(asked);
    // `Roe said the plant would close, adding that jobs would move`: each cue reports what follows it, up to the next.
    while (found) {
      out.push(found);
      found = cueBefore(ctx, s.tokenStart, found.end, end, found.via === 'indirect-cue-before' ? found.ref : null);
    }
  }
  // (`''We lost. The mayor says they lied,'' Vale said`: no report starts inside quoted words, the quoted speaker's)
  return out.filter((f) => !insideDoubleApostrophes(ctx, f.start)).map((f) => ({ ...f, start: withThat(ctx, f.start, f.cueEnd) }));
}

/** The sentence's last token of content: its final full stop (and a bracket or mark after it) left out. */
function contentEnd(ctx: Reading, from: number, to: number): number {
  let end = to;
  while (end > from && (ctx.toks[end - 1].pos === 'PUNCT' || ctx.toks[end - 1].pos === 'SPACE') && ctx.inQuote[end - 1] < 0) end--;
  return end;
}

/** A cue written with a capital inside its line (`Ross Says Rates Will Rise`): a headline's words, no report. */
const titleCased = (ctx: Reading, v: number): boolean => /^\p{Lu}/u.test(ctx.tokenText(v));

/** `Roe said (on Monday) (that) …`, `Vale told reporters that …`: the first speech verb with a subject. */
function cueBefore(ctx: Reading, from: number, at: number, end: number, last: Referent | null): IndirectFound | null {
  const { toks, inQuote, isSpeechVerb } = ctx;
  for (let v = at; v < end - MIN_WORDS_WITH_SUBJECT; v++) {
    // (naming verbs report too: `Roe described the plan as a failure`, `Vale praised the staff's work`)
    if (inQuote[v] >= 0 || !isSpeechVerb(v) || titleCased(ctx, v) || notAReportCue(ctx, v)) continue;
    // (`Roe called Wednesday for …`: past a day)
    const day = pastDay(ctx, v + 1, end) - v - 1;
    const callFor = /^call/.test(toks[v].lower) && /^(?:for|on)$/.test(toks[v + 1 + day]?.lower ?? '');
    const speaker = cueSpeaker(ctx, v, from, last);
    if (speaker === NO_CUE) continue;
    let ref = speaker;
    // `It was announced that …`, `it has been reported that …`: a report with no speaker in the text
    const passive = isPassiveIt(ctx, v, from);
    // (`Roe was asked to speak`, `Vale was told the plant would close`: a passive's subject is spoken to,
    // its speaker not in the text. Measured on PolNeAR train: reporting these with no speaker, or with
    // their subject, scored 0.2 lower end to end than leaving them out.)
    // (`Vale is reported to have said …` is a hedged report of Vale's own: read below)
    const hedged = toks[v + 1]?.lower === 'to' && toks[v + 2]?.lower === 'have';
    // (`Roe was once asked which …`, `Vale was also told …`: past an adverb)
    if (!passive && !hedged && afterBe(ctx, v, from) && /(?:ed|told)$/.test(toks[v].lower)) continue;
    if (passive) ref = null;
    // (`the plan Roe announced was …`: a verb inside a noun phrase reports nothing)
    else if (!ref) continue;
    if (callFor) {
      // `Roe called for new elections`, `Vale called on the council to sell`: what was asked for
      const c = v + 2 + day;
      const stop = clauseEnd(ctx, c, end);
      if (stop - c >= 2 && inQuote[c] < 0)
        return { start: c, end: stop, ref, verb: v, cueEnd: day ? v + 1 : v + 2, via: 'indirect-cue-before' };
      continue;
    }
    let c = contentStart(ctx, v, end);
    if (saysNoReport(ctx, v, c, end, passive)) continue;
    // `Roe said: “…”`, `Roe said, “…”`: a direct quote follows (or one in marks the quotes stage does not
    // read, `''…''`). What follows a verb without `that` is kept whatever it starts with: `Roe complained
    // about the delays`, `Vale accused the board of stalling` report speech too (measured on PolNeAR
    // train: requiring a subject-like start gained 4 points of precision and lost 4 of recall).
    // (`Roe added that, in the end, the plan failed`: a comma after `that` opens an adverbial, not a quotation;
    // `“…,” Roe said, adding that …`: a later cue of the sentence may still report)
    const afterThat = toks[c - 1].lower === 'that';
    // (`“We won,” Roe said at the rally as …`, `… said Saturday at the rally, which …`: the cue of the quotation before it)
    if (!afterThat && ref && toks[pastDay(ctx, c, end)]?.pos === 'ADP' && inQuote[Math.min(ref.start, v) - 1] >= 0) continue;
    // (`the email was first reported by the wire`: `by` names the agent or the means, no report)
    if (!afterThat && toks[c]?.lower === 'by') continue;
    if (pastMark(ctx, v, c, end, ref)) c++;
    if (
      c >= end ||
      (inQuote[c] >= 0 && !afterThat && !goesOnPastQuote(ctx, c, end)) ||
      (/^[:,]$/.test(toks[c].lower) && !afterThat) ||
      /^['`]/.test(toks[c].lower)
    )
      continue;
    if (afterThat && toks[c].lower === ',') c++;
    // (`she laughed and admitted …`: a verb joined to the cue's, not what it reports)
    if (toks[c].pos === 'CCONJ' && !afterThat) continue;
    let stop = clauseEnd(ctx, c, end);
    // `While Roe has pledged to stay, Vale said …`: a cue in a clause that opens the sentence reports
    // up to that clause's comma; so does a cue in a relative clause (`Roe, who said the plant would
    // close, left early`).
    const relative = /^(?:who|which)$/.test(toks[ctx.skipFillersLeft(v, from) - 1]?.lower ?? '');
    if (SUBORDINATORS.has(toks[from].lower) || relative) stop = firstComma(ctx, c + 1, stop);
    // (words that are no clause, `Roe told the staff at the event and said …`, leave the sentence's later
    // cues to report; a verb that judges or pledges reports its object, `Vale criticised the sale`)
    const object = (OBJECT_CUES.test(toks[v].lower) || topicAt(ctx, v)) && stop - c >= 3 && inQuote[c] < 0 && toks[c - 1]?.lower !== 'that';
    // (`said that the law unfairly targets workers`: after `that`, a clause whatever the light tagger made
    // of its verb — the tagger of paragraphs with no quotation, so none in the clause either. Measured on
    // PolNeAR train: indirect F1 +0.1, end to end the same.)
    const thatClause = afterThat && stop - c >= MIN_WORDS && !quotedLater(ctx, c, stop);
    if (!isClause(ctx, c, stop) && !object && !thatClause && !controlled(ctx, v, c, stop)) continue;
    return { start: c, end: stop, ref, verb: v, cueEnd: v + 1, via: passive ? 'indirect-passive' : 'indirect-cue-before' };
  }
  return null;
}

/**
 * Does the report start past the mark right after the cue at `v` (content from `c`), no quotation after
 * it? A comma after an `as` cue (`As the Ledger reported, the plant will close`; any cue before a comma was
 * measured on PolNeAR train: a third of what it added was right, `Roe says, win or lose, …` among the few),
 * and a colon (`Vale added: the plant will close in May`).
 */
function pastMark(ctx: Reading, v: number, c: number, end: number, ref: Referent | null): boolean {
  const { toks, inQuote } = ctx;
  const mark = toks[c]?.lower;
  // (`as Vale pointed out, …`: past the verb's particle)
  const particle = /^(?:out|up|back)$/.test(toks[v + 1]?.lower ?? '');
  if (
    c !== v + 1 + (particle ? 1 : 0) ||
    c + 1 >= end ||
    inQuote[c + 1] >= 0 ||
    /^['`]/.test(toks[c + 1].lower) ||
    quotedLater(ctx, c + 1, end)
  )
    return false;
  return mark === ':' || (mark === ',' && !!ref && toks[ref.start - 1]?.lower === 'as');
}

/**
 * Where what the cue at `v` reports starts: past a particle (`pointed out that`), whoever is spoken to
 * (`told reporters that`), a hedge (`is reported to have said that`), and adverbials up to `that`.
 */
function contentStart(ctx: Reading, v: number, end: number): number {
  const { toks, isSpeechVerb, addresseeAfter } = ctx;
  let c = v + 1;
  // `pointed out that`, `shot back that` (not `on`: `said on stage`)
  if (/^(?:out|up|back)$/.test(toks[c]?.lower ?? '') || topicAt(ctx, v)) c++;
  const addressee = addresseeAfter(v, end);
  const tell = /^(?:told|tell|tells|telling)$/.test(toks[v].lower);
  // (`asked the council to wait`, `urged voters to stay home`: the one asked is part of what was asked)
  const askedTo = /^(?:ask|urg|encourag|invit|press|beg|implor|order)/.test(toks[v].lower) && toks[addressee?.end ?? -1]?.lower === 'to';
  if (addressee && !askedTo) c = addressee.end;
  else if (tell && addresseeWord(ctx, c)) c++;
  else if (tell && /^(?:a|an|the)$/.test(toks[c]?.lower ?? '')) {
    // (`told a crowd at the fair that …`, `told a news briefing that …`: whoever `told` names first is
    // spoken to, a noun phrase the phrase readers know no person by, a noun in -ing inside it too)
    const ingNoun = (i: number) => /ing$/.test(toks[i].lower) && toks[i].pos === 'VERB' && toks[i - 1].pos === 'NOUN';
    for (c++; c < end && (ctx.isNpToken(c) || ingNoun(c)) && toks[c].pos !== 'PRON'; ) c++;
  }
  if (tell && c > v + 1) c = pastOfPhrase(ctx, c, end);
  // `Vale is reported to have said that …`: the report is the inner cue's
  if (toks[c]?.lower === 'to' && toks[c + 1]?.lower === 'have' && isSpeechVerb(c + 2)) c += 3;
  const t = thatPastAdjuncts(ctx, c, end);
  if (t !== c) return t;
  // (`said Friday the plant would close`, `said on Friday the …`: the day says when, the clause is after
  // it; PolNeAR train: 12 spans more as the annotators cut them, end to end the same)
  const on = toks[c]?.lower === 'on' ? c + 1 : c;
  const day = pastDay(ctx, on, end);
  return day > on && /^(?:DET|NOUN|PROPN|PRON|NUM|ADJ)$/.test(toks[day]?.pos ?? '') ? day : c;
}

/**
 * Does what follows the cue at `v` (from `c`) say how, when or where, or name a topic, rather than report?
 * A passive with `it` reports only with `that`.
 */
function saysNoReport(ctx: Reading, v: number, c: number, end: number, passive: boolean): boolean {
  const { toks } = ctx;
  const that = toks[c - 1]?.lower === 'that';
  if (passive && !that) return true;
  // (`Roe conceded when the polls closed`, `Vale wrote after the vote`: an adverbial clause says when, not what)
  if (!that && SUBORDINATORS.has(toks[c]?.lower ?? '') && toks[c].lower !== 'if') return true;
  // `Roe continued to campaign`, `Vale responded to the letter`, `the state party`, `declared the winner`:
  // verbs whose bare object is no report, or nouns as often as verbs, report only with `that`.
  if (NEEDS_THAT.test(toks[v].lower) && !that && !topicAt(ctx, v)) return true;
  if (!that && phoneCall(ctx, v, c, end)) return true;
  // (`Roe said of the mayor: “…”`: the topic of a quotation that follows)
  if (toks[c]?.lower === 'of' && /^(?:said|says|say)$/.test(toks[v].lower)) return true;
  // (`Roe won Ohio, adding to her lead`: what `add to` takes is a sum, not words)
  if (/^add/.test(toks[v].lower) && !that && toks[c]?.lower === 'to' && toks[c + 1]?.pos !== 'VERB') return true;
  // (`Roe said during a debate on Monday`, `Vale said at the outset`, `Roe said Monday at the hall`,
  // `Vale wrote in a letter to the board`: where and when, no report;
  // `Roe said in politics it takes time`: a clause after the adverbial is one)
  if (
    /^(?:said|says|say|told|tell|tells|wrote|writes|write|called|calls)$/.test(toks[v].lower) &&
    !that &&
    !hasFiniteClause(ctx, c, end) &&
    ((toks[c].pos === 'ADP' && !approximates(ctx, c)) || DATE_WORD.test(toks[c].lower) || mannerOnly(ctx, c)) &&
    !/^(?:that|if|whether)$/.test(toks[c].lower)
  )
    return true;
  return false;
}

/** `Roe said carefully, as …`, `Vale said happily on the radio`: an adverb of manner, then a comma or a place. */
const mannerOnly = ({ toks }: Reading, c: number): boolean =>
  toks[c].pos === 'ADV' && /ly$/.test(toks[c].lower) && (toks[c + 1]?.lower === ',' || toks[c + 1]?.pos === 'ADP');

/**
 * `Roe talked about the delays`, `Vale spoke of reform`: what a verb of talking is about is what it reports
 * (measured on PolNeAR train: every report it added matched one of the gold; end to end +0.03 with the
 * verbs' entry in the lexicon, `of` +0.012 more).
 */
const topicAt = ({ toks }: Reading, v: number): boolean => {
  const particle = toks[v + 1]?.lower ?? '';
  if (!TOPIC_PARTICLES.has(particle)) return false;
  return /^(?:spoke|speaks)$/.test(toks[v].lower) ? particle !== 'to' : !!PARTICLE_VERBS[toks[v].lower]?.includes(particle);
};

/**
 * Verbs that judge, pledge or deny, whose object is what was said even without a verb of its own (`Vale
 * criticised the council's handling of the sale`, `Roe pledged a new plant`). Measured on PolNeAR train:
 * 78% of the reports they add match, as the others do; indirect F1 +0.1.
 */
const OBJECT_CUES =
  /^(?:cit|criticiz|criticis|slam|prais|blast|denounc|tout|propos|pledg|promis|demand|deni|deny|dismiss|condemn|decr|endors)/;

/**
 * Cues that report only before `that` (each form: `continues`, `responded`, `states`; `posted a video`,
 * `outlined a plan`, `requested a recount`, `can add a title` report nothing. Measured on PolNeAR train
 * for post, outline, request, reason, answer and bare `add`: end to end +0.11).
 */
const NEEDS_THAT =
  /^(?:continu|respond|speak|spoke|address|interrupt|maintain|welcom|head|declar|charg|mention|attack|state|email|post|outlin|request|reason|answer|add$)/;

/** `The plant will close, Roe said.`, `…, said a spokeswoman.`: a comma, then the cue at the sentence's end. */
function cueAfter(ctx: Reading, from: number, end: number, sentenceEnd: number): IndirectFound | null {
  const { toks, inQuote, isSpeechVerb, npLeft, npRight } = ctx;
  for (let v = from + 1; v < end; v++) {
    // (`…, saying they would appeal`: a participle after a comma reports what follows it — cueBefore's)
    if (inQuote[v] >= 0 || !isSpeechVerb(v) || NAMING_VERBS.has(toks[v].lower) || titleCased(ctx, v) || /ing$/.test(toks[v].lower))
      continue;
    let comma = -1;
    let ref: Referent | null = null;
    let after = v + 1;
    // (`He was a “fine manager,” Roe said.`: the comma inside the closing mark, after a clause the
    // writer opened)
    const markComma = (i: number) =>
      toks[i]?.lower === ',' ? i : inQuote[i] >= 0 && wordBeforeQuote(ctx, from) && toks[i - 1]?.lower === ',' ? i - 1 : -1;
    if (markComma(v - 1) >= 0) {
      comma = markComma(v - 1);
      ref = npRight(v + 1, end); // `…, said Roe.`
      if (ref) after = ref.nameEnd ?? ref.end;
    } else {
      ref = npLeft(ctx.skipFillersLeft(v, from), from); // `…, Roe said.`, `…, Roe later said.`
      // (`…, Roe and Vale said.`: together)
      if (ref) ref = namedTogether(ctx, ref, from);
      if (ref && markComma(ref.start - 1) >= 0) comma = markComma(ref.start - 1);
      // (`…, as union leaders point out.`)
      else if (ref && toks[ref.start - 1]?.lower === 'as' && toks[ref.start - 2]?.lower === ',') comma = ref.start - 2;
    }
    // Past the cue and its speaker, only a few words of time or place, or an apposition to the end:
    // `…, said Dana Cole, who runs the clinic.` (`…, Roe said, and the board agreed …` reports more).
    const far = end - after > CUE_AFTER_SPAN;
    if (far && toks[after]?.lower !== ',') continue;
    // (`Whatever gains were made, officials said, have been lost`, `The plant closed, Roe said, after the
    // vote`: the clause goes on after the cue, unless a conjunction, a quotation or an apposition to the
    // speaker follows: `…, said Dana Cole, who runs the clinic`, `…, Roe said, a week after the vote`)
    const next = toks[after + 1];
    // (a cue between commas with a few words after it goes on too: `The case would be helped, Vale
    // said, by the new calendar`; measured on PolNeAR train: end to end +0.05)
    const goesOn =
      (far || (toks[after]?.lower === ',' && end - after > 3)) &&
      next?.pos !== 'CCONJ' &&
      inQuote[after + 1] < 0 &&
      !/^(?:['`].*|who|whose|which|a|an)$/.test(next?.lower ?? '') &&
      !roleAfter(ctx, after + 1);
    // (`“…,” Roe said.`: a quotation that opens the sentence and closes before the comma is a direct
    // quote's — `He was a “fine manager,” Roe said` reports a clause that quotes its last words; `Asked
    // why, he said, “…”`: so is a quotation after the cue)
    if (!ref || comma <= from || (inQuote[comma - 1] >= 0 && inQuote[from] >= 0) || quotedAfter(ctx, v, sentenceEnd, ref)) continue;
    if (!isClause(ctx, from, comma) || adverbialOnly(ctx, from, comma)) continue;
    if (goesOn) return { start: from, end, ref, verb: v, cueEnd: v + 1, via: 'indirect-cue-after' };
    // (the closing mark after an inner comma ends the content with it: `a “fine manager,”`)
    const close = inQuote[comma + 1] >= 0 && toks[comma + 1].lower !== ',' ? comma + 2 : comma;
    return { start: from, end: close, ref, verb: v, cueEnd: v + 1, via: 'indirect-cue-after' };
  }
  // `The years that followed, Roe said, brought a shift.`: a cue between commas inside the clause; the
  // content is the sentence around it.
  for (let v = from + 2; v < end - 2; v++) {
    if (inQuote[v] >= 0 || !isSpeechVerb(v) || NAMING_VERBS.has(toks[v].lower)) continue;
    // (`The solution, Roe told them, was simple`: past whoever the cue addresses)
    if (toks[ctx.addresseeAfter(v, end)?.end ?? v + 1]?.lower !== ',') continue;
    // (`That view, many argue, is wrong`: a quantifier alone speaks for the people it counts)
    const ref = npLeft(v, from) ?? groupSubject(ctx, v, from);
    if (!ref || toks[ref.start - 1]?.lower !== ',' || ref.start - 1 <= from) continue;
    // (`It is time to lead, Roe said, ''not by fear.''`: marks of two apostrophes after the cue quote the
    // rest; the words before the cue are reported)
    if (quotedAfter(ctx, v, sentenceEnd, ref)) {
      const marks = isDoubleApostrophe(ctx, v + 2) && !quotedLater(ctx, from, ref.start - 1);
      if (marks && isClause(ctx, from, ref.start - 1))
        return { start: from, end: ref.start - 1, ref, verb: v, cueEnd: v + 1, via: 'indirect-cue-after' };
      continue;
    }
    if (!isClause(ctx, from, end) || inQuote[ref.start - 2] >= 0) return null;
    return { start: from, end, ref, verb: v, cueEnd: v + 1, via: 'indirect-cue-after' };
  }
  return null;
}
