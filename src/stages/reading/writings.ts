// Writings and who put them out: `Roe issued a statement`, `a letter sent from the council`, and a
// writing named again later (`The lawsuit alleges …`), which speaks for its author.
import type { Reading, Referent } from '../../core/layers.js';
import { DATE_WORD, WRITINGS } from '../../nlp/lexicon.js';
import { apposedPerson } from './phrases.js';

/**
 * `Roe issued a statement`, `the council sent out a letter`, `Vale filed a lawsuit`: whoever put out the
 * writing whose phrase `writing` is — the subject of the verb right before it (not another writing: `the
 * report cited a letter`); null where no verb stands there.
 */
export function putOutBy(reading: Reading, writing: Referent, floor: number): Referent | null {
  const verb = putOutVerb(reading, writing, floor);
  if (verb < 0) return null;
  const who = reading.subjectOf(verb, floor);
  return who && !(who.kind === 'description' && WRITINGS.has(who.head ?? '')) ? who : null;
}

/** The verb right before a writing's phrase (`issued`, `sent` of `sent out`), or -1. */
export function putOutVerb(reading: Reading, writing: Referent, floor: number): number {
  const { toks } = reading;
  let verb = writing.start - 1;
  if (toks[verb]?.lower === 'out' && verb - 1 >= floor) verb--;
  return verb > floor && toks[verb].pos === 'VERB' ? verb : -1;
}

/**
 * `Roe issued a statement saying …`, `the union sent a letter this week urging …`, `Vale filed a lawsuit in
 * 2013 alleging …`, `her campaign sent an email to supporters stating …`, `the three issued statements
 * condemning …`: whoever put out the writing a participle at `v` hangs from, past a time and a recipient
 * after the writing; null where no such writing precedes.
 */
export function writerBefore(reading: Reading, v: number, floor: number): Referent | null {
  const writing = writingEndingAt(reading, pastAdjuncts(reading, v, floor), floor);
  return writing ? putOutBy(reading, writing, floor) : null;
}

/**
 * `Vale's letter to the council says …`, `an email to supporters from the union says …`: where the phrase
 * `subject` a verb reads as its subject follows `to` or `from` after a writing, the writing speaks (its
 * owner, when it has one, through coreference), or whoever `from` names as its maker; null otherwise.
 */
export function writingBeforeRecipient(reading: Reading, subject: Referent | null, floor: number): Referent | null {
  const { toks } = reading;
  if (!subject || subject.start - 1 <= floor) return null;
  const link = toks[subject.start - 1].lower;
  if (link !== 'to' && link !== 'from') return null;
  let end = subject.start - 1;
  // (`a letter to the council from the union`: past the recipient to the writing)
  if (link === 'from') {
    const recipient = reading.npLeft(end, floor);
    if (recipient && toks[recipient.start - 1]?.lower === 'to') end = recipient.start - 1;
  }
  const writing = writingEndingAt(reading, end, floor);
  if (!writing) return null;
  // (`Vale's letter`, `her email`: the owner)
  return link === 'from' ? subject : (ownerOf(reading, writing, floor) ?? writing);
}

