// The clause readers of reported speech: whether a span is a clause of its own, and where a reported clause
// ends. Marks of two apostrophes (`''…''`), which the quotes stage does not read, count as quotation marks.
import type { Reading, Referent } from '../../core/layers.js';
import { DATE_WORD, isRoleWord } from '../../nlp/lexicon.js';
import { isDoubleApostrophe } from './apostrophes.js';

/** The fewest words a reported clause has: `Roe said no.` reports nothing a reader needs as a quote. A subject
 * pronoun and a verb make three enough (`Roe later said he was joking`; PolNeAR train: indirect F1 +0.1, three words of
 * any kind scoring as four), and so do a bare noun and its finite verb (`said prices were high`: train +5 reports). */
export const MIN_WORDS = 4;
export const MIN_WORDS_WITH_SUBJECT = 3;

/** Pronouns that open a clause as its subject: `he said`, `… and she added`, `told reporters it would …`. */
export const SUBJECT_PRONOUN = /^(?:he|she|it|they|we|i)$/;

/** `it's`, `they're`, `don't`: a verb written as a contraction (tagged a particle where wink did not parse). */
function isContractedVerb(ctx: Reading, i: number): boolean {
  const w = ctx.toks[i].lower;
  if (/^(?:n't|'re|'ve|'ll|'m)$/.test(w)) return true;
  return (w === "'s" || w === "'d") && ctx.toks[i - 1]?.pos === 'PRON';
}

/**
 * Where a report at `c` after its cue (ending at `cueEnd`) starts with its `that`: `Roe said that the plant would
 * close` reports `that the plant would close` (PolNeAR's gold includes it every time; train end to end +0.06).
 */
export const withThat = (ctx: Reading, c: number, cueEnd: number): number =>
  ctx.toks[c - 1]?.lower === 'that' && c - 1 >= cueEnd ? c - 1 : c;

/**
 * Does a quotation whose last word is a comma close right before `i` (`“fantastic,” telling …`,
 * `''Morning Joe,'' adding …`)? Then the comma is the sentence's, before the word at `i`.
 */
export function closedAfterComma(ctx: Reading, i: number): boolean {
  const { toks, inQuote } = ctx;
  if (inQuote[i] >= 0) return false;
  if (inQuote[i - 1] >= 0) return toks[i - 2]?.lower === ',';
  return i >= 3 && isDoubleApostrophe(ctx, i - 2) && toks[i - 3].lower === ',';
}

/** Does a quotation open right after the cue at `v` and its speaker (`he said, “…”`, `said Roe: ''…''`)? */
export function quotedAfter(ctx: Reading, v: number, to: number, ref: Referent): boolean {
  let i = Math.max(v, ref.end - 1) + 1;
  while (i < to && /^[,:]$/.test(ctx.toks[i].lower)) i++;
  return i < to && (ctx.inQuote[i] >= 0 || isDoubleApostrophe(ctx, i));
}

/** `to find a compromise`: a lower-case word after `to` that no closed class claims is a verb (the light tagger calls it a noun). */
export function isInfinitive(ctx: Reading, i: number): boolean {
  const t = ctx.toks[i];
  return ctx.toks[i - 1]?.lower === 'to' && t.pos === 'NOUN' && /^\p{Ll}/u.test(ctx.tokenText(i));
}

/** `in politics it takes time`: a subject pronoun or an auxiliary, a finite clause after an adverbial. */
export function hasFiniteClause(ctx: Reading, a: number, b: number): boolean {
  for (let i = a; i < b && i < a + 12; i++) {
    const t = ctx.toks[i];
    // (`said at the rally, “We will win”`: a quotation after a comma or colon is a direct quote's; `said at
    // the hearing that the plan “is open”`: words quoted inside the clause are the clause's)
    if (ctx.inQuote[i] >= 0) {
      if (i === a || (ctx.inQuote[i - 1] < 0 && /^[,:]$/.test(ctx.toks[i - 1].lower))) return false;
      continue;
    }
    // (`said during his bid to be a delegate`: `be` after `to` is no finite verb)
    if ((t.pos === 'AUX' && ctx.toks[i - 1]?.lower !== 'to') || isContractedVerb(ctx, i) || SUBJECT_PRONOUN.test(t.lower)) return true;
  }
  return false;
}

/** Is [a, b) a clause of its own: enough words, a verb (quoted or not), not mostly a quotation? */
export function isClause(ctx: Reading, a: number, b: number): boolean {
  const { toks, inQuote } = ctx;
  let words = 0;
  let quoted = 0;
  let verb = false;
  // `''It was booming,'' Roe said`: marks of two apostrophes (or backticks), which the quotes stage does
  // not read, still quote; the words between them count as quoted.
  let inMarks = false;
  for (let i = a; i < b; i++) {
    if (isDoubleApostrophe(ctx, i)) {
      inMarks = !inMarks;
      i++;
      continue;
    }
    if (toks[i].pos === 'PUNCT' || toks[i].pos === 'SPACE') continue;
    words++;
    if (inQuote[i] >= 0 || inMarks) quoted++;
    if (toks[i].pos === 'VERB' || toks[i].pos === 'AUX' || isContractedVerb(ctx, i) || isInfinitive(ctx, i)) verb = true;
  }
  // A partial quote inside is the clause's (`said the plan “has no future,”`), a whole quote is direct; a
  // subject pronoun opens a clause whatever the tagger made of its verb (`they only buy local`).
  const subject = SUBJECT_PRONOUN.test(toks[a]?.lower ?? '') && inQuote[a] < 0;
  // (`Roe said Vale “has no plan at all”`: the writer's subject, then the speaker's words)
  const quotedPredicate = words - quoted === 1 && inQuote[a] < 0 && /^(?:PROPN|PRON|NOUN)$/.test(toks[a]?.pos ?? '') && inQuote[a + 1] >= 0;
  const nounSubject = /^(?:NOUN|PROPN) (?:AUX|VERB)$/.test(`${toks[a]?.pos} ${toks[a + 1]?.pos}`) && !/ing$/.test(toks[a + 1].lower);
  return (
    (words >= MIN_WORDS || ((subject || nounSubject) && verb && words >= MIN_WORDS_WITH_SUBJECT && quoted === 0)) &&
    (verb || subject) &&
    (words - quoted >= 2 || quotedPredicate)
  );
}

/** A subject pronoun or a name of up to three words from `k`, then a finite speech verb (`she said`, `Tom Vale insists`). */
function namedCueAt(ctx: Reading, k: number): boolean {
  const { toks, inQuote } = ctx;
  let v = k;
  if (/^(?:he|she|they)$/.test(toks[k]?.lower ?? '')) v = k + 1;
  else while (toks[v]?.pos === 'PROPN' && v < k + 3) v++;
  return v > k && inQuote[v] < 0 && ctx.isSpeechVerb(v) && !/ing$/.test(toks[v].lower);
}

/** A noun phrase of up to six words from `k`, then a speech verb: the sentence's next report. */
function subjectThenCue(ctx: Reading, k: number): boolean {
  const { toks } = ctx;
  for (let j = k; j < k + 8 && j < toks.length; j++) {
    // (a finite cue: not `… and hundreds of thousands in speaking fees`)
    if (j > k && ctx.isSpeechVerb(j) && !/ing$/.test(toks[j].lower) && !/^(?:DET|ADP)$/.test(toks[j - 1].pos)) return true;
    if (!/^(?:DET|ADJ|NUM|NOUN|PROPN|ADP|PRON|AUX|PART)$/.test(toks[j].pos) || ctx.inQuote[j] >= 0) return false;
  }
  return false;
}

/**
 * Where a reported clause that starts at `c` ends: at a semicolon or colon, or where the sentence goes
 * on past the report — to the speaker's next cue (`…, adding that …`, `… and she accused …`), a source
 * (`… according to …`), a contrast (`…, but turnout was high`, `…, whereas …`, `… despite the delay`).
 * (Cutting before every `and`/`but` that starts a verb, `… but would not give details`, was measured on
 * PolNeAR train and lost a point: as often the report's own verb, `… would close and move abroad`.)
 */
export function clauseEnd(ctx: Reading, c: number, end: number): number {
  const { toks, inQuote } = ctx;
  // (`Roe said the plan was ''dead, gone, buried,'' and …`: never inside marks of two apostrophes)
  // (and never before MIN_WORDS words: `Roe said the plan, a bold one, …` is not cut at its first comma)
  let inMarks = false;
  for (let i = c; i < end; i++) {
    if (isDoubleApostrophe(ctx, i)) inMarks = !inMarks;
    if (inQuote[i] >= 0 || inMarks) continue;
    const w = toks[i].lower;
    // (`hailed the vote as “fantastic,” telling reporters …`: the comma inside the closing mark)
    if (i > c && closedAfterComma(ctx, i) && toks[i].pos === 'VERB' && /ing$/.test(w) && ctx.isSpeechVerb(i)) return i;
    // `…, saying …`, `…, noting …`: a participle after a comma is the speaker's next cue, however early.
    // (`…, pointedly saying …`, `…, only noting …`: past an adverb)
    const p = w === ',' && toks[i + 1]?.pos === 'ADV' ? i + 2 : i + 1;
    if (w === ',' && toks[p]?.pos === 'VERB' && /ing$/.test(toks[p].lower) && ctx.isSpeechVerb(p) && inQuote[p] < 0) return i;
    if (i < c + MIN_WORDS) continue;
    // (`Roe said the plan had one flaw: it came late`: a colon goes on, not before a quotation; train +0.06)
    if (w === ';' || (w === ':' && (inQuote[i + 1] >= 0 || isDoubleApostrophe(ctx, i + 1)))) return i;
    const next = toks[i + 1];
    if (!next || inQuote[i + 1] >= 0) continue;
    // (`…, while 22 percent said …`: a contrast, often the next report)
    if (w === ',' && /^(?:according|whereas|while|despite)$/.test(next.lower)) return i;
    if (w === 'despite') return i;
    // (`Roe said the plant would close, a move the union called a betrayal`: an indefinite apposition
    // after a whole clause is the writer's comment on it; `the plant, a big employer, would close` goes on.
    // Measured on PolNeAR train: indirect F1 +0.3, where cutting at `, the` lost 0.2 and at `, which` or a
    // spaced dash, or a participle after a comma, scored the same or lower.)
    if (w === ',' && /^(?:a|an)$/.test(next.lower) && isClause(ctx, c, i)) return i;
    // (`…, but that the vote would wait`: a second clause the same cue reports, as `, and that` is below;
    // `the plan was sound, but is late`, `…, but not yet`, `…, but also costly`: the same clause's subject
    // goes on. Measured on PolNeAR train: end to end +0.06.)
    if (w === ',' && next.lower === 'but' && toks[i + 2]?.lower !== 'that' && !/^(?:AUX|ADV|PART)$/.test(toks[i + 2]?.pos ?? '')) return i;
    // (`Roe said the plant would close, and her staff began packing`: a clause with a subject of its own
    // after `, and` is the writer's. Measured on PolNeAR train: indirect F1 +0.1; cutting at `, which`
    // scored the same and at `, compared with` 0.3 lower: annotators keep those in the report.)
    const third = toks[i + 2];
    if (w === ',' && next.lower === 'and' && third && /^(?:PRON|DET|PROPN)$/.test(third.pos) && third.lower !== 'that') return i;
    if (w === 'according' && next.lower === 'to') return i;
    // (`…, warning the plant would close, she said the union had agreed`, `… while Vale insists the vote was
    // fair`, `… though Vale said …`: a clause of its own, a pronoun or a name and its speech verb, is the next report. Measured on
    // PolNeAR train: end to end +0.04, where any noun phrase before a cue cost 0.05.)
    if (/^(?:,|while|whereas|because|since|though|although|—|–|--)$/.test(w) && namedCueAt(ctx, i + 1))
      return toks[i - 1].lower === ',' ? i - 1 : i;
    // (`…, and other council members said …`, `…, and three in five said …`: a speaker of its own, then a cue)
    if (w === 'and' || w === 'but') {
      const at = toks[i - 1].lower === ',' ? i - 1 : i;
      // `… and added that …`, `…, but she insisted …`, `…, and other council members have said …`: the
      // next report, read on its own
      if (ctx.isSpeechVerb(i + 1) || subjectThenCue(ctx, i + 1)) return at;
    }
  }
  return end;
}

/**
 * Does the sentence go on past the quotation that opens at `c`, a word right after its closing mark?
 * `Roe said “the fear is real” in the party` reports a clause that quotes its first words; `Roe said,
 * “We won.”` and `Roe said “We won” and left` quote.
 */
export function goesOnPastQuote(ctx: Reading, c: number, end: number): boolean {
  const { toks, inQuote } = ctx;
  let k = c;
  while (k < end && inQuote[k] === inQuote[c]) k++;
  return k < end && /^(?:ADP|ADV|NOUN|VERB|AUX|ADJ|SCONJ|PART)$/.test(toks[k].pos);
}

/** Does a quotation open in [a, b) (`said, in a statement, “…”`)? */
export function quotedLater(ctx: Reading, a: number, b: number): boolean {
  for (let i = a; i < b; i++) if (ctx.inQuote[i] >= 0 || isDoubleApostrophe(ctx, i)) return true;
  return false;
}

/** Does the writer's text open the sentence at `from`, a word before its first quotation (`He was a “…”`, not `🎉 “…”`)? */
export function wordBeforeQuote(ctx: Reading, from: number): boolean {
  for (let i = from; i < ctx.toks.length && ctx.inQuote[i] < 0; i++) if (/\p{L}/u.test(ctx.toks[i].lower)) return true;
  return false;
}

/** Words that open a clause before the sentence's main one: `While …, `, `If …, `. */
export const SUBORDINATORS = new Set('while if when after although though as because since before whereas until'.split(' '));

/**
 * `As the council met on Monday, Roe proposed a new plan`: words before the comma that open with a
 * subordinator or a preposition and hold no comma of their own are an adverbial of the main clause, not
 * its report (`Because of the strike, the plant will close, Roe said` reports the clause after `strike,`).
 */
export function adverbialOnly(ctx: Reading, from: number, comma: number): boolean {
  const { toks } = ctx;
  if (!SUBORDINATORS.has(toks[from].lower) && (toks[from].pos !== 'ADP' || approximates(ctx, from))) return false;
  for (let i = from; i < comma; i++) if (toks[i].lower === ',' && ctx.inQuote[i] < 0) return false;
  return true;
}

/**
 * A preposition that only rounds the number after it, as the start of a noun phrase: `about 40 people`,
 * `around half of the staff`, `over a dozen stores` (`about the plan`, `over the bridge` keep theirs).
 */
export function approximates(ctx: Reading, i: number): boolean {
  const { toks } = ctx;
  if (!/^(?:about|around|over|under|nearly|almost|roughly|approximately)$/.test(toks[i]?.lower ?? '')) return false;
  const next = toks[i + 1];
  if (!next) return false;
  if (next.pos === 'NUM' || /^(?:half|dozens|hundreds|thousands|millions|billions)$/.test(next.lower)) return true;
  return (
    /^(?:a|an|one)$/.test(next.lower) &&
    /^(?:dozen|third|quarter|fifth|half|hundred|thousand|million|billion)$/.test(toks[i + 2]?.lower ?? '')
  );
}

/** `executive director of the fund`, `the group's former chief`: an apposition naming a role, up to four words in. */
export function roleAfter(ctx: Reading, i: number): boolean {
  if (!/^(?:NOUN|PROPN|ADJ|DET)$/.test(ctx.toks[i]?.pos ?? '')) return false;
  for (let k = i; k < i + 4 && k < ctx.toks.length; k++) {
    const w = ctx.toks[k].lower;
    if (isRoleWord(w)) return true;
    if (ctx.toks[k].pos === 'VERB' || ctx.toks[k].pos === 'AUX' || w === ',') return false;
  }
  return false;
}

/**
 * Whether the article gives entity `id` a role beside one of its names, as people are introduced: `Ann
 * Roe, a county official,` or `the county's chief planner, Ann Roe,`. A capitalised run that is a place
 * or a programme (`Glen Park`, `Fair Pay`) has none.
 */
export function namedWithRole(ctx: Reading, id: string): boolean {
  const { toks } = ctx;
  for (const m of ctx.mentions) {
    if (m.entity !== id) continue;
    if (toks[m.tokenEnd]?.lower === ',' && roleAfter(ctx, m.tokenEnd + 1)) return true;
    // (`the county's chief planner, Ann Roe`: the role's head right before the comma)
    const before = toks[m.tokenStart - 2];
    if (toks[m.tokenStart - 1]?.lower === ',' && before && isRoleWord(before.lower)) return true;
  }
  return false;
}

/**
 * A speech verb written before its speaker (`…, said Roe, adding`); after any other the phrase is its
 * object (`Vale praised Roe, stating …`: Vale states; `told the hosts`: spoken to).
 */
export const isInvertingCue = (w: string): boolean =>
  /^(?:said|says|added|adds|wrote|writes|explained|explains|noted|notes|recalled|recalls|continued|continues|argued|argues|insisted|insists|replied|responded|countered|conceded|acknowledged|admitted|declared|announced|stated|asked|tweeted|posted)$/.test(
    w,
  );

/** Past an `of` phrase that goes on with whoever is told (`told a crowd of 1,300 …`, `told Dana Roe of the Courier the vote …`), from `c`. */
export function pastOfPhrase(ctx: Reading, c: number, end: number): number {
  if (ctx.toks[c]?.lower !== 'of') return c;
  if (ctx.toks[c + 1]?.pos === 'NUM') return c + 2;
  return ctx.npRight(c + 1, end)?.end ?? c;
}

/**
 * `went on to win`, `called off the talks`, `a group called Fair Play`: a verb that cues a quotation in
 * marks (`he went on: “…”`) but no report, a phrasal verb that is no speech, or a participle that names.
 */
export function notAReportCue(ctx: Reading, v: number): boolean {
  const w = ctx.toks[v].lower;
  if (/^(?:go|goes|went|gone|going)$/.test(w)) return true;
  // (`“…,” she reflected` cues a quotation; `the vote reflected anger`, `Vale reacted`, `Roe continued her tour`, acts
  // and stances (`agreed to`, `rejected`, `defended`, `voiced concern`: optional to annotators) report nothing; +0.15)
  if (/^(?:reflect|react|continu|messag|agree|reject|defend|voic)/.test(w)) return true;
  // (`60 pledged delegates`, `more pledged delegates`, `the party’s pledged delegates`: a participle
  // that qualifies the noun after it)
  const prev = ctx.toks[v - 1];
  if (
    /ed$/.test(w) &&
    ctx.toks[v + 1]?.pos === 'NOUN' &&
    prev &&
    (/^(?:NUM|ADJ|DET)$/.test(prev.pos) || /^(?:more|most|'s|his|her|their|its|our)$/.test(prev.lower))
  )
    return true;
  // (`a group called Fair Play`, `a plan dubbed the fix`: a participle that names what comes before it)
  // (the noun indefinite, a few words back: not `the council called for`, `Roe called Vale a liar`)
  // (`a paper called on the mayor to act`, `a group called for a boycott`: a call, not a name)
  if (
    /^(?:called|named|dubbed|titled|entitled)$/.test(w) &&
    ctx.toks[v - 1]?.pos === 'NOUN' &&
    !/^(?:for|on|upon)$/.test(ctx.toks[v + 1]?.lower ?? '')
  ) {
    for (let k = v - 2; k >= Math.max(0, v - 4); k--) if (/^(?:a|an)$/.test(ctx.toks[k].lower)) return true;
  }
  return /^call/.test(w) && /^(?:off|over|up|back|in|out|into|to)$/.test(ctx.toks[v + 1]?.lower ?? '');
}

/** `Roe called Vale on Tuesday`, `Vale called her and …`: a telephone call, which reports nothing said. */
export function phoneCall(ctx: Reading, v: number, c: number, end: number): boolean {
  const { toks } = ctx;
  if (!/^call(?:ed|s)?$/.test(toks[v].lower)) return false;
  const who = ctx.npRight(c, end);
  const next = toks[who?.end ?? -1];
  return (
    !!who &&
    who.kind !== 'description' &&
    (!next || DATE_WORD.test(next.lower) || /^(?:and|on|after|before|to|shortly|,|\.)$/.test(next.lower))
  );
}

/** `told reporters the plant …`, `told him the vote …`: one word the light reading did not take for an addressee, before a clause's subject. */
export function addresseeWord(ctx: Reading, c: number): boolean {
  const t = ctx.toks[c];
  const next = ctx.toks[c + 1];
  if (!t || !next) return false;
  if (/^(?:him|them|us|me|you)$/.test(t.lower)) return true;
  return (t.pos === 'NOUN' || t.pos === 'PROPN') && /s$/.test(t.lower) && (next.pos === 'DET' || SUBJECT_PRONOUN.test(next.lower));
}

/** Past the words of a day from `c`: `Saturday night`, `Monday morning`, `yesterday`. */
export function pastDay(ctx: Reading, c: number, end: number): number {
  let i = c;
  while (i < end && (DATE_WORD.test(ctx.toks[i].lower) || /^(?:night|morning|afternoon|evening)$/.test(ctx.toks[i].lower))) i++;
  return i;
}

/** `It was announced`, `it has been reported`, `it is said`: a speech verb's passive with `it` for subject. */
export function isPassiveIt(ctx: Reading, v: number, from: number): boolean {
  const { toks } = ctx;
  let k = v - 1;
  if (toks[k]?.lower === 'been') k--;
  if (k - 1 < from || !/^(?:was|is|were|are|has|had|be)$/.test(toks[k].lower) || !/(?:ed|said|told)$/.test(toks[v].lower)) return false;
  return toks[k - 1].lower === 'it';
}

/**
 * The `and` or `but` that joins the verb at `v` to an earlier one, past adverbs and fillers (`Vale backed
 * Roe, but now says …`, `… and later added …`): its index, or -1. The joined verb speaks for the speaker
 * just read or the sentence's subject; each caller says which.
 */
export function conjunctionBefore(ctx: Reading, v: number, from: number): number {
  const b = ctx.skipFillersLeft(v, from);
  return /^(?:and|but)$/.test(ctx.toks[b - 1]?.lower ?? '') ? b - 1 : -1;
}

/**
 * Is what the cue at `v` reports (from `c` to `stop`) someone and what they were urged to do or accused of
 * (`urged voters to back the plan`, `accused Vale of stalling`), whatever the tagger made of its verb
 * (`back`/ADV, `stalling`/NOUN)? Measured on PolNeAR train: end to end +0.013.
 */
export function controlled(ctx: Reading, v: number, c: number, stop: number): boolean {
  const { toks, inQuote, isNpToken } = ctx;
  let k = c;
  while (k < stop && inQuote[k] < 0 && (isNpToken(k) || toks[k].pos === 'PRON' || toks[k].pos === 'DET')) k++;
  if (k === c || k + 1 >= stop) return false;
  const w = toks[v].lower;
  if (toks[k].lower === 'to')
    return /^(?:urg|ask|encourag|invit|beg|implor|order|challeng|push|dar|advis|warn|remind)/.test(w) && toks[k + 1].pos !== 'DET';
  return toks[k].lower === 'of' && /^(?:accus|warn|remind|convinc|assur)/.test(w) && /ing$/.test(toks[k + 1].lower);
}

/** The first comma outside marks in [c, stop), or `stop`. */
export function firstComma(ctx: Reading, c: number, stop: number): number {
  for (let i = c; i < stop; i++) if (ctx.toks[i].lower === ',' && ctx.inQuote[i] < 0) return i;
  return stop;
}

/** `Roe was asked`, `Vale was once told`: the verb at `v` follows a form of `be`, past adverbs, no further back than `from`. */
export function afterBe(ctx: Reading, v: number, from: number): boolean {
  const { toks } = ctx;
  let be = v - 1;
  while (be > from && toks[be].pos === 'ADV') be--;
  return be >= from && /^(?:was|were|been|being|is|are|be)$/.test(toks[be].lower);
}

/** Where the run of noun-phrase words (no pronoun) that ends before `end` starts, no further back than `from`: `end` if none. */
export function npRunStart(ctx: Reading, end: number, from: number): number {
  let a = end;
  while (a - 1 >= from && ctx.isNpToken(a - 1) && ctx.toks[a - 1].pos !== 'PRON') a--;
  return a;
}
