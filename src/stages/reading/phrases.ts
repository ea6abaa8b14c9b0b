// The phrase readers of the reading: what a token range refers to, and the noun phrases left and right
// of a token. Each takes the article's reading first; the reading calls them through its own members.
import type { Reading, Referent } from '../../core/layers.js';
import {
  DATE_WORD,
  isGroupWord,
  NOUNISH_SPEECH,
  ORG_NOUNS,
  PERSON_NOUNS,
  PLACE_ABBREVIATION,
  PRONOUNS,
  TITLES,
  VERB_FILLERS,
  WRITING_NOUNS,
} from '../../nlp/lexicon.js';

/** Reads a phrase's referent from its token range [a, b): a name mention ending at b, a pronoun, a description. */
export function referent(reading: Reading, a: number, b: number): Referent | null {
  const { toks, mentionAt } = reading;
  if (b <= a) return null;
  // `Carl R. Oldham II`: a generation suffix after the name.
  const m = mentionAt.get(b) ?? (/^(?:jr|sr|ii|iii|iv)\.?$/.test(toks[b - 1].lower) ? mentionAt.get(b - 1) : undefined);
  if (m && m.tokenStart >= a - 3) return { kind: 'name', start: Math.min(a, m.tokenStart), end: b, mention: m };
  const last = toks[b - 1];
  if (b - a === 1 && last.pos === 'PRON' && PRONOUNS[last.lower]) return { kind: 'pronoun', start: a, end: b };
  // `the 56-year-old` is tokenised 56 - year - old: its head is `year-old`.
  const head = last.lower === 'old' && toks[b - 2]?.lower === '-' && toks[b - 3]?.lower === 'year' ? 'year-old' : last.lower;
  // `a New Hampshire Republican`, `one Iowa Democrat`: a party word heads a description of a person.
  if (
    PERSON_NOUNS.has(head) ||
    ORG_NOUNS.has(head) ||
    WRITING_NOUNS.has(head) ||
    (isGroupWord(head) && b - a >= 2 && /^(?:a|an|one|the|another|two|three|several|some|many)$/.test(toks[a].lower))
  ) {
    const first = toks[a].lower;
    return { kind: 'description', start: a, end: b, head, definite: first === 'the' || first === 'this' || first === 'that' };
  }
  // `Beijing said`, `China said`: a place that speaks is its government.
  // Not `Thursday said`, `the Republican said`, `D.C.`: a date, a group word or a state is no speaker.
  if (
    b - a <= 3 &&
    last.pos === 'PROPN' &&
    !toks.slice(a, b).some((t) => t.pos === 'NUM' || DATE_WORD.test(t.lower) || isGroupWord(t.lower) || PLACE_ABBREVIATION.test(t.lower))
  )
    return { kind: 'name', start: a, end: b };
  return null;
}

/** A day named after a noun to say when: `a memo Friday`, `a report today`. */
const WEEKDAY = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight)$/;

/** Words wink tags DET that open a relative clause, not a noun phrase: `what`, `which`, `whatever`. */
const RELATIVE_DET = /^(?:what|which|whatever|whichever)$/;

