// Attribution: who said each quote. An ordered list of small rules ("sieves", src/attribution/sieves),
// most precise first, each answering only the quotes still without a speaker; the phrase a sieve finds
// is then resolved to an entity (a name by the entities layer, a pronoun or a description by the
// coreference layer), and each quote is kept or dropped (src/attribution/is-quote.ts).

import { layer, type Span, span } from '../../core/doc.js';
import type { Attribution, AttributionLayer, CoreferenceLayer, Entity, EntityKind, Reading, Referent } from '../../core/layers.js';
import { builtInStage, defineStage } from '../../core/stage.js';
import { slug } from '../../nlp/names.js';
import { UniqueIds } from '../../util/unique-ids.js';
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
  const { text, toks, quotes, entityById } = ctx;
  const found: Array<Found | null> = quotes.map(() => null);
  const foundBy: Array<Sieve | null> = quotes.map(() => null);
  for (const sieve of sieves) {
    for (let k = 0; k < quotes.length; k++) {
      if (found[k]) continue;
      const f = sieve.find(ctx, k, found);
      if (f) {
        found[k] = f;
        foundBy[k] = sieve;
      }
    }
  }
  const continuationSieve = sieves.find((s) => s.answersUnresolved);

  // Entities: the article's, coreference's, and the few attribution adds (`Beijing said`, `WALLACE:`).
  const known = new Map(entityById);
  for (const e of coref.entities) known.set(e.id, e);
  const corefAt = new Map<number, string>(); // head token of a pronoun or description → entity id
  for (const m of coref.mentions) corefAt.set(m.tokenEnd - 1, m.entity);
  const ids = new UniqueIds();
  for (const id of known.keys()) ids.add(id);
  const extra = (name: string, kind: EntityKind): Entity => {
    const e = known.get(slug(name));
    if (e) return e;
    const made: Entity = { id: ids.take(slug(name)), name, kind, gender: null, titles: [], mentions: [] };
    known.set(made.id, made);
    return made;
  };
  const entityOf = (ref: Referent): Entity | null => {
    if (ref.kind === 'name') {
      if (ref.mention) return entityById.get(ref.mention.entity) ?? null;
      const name = ctx.nameText(ref);
      if (/^[\p{Lu}\s.'’-]+$/u.test(name) && /\p{Lu}{2}/u.test(name)) {
        // A transcript label (`WALLACE`) is the person of the article with that name, else a person of its own.
        const words = name.toLowerCase().split(/\s+/);
        const person = ctx.input.entities.entities.find(
          (e) => e.kind === 'person' && words.every((w) => e.name.toLowerCase().split(/\s+/).includes(w)),
        );
        return (
          person ??
          extra(
            name.replace(/\p{Lu}+/gu, (w) => w[0] + w.slice(1).toLowerCase()),
            'person',
          )
        );
      }
      // `“…,” Dean said`, `Dean` read as a title: the one person named in full with that surname.
      // `Beijing said`, `China said`: a place that speaks is its government.
      return ctx.personBySurname(ref) ?? extra(name, 'organisation');
    }
    const id = corefAt.get(ref.end - 1);
    if (id) return known.get(id) ?? null;
    if (ref.kind === 'pronoun') return null;
    // A description coreference did not read (not a speech verb's subject): a speaker of its own.
    const isOrg = ctx.isOrgHead(ref.head ?? '');
    return extra(
      text.slice(toks[ref.start].start, toks[(ref.nameEnd ?? ref.end) - 1].end).replace(/^(?:the|this|that)\s+/i, (m) => (isOrg ? '' : m)),
      isOrg ? 'organisation' : 'anonymous',
    );
  };

  const results: Array<Attribution['speaker']> = quotes.map(() => null);
  const confidences: number[] = quotes.map(() => 0.5);
  const cues: Array<Span | null> = quotes.map(() => null);
  const inherited: boolean[] = quotes.map(() => false);
  const spoken = new Map<string, { entity: Entity; mentions: Span[]; seen: Set<string> }>();
  // In text order, so that a continuation inherits a speaker already resolved.
  for (let k = 0; k < quotes.length; k++) {
    let f = found[k];
    const e = f?.ref ? entityOf(f.ref) : null;
    if (f?.ref && e) {
      const mention = span(text, toks[f.ref.start].start, toks[f.ref.end - 1].end);
      results[k] = {
        name: e.name,
        entity: e.id,
        mention,
        via: f.via,
        ...(f.addressee ? { addressee: span(text, toks[f.addressee.start].start, toks[f.addressee.end - 1].end) } : {}),
      };
      cues[k] = f.verb >= 0 ? span(text, toks[f.verb].start, toks[f.cueEnd - 1].end) : null;
      const factor =
        f.ref.kind === 'name'
          ? 1
          : f.ref.kind === 'pronoun'
            ? RESOLVED_FACTOR.pronoun
            : f.ref.definite
              ? RESOLVED_FACTOR.definite
              : RESOLVED_FACTOR.indefinite;
      confidences[k] = (f.confidence ?? foundBy[k]!.confidence) * factor;
      let s = spoken.get(e.id);
      if (!s) {
        s = { entity: e, mentions: [...e.mentions], seen: new Set(e.mentions.map((m) => `${m.start}:${m.end}`)) };
        spoken.set(e.id, s);
      }
      // A set of the mentions kept, not a search of them: one speaker quoted 20,000 times stays linear.
      if (!s.seen.has(`${mention.start}:${mention.end}`)) {
        s.seen.add(`${mention.start}:${mention.end}`);
        s.mentions.push(mention);
      }
      continue;
    }
    // A phrase that resolved to nobody (`he` with no one before it) leaves the quote to continuation.
    let by = foundBy[k];
    if (f?.ref && continuationSieve) {
      f = continuationSieve.find(ctx, k, found);
      by = continuationSieve;
    }
    const prev = f?.inherit !== undefined ? results[f.inherit] : null;
    if (prev) {
      results[k] = { name: prev.name, entity: prev.entity, mention: null, via: f!.via };
      confidences[k] = Math.min(confidences[f!.inherit!], f!.confidence ?? by!.confidence);
      inherited[k] = true;
    }
  }

  const attributions: Attribution[] = quotes.map((q, k) => {
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
  const speaking = new Set(attributions.filter((a) => a.isQuote && a.speaker).map((a) => a.speaker!.entity));
  const speakers = [...spoken.values()]
    .filter((s) => speaking.has(s.entity.id))
    .map((s) => ({ ...s.entity, mentions: [...s.mentions].sort((a, b) => a.start - b.start) }));
  return { attributions, speakers };
}
