// What a description outside quotes names: the author of a writing, the person or body an earlier phrase
// or title named, the issuer of a statement, or an anonymous speaker of its own.
import type { Entity, Referent } from '../../core/layers.js';
import { DOCUMENT_NOUNS, isOnePersonNoun, ORG_NOUNS, PERSON_NOUNS, SELF_NAMED_BODIES, WRITING_NOUNS } from '../../nlp/lexicon.js';
import { descriptionName } from '../reading/phrases.js';
import { firstAt, LOOK_BACK } from './index.js';
import type { CorefResolver } from './resolver.js';

/**
 * `the official added` → the official described earlier (`a senior transport official told reporters`);
 * `the secretary` → the person titled Secretary; `the ministry said` → the Ministry named before; an
 * indefinite description (`one official`) is an anonymous speaker of its own.
 */
export function resolveDescription(c: CorefResolver, ref: Referent, at: number): Entity | null {
  const { text, toks } = c.ctx;
  const phrase = text.slice(toks[ref.start].start, toks[(ref.nameEnd ?? ref.end) - 1].end);
  const head = ref.head ?? '';
  const isOrg = (ORG_NOUNS.has(head) || WRITING_NOUNS.has(head)) && !PERSON_NOUNS.has(head);
  const found =
    authorOf(c, ref, head) ??
    (ref.definite ? (earlierOne(c, at, phrase, head, isOrg)?.entity ?? definiteFallback(c, ref, at, phrase, head, isOrg)) : null) ??
    issuerOf(c, ref, head);
  if (found) return found;
  // (`Jo Hart, a retired teacher, came. … the retired teacher said`: the person the description is set beside;
  // PolNeAR train: 2 speakers right, none lost)
  const named = !ref.definite && !isOrg ? appositionOf(c, ref) : null;
  if (named) return named;
  return c.describe(descriptionName(c.ctx, ref, isOrg), isOrg, at);
}

/** A writing whose author the phrase names speaks for its author: `the Harbour Times report`, `Roe’s letter`, `the campaign’s statement`. */
function authorOf(c: CorefResolver, ref: Referent, head: string): Entity | null {
  const { toks, mentions, entityById, mentionsBefore } = c.ctx;
  if (WRITING_NOUNS.has(head) || DOCUMENT_NOUNS.has(head)) {
    for (let i = mentionsBefore(ref.start); i < mentions.length && mentions[i].tokenStart < ref.end; i++) {
      const e = entityById.get(mentions[i].entity);
      if (e && (e.kind === 'organisation' || e.kind === 'person')) return e;
    }
    const s0 = toks.slice(ref.start, ref.end).findIndex((t) => t.lower === "'s");
    if (s0 > 0) {
      const owner = c.resolveDescriptionOf(ref.start, ref.start + s0);
      if (owner) return owner;
    }
  }
  return null;
}

/** The latest description, titled person or organisation before `at` that a definite phrase can mean. */
function earlierOne(c: CorefResolver, at: number, phrase: string, head: string, isOrg: boolean): { tok: number; entity: Entity } | null {
  const { mentions, entityById, mentionsBefore } = c.ctx;
  const { speakerAt, descriptions, describedAt } = c;
  let best: { tok: number; entity: Entity } | null = null;
  for (const [, e] of descriptions) {
    const tok = describedAt.get(e) ?? -1;
    // Its words must all be the earlier one's: `the nominee` is `the Republican nominee`, but `the
    // Republican nominee` is not `the Democratic presidential nominee`.
    const theirs = e.name.toLowerCase().split(/\s+/);
    const ours = phrase
      .toLowerCase()
      .split(/\s+/)
      .filter((w) => !/^(?:the|this|that|a|an)$/.test(w));
    if (tok < at && theirs.includes(head) && ours.every((w) => theirs.includes(w)) && (!best || tok > best.tok)) best = { tok, entity: e };
  }
  // The latest fitting mention, read backwards and no further than a long article's length, so that a
  // text of one endless paragraph stays linear.
  for (let i = mentionsBefore(at) - 1; i >= 0 && at - mentions[i].tokenStart <= LOOK_BACK; i--) {
    const m = mentions[i];
    if (best && m.tokenStart <= best.tok) break;
    const e = entityById.get(m.entity);
    if (!e) continue;
    const fits = isOrg ? e.kind === 'organisation' && e.name.toLowerCase().includes(head) : e.kind === 'person' && e.titles.includes(head);
    if (fits) {
      best = { tok: m.tokenStart, entity: e };
      break;
    }
  }
  if (head === 'statement' || head === 'readout') {
    // `“…,” the statement said`: the statement of the speaker quoted just before.
    const prior = speakerAt[firstAt(speakerAt, at) - 1];
    if (prior && (!best || prior.tok > best.tok)) best = prior;
  }
  return best;
}