/** `argued that plant managers were …`: `that` before a plural noun opens a clause; it is no determiner of the noun. */
function complementizer(toks: readonly { lower: string; pos: string }[], at: number, end: number): boolean {
  const head = toks[end - 1];
  return toks[at].lower === 'that' && head.pos === 'NOUN' && /[^s']s$/.test(head.lower);
}

/** The noun phrase that ends right before token `end` (exclusive), read leftwards. */
export function npLeft(reading: Reading, at: number, floor: number): Referent | null {
  let end = at;
  const { toks, inQuote, mentionAt, isNpToken, referent } = reading;
  // (`issued a memo Friday saying`: the day after a noun says when, and is no part of its phrase)
  if (end - 2 >= floor && WEEKDAY.test(toks[end - 1].lower) && toks[end - 2].pos === 'NOUN') end--;
  let a = end;
  if (a - 1 >= floor && toks[a - 1].pos === 'PRON') return referent(a - 1, a);
  const m = mentionAt.get(end);
  if (m && m.tokenStart >= floor) a = m.tokenStart;
  while (a - 1 >= floor && isNpToken(a - 1)) a--;
  // Include a leading determiner: `the official`, `a senior official`, `one US official`; not a
  // relative one (`what researchers say they need`: the researchers), nor a `that` before a plural
  // (`a deal that bank executives said …`: the executives).
  if (
    a - 1 >= floor &&
    ((toks[a - 1].pos === 'DET' && !RELATIVE_DET.test(toks[a - 1].lower) && !complementizer(toks, a - 1, end)) ||
      /^(?:one|two|three|several|many|some|another|other|most|my|his|her|their|our|its|your)$/.test(toks[a - 1].lower)) &&
    inQuote[a - 1] < 0
  )
    a--;
  if (a === end) return null;
  return referent(a, end);
}

/** The noun phrase that starts at token `start`, read rightwards (for `said Lin Bao, a professor`). */
export function npRight(reading: Reading, start: number, ceil: number): Referent | null {
  const { toks, inQuote, mentionAt, mentionFrom, isSpeechVerb, isNpToken, referent, modifierEnd } = reading;
  let b = start;
  if (b < ceil && toks[b].pos === 'PRON' && PRONOUNS[toks[b].lower]) return referent(b, b + 1);
  if (b < ceil && (toks[b].pos === 'DET' || /^(?:one|two|several|my|his|her|their|our|its|your)$/.test(toks[b].lower))) b++;
  // `transport chief Alan Birch`: role words the tagger may misread (transport/VERB) before a name.
  // `Florida-based Republican strategist Al Ibarra`, `master of ceremonies Samir Al-Rawi`: up to six
  // such words, hyphens and `of` included.
  for (let k = b; k < Math.min(ceil, b + 6); k++) {
    const m = mentionFrom.get(k);
    if (m && m.tokenEnd <= ceil) {
      if (
        // (`a friend of Dana Roe told`: a name after `of` is the object the phrase is about, not its
        // person, as `master of ceremonies Dana Roe` is)
        toks[k - 1]?.lower !== 'of' &&
        toks
          .slice(b, k)
          .every(
            (t, j) =>
              inQuote[b + j] < 0 &&
              (/^\p{Ll}[\p{L}-]*$/u.test(t.lower) || t.lower === '-') &&
              (t.pos === 'NOUN' ||
                t.pos === 'ADJ' ||
                t.pos === 'PROPN' ||
                t.pos === 'VERB' ||
                t.pos === 'NUM' ||
                t.lower === '-' ||
                (t.lower === 'of' && j > 0)) &&
              !isSpeechVerb(b + j),
          )
      )
        b = k;
      break;
    }
  }
  // (`a top party strategist said Moss …`: a speech verb ends the phrase before the name; `Of Baker,
  // Lund said`: `of` is inside a role, never its first word)
  // `one unaligned Florida Republican strategist`: a participle the tagger calls a verb, after a determiner.
  if (b === start + 1 && b < ceil && toks[b].pos === 'VERB' && /ed$/.test(toks[b].lower) && isNpToken(b + 1)) b++;
  while (b < ceil && (isNpToken(b) || (mentionFrom.has(b) && mentionFrom.get(b)!.tokenEnd <= ceil))) {
    // (`a report Tuesday from Harbour TV`: the day after a noun ends the phrase)
    if (b > start && WEEKDAY.test(toks[b].lower) && toks[b - 1].pos === 'NOUN') break;
    // `Dorsey notes.`: after a name, a speech word that ends the clause is its verb, not part of the phrase.
    if (b > start && mentionAt.has(b) && NOUNISH_SPEECH.has(toks[b].lower) && /^[.,;]$/.test(toks[b + 1]?.lower ?? '')) break;
    const m = mentionFrom.get(b);
    b = m && m.tokenEnd > b ? m.tokenEnd : b + 1;
  }
  // `the US secretary of state`: a title's complement.
  if (b < ceil && toks[b].lower === 'of' && TITLES.has(toks[b - 1]?.lower ?? '') && isNpToken(b + 1)) b += 2;
  if (b === start) return null;
  let r = referent(start, b);
  // `a person close to the Roes`: the head noun before words that modify it.
  for (let e = b - 1; !r && e > start; e--) {
    r = referent(start, e);
    // (`Kemp lobbies for a higher wage`: a name, then a verb the tagger read as a plural noun)
    const verbAfterName =
      r?.kind === 'name' &&
      !!r.mention &&
      e === b - 1 &&
      /^\p{Ll}+s$/u.test(toks[e].lower) &&
      !PERSON_NOUNS.has(toks[e].lower) &&
      !ORG_NOUNS.has(toks[e].lower);
    if (r && r.kind !== 'description' && !verbAfterName) r = null;
  }
  if (r?.kind === 'description') r.nameEnd = modifierEnd(r.end, ceil);
  return r;
}

/**
 * Where a description's one prepositional modifier ends, for its name: `one longtime adviser to Bill
 * Roe`, `a spokesman for committee Democrats`, `a person close to the Roes`. A relative clause
 * or an apposition is not taken (`a strategist, speaking on condition of anonymity`).
 */
export function modifierEnd(reading: Reading, head: number, ceil: number): number {
  const { toks, inQuote, isNpToken } = reading;
  let k = head;
  if (/^(?:close|familiar|loyal|near|involved|associated|connected|aligned|allied|tied)$/.test(toks[k]?.lower ?? '')) k++;
  if (k >= ceil || inQuote[k] >= 0 || !/^(?:of|to|for|at|from|with|on|in)$/.test(toks[k].lower)) return head;
  // (`the campaign on Monday said`: a date, not what the description is of)
  if (DATE_WORD.test(toks[k + 1]?.lower ?? '')) return head;
  let j = k + 1;
  while (j < ceil && inQuote[j] < 0 && (isNpToken(j) || toks[j].pos === 'DET' || /^(?:both|all)$/.test(toks[j].lower))) j++;
  return j > k + 1 && toks[j - 1].pos !== 'DET' ? j : head;
}

/**
 * A relative clause whose own verb reports or asks, and no cue after it, is no part of a name: in
 * `farmers who say the law is a waste`, the farmers say it; in `an aide who requested anonymity`, the
 * aide is the speaker. `spoke` and `talked` report nothing (`members who spoke to reporters said`).
 */
function reportsItself(reading: Reading, verb: number): boolean {
  return reading.isSpeechVerb(verb) && !/^(?:spoke|speak|speaks|talked|talk|talks)$/.test(reading.toks[verb].lower);
}

/**
 * Where a relative clause after a description ends, for the description's name (`an aide who was not
 * authorized to speak said …` → before `said`; `…, said an aide who was at the meeting.` → before
 * the full stop); `at` itself where none starts there or it runs on past 15 words.
 */
export function relativeEnd(reading: Reading, at: number): number {
  const { toks, inQuote, isSpeechVerb } = reading;
  if (!/^(?:who|whom)$/.test(toks[at]?.lower ?? '')) return at;
  const sentence = toks[at].sentence;
  for (let j = at + 1; j < toks.length && j <= at + 15; j++) {
    const t = toks[j];
    // (the relative's own verb may be a speech verb, `members who spoke to reporters said`; the next one is the cue)
    const cue = j > at + 1 && isSpeechVerb(j) && toks[j - 1].lower !== 'to';
    // (`a source who knew Roe but spoke on condition of anonymity`: a second verb joined to the relative's
    // is not part of the name)
    const joined = j > at + 2 && t.pos === 'CCONJ';
    if (t.sentence !== sentence || inQuote[j] >= 0 || t.pos === 'SPACE' || /^[,;:.!?()—–]$/.test(t.lower) || cue || joined)
      return j > at + 1 && (cue || !reportsItself(reading, at + 1)) ? j : at;
  }
  return at;
}

/**
 * The name of a description that is a speaker of its own: a person's or group's with its modifier and
 * relative clause (`an aide who asked not to be named`), an organisation's without its determiner (`the
 * ministry` → `ministry`).
 */
export function descriptionName(reading: Reading, ref: Referent, isOrg: boolean): string {
  const { text, toks } = reading;
  const end = isOrg ? (ref.nameEnd ?? ref.end) : relativeEnd(reading, ref.nameEnd ?? ref.end);
  const phrase = text.slice(toks[ref.start].start, toks[end - 1].end);
  return isOrg ? phrase.replace(/^(?:the|this|that)\s+/i, '') : phrase;
}

/** Past a bracket after a name: `Rep. Dan Bell (R-Fla.) said` → the index of `said`. */
export function skipBracket(reading: Reading, i: number, ceil: number): number {
  const { toks } = reading;
  if (toks[i]?.lower !== '(') return i;
  for (let j = i + 1; j < Math.min(ceil, i + 10); j++) if (toks[j].lower === ')') return j + 1;
  return i;
}

/** Skips fillers leftwards from the token before a verb: `Lorne also said`, `Mo was reported as saying`. */
export function skipFillersLeft(reading: Reading, i: number, floor: number): number {
  const { toks, inQuote } = reading;
  let j = i;
  while (j - 1 >= floor && inQuote[j - 1] < 0) {
    const w = toks[j - 1].lower;
    if (VERB_FILLERS.has(w) || /^(?:as|quoted|reported|cited|went|on|to|now)$/.test(w)) {
      if (w === 'to' && toks[j - 2]?.lower === 'according') break;
      // (`Rosa Will wrote`: a filler the tokens stage read as a name is the name)
      if (toks[j - 1].pos === 'PROPN') break;
      j--;
    } else if (toks[j - 1].pos === 'ADV' && /ly$/.test(w))
      j--; // `Roe jokingly said`
    else if (DATE_WORD.test(w) && j - 2 >= floor && toks[j - 2].pos !== 'PUNCT')
      j--; // `Roe on Monday said`
    else if (/^(?:week|month|year|night|weekend|morning|evening)$/.test(w) && lastOrThis(toks, j - 1) > floor)
      j = lastOrThis(toks, j - 1); // `Roe last week said`, `Roe, the party's chairman, this past week announced`
    else if (/^(?:past|years|months|weeks|days|decades|times)$/.test(w) && j - 3 > floor && isTimePhrase(toks, j))
      j -= /^(?:in|at|for)$/.test(toks[j - 2].lower) ? 2 : 3; // `Roe has in the past said`, `Vale has for years said`
    else if (w === ',' && VERB_FILLERS.has(toks[j - 2]?.lower ?? '') && toks[j - 3]?.lower === ',' && j - 3 > floor)
      j -= 3; // `Experts, however, said`
    else break;
  }
  return j;
}

/** Where `last`, `this`, `next` or `earlier` (or `this past`, `the past`) opens a time ending with the noun at `noun`; -1 if nothing does. */
function lastOrThis(toks: readonly { lower: string }[], noun: number): number {
  if (/^(?:last|this|next|earlier)$/.test(toks[noun - 1]?.lower ?? '')) return noun - 1;
  if (toks[noun - 1]?.lower === 'past' && /^(?:this|the)$/.test(toks[noun - 2]?.lower ?? '')) return noun - 2;
  return -1;
}

/** `in the past`, `in recent weeks`, `for years`, `at times` ending before token j. */
function isTimePhrase(toks: readonly { lower: string }[], j: number): boolean {
  const a = toks[j - 2]?.lower ?? '';
  const b = toks[j - 3]?.lower ?? '';
  if (/^(?:for|at)$/.test(a)) return true;
  return b === 'in' && /^(?:the|recent)$/.test(a);
}

/** Does the phrase name a person of the entities layer (not a place, a body or a word read as a name)? */
export const isPersonName = (reading: Reading, r: Referent | null | undefined): boolean =>
  r?.kind === 'name' && !!r.mention && reading.entityById.get(r.mention.entity)?.kind === 'person';

/** `Roe's campaign manager, Jeff Hale, appeared …`: the person named right after a description (to a comma or a verb), or null. */
export function apposedPerson(reading: Reading, r: Referent): Referent | null {
  const { toks, mentionFrom, referent } = reading;
  if (r.kind !== 'description') return null;
  const comma = r.nameEnd ?? r.end;
  if (toks[comma]?.lower !== ',') return null;
  const m = mentionFrom.get(comma + 1);
  const after = m ? toks[m.tokenEnd] : undefined;
  if (!m || !after || !(after.lower === ',' || after.pos === 'VERB' || after.pos === 'AUX')) return null;
  const named = referent(comma + 1, m.tokenEnd);
  return isPersonName(reading, named) ? named : null;
}
