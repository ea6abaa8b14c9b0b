// The resolver of one article's pronouns and descriptions: what it has resolved so far (speakers by
// position, descriptions met), the small resolvers, and the run in text order. Pronouns (pronouns.ts)
// and descriptions (descriptions.ts) are resolved by functions of the resolver.
import { span } from '../../core/doc.js';
import type { CoreferenceLayer, CoreferenceMention, Entity, EntityKind, Reading, Referent } from '../../core/layers.js';
import { PRONOUNS } from '../../nlp/lexicon.js';
import { slug } from '../../nlp/names.js';
import { UniqueIds } from '../../util/unique-ids.js';
import * as descriptions from './descriptions.js';
import { insertByTok, isPlausiblePerson, jointEntity, LOOK_BACK } from './index.js';
import * as pronouns from './pronouns.js';

export class CorefResolver {
  readonly extraEntities = new Map<string, Entity>();
  /** Speakers and speech-verb subjects by position: who a later pronoun most likely means. */
  readonly speakerAt: Array<{ tok: number; entity: Entity; subject: number }> = [];
  /** Pronoun subjects of speech verbs, by sentence: `That's why, he argued, …`. */
  readonly pronounSubjectsBySentence = new Map<number, Array<{ tok: number; at: number; pronoun: string }>>();
  readonly pronounMemo = new Map<number, Entity | null>();
  /** Entities named as the subject of a speech verb so far. */
  readonly spoke = new Set<string>();
  readonly out: CoreferenceMention[] = [];
  /**
   * `the official added` → the official described earlier (`a senior State Department official told
   * reporters`); `the secretary` → the person titled Secretary; `the ministry said` → the Ministry named
   * before; an indefinite description (`one US official`) is an anonymous speaker of its own.
   */
  readonly descriptions = new Map<string, Entity>();
  /** Where each described entity was last mentioned, for `the official` to find the latest one. */
  readonly describedAt = new Map<Entity, number>();
  private descriptionIds: UniqueIds | null = null;

  constructor(readonly ctx: Reading) {}

  readonly entityFor = (ref: Referent, at: number): Entity | null => {
    const { ctx } = this;
    const { toks, entityById } = this.ctx;
    const { ensureExtra, chained, resolveDescription } = this;
    if (ref.kind === 'name') {
      if (ref.members) return jointEntity(ref.members, ctx, ensureExtra, (r) => chained(toks[r.start].lower, r.start));
      if (ref.mention) return entityById.get(ref.mention.entity) ?? null;
      // `“…,” Dean said`, where `Dean` was read as a title, not a name: the one person the article names
      // in full with that surname (`Ray Dean`), when there is one.
      return ctx.personBySurname(ref) ?? ensureExtra(ctx.nameText(ref), 'organisation');
    }
    // In text order, so a later pronoun's chain finds this one resolved (no deep recursion on long texts).
    if (ref.kind === 'pronoun') return chained(toks[ref.start].lower, ref.start);
    return resolveDescription(ref, at);
  };

  readonly ensureExtra = (name: string, kind: EntityKind): Entity => {
    const { entityById } = this.ctx;
    const { extraEntities } = this;
    const id = slug(name);
    let e = extraEntities.get(id) ?? entityById.get(id);
    if (!e) {
      e = { id, name, kind, gender: null, titles: [], mentions: [] };
      extraEntities.set(id, e);
    }
    return e;
  };

  readonly compatible = (e: Entity, pronoun: string): boolean => {
    const { spoke } = this;
    if (pronoun === 'person') return e.kind === 'person';
    const p = PRONOUNS[pronoun];
    if (!p) return false;
    if (pronoun === 'it') return e.kind === 'organisation';
    if (pronoun === 'they' || pronoun === 'we') return e.kind === 'organisation' || e.kind === 'anonymous';
    if (e.kind !== 'person' && !(e.kind === 'anonymous' && !/s$/.test(e.name))) return false;
    // `Ruiz-Ortega … said`: one who has spoken is a person whatever the name lists say.
    if (e.kind === 'person' && !isPlausiblePerson(e) && !spoke.has(e.id)) return false;
    return e.gender === null || e.gender === p.gender;
  };

  /** An earlier pronoun of a chain, resolved once (memoised; a cycle finds null, never recurses). */
  readonly chained = (pronoun: string, at: number): Entity | null => {
    const { pronounMemo, resolvePronoun } = this;
    let e = pronounMemo.get(at);
    if (e === undefined) {
      pronounMemo.set(at, null);
      e = resolvePronoun(pronoun, at);
      pronounMemo.set(at, e);
    }
    return e;
  };

  /** The nearest description before `at` (within 80 tokens) whose head word passes `isHead`, resolved. */
  readonly describedBefore = (at: number, isHead: (word: string) => boolean, definiteOnly: boolean): Entity | null => {
    const { toks, inQuote, npLeft } = this.ctx;
    const { resolveDescription } = this;
    for (let i = at - 1; i >= 0 && at - i < 80; i--) {
      if (inQuote[i] >= 0 || !isHead(toks[i].lower)) continue;
      const r = npLeft(i + 1, Math.max(0, i - 6));
      if (r?.kind === 'description' && (r.definite || !definiteOnly)) return resolveDescription(r, r.start);
    }
    return null;
  };

