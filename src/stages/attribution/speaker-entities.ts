// Entities for speaker phrases: a name's entity, coreference's reading of a pronoun or description, and
// the few speakers attribution adds itself (a description no one resolved, a transcript label, an
// organisation named for its owner).
import type { CoreferenceLayer, Entity, EntityKind, Reading, Referent } from '../../core/layers.js';
import { isPeopleNoun, WRITINGS } from '../../nlp/lexicon.js';
import { slug } from '../../nlp/names.js';
import { partitionPoint } from '../../nlp/search.js';
import { UniqueIds } from '../../util/unique-ids.js';
import { jointEntity } from '../coreference/index.js';
import { descriptionName } from '../reading/phrases.js';
import { writingAuthor } from '../reading/writings.js';
import { writingMaker } from './according.js';

/** How many names back a description's person is looked for (measured on PolNeAR train: 5, 15 and 40 alike). */
export const DESCRIPTION_LOOK_BACK = 10;

/**
 * How many names back a `he` or `she` coreference did not read is looked for (3, 8 and the owners' 10
 * measured on PolNeAR train: 3, end to end +0.013 against 10).
 */
const PRONOUN_LOOK_BACK = 3;

/** How many names back the owner of `his campaign` or `her claim` is looked for, as a description's person is. */
const OWNER_LOOK_BACK = DESCRIPTION_LOOK_BACK;

/**
 * Bodies the articles name by their owner's surname (`the Roe campaign`, `Vale aides`); others keep the
 * owner's full name and the possessive (`Dana Roe's office`). Counted in PolNeAR train's hand-checked
 * names: `campaign` bare 102 of 115, `office` possessive 4 of 4.
 */
const BARE_OWNED = /^(?:campaign|campaigns|camp|aides|administration)$/;

/** Entities for speaker phrases: the article's, coreference's, and the few attribution adds (`the capital said`, `ROE:`). */
export class SpeakerEntities {
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

  /**
   * An organisation named for its owner (`Roe campaign`): where coreference made the same body of the
   * phrase's own spelling (`Roe’s campaign`, the same id), attribution's copy carries the owner's form, so
   * that every quote of the body, however its phrase was read, has one name.
   */
  private ownedEntity(name: string): Entity {
    const id = slug(name);
    const known = this.known.get(id);
    if (known && known.name !== name && !this.ctx.entityById.has(id) && known.kind === 'organisation') {
      const renamed: Entity = { ...known, name };
      this.known.set(id, renamed);
      return renamed;
    }
    return this.extra(name, 'organisation');
  }

  private extra(name: string, kind: EntityKind): Entity {
    const e = this.known.get(slug(name));
    if (e) return e;
    const made: Entity = { id: this.ids.take(slug(name)), name, kind, gender: null, titles: [], mentions: [] };
    this.known.set(made.id, made);
    return made;
  }

  /** Has coreference resolved this pronoun or description to a named person or organisation (not one of its own)? */
  resolved(ref: Referent): boolean {
    const id = this.corefAt.get(ref.end - 1);
    const kind = id ? this.known.get(id)?.kind : undefined;
    return kind === 'person' || kind === 'organisation';
  }

