// Who a pronoun outside quotes means: a compatible name earlier in its sentence, else the speaker or
// subject of the sentences before it, else the body or group described last.
import type { Entity } from '../../core/layers.js';
import { DOCUMENT_NOUNS, isPeopleNoun, WRITING_NOUNS } from '../../nlp/lexicon.js';
import { firstAt, isPersonHead } from './index.js';
import type { CorefResolver } from './resolver.js';

/**
 * `he`, `she`, `they`, `it`: first a compatible name earlier in the same sentence, its first (the
 * subject) rather than its nearest (`… from Roe’s comments, although she said …` → Roe); else, sentence by
 * sentence backwards: the speaker of that sentence (the leftmost subject of a speech verb, or of its
 * quote: `Mr. Hale denied …, as Mr. Adu has said, and added …  “…,” he said` → Hale); a pronoun
 * subject of a speech verb there, or the pronoun that opens it, is the same chain (`That's why, he
 * argued, …`); else, for he and she, its first compatible name. A name whose gender is known beats one whose is not;
 * always the nearest compatible one, not merely the nearest: `she` skips Tom Hale for Ann Roe.
 */
export function resolvePronoun(c: CorefResolver, pronoun: string, at: number): Entity | null {
  const { sentences, paragraphs, sentenceOfToken, paragraphOfToken, isOrgHead } = c.ctx;
  const { describedBefore } = c;
  const s = sentenceOfToken[at];
  const sStart = s >= 0 ? sentences[s].tokenStart : at;
  const plural = pronoun === 'they' || pronoun === 'we';
  // (`Senate Democrats blocked the bill because they said …`: the group its clause opens with, not the
  // body named inside the group's phrase)
  if (plural) {
    const group = groupOpening(c, sStart, at);
    if (group) return group;
  }
  // (`He criticised Hale for weeks, until he said …`: the pronoun that opens the sentence is the same one)
  const opening = openingPronoun(c, pronoun, sStart, at);
  if (opening >= 0) return c.chained(pronoun, opening);
  const named = /^(?:he|she)$/.test(pronoun) && cueAfterContent(c, at) ? null : nameBefore(c, pronoun, at, sStart);
  if (named) return named;
  const para = paragraphOfToken(at);
  // Sentence by sentence back: its speaker, its subject, for `they` a group that opens it, for he and she its
  // first name — not for `it` and `they`, which the first name an earlier sentence happens to hold is not
  // (`Tom Vale toured the Eastport Mill. … It said …` is not the mill; measured on PolNeAR train: `it` so
  // resolved was right for 7 of 26 speakers, `they` for 1 of 9; end to end +0.035). Then for `they` the group
  // described last (`The Senate cut what researchers say they need. It is too little, they say` → researchers).
  for (let t = s - 1; t >= 0 && s - t <= 30; t--) {
    const sent = sentences[t];
    if (para - sent.paragraph > 4) break;
    if (paragraphs[sent.paragraph].boilerplate) continue;
    const e =
      speakerOf(c, pronoun, at, t) ??
      subjectOf(c, pronoun, at, t) ??
      (plural ? groupOpening(c, sent.tokenStart, sent.tokenEnd) : null) ??
      (plural || pronoun === 'it' || s - t > FIRST_NAME_BACK ? null : firstNameIn(c, pronoun, t));
    if (e) return e;
  }
  if (plural) return describedBefore(at, isPeopleNoun, false);
  // `The ministry issued new guidance. “…,” it said`: the body described last (definite), named or not.
  if (pronoun === 'it') return describedBefore(at, (w) => isOrgHead(w) && !WRITING_NOUNS.has(w) && !DOCUMENT_NOUNS.has(w), true);
  return null;
}

/**
 * How many sentences back a `he` or `she` may take a sentence's first name when nothing there speaks or
 * is the subject: further back, an earlier speaker or subject is the likelier one (`Tom Vale opened the
 * meeting. The plan, drafted by Ned Hale, was long. It stalled. The vote waited. ¶ “…,” he said` is Vale;
 * measured on PolNeAR train: first names three or more sentences back were right for 7 of 20, and looking
 * on past them, end to end +0.09).
 */
const FIRST_NAME_BACK = 2;

/** Where the sentence from `sStart` opens with `pronoun` (`he`/`she`) before `at`, past a conjunction or adverb; -1 if it does not. */
function openingPronoun(c: CorefResolver, pronoun: string, sStart: number, at: number): number {
  const { toks, inQuote } = c.ctx;
  if (!/^(?:he|she)$/.test(pronoun)) return -1;
  let k = sStart;
  while (
    k < at &&
    (toks[k].pos === 'SPACE' || toks[k].pos === 'PUNCT' || toks[k].pos === 'CCONJ' || /^(?:then|also|still|now|later)$/.test(toks[k].lower))
  )
    k++;
  return k < at && inQuote[k] < 0 && toks[k].lower === pronoun ? k : -1;
}