/** A definite description nothing named before: a writing speaks itself, else its indefinite antecedent, the organisation or the person named last. */
function definiteFallback(c: CorefResolver, ref: Referent, at: number, phrase: string, head: string, isOrg: boolean): Entity | null {
  const { text, toks, sentences, mentions, entityById, inQuote, sentenceOfToken, paragraphOfToken, sentenceSubject, mentionsBefore } =
    c.ctx;
  const { entityFor, resolvePronoun, indefiniteBefore, resolveDescription, describe } = c;
  // `“…,” the letter reads`, `said the ruling`: a writing that is the subject of the cue speaks itself.
  if (WRITING_NOUNS.has(head)) return describe(phrase, isOrg, at);
  // `A senior defence official briefed reporters. … the official added`: an indefinite phrase with
  // the same head noun earlier in the text, spoken or not.
  const antecedent = indefiniteBefore(head, ref.start);
  if (antecedent && DOCUMENT_NOUNS.has(head)) {
    // `The club issued a statement. “…,” the statement said`: the statement speaks for its issuer.
    const sent = sentences[sentenceOfToken[antecedent.start]];
    const issuer = sent ? sentenceSubject(sent.tokenStart, antecedent.start) : null;
    if (issuer && issuer.kind !== 'pronoun') return entityFor(issuer, issuer.start);
  }
  if (antecedent && !DOCUMENT_NOUNS.has(head)) return resolveDescription(antecedent, antecedent.start);
  // `The social media company said …`: a description of lower-case words is as bare as `the company`,
  // but reaches only to the paragraph before (`the state department` two paragraphs after a body named in
  // passing is a body of its own); `the Harbour campaign` or `the union's board` names its own.
  const plain = () =>
    toks
      .slice(ref.start, ref.end - 1)
      .every((t) => /^(?:the|this|that)$/.test(t.lower) || (!/^[A-Z]/.test(text.slice(t.start, t.end)) && t.lower !== "'s"));
  if (isOrg && !DOCUMENT_NOUNS.has(head) && plain() && !SELF_NAMED_BODIES.has(head)) {
    // (not a body whose own name holds its head, `the ministry` after an interview with a news agency: named
    // before, `the ministry` found it by that word, in earlierOne; PolNeAR train: 3 speakers right, none lost)
    const reach = ref.end - ref.start > 2 ? 1 : 2;
    // `Orbital Foods recalled jars. The company said …`: a bare `the company` is the organisation
    // named last.
    for (let i = mentionsBefore(ref.start) - 1; i >= 0 && ref.start - mentions[i].tokenStart <= LOOK_BACK; i--) {
      const e = entityById.get(mentions[i].entity);
      if (paragraphOfToken(ref.start) - paragraphOfToken(mentions[i].tokenStart) > reach) break;
      if (e?.kind === 'organisation' && inQuote[mentions[i].tokenStart] < 0) return e;
    }
  }
  // `Paul Green was released. “…,” the 56-year-old said`, `Sen. Ann Roe met Hale. The Ohio Democrat
  // said …`: a description of one person with nobody else it could mean is the one a `he` or `she`
  // would be — the speaker or subject of the sentences before, not merely the person last named.
  // (Measured on PolNeAR train for every noun of one person, not a short list: end to end +0.08.)
  if (!isOrg && (/year-old$/.test(head) || isOnePersonNoun(head))) {
    const e = resolvePronoun(
      /^(?:woman|girl|mother|spokeswoman)$/.test(head) ? 'she' : /^(?:man|boy|father|spokesman)$/.test(head) ? 'he' : 'person',
      ref.start,
    );
    if (e) return e;
  }
  return null;
}

/** `The club confirmed the news. “We wish him well,” a statement read`: a statement with no issuer named speaks for the subject of the sentence before it. */
function issuerOf(c: CorefResolver, ref: Referent, head: string): Entity | null {
  const { sentences, sentenceOfToken, paragraphOfToken, sentenceSubject } = c.ctx;
  if (!ref.definite && /^(?:statement|readout|release)$/.test(head)) {
    const s0 = sentenceOfToken[ref.start];
    const prev = s0 > 0 ? sentences[s0 - 1] : null;
    const issuer = prev && prev.paragraph >= paragraphOfToken(ref.start) - 1 ? sentenceSubject(prev.tokenStart, prev.tokenEnd) : null;
    if (issuer && issuer.kind !== 'pronoun' && issuer.start !== ref.start) {
      const e = c.entityFor(issuer, issuer.start);
      if (e) return e;
    }
  }
  return null;
}

/** `Jo Hart, 52, a retired teacher,`, `a retired teacher, Jo Hart,`: an indefinite description in apposition to a person's name is that person. */
function appositionOf(c: CorefResolver, ref: Referent): Entity | null {
  const { toks, mentionAt, mentionFrom, entityById } = c.ctx;
  const end = ref.nameEnd ?? ref.end;
  // (one person, set off by commas on both sides: not `Roe, analysts say`, nor `officials, Vale said`)
  if (!/^(?:a|an)$/.test(toks[ref.start].lower) || toks[end]?.lower !== ',') return null;
  const person = (m: { entity: string } | undefined) => {
    const e = m ? entityById.get(m.entity) : undefined;
    return e?.kind === 'person' ? e : null;
  };
  let b = ref.start - 1;
  if (toks[b]?.lower === ',') {
    if (toks[b - 1]?.pos === 'NUM' && toks[b - 2]?.lower === ',') b -= 2;
    const e = person(mentionAt.get(b));
    if (e) return e;
  }
  const m = mentionFrom.get(end + 1);
  return m && m.tokenEnd - m.tokenStart >= 2 && toks[m.tokenEnd]?.lower === ',' ? person(m) : null;
}
