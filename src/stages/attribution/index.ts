// Attribution: who said each quote. An ordered list of small rules ("sieves", sieves/ beside this file),
// most precise first, each answering only the quotes still without a speaker; the phrase a sieve finds
// is then resolved to an entity (a name by the entities layer, a pronoun or a description by the
// coreference layer), and each quote is kept or dropped (is-quote.ts).

import { layer, type Span, span } from '../../core/doc.js';
import type { Attribution, AttributionLayer, CoreferenceLayer, Entity, EntityKind, Reading, Referent } from '../../core/layers.js';
import { builtInStage, defineStage } from '../../core/stage.js';
import { slug } from '../../nlp/names.js';
import { UniqueIds } from '../../util/unique-ids.js';
import { pronounSex, reportedGender } from '../entities/gender.js';
import { notAQuote } from './is-quote.js';
import { defaultSieves } from './sieves/index.js';
import type { Found, Sieve } from './sieves/sieve.js';

/**
 * When the phrase had to be resolved, one more step that can go wrong: the share right for pronouns,
 * definite and indefinite descriptions over the share right for names, on the same set
 * (`he said` 0.69 against 0.93 for a name).
 */
const RESOLVED_FACTOR = { pronoun: 0.75, definite: 0.66, indefinite: 0.75 } as const;

export interface AttributionOptions {
  /** The sieves in order (default `defaultSieves()`): add, remove or move one to change the rules. */
  sieves?: readonly Sieve[];
}

export const attribution = (options: AttributionOptions = {}) => {
  const sieves = options.sieves ?? defaultSieves();
  const names = new Set<string>();
  for (const s of sieves) {
    if (names.has(s.name)) throw new Error(`attribution: two sieves are named "${s.name}"`);
    names.add(s.name);
  }
  // A user's sieves are a user's code: their answers are checked as any added stage's layer is.
  return (options.sieves ? defineStage : builtInStage)({
    name: 'attribution',
    options: { sieves: sieves.map((s) => s.name) },
    requires: ['reading', 'coreference'],
    provides: 'attribution',
    run(doc) {
      return attribute(layer(doc, 'reading'), layer(doc, 'coreference'), sieves);
    },
  });
};

/** Runs the sieves over a reading and resolves what they found (exported for tests on hand-built layers). */
export function attribute(ctx: Reading, coref: CoreferenceLayer, sieves: readonly Sieve[] = defaultSieves()): AttributionLayer {
  const { found, foundBy } = runSieves(ctx, sieves);
  const answers = new Answers(ctx, new SpeakerEntities(ctx, coref));
  // In text order, so that a continuation inherits a speaker already resolved.
  for (let k = 0; k < ctx.quotes.length; k++) {
    const f = found[k];
    if (f?.ref && answers.named(k, f, foundBy[k]!)) continue;
    // A phrase that resolved to nobody (`he` with no one before it) leaves the quote to continuation.
    const continuation = sieves.find((s) => s.answersUnresolved);
    if (f?.ref && continuation) answers.inherit(k, continuation.find(ctx, k, found), continuation);
    else answers.inherit(k, f, foundBy[k]);
  }
  const attributions: Attribution[] = ctx.quotes.map((q, k) => {
    const { results, cues, confidences, inherited } = answers;
    const reason = notAQuote(ctx, k, results[k] ? { beside: !inherited[k] && !!foundBy[k]?.beside, inherited: inherited[k] } : null);
    return {
      quote: q.id,
      isQuote: reason === null,
      ...(reason ? { reason } : {}),
      speaker: reason === null ? results[k] : null,
      cue: reason === null ? cues[k] : null,
      confidence: Number(confidences[k].toFixed(3)),
    };
  });
  return { attributions, speakers: withCorefGender(answers.speakers(attributions), coref) };
}