  of(ref: Referent): Entity | null {
    const { ctx } = this;
    if (ref.members)
      return jointEntity(
        ref.members,
        ctx,
        (name, kind) => this.extra(name, kind),
        // (`She and her aides said`: the pronoun's person, as coreference read it, else the last named of its sex)
        (r) => this.of(r),
      );
    if (ref.kind === 'name') return this.named(ref);
    // (`her campaign`, `Roe's campaign`: one organisation, named for its owner, whatever coreference made of the phrase)
    // (`Roe's letter`, `her statement`: a writing is no body; it speaks for its author, as coreference reads it)
    const head = ref.kind === 'description' ? (ref.head ?? '') : '';
    const owned = head && !ref.group && ctx.isOrgHead(head) && !WRITINGS.has(head) ? this.ownedName(ref) : null;
    if (owned) return this.ownedEntity(owned);
    // (`Vale filed a lawsuit … The lawsuit alleges …`: the writing speaks for whoever put it out, before
    // what coreference made of the phrase. Reading this inside coreference instead was measured: it also
    // moves the pronoun chains after it, end to end −0.05 and CV −0.1 on PolNeAR train.)
    const author = ref.kind === 'description' ? writingAuthor(ctx, ref) : null;
    const authorEntity = author && this.of(author);
    if (authorEntity) return authorEntity;
    // (`The Harbour Police summary was released … according to the summary`: the maker its phrase named)
    const maker = ref.kind === 'description' ? writingMaker(ctx, ref) : null;
    const makerEntity = maker && this.of(maker);
    if (makerEntity) return makerEntity;
    const pair = ref.kind === 'description' ? pairDescribed(ctx, ref) : null;
    if (pair) return this.of(pair);
    const id = ref.group ? undefined : this.corefAt.get(ref.end - 1);
    if (id) return this.known.get(id) ?? null;
    // (`his claim that …`, `She says … He says …`: a `he`, `she` or possessive coreference did not read is the
    // person of that sex among the last named)
    if (ref.kind === 'pronoun') {
      const w = ctx.toks[ref.start].lower;
      const sex = w === 'he' || w === 'his' ? 'm' : w === 'she' || w === 'her' ? 'f' : null;
      return sex ? ctx.lastPersonBefore(ref.start, w === 'he' || w === 'she' ? PRONOUN_LOOK_BACK : OWNER_LOOK_BACK, sex) : null;
    }
    // A description coreference did not read (not a speech verb's subject): a speaker of its own.
    const isOrg = ctx.isOrgHead(ref.head ?? '');
    return this.extra(descriptionName(ctx, ref, isOrg), isOrg ? 'organisation' : 'anonymous');
  }

  /**
   * `his campaign`, `Dana Roe's campaign`, `the mayor's office`: an organisation a person named (or a
   * pronoun coreference resolved) owns, named as the articles name it, `Roe campaign`; null otherwise.
   */
  private ownedName(ref: Referent): string | null {
    const { toks, text, mentionAt, entityById } = this.ctx;
    for (let i = ref.start; i < ref.end - 1; i++) {
      const w = toks[i].lower;
      let owner: Entity | null | undefined = null;
      if (/^(?:his|her)$/.test(w)) owner = this.of({ kind: 'pronoun', start: i, end: i + 1 });
      else if (/^['’]s?$/.test(w)) owner = entityById.get(mentionAt.get(i)?.entity ?? '');
      if (owner?.kind !== 'person') continue;
      const rest = text.slice(toks[i + 1].start, toks[ref.end - 1].end);
      if (!BARE_OWNED.test(toks[ref.end - 1].lower)) return `${owner.name}'s ${rest}`;
      return `${owner.name.split(/\s+/).at(-1)} ${rest}`;
    }
    return null;
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
 * `Ann Roe and Tom Vale met on Monday. … The two leaders said`: a definite description of two people
 * (`the two`, `both men`, `the pair`) means the two people last named together, in its paragraph or the
 * two before; as one referent of both, or null.
 */
function pairDescribed(ctx: Reading, ref: Referent): Referent | null {
  const { toks, mentions, entityById, paragraphOfToken } = ctx;
  const head = ref.head ?? '';
  const words = toks.slice(ref.start, ref.end).map((t) => t.lower);
  const two = words.includes('two') || words.includes('both');
  const pairWord = /^(?:two|pair|couple|duo)$/.test(head);
  if (!pairWord && !(two && isPeopleNoun(head))) return null;
  const para = paragraphOfToken(ref.start);
  for (let i = partitionPoint(mentions.length, (j) => mentions[j].tokenStart < ref.start) - 1; i >= 1; i--) {
    const a = mentions[i - 1];
    const b = mentions[i];
    if (para - paragraphOfToken(b.tokenStart) > 2) break;
    // (`Roe and Vale`, not `Ames, Roe and Vale`: exactly two)
    if (b.tokenStart - 1 !== a.tokenEnd || toks[a.tokenEnd]?.lower !== 'and' || toks[a.tokenStart - 1]?.lower === ',') continue;
    const ea = entityById.get(a.entity);
    const eb = entityById.get(b.entity);
    if (ea?.kind !== 'person' || eb?.kind !== 'person' || ea === eb) continue;
    const one = (m: typeof a): Referent => ({ kind: 'name', start: m.tokenStart, end: m.tokenEnd, mention: m });
    return { kind: 'name', start: a.tokenStart, end: b.tokenEnd, members: [one(a), one(b)] };
  }
  return null;
}