  /** The nearest `a/an/one … HEAD` phrase before token `before`, outside quotes, within four paragraphs. */
  readonly indefiniteBefore = (head: string, before: number): Referent | null => {
    const { toks, inQuote, paragraphOfToken, isNpToken } = this.ctx;
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

  /** What the phrase in tokens [a, b) describes, when it is a description (`the campaign`). */
  readonly resolveDescriptionOf = (a: number, b: number): Entity | null => {
    const { npLeft } = this.ctx;
    const { resolveDescription } = this;
    const r = npLeft(b, a);
    return r?.kind === 'description' ? resolveDescription(r, r.start) : null;
  };

  /** The anonymous (or organisation) entity a description names, one per distinct phrase. */
  readonly describe = (name: string, isOrg: boolean, at: number): Entity => {
    const { entityById } = this.ctx;
    const { descriptions, describedAt } = this;
    const key = name.toLowerCase();
    let e = descriptions.get(key);
    if (!e) {
      if (!this.descriptionIds) {
        // Unique among the article's entities and the other descriptions: `an official`, `an-official-2`.
        this.descriptionIds = new UniqueIds();
        for (const id of entityById.keys()) this.descriptionIds.add(id);
      }
      e = {
        id: this.descriptionIds.take(slug(name)),
        name,
        kind: isOrg ? 'organisation' : 'anonymous',
        gender: null,
        titles: [],
        mentions: [],
      };
      descriptions.set(key, e);
    }
    describedAt.set(e, at);
    return e;
  };

  /**
   * `he`, `she`, `they`, `it`: first a compatible name earlier in the same sentence, its first (the
   * subject) rather than its nearest (`… from Su’s comments, although he said …` → Su); else, sentence by
   * sentence backwards: the speaker of that sentence (the leftmost subject of a speech verb, or of its
   * quote: `Mr. Lorne denied …, as Mr. Su has accused, and said …  “…,” he said` → Lorne); a pronoun
   * subject of a speech verb there, or the pronoun that opens it, is the same chain (`That's why, he
   * argued, …`); else its first compatible name. A name whose gender is known beats one whose is not;
   * always the nearest compatible one, not merely the nearest: `she` skips Lorne for Nadia Ko.
   */
  readonly resolvePronoun = (pronoun: string, at: number): Entity | null => pronouns.resolvePronoun(this, pronoun, at);

  readonly resolveDescription = (ref: Referent, at: number): Entity | null => descriptions.resolveDescription(this, ref, at);

  /**
   * Speech events in text order: each speech verb outside quotes and the phrase that speaks, either side
   * of it (`Roe said`, `“…,” said Ann Roe`), with the pronouns between them. `Roe said she hoped …` makes
   * Roe the one a later `she` means; a pronoun subject (`That's why, he argued, …`) is resolved when a
   * later pronoun reaches it, so that `he … he … he` stays one chain.
   */
  private speechEvents(): Array<{ at: number; ref: Referent; verb: number }> {
    const {
      toks,
      sentences,
      sentenceOfToken,
      inQuote,
      isSpeechVerb,
      isParticipleClause,
      sentenceSubject,
      subjectOf,
      isCloseMark,
      npRight,
    } = this.ctx;
    const { pronounSubjectsBySentence } = this;

    const events: Array<{ at: number; ref: Referent; verb: number }> = [];
    const seen = new Set<number>();
    for (let v = 0; v < toks.length; v++) {
      // (`…, according to the institute`: a definite source is resolved as a cue's subject is, to the
      // body named before, but makes no speaker salient)
      if (toks[v].lower === 'according' && toks[v + 1]?.lower === 'to' && inQuote[v] < 0) {
        const r = npRight(v + 2, sentences[sentenceOfToken[v]]?.tokenEnd ?? toks.length);
        if (r?.kind === 'description' && r.definite) events.push({ at: r.start, ref: r, verb: -1 });
        continue;
      }
      if (!isSpeechVerb(v)) continue;
      // (`Asked about Hale's calling Roe a bigot, Vale blamed Roe. “…,” he said`, `Vale praised Hale's
      // continued appeal`: a speech word after a possessive names an act, and makes no speaker of the
      // sentence; the pronoun is Vale. Measured on PolNeAR train: end to end +0.04; a gerund dropped as a
      // cue of reported speech too, -0.01.)
      if (/^(?:'s|his|her|their)$/.test(toks[v - 1]?.lower ?? '')) continue;
      const floor = sentences[sentenceOfToken[v]]?.tokenStart ?? 0;
      // `Lee gave Hale credit, saying he …`: a participle speaks for its clause's subject, not the name before it.
      let r = isParticipleClause(v) ? sentenceSubject(floor, v) : subjectOf(v, floor);
      // `“…,” said Lin Bao`: after a quote's closing mark the speaker follows the verb.
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
    return events;
  }

  /** Resolves every pronoun and description outside quotes, in text order. */
  run(): CoreferenceLayer {
    const { text, toks, inQuote, sentenceOfToken } = this.ctx;
    const { entityFor, out, speakerAt, spoke, descriptions, extraEntities } = this;
    const events = this.speechEvents();
    // A speaker is salient when named, or when the sentence quotes them: `Aye Myat May, 60, a doctor, said
    // she was elated` makes the doctor no antecedent for a later `she`, Aye Myat May being the one named.
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
}