/** Each sieve in order over the quotes no earlier sieve answered. */
function runSieves(ctx: Reading, sieves: readonly Sieve[]) {
  const found: Array<Found | null> = ctx.quotes.map(() => null);
  const foundBy: Array<Sieve | null> = ctx.quotes.map(() => null);
  for (const sieve of sieves) {
    for (let k = 0; k < ctx.quotes.length; k++) {
      if (found[k]) continue;
      const f = sieve.find(ctx, k, found);
      if (f) {
        found[k] = f;
        foundBy[k] = sieve;
      }
    }
  }
  return { found, foundBy };
}

/** The speaker, cue and confidence of each quote as they are decided, and the mentions of each speaker. */
class Answers {
  readonly results: Array<Attribution['speaker']>;
  readonly confidences: number[];
  readonly cues: Array<Span | null>;
  readonly inherited: boolean[];
  private readonly spoken = new Map<string, { entity: Entity; mentions: Span[]; seen: Set<string> }>();

  constructor(
    private readonly ctx: Reading,
    private readonly entities: SpeakerEntities,
  ) {
    this.results = ctx.quotes.map(() => null);
    this.confidences = ctx.quotes.map(() => 0.5);
    this.cues = ctx.quotes.map(() => null);
    this.inherited = ctx.quotes.map(() => false);
  }

  /** Quote k's speaker from the phrase a sieve found; false when the phrase names nobody. */
  named(k: number, f: Found, by: Sieve): boolean {
    const { text, toks } = this.ctx;
    const ref = f.ref;
    const e = ref ? this.entities.of(ref) : null;
    if (!ref || !e) return false;
    const mention = span(text, toks[ref.start].start, toks[ref.end - 1].end);
    this.results[k] = {
      name: e.name,
      entity: e.id,
      mention,
      via: f.via,
      ...(f.addressee ? { addressee: span(text, toks[f.addressee.start].start, toks[f.addressee.end - 1].end) } : {}),
    };
    this.cues[k] = f.verb >= 0 ? span(text, toks[f.verb].start, toks[f.cueEnd - 1].end) : null;
    const factor =
      ref.kind === 'name'
        ? 1
        : ref.kind === 'pronoun'
          ? RESOLVED_FACTOR.pronoun
          : ref.definite
            ? RESOLVED_FACTOR.definite
            : RESOLVED_FACTOR.indefinite;
    this.confidences[k] = (f.confidence ?? by.confidence) * factor;
    let s = this.spoken.get(e.id);
    if (!s) {
      s = { entity: e, mentions: [...e.mentions], seen: new Set(e.mentions.map((m) => `${m.start}:${m.end}`)) };
      this.spoken.set(e.id, s);
    }
    // A set of the mentions kept, not a search of them: one speaker quoted 20,000 times stays linear.
    if (!s.seen.has(`${mention.start}:${mention.end}`)) {
      s.seen.add(`${mention.start}:${mention.end}`);
      s.mentions.push(mention);
    }
    return true;
  }

  /** Quote k's speaker from an earlier quote's (`inherit`), when the sieve's answer says so and that quote has one. */
  inherit(k: number, f: Found | null, by: Sieve | null): void {
    const prev = f?.inherit !== undefined ? this.results[f.inherit] : null;
    if (!prev || !f || f.inherit === undefined) return;
    this.results[k] = { name: prev.name, entity: prev.entity, mention: null, via: f.via };
    this.confidences[k] = Math.min(this.confidences[f.inherit], f.confidence ?? by!.confidence);
    this.inherited[k] = true;
  }

  /** The entities that speak a kept quote, each with its mentions in text order. */
  speakers(attributions: Attribution[]): Entity[] {
    const speaking = new Set(attributions.filter((a) => a.isQuote && a.speaker).map((a) => a.speaker!.entity));
    return [...this.spoken.values()]
      .filter((s) => speaking.has(s.entity.id))
      .map((s) => ({ ...s.entity, mentions: [...s.mentions].sort((a, b) => a.start - b.start) }));
  }
}

/** Entities for speaker phrases: the article's, coreference's, and the few attribution adds (`the capital said`, `ROE:`). */
class SpeakerEntities {
  private readonly known: Map<string, Entity>;
  /** Head token of a pronoun or description → entity id. */
  private readonly corefAt = new Map<number, string>();
  private readonly ids = new UniqueIds();