/**
 * The group a sentence opens with, as the subject of its verb, before `at`: `Local nurses walked out after
 * they …`, `Senate Democrats blocked the bill because they …` — a plural person noun or group word for head,
 * not inside a name (`the United States`).
 */
function groupOpening(c: CorefResolver, sStart: number, at: number): Entity | null {
  const { toks, inQuote, mentionAt } = c.ctx;
  let a = sStart;
  // (`Still, Democrats say …`: past an opening adverb's comma)
  while (
    a < at &&
    (toks[a].pos === 'CCONJ' ||
      toks[a].pos === 'SPACE' ||
      /^(?:then|also|still|now|so|yet)$/.test(toks[a].lower) ||
      (toks[a].lower === ',' && a === sStart + 1 && toks[sStart].pos === 'ADV'))
  )
    a++;
  let k = a;
  while (k < at && inQuote[k] < 0 && /^(?:DET|ADJ|NOUN|PROPN|NUM)$/.test(toks[k].pos)) k++;
  if (k === a || k >= at || (toks[k].pos !== 'VERB' && toks[k].pos !== 'AUX')) return null;
  const head = toks[k - 1].lower;
  if (!isPeopleNoun(head)) return null;
  if (mentionAt.has(k)) return null;
  return c.describe(c.ctx.text.slice(toks[a].start, toks[k - 1].end), false, a);
}

/**
 * A compatible name earlier in the pronoun's own sentence, one whose given name tells the gender first:
 * `At a fair in Northgate, 62-year-old Ann Roe spoke … “…,” she said` → Ann Roe.
 */
function nameBefore(c: CorefResolver, pronoun: string, at: number, sStart: number): Entity | null {
  const { mentions, entityById, inQuote, mentionsBefore } = c.ctx;
  // (`At a meeting with Roe on Tuesday, he said …`: a name inside the phrase that opens the sentence is
  // no subject, and the pronoun after its comma is the clause's own)
  const pastOpening = openingPhraseEnd(c, sStart, at);
  let weak: Entity | null = null;
  for (let i = mentionsBefore(pastOpening); i < mentions.length; i++) {
    const m = mentions[i];
    if (m.tokenStart >= at) break;
    if (m.tokenEnd > at || m.tokenStart < pastOpening) continue;
    if (inQuote[m.tokenStart] >= 0) continue;
    const e = entityById.get(m.entity);
    if (!e || !c.compatible(e, pronoun)) continue;
    if (e.gender !== null || !/^(?:he|she)$/.test(pronoun)) return e;
    // (`Kelso Brandt met Vale and he said`: the sentence's subject, its gender unknown, before a name
    // whose gender is known. Measured on PolNeAR train: two speakers more right, none lost, CV +2.)
    if (!weak && e.kind === 'person') {
      const subj = c.ctx.sentenceSubject(sStart, at);
      if (subj && m.tokenStart >= subj.start && m.tokenStart < subj.end) return e;
    }
    weak ??= e;
  }
  return weak;
}

/**
 * Where the phrase that opens the sentence at `sStart` ends, past its comma, when it is a preposition's
 * with no finite verb in it (`In a letter to Roe, he wrote`, `With a vote for Roe ruled out, Vale said he
 * …`); else `sStart`. Measured on PolNeAR train, reaching past the opener for any pronoun after it, not
 * only one right after its comma: end to end +0.017.
 */
function openingPhraseEnd(c: CorefResolver, sStart: number, at: number): number {
  const { toks, inQuote } = c.ctx;
  if (toks[sStart]?.pos !== 'ADP') return sStart;
  for (let k = sStart + 1; k < at; k++) {
    if (toks[k].lower === ',' && inQuote[k] < 0) return k + 1;
    if ((toks[k].pos === 'VERB' && !/(?:ed|ing)$/.test(toks[k].lower)) || toks[k].pos === 'AUX' || inQuote[k] >= 0) return sStart;
  }
  return sStart;
}

