// Coreference: what each pronoun and description outside quotes refers to (`he`, `the official`, `the
// ministry`, `the letter`), resolved in text order so that each can look back at the people who spoke
// before it. Attribution reads this layer for speakers named by a pronoun or a description; the
// entities layer stays as the entities stage made it (descriptions become entities of this layer).

import { layer, span } from '../core/doc.js';
import type { CoreferenceLayer, CoreferenceMention, Entity, EntityKind, Reading, Referent } from '../core/layers.js';
import { builtInStage } from '../core/stage.js';
import { DOCUMENT_NOUNS, isGroupWord, isKnownName, ORG_NOUNS, PERSON_NOUNS, PRONOUNS, TITLES, WRITING_NOUNS } from '../nlp/lexicon.js';
import { slug } from '../nlp/names.js';
import { partitionPoint } from '../nlp/search.js';
import { UniqueIds } from '../util/unique-ids.js';

export const coreference = () =>
  builtInStage({
    name: 'coreference',
    options: {},
    requires: ['reading'],
    provides: 'coreference',
    run(doc) {
      return resolveReferences(layer(doc, 'reading'));
    },
  });

/** Resolves from the article's reading (a test may pass one made from hand-built layers). */
export function resolveReferences(ctx: Reading): CoreferenceLayer {
  const {
    text,
    toks,
    sentences,
    paragraphs,
    mentions,
    entityById,
    inQuote,
    sentenceOfToken,
    paragraphOfToken,
    isSpeechVerb,
    isNpToken,
    npLeft,
    npRight,
    subjectOf,
    sentenceSubject,
    isCloseMark,
    mentionsBefore,
    isOrgHead,
    isParticipleClause,
  } = ctx;
  const extraEntities = new Map<string, Entity>();
  /** Speakers and speech-verb subjects by position: who a later pronoun most likely means. */
  const speakerAt: Array<{ tok: number; entity: Entity; subject: number }> = [];
  /** Pronoun subjects of speech verbs, by sentence: `That's why, he argued, …`. */
  const pronounSubjectsBySentence = new Map<number, Array<{ tok: number; at: number; pronoun: string }>>();
  const pronounMemo = new Map<number, Entity | null>();
  /** Entities named as the subject of a speech verb so far. */
  const spoke = new Set<string>();
  const out: CoreferenceMention[] = [];

  const entityFor = (ref: Referent, at: number): Entity | null => {
    if (ref.kind === 'name') {
      if (ref.mention) return entityById.get(ref.mention.entity) ?? null;
      // `“…,” Dean said`, where `Dean` was read as a title, not a name: the one person the article names
      // in full with that surname (`Ray Dean`), when there is one.
      return ctx.personBySurname(ref) ?? ensureExtra(ctx.nameText(ref), 'organisation');
    }
    // In text order, so a later pronoun's chain finds this one resolved (no deep recursion on long texts).
    if (ref.kind === 'pronoun') return chained(toks[ref.start].lower, ref.start);
    return resolveDescription(ref, at);
  };

  const ensureExtra = (name: string, kind: EntityKind): Entity => {
    const id = slug(name);
    let e = extraEntities.get(id) ?? entityById.get(id);
    if (!e) {
      e = { id, name, kind, gender: null, titles: [], mentions: [] };
      extraEntities.set(id, e);
    }
    return e;
  };

  const compatible = (e: Entity, pronoun: string): boolean => {
    if (pronoun === 'person') return e.kind === 'person';
    const p = PRONOUNS[pronoun];
    if (!p) return false;
    if (pronoun === 'it') return e.kind === 'organisation';
    if (pronoun === 'they' || pronoun === 'we') return e.kind === 'organisation' || e.kind === 'anonymous';
    if (e.kind !== 'person' && !(e.kind === 'anonymous' && !/s$/.test(e.name))) return false;
    // `Lopez-Cantera … said`: one who has spoken is a person whatever the name lists say.
    if (e.kind === 'person' && !isPlausiblePerson(e) && !spoke.has(e.id)) return false;
    return e.gender === null || e.gender === p.gender;
  };

  /** An earlier pronoun of a chain, resolved once (memoised; a cycle finds null, never recurses). */
  const chained = (pronoun: string, at: number): Entity | null => {
    let e = pronounMemo.get(at);
    if (e === undefined) {
      pronounMemo.set(at, null);
      e = resolvePronoun(pronoun, at);
      pronounMemo.set(at, e);
    }
    return e;
  };

  /**
   * `he`, `she`, `they`, `it`: first a compatible name earlier in the same sentence, its first (the
   * subject) rather than its nearest (`… from Xi’s comments, although he said …` → Xi); else, sentence by
   * sentence backwards: the speaker of that sentence (the leftmost subject of a speech verb, or of its
   * quote: `Mr. Blinken denied …, as Mr. Xi has accused, and said …  “…,” he said` → Blinken); a pronoun
   * subject of a speech verb there, or the pronoun that opens it, is the same chain (`That's why, he
   * argued, …`); else its first compatible name. A name whose gender is known beats one whose is not;
   * always the nearest compatible one, not merely the nearest: `she` skips Blinken for Katrina Yu.
   */
  const resolvePronoun = (pronoun: string, at: number): Entity | null => {
    const s = sentenceOfToken[at];
    const sStart = s >= 0 ? sentences[s].tokenStart : at;
    // A name whose given name tells the gender beats one that does not: `At an event in St. Clairsville,
    // 62-year-old Brenda Johnson railed … “…,” she said` → Brenda Johnson.
    let weak: Entity | null = null;
    for (let i = mentionsBefore(sStart); i < mentions.length; i++) {
      const m = mentions[i];
      if (m.tokenStart >= at) break;
      if (m.tokenEnd > at || m.tokenStart < sStart) continue;
      if (inQuote[m.tokenStart] >= 0) continue;
      const e = entityById.get(m.entity);
      if (!e || !compatible(e, pronoun)) continue;
      if (e.gender !== null || !/^(?:he|she)$/.test(pronoun)) return e;
      weak ??= e;
    }
    if (weak) return weak;
    const para = paragraphOfToken(at);
    for (let t = s - 1; t >= 0 && s - t <= 30; t--) {
      const sent = sentences[t];
      if (para - sent.paragraph > 4) break;
      if (paragraphs[sent.paragraph].boilerplate) continue;
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
      // A sentence that opens with the same pronoun continues its chain: `Lynch said … ¶ She has faced
      // controversies … Hillary Clinton … ¶ “…,” she said` → Lynch, not the name inside the sentence.
      let first0 = sent.tokenStart;
      // (`Then he described his visit to the park …`: past a conjunction or adverb that opens it)
      while (
        first0 < sent.tokenEnd &&
        (toks[first0].pos === 'SPACE' ||
          toks[first0].pos === 'PUNCT' ||
          toks[first0].pos === 'CCONJ' ||
          /^(?:then|also|still|now|later)$/.test(toks[first0].lower))
      )
        first0++;
      if (first0 < sent.tokenEnd && first0 < at && inQuote[first0] < 0 && toks[first0].lower === pronoun && /^(?:he|she)$/.test(pronoun)) {
        const e = chained(pronoun, first0);
        if (e) return e;
      }
      // No speaker in that sentence: its subject when a person fits (`Zyrn Quolt, a consultant, voted
      // for Mr. Obama. “…,” he said` → Quolt, though only Obama's gender is known); else its
      // first compatible name (`Laura Kim met John Reid. “…,” he said`), one whose gender is known first.
      const subj = sentenceSubject(sent.tokenStart, sent.tokenEnd);
      const subjEntity = subj?.kind === 'name' && subj.mention ? entityById.get(subj.mention.entity) : undefined;
      if (subjEntity?.kind === 'person' && compatible(subjEntity, pronoun)) return subjEntity;
      // `The senator gave Trump some credit. “…,” he said`: a definite description as its subject is who the
      // pronoun means when it resolves to someone named (`Sen. Ann Roe … the senator`); an unresolved one
      // (`the Arizona sheriff`) is more often a person the article named than the description itself.
      if (subj?.kind === 'description' && subj.definite && isPersonHead(subj.head ?? '') && /^(?:he|she)$/.test(pronoun)) {
        const e = resolveDescription(subj, subj.start);
        if (e?.kind === 'person' && compatible(e, pronoun)) return e;
      }
      // `It isn't as if she hasn't backed a candidate before: she campaigned for Mitt Romney. “…,” she said`:
      // the same pronoun in that sentence is the same person, before any name it mentions.
      if (/^(?:he|she)$/.test(pronoun)) {
        for (let i = sent.tokenStart; i < sent.tokenEnd && i < at; i++) {
          if (toks[i].lower !== pronoun || inQuote[i] >= 0 || toks[i].pos !== 'PRON') continue;
          const e = chained(pronoun, i);
          if (e) return e;
          break;
        }
      }
      let first: Entity | null = null;
      for (let i = mentionsBefore(sent.tokenStart); i < mentions.length; i++) {
        const m = mentions[i];
        if (m.tokenStart < sent.tokenStart || inQuote[m.tokenStart] >= 0) continue;
        if (m.tokenStart >= sent.tokenEnd) break;
        const e = entityById.get(m.entity);
        if (!e || !compatible(e, pronoun)) continue;
        if (e.gender !== null || !/^(?:he|she)$/.test(pronoun)) return e;
        // `(Listen to the Night Desk podcast.) ¶ “…,” she said`: a name of unknown gender that
        // modifies a noun names a thing, not the person `she` means.
        if (toks[m.tokenEnd]?.pos === 'NOUN') continue;
        first ??= e;
      }
      if (first) return first;
    }
    // `The ministry issued new guidance. “…,” it said`: the body described last (definite), named or not.
    if (pronoun === 'it') return describedBefore(at, (w) => isOrgHead(w) && !WRITING_NOUNS.has(w) && !DOCUMENT_NOUNS.has(w), true);
    // `Local residents packed the hall. “…,” they said`: the group described last.
    if (pronoun === 'they' || pronoun === 'we') return describedBefore(at, (w) => PERSON_NOUNS.has(w) && /s$/.test(w), false);
    return null;
  };

  /** The nearest description before `at` (within 80 tokens) whose head word passes `isHead`, resolved. */
  const describedBefore = (at: number, isHead: (word: string) => boolean, definiteOnly: boolean): Entity | null => {
    for (let i = at - 1; i >= 0 && at - i < 80; i--) {
      if (inQuote[i] >= 0 || !isHead(toks[i].lower)) continue;
      const r = npLeft(i + 1, Math.max(0, i - 6));
      if (r?.kind === 'description' && (r.definite || !definiteOnly)) return resolveDescription(r, r.start);
    }
    return null;
  };

  /**
   * `the official added` → the official described earlier (`a senior State Department official told
   * reporters`); `the secretary` → the person titled Secretary; `the ministry said` → the Ministry named
   * before; an indefinite description (`one US official`) is an anonymous speaker of its own.
   */
  const descriptions = new Map<string, Entity>();
  let descriptionIds: UniqueIds | null = null;
  /** Where each described entity was last mentioned, for `the official` to find the latest one. */
  const describedAt = new Map<Entity, number>();
  /** The nearest `a/an/one … HEAD` phrase before token `before`, outside quotes, within four paragraphs. */
  const indefiniteBefore = (head: string, before: number): Referent | null => {
    const para = paragraphOfToken(before);
    for (let i = before - 1; i > 0 && before - i <= LOOK_BACK; i--) {
      if (para - paragraphOfToken(i) > 4) break;
      if (inQuote[i] >= 0 || toks[i].lower !== head) continue;
      for (let d = i - 1; d >= Math.max(0, i - 6); d--) {
        if (/^(?:a|an|one|another)$/.test(toks[d].lower)) return { kind: 'description', start: d, end: i + 1, head, definite: false };
        if (!isNpToken(d)) break;
      }
    }
    return null;
  };
  const resolveDescription = (ref: Referent, at: number): Entity | null => {
    const phrase = text.slice(toks[ref.start].start, toks[(ref.nameEnd ?? ref.end) - 1].end);
    const head = ref.head ?? '';
    const isOrg = (ORG_NOUNS.has(head) || WRITING_NOUNS.has(head)) && !PERSON_NOUNS.has(head);
    // One whose author the phrase names speaks for its author: `the IMF report`, `Hoff’s letter`, `the
    // campaign’s statement`.
    if (WRITING_NOUNS.has(head) || DOCUMENT_NOUNS.has(head)) {
      for (let i = mentionsBefore(ref.start); i < mentions.length && mentions[i].tokenStart < ref.end; i++) {
        const e = entityById.get(mentions[i].entity);
        if (e && (e.kind === 'organisation' || e.kind === 'person')) return e;
      }
      const s0 = toks.slice(ref.start, ref.end).findIndex((t) => t.lower === "'s");
      if (s0 > 0) {
        const owner = resolveDescriptionOf(ref.start, ref.start + s0);
        if (owner) return owner;
      }
    }
    if (ref.definite) {
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
        if (tok < at && theirs.includes(head) && ours.every((w) => theirs.includes(w)) && (!best || tok > best.tok))
          best = { tok, entity: e };
      }
      // The latest fitting mention, read backwards and no further than a long article's length, so that a
      // text of one endless paragraph stays linear.
      for (let i = mentionsBefore(at) - 1; i >= 0 && at - mentions[i].tokenStart <= LOOK_BACK; i--) {
        const m = mentions[i];
        if (best && m.tokenStart <= best.tok) break;
        const e = entityById.get(m.entity);
        if (!e) continue;
        const fits = isOrg
          ? e.kind === 'organisation' && e.name.toLowerCase().includes(head)
          : e.kind === 'person' && e.titles.includes(head);
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
      if (best) return best.entity;
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
      if (isOrg && ref.end - ref.start === 2 && !DOCUMENT_NOUNS.has(head)) {
        // `Orbital Foods recalled jars. The company said …`: a bare `the company` is the organisation
        // named last; `the state department` names one of its own.
        for (let i = mentionsBefore(ref.start) - 1; i >= 0 && ref.start - mentions[i].tokenStart <= LOOK_BACK; i--) {
          const e = entityById.get(mentions[i].entity);
          if (paragraphOfToken(ref.start) - paragraphOfToken(mentions[i].tokenStart) > 2) break;
          if (e?.kind === 'organisation' && inQuote[mentions[i].tokenStart] < 0) return e;
        }
      }
      // `Paul Green was released. “…,” the 56-year-old said`: a person description with nobody else
      // it could mean is the person last named, as `he` or `she` would be.
      if (!isOrg && /year-old$|^(?:man|woman|boy|girl|father|mother|driver|victim|resident|official|spokesman|spokeswoman)$/.test(head)) {
        const e = resolvePronoun(
          /^(?:woman|girl|mother|spokeswoman)$/.test(head) ? 'she' : /^(?:man|boy|father|spokesman)$/.test(head) ? 'he' : 'person',
          ref.start,
        );
        if (e) return e;
      }
    }
    // `The club confirmed the news. “We wish him well,” a statement read`: a statement with no issuer named
    // speaks for the subject of the sentence before it.
    if (!ref.definite && /^(?:statement|readout|release)$/.test(head)) {
      const s0 = sentenceOfToken[ref.start];
      const prev = s0 > 0 ? sentences[s0 - 1] : null;
      const issuer = prev && prev.paragraph >= paragraphOfToken(ref.start) - 1 ? sentenceSubject(prev.tokenStart, prev.tokenEnd) : null;
      if (issuer && issuer.kind !== 'pronoun' && issuer.start !== ref.start) {
        const e = entityFor(issuer, issuer.start);
        if (e) return e;
      }
    }
    return describe(
      phrase.replace(/^(?:the|this|that)\s+/i, (m) => (isOrg ? '' : m)),
      isOrg,
      at,
    );
  };
  /** What the phrase in tokens [a, b) describes, when it is a description (`the campaign`). */
  const resolveDescriptionOf = (a: number, b: number): Entity | null => {
    const r = npLeft(b, a);
    return r?.kind === 'description' ? resolveDescription(r, r.start) : null;
  };
  /** The anonymous (or organisation) entity a description names, one per distinct phrase. */
  const describe = (name: string, isOrg: boolean, at: number): Entity => {
    const key = name.toLowerCase();
    let e = descriptions.get(key);
    if (!e) {
      if (!descriptionIds) {
        // Unique among the article's entities and the other descriptions: `an official`, `an-official-2`.
        descriptionIds = new UniqueIds();
        for (const id of entityById.keys()) descriptionIds.add(id);
      }
      e = { id: descriptionIds.take(slug(name)), name, kind: isOrg ? 'organisation' : 'anonymous', gender: null, titles: [], mentions: [] };
      descriptions.set(key, e);
    }
    describedAt.set(e, at);
    return e;
  };

  // Speech events in text order: each speech verb outside quotes and the phrase that speaks, either side
  // of it (`Xi said`, `“…,” said Wu Xinbo`), with the pronouns and definite descriptions between them.
  // `Xi said he hoped …` makes Xi the one a later `he` means; a pronoun subject (`That's why, he argued,
  // …`) is resolved when a later pronoun reaches it, so that `he … he … he` stays one chain.
  const events: Array<{ at: number; ref: Referent; verb: number }> = [];
  const seen = new Set<number>();
  for (let v = 0; v < toks.length; v++) {
    if (!isSpeechVerb(v)) continue;
    const floor = sentences[sentenceOfToken[v]]?.tokenStart ?? 0;
    // `Lee gave Trump credit, saying he …`: a participle speaks for its clause's subject, not the name before it.
    let r = isParticipleClause(v) ? sentenceSubject(floor, v) : subjectOf(v, floor);
    // `“…,” said Wu Xinbo`: after a quote's closing mark the speaker follows the verb.
    if (!r && v > 0 && (toks[v - 1].lower === ',' || isCloseMark(v - 1)))
      r = npRight(v + 1, sentences[sentenceOfToken[v]]?.tokenEnd ?? toks.length);
    if (!r) continue;
    if (r.kind === 'pronoun' && /^(?:he|she)$/.test(toks[r.start].lower)) {
      const list = pronounSubjectsBySentence.get(sentenceOfToken[v]) ?? [];
      list.push({ tok: v, at: r.start, pronoun: toks[r.start].lower });
      pronounSubjectsBySentence.set(sentenceOfToken[v], list);
    }
    events.push({ at: r.start, ref: r, verb: v });
    seen.add(r.start);
  }
  // Other subject pronouns (`He was blunt: “…”`), resolved but never made salient themselves.
  for (let i = 0; i < toks.length; i++) {
    if (seen.has(i) || inQuote[i] >= 0) continue;
    const w = toks[i].lower;
    if (toks[i].pos === 'PRON' && (w === 'he' || w === 'she'))
      events.push({ at: i, ref: { kind: 'pronoun', start: i, end: i + 1 }, verb: -1 });
  }
  events.sort((a, b) => a.at - b.at || a.verb - b.verb);
  // A speaker is salient when named, or when the sentence quotes them: `Yin Myint May, 60, a doctor, said
  // she was elated` makes the doctor no antecedent for a later `she`, Yin Myint May being the one named.
  const quoted = new Set<number>();
  for (let i = 0; i < toks.length; i++) if (inQuote[i] >= 0) quoted.add(sentenceOfToken[i]);
  for (const ev of events) {
    const e = entityFor(ev.ref, ev.ref.start);
    if (!e) continue;
    if (ev.ref.kind !== 'name') {
      const end = ev.ref.kind === 'description' ? (ev.ref.nameEnd ?? ev.ref.end) : ev.ref.end;
      out.push({
        ...span(text, toks[ev.ref.start].start, toks[end - 1].end),
        entity: e.id,
        kind: ev.ref.kind,
        tokenStart: ev.ref.start,
        tokenEnd: ev.ref.end,
      });
    }
    if (ev.verb >= 0 && (ev.ref.kind === 'name' || quoted.has(sentenceOfToken[ev.verb])))
      insertByTok(speakerAt, { tok: ev.verb, entity: e, subject: ev.ref.start });
    if (ev.verb >= 0 && ev.ref.kind === 'name') spoke.add(e.id);
  }
  out.sort((a, b) => a.start - b.start || a.end - b.end);
  return { mentions: out, entities: [...descriptions.values(), ...extraEntities.values()] };
}

/** A head noun that names one person: `the senator`, `the Wisconsin Republican`, not `the crowd`. */
function isPersonHead(w: string): boolean {
  return !/s$/.test(w) && (PERSON_NOUNS.has(w) || TITLES.has(w) || isGroupWord(w));
}

/**
 * Can `he` or `she` mean this entity? A one-word name with no title, no known gender and no place in the
 * name lists is more likely a thing read as a name (`Obamacare`, `Trending`, `Kenansville`) than a person.
 */
function isPlausiblePerson(e: Entity): boolean {
  return e.gender !== null || e.titles.length > 0 || /\s/.test(e.name.trim()) || isKnownName(e.name);
}

/** How far back (in tokens) a description looks for what it refers to: a long article, not a whole corpus. */
const LOOK_BACK = 3000;

/** Index of the first item at or after token `tok` in a list kept in token order. */
const firstAt = <T extends { tok: number }>(list: T[], tok: number): number => partitionPoint(list.length, (i) => list[i].tok < tok);

/** Inserts into a list kept in token order (the list can hold every quote of a long text). */
function insertByTok<T extends { tok: number }>(list: T[], item: T): void {
  list.splice(
    partitionPoint(list.length, (i) => list[i].tok <= item.tok),
    0,
    item,
  );
}