  constructor(
    private readonly ctx: Reading,
    coref: CoreferenceLayer,
  ) {
    this.known = new Map(ctx.entityById);
    for (const e of coref.entities) this.known.set(e.id, e);
    for (const m of coref.mentions) this.corefAt.set(m.tokenEnd - 1, m.entity);
    for (const id of this.known.keys()) this.ids.add(id);
  }

  private extra(name: string, kind: EntityKind): Entity {
    const e = this.known.get(slug(name));
    if (e) return e;
    const made: Entity = { id: this.ids.take(slug(name)), name, kind, gender: null, titles: [], mentions: [] };
    this.known.set(made.id, made);
    return made;
  }

  of(ref: Referent): Entity | null {
    const { ctx } = this;
    if (ref.kind === 'name') return this.named(ref);
    const id = this.corefAt.get(ref.end - 1);
    if (id) return this.known.get(id) ?? null;
    if (ref.kind === 'pronoun') return null;
    // A description coreference did not read (not a speech verb's subject): a speaker of its own.
    const isOrg = ctx.isOrgHead(ref.head ?? '');
    const phrase = ctx.text.slice(ctx.toks[ref.start].start, ctx.toks[(ref.nameEnd ?? ref.end) - 1].end);
    return this.extra(
      phrase.replace(/^(?:the|this|that)\s+/i, (m) => (isOrg ? '' : m)),
      isOrg ? 'organisation' : 'anonymous',
    );
  }

  private named(ref: Referent): Entity | null {
    const { ctx } = this;
    if (ref.mention) return ctx.entityById.get(ref.mention.entity) ?? null;
    const name = ctx.nameText(ref);
    if (/^[\p{Lu}\s.'’-]+$/u.test(name) && /\p{Lu}{2}/u.test(name)) {
      // A transcript label (`ROE`) is the person of the article with that name, else a person of its own.
      const words = name.toLowerCase().split(/\s+/);
      const person = ctx.input.entities.entities.find(
        (e) => e.kind === 'person' && words.every((w) => e.name.toLowerCase().split(/\s+/).includes(w)),
      );
      return (
        person ??
        this.extra(
          name.replace(/\p{Lu}+/gu, (w) => w[0] + w.slice(1).toLowerCase()),
          'person',
        )
      );
    }
    // `“…,” Dean said`, `Dean` read as a title: the one person named in full with that surname.
    // `Northland said`: a place that speaks is its government.
    return ctx.personBySurname(ref) ?? this.extra(name, 'organisation');
  }
}

/**
 * Each person speaker's reported gender (reportedGender), from what the entities stage read (genderCues:
 * the given name, the pronouns beside their mentions) and the pronouns coreference resolved to them
 * (`Orsa Vell opened the hearing. She spoke. She took no questions.`: two `she`), the larger count of
 * each, since both may have read the same pronoun. No cues (gender turned off, a speaker attribution or
 * coreference made): null.
 */
function withCorefGender(speakers: Entity[], coref: CoreferenceLayer): Entity[] {
  const resolved = new Map<string, { m: number; f: number }>();
  for (const m of coref.mentions) {
    const sex = m.kind === 'pronoun' ? pronounSex(m.text.toLowerCase()) : null;
    if (!sex) continue;
    const c = resolved.get(m.entity) ?? { m: 0, f: 0 };
    c[sex]++;
    resolved.set(m.entity, c);
  }
  return speakers.map((e) => {
    const cues = e.genderCues;
    if (!cues) return e.kind === 'person' ? { ...e, reportedGender: null } : e;
    const more = resolved.get(e.id) ?? { m: 0, f: 0 };
    const pronouns = { m: Math.max(cues.pronouns.m, more.m), f: Math.max(cues.pronouns.f, more.f) };
    return { ...e, reportedGender: reportedGender(cues.name, e.titles, pronouns) };
  });
}