/** The writing's phrase that ends at `end` (`Vale's letter`, `a fundraising email`, `a $40 million lawsuit`), or null. */
function writingEndingAt(reading: Reading, end: number, floor: number): Referent | null {
  const { toks, isNpToken } = reading;
  const head = toks[end - 1];
  if (head?.pos !== 'NOUN' || !isWriting(head.lower)) return null;
  let a = end - 1;
  while (a - 1 >= floor && (isNpToken(a - 1) || /^(?:NUM|SYM)$/.test(toks[a - 1].pos) || /^['’]s?$/.test(toks[a - 1].lower))) a--;
  if (a - 1 >= floor && (toks[a - 1].pos === 'DET' || /^(?:his|her|their|its|our)$/.test(toks[a - 1].lower))) a--;
  // (`Vale's letter`: the owner's name too)
  if (/^['’]s?$/.test(toks[a].lower)) a = reading.npLeft(a, floor)?.start ?? a + 1;
  return { kind: 'description', start: a, end, head: head.lower, definite: toks[a].lower === 'the' };
}

/** The singular of a writing's plural noun: `ads` → `ad`. */
const singular = (w: string): string => (!WRITINGS.has(w) && /[^s]s$/.test(w) ? w.slice(0, -1) : w);

/**
 * Whose a writing is: `Vale's letter` → Vale, `his memo` → `his`, and `its letter`, `their ads` → the subject
 * of the sentence it stands in (`The firm argued in its letter …`); null for none.
 */
function ownerOf(reading: Reading, writing: Referent, floor: number): Referent | null {
  const { toks } = reading;
  const first = toks[writing.start].lower;
  if (first === 'his' || first === 'her') return { kind: 'pronoun', start: writing.start, end: writing.start + 1 };
  if (first === 'its' || first === 'their') return reading.sentenceSubject(floor, writing.start);
  const owns = toks.findIndex((t, i) => i > writing.start && i < writing.end && /^['’]s?$/.test(t.lower));
  const owner = owns > 0 ? reading.npLeft(owns, floor) : null;
  return owner && owner.kind !== 'pronoun' ? owner : null;
}

/** A writing's noun, singular or plural: `statement`, `statements`, `ads`. */
const isWriting = (w: string): boolean => WRITINGS.has(singular(w));

/** How far back a recipient after a writing is read (`to the state's attorney general, Jo Ruiz,` is longer). */
const RECIPIENT_WORDS = 8;

/**
 * The end of the writing's phrase before `v`, past what follows it and is no part of it: a time (`this week`,
 * `in 2013`, `on Monday`) and a recipient (`to supporters`, `to Attorney General Jo Ruiz`).
 */
function pastAdjuncts(reading: Reading, v: number, floor: number): number {
  let end = v;
  for (let next = adjunctStart(reading, end, floor); next < end && next > floor + 1; next = adjunctStart(reading, end, floor)) end = next;
  return end;
}

/** Where a time or a recipient that ends at `end` starts, or `end` for neither. */
function adjunctStart(reading: Reading, end: number, floor: number): number {
  const { toks, inQuote } = reading;
  const w = toks[end - 1].lower;
  const before = toks[end - 2]?.lower ?? '';
  if (/^(?:week|month|year|weekend|night)$/.test(w) && /^(?:this|last|next|earlier)$/.test(before)) return end - 2;
  if ((DATE_WORD.test(w) || toks[end - 1].pos === 'NUM') && /^(?:in|on)$/.test(before)) return end - 2;
  if (DATE_WORD.test(w) && toks[end - 2]?.pos === 'NOUN') return end - 1;
  for (let k = end - 2; k > floor && k >= end - RECIPIENT_WORDS; k--) {
    if (inQuote[k] >= 0 || toks[k].lower === ',' || !/^(?:DET|ADJ|NOUN|PROPN|PART|NUM|ADP|PUNCT)$/.test(toks[k].pos)) break;
    if (toks[k].lower === 'to') return k;
  }
  return end;
}

/** How many sentences back the one who put out `the lawsuit` is looked for (4 and 6 measured on PolNeAR train: 6, +0.03). */
const AUTHOR_LOOK_BACK = 6;

/**
 * `Vale filed a lawsuit. … The lawsuit alleges …`: whoever put out an earlier writing of the same kind
 * as the description `ref` within a few sentences (`filed a lawsuit … the complaint`, `a statement issued
 * by the union … the statement`, `Roe emailed supporters … The email says`), or null. Measured on
 * PolNeAR train, kinds, `by`/`from` and the verbs of writing added: eight speakers more right, none lost,
 * end to end +0.07.
 */
export function writingAuthor(reading: Reading, ref: Referent): Referent | null {
  const { toks, sentences, sentenceOfToken } = reading;
  const s = sentenceOfToken[ref.start];
  if (s < 0 || !ref.definite || !isWriting(ref.head ?? '')) return null;
  const kind = kindOf(singular(ref.head ?? ''));
  const floor = sentences[Math.max(0, s - AUTHOR_LOOK_BACK)].tokenStart;
  for (let k = ref.start - 1; k >= floor; k--) {
    if (sentenceOfToken[k] < 0) continue;
    const w = toks[k].lower;
    const from = sentences[sentenceOfToken[k]].tokenStart;
    // (`Roe emailed supporters`, `Vale sued the council`: a verb that puts out a writing of the kind)
    if (VERB_WRITING.get(w) === kind && toks[k].pos === 'VERB' && reading.inQuote[k] < 0) {
      const who = reading.subjectOf(k, from);
      if (who) return who;
    }
    if (kindOf(singular(w)) !== kind) continue;
    // (the nearest such writing a verb put out; one no verb precedes is passed over)
    const writing = writingEndingAt(reading, k + 1, from);
    if (writing && putOutVerb(reading, writing, from) >= 0) return putOutBy(reading, writing, from);
    const by = writing ? byAfter(reading, k + 1, sentences[sentenceOfToken[k]].tokenEnd) : null;
    if (by) return by;
    // (`The firm argued in its letter … The letter also says`: whose the writing is)
    const owner = writing ? ownerOf(reading, writing, from) : null;
    if (owner) return owner;
  }
  return null;
}

/** Writings named again by another noun of their kind: `the lawsuit` … `the complaint`, `an email` … `the message`. */
const WRITING_KIND = new Map<string, string>([
  ['lawsuit', 'suit'],
  ['suit', 'suit'],
  ['complaint', 'suit'],
  ['filing', 'suit'],
  ['email', 'email'],
  ['message', 'email'],
  ['e-mail', 'email'],
  ['memo', 'email'],
  ['statement', 'statement'],
  ['release', 'statement'],
  ['piece', 'piece'],
  ['editorial', 'piece'],
  ['column', 'piece'],
  ['article', 'piece'],
  ['op-ed', 'piece'],
  ['book', 'book'],
  ['memoir', 'book'],
]);
const kindOf = (w: string): string => WRITING_KIND.get(w) ?? w;

/** Verbs whose subject puts out a writing of a kind: `Roe sued` (a lawsuit), `Vale emailed` (an email). */
const VERB_WRITING = new Map<string, string>([
  ['sued', 'suit'],
  ['emailed', 'email'],
  ['e-mailed', 'email'],
]);

/**
 * `a statement issued by the council`, `an email was sent from the club's head, Jeff Hale,`, `a book by
 * Vale`: the maker after the writing that ends at `at` (the name in apposition to a description), or null.
 */
function byAfter(reading: Reading, at: number, end: number): Referent | null {
  const { toks } = reading;
  let i = at;
  while (i < end && toks[i].pos === 'AUX') i++;
  if (toks[i]?.pos === 'VERB' && /(?:ed|en|sent|written|put)$/.test(toks[i].lower)) i++;
  while (i < end && (toks[i].pos === 'ADV' || DATE_WORD.test(toks[i].lower))) i++;
  if (!/^(?:by|from)$/.test(toks[i]?.lower ?? '')) return null;
  const who = reading.npRight(i + 1, end);
  return who && who.kind !== 'pronoun' ? (apposedPerson(reading, who) ?? who) : null;
}