/** Sentence t's speaker, or the chain of the same pronoun that speaks in it or opens it. */
function speakerOf(c: CorefResolver, pronoun: string, at: number, t: number): Entity | null {
  const { sentences } = c.ctx;
  const { speakerAt, pronounSubjectsBySentence, compatible, chained } = c;
  const sent = sentences[t];
  const here: typeof speakerAt = [];
  for (let i = firstAt(speakerAt, sent.tokenStart); i < speakerAt.length && speakerAt[i].tok < sent.tokenEnd; i++) {
    if (compatible(speakerAt[i].entity, pronoun)) here.push(speakerAt[i]);
  }
  if (here.length) return here.sort((x, y) => x.subject - y.subject)[0].entity;
  // `That's why, he argued, …` in that sentence: the same pronoun means the same person.
  for (const ps of pronounSubjectsBySentence.get(t) ?? []) {
    if (ps.pronoun !== pronoun || ps.at >= at) continue;
    const e = chained(pronoun, ps.at);
    if (e) return e;
  }
  // A sentence that opens with the same pronoun continues its chain: `Roe said … ¶ She has faced
  // questions … Tom Hale … ¶ “…,” she said` → Roe, not the name inside the sentence.
  // (`Then she recalled her first week at the mill …`: past a conjunction or adverb that opens it)
  const first = openingPronoun(c, pronoun, sent.tokenStart, Math.min(at, sent.tokenEnd));
  return first >= 0 ? chained(pronoun, first) : null;
}

/**
 * No speaker in sentence t: its subject when a person fits (`Zyrn Quolt, a consultant, voted for Mr.
 * Hale. “…,” he said` → Quolt, though only Hale's gender is known), or a definite description as its
 * subject that resolves to someone named, or the same pronoun earlier in it.
 */
function subjectOf(c: CorefResolver, pronoun: string, at: number, t: number): Entity | null {
  const { toks, sentences, entityById, inQuote, sentenceSubject } = c.ctx;
  const { compatible, chained, resolveDescription } = c;
  const sent = sentences[t];
  const subj = sentenceSubject(sent.tokenStart, sent.tokenEnd);
  const subjEntity = subj?.kind === 'name' && subj.mention ? entityById.get(subj.mention.entity) : undefined;
  if (subjEntity?.kind === 'person' && compatible(subjEntity, pronoun)) return subjEntity;
  // `The senator gave Hale some credit. “…,” she said`: a definite description as its subject is who the
  // pronoun means when it resolves to someone named (`Sen. Ann Roe … the senator`); an unresolved one
  // (`the county sheriff`) is more often a person the article named than the description itself.
  if (subj?.kind === 'description' && subj.definite && isPersonHead(subj.head ?? '') && /^(?:he|she)$/.test(pronoun)) {
    const e = resolveDescription(subj, subj.start);
    if (e?.kind === 'person' && compatible(e, pronoun)) return e;
  }
  // `It isn't as if she hasn't backed a candidate before: she campaigned for Tom Hale. “…,” she said`:
  // the same pronoun in that sentence is the same person, before any name it mentions.
  if (/^(?:he|she)$/.test(pronoun)) {
    for (let i = sent.tokenStart; i < sent.tokenEnd && i < at; i++) {
      if (toks[i].lower !== pronoun || inQuote[i] >= 0 || toks[i].pos !== 'PRON') continue;
      return chained(pronoun, i);
    }
  }
  return null;
}

/** Sentence t's first compatible name (`Laura Kim met John Marsh. “…,” he said`), one whose gender is known first. */
function firstNameIn(c: CorefResolver, pronoun: string, t: number): Entity | null {
  const { toks, sentences, mentions, entityById, inQuote, mentionsBefore } = c.ctx;
  const sent = sentences[t];
  let first: Entity | null = null;
  for (let i = mentionsBefore(sent.tokenStart); i < mentions.length; i++) {
    const m = mentions[i];
    if (m.tokenStart < sent.tokenStart || inQuote[m.tokenStart] >= 0) continue;
    if (m.tokenStart >= sent.tokenEnd) break;
    const e = entityById.get(m.entity);
    if (!e || !c.compatible(e, pronoun)) continue;
    if (e.gender !== null || !/^(?:he|she)$/.test(pronoun)) return e;
    // `(Listen to the Late Shift podcast.) ¶ “…,” she said`: a name of unknown gender that
    // modifies a noun names a thing, not the person `she` means.
    if (toks[m.tokenEnd]?.pos === 'NOUN') continue;
    first ??= e;
  }
  return first;
}

/**
 * `…, he said`, `…, she added in a statement`: a pronoun after a comma and before its speech verb speaks
 * what came before the comma, and a name there is what it spoke about (`Also, Vale is no conservative, he
 * said` is not Vale's); its speaker is found in the sentences before. Measured on PolNeAR train: end to
 * end +0.055.
 */
function cueAfterContent(c: CorefResolver, at: number): boolean {
  const { toks, inQuote, isSpeechVerb } = c.ctx;
  const v = at + 1;
  return toks[at - 1]?.lower === ',' && inQuote[at - 1] < 0 && !!toks[v] && isSpeechVerb(v) && !/ing$/.test(toks[v].lower);
}
