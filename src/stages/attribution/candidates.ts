// The candidate speakers of one quote, each with the features the ranker (ranker.ts) weighs. Candidates
// come from every sieve that proposes one (not only the first, as a list of rules would take), from the
// speaker of the quote before, from the names nearest the quote, and from the people an unresolved
// pronoun or description could mean. One candidate per entity: two sieves naming the same person are
// one candidate with both sieves among its features.

import type { CoreferenceLayer, Entity, Reading, Referent } from '../../core/layers.js';
import { partitionPoint } from '../../nlp/search.js';
import { hasGivenName } from '../coreference/index.js';
import { pronounSex } from '../entities/gender.js';
import { crossBySource, GUESSES, RELAY, type Source, titleFits } from './candidate-features.js';
import type { Found, Sieve } from './sieves/sieve.js';

export type { Source } from './candidate-features.js';

export interface Proposal {
  found: Found;
  sieve: Sieve;
}

export interface Candidate {
  entity: Entity;
  /** The first sieve's answer that named this entity (its phrase and cue), or null for the readers' candidates. */
  proposal: Proposal | null;
  /** The phrase naming it when a sieve found one, for the record's `mention`. */
  ref: Referent | null;
  /** Inherited from the speaker of an earlier quote (continuation). */
  inherited: boolean;
  /** Where it came from first. */
  source: Source;
  /** The first sieve's answer that resolves: what an ordered list of rules would take. */
  first: boolean;
  features: Record<string, number>;
}

/** Resolves a phrase to an entity (attribution's SpeakerEntities). */
export interface EntityResolver {
  of(ref: Referent): Entity | null;
}

/** How many names on each side of a quote are candidates of their own (`Roe met Vale. “…”`: both). */
const NEAR_BEFORE = 2;
const NEAR_AFTER = 1;
/** How many people a pronoun or description may mean, most recent first. */
const ANTECEDENTS = 3;
/**
 * How many names back they are looked for: `she` forty names after the last woman named means someone
 * else, and the walk stays short in a long article with one woman in it.
 */
const LOOK_BACK_NAMES = 40;

interface Draft {
  entity: Entity;
  proposal: Proposal | null;
  ref: Referent | null;
  source: Source;
  inherited: boolean;
  vias: Set<string>;
  first: boolean;
  rank?: number;
  /** For an antecedent: how many tokens before the phrase it was last named, where, and the phrase. */
  gap?: number;
  at?: number;
  phrase?: Referent;
}

/** Reads the candidates of each quote of one article. */
export class CandidateReader {
  /** Token positions of each entity's mentions outside quotes, names and resolved pronouns and descriptions. */
  private readonly positions = new Map<string, number[]>();
  /** Entity positions inside each quote. */
  private readonly inside = new Map<number, Set<string>>();
  /** Person and organisation name mentions outside quotes, in text order. */
  private readonly outside: Array<{ tok: number; entity: string }> = [];
  /** How many quotes' first answer names each entity. */
  private readonly firstCount = new Map<string, number>();
  private readonly topPerson: string | null;

  constructor(
    private readonly ctx: Reading,
    coref: CoreferenceLayer,
    private readonly entities: EntityResolver,
    private readonly proposals: ReadonlyArray<readonly Proposal[]>,
  ) {
    const add = (entity: string, tok: number) => {
      const q = ctx.inQuote[tok];
      if (q >= 0) {
        const s = this.inside.get(q) ?? new Set();
        this.inside.set(q, s.add(entity));
        return;
      }
      const list = this.positions.get(entity) ?? [];
      list.push(tok);
      this.positions.set(entity, list);
    };
    for (const m of ctx.mentions) {
      add(m.entity, m.tokenStart);
      if (ctx.inQuote[m.tokenStart] < 0) this.outside.push({ tok: m.tokenStart, entity: m.entity });
    }
    for (const m of coref.mentions) add(m.entity, m.tokenStart);
    for (const list of this.positions.values()) list.sort((a, b) => a - b);
    let top: string | null = null;
    let most = 0;
    for (const e of ctx.entityById.values()) {
      if (e.kind === 'person' && e.mentions.length > most) {
        most = e.mentions.length;
        top = e.id;
      }
    }
    this.topPerson = top;
    for (const list of proposals) {
      const f = list[0]?.found.ref;
      const e = f ? this.entityOf(f) : null;
      if (e) this.firstCount.set(e.id, (this.firstCount.get(e.id) ?? 0) + 1);
    }
  }

  /** Quote k's candidates, given the speakers already decided for the quotes before it. */
  of(k: number, decided: ReadonlyArray<Entity | null>): Candidate[] {
    const { ctx } = this;
    const drafts = new Map<string, Draft>();
    const put = (d: Draft) => {
      const had = drafts.get(d.entity.id);
      if (!had) drafts.set(d.entity.id, d);
      else {
        for (const v of d.vias) had.vias.add(v);
        had.first ||= d.first;
        // Coreference's choice is also one of the phrase's antecedents: it gets their features, so the
        // ranker weighs it against the others on the same terms (`he` → the nearer or the subject).
        if (had.phrase === undefined && d.phrase) Object.assign(had, { rank: d.rank, gap: d.gap, at: d.at, phrase: d.phrase });
      }
    };
    let firstDone = false;
    // Several sieves often find the same phrase (`he` after the quote): its antecedents are read once.
    const read = new Set<number>();
    for (const p of this.proposals[k]) {
      const f = p.found;
      const entity = f.ref ? this.entityOf(f.ref) : f.inherit !== undefined ? decided[f.inherit] : null;
      // The first answer that resolves is the one a list of rules would take (`he` with no one before it does not).
      const first = !firstDone && !!entity;
      if (entity) {
        firstDone = true;
        const source = f.ref ? sourceOf(f.ref) : 'inherit';
        put({ entity, proposal: p, ref: f.ref ?? null, source, inherited: !f.ref, vias: new Set([f.via]), first });
      }
      if (f.ref && (f.ref.kind !== 'name' || !entity) && !read.has(f.ref.start)) {
        read.add(f.ref.start);
        this.antecedents(p, f.ref, put);
      }
    }
    const prev = k > 0 ? decided[k - 1] : null;
    // A quote no sieve answers: the speaker of the quote before, the names nearest it, the article's most
    // named person are the candidates (`Roe spoke first. ¶ “We will appeal.”`). Where a sieve answers,
    // its phrase and what that phrase could mean are: a name nearby is no rival for a cue.
    // (`a sign that read “Stay off the river”`, `a banner reading “…”`: words written on a thing, no
    // person's to guess)
    if (!firstDone && !inscribed(ctx, k)) {
      if (prev) put(reader(prev, 'previous'));
      this.near(k, put);
      // The article's most named person, for a quote nothing else reads (`“…”` alone under a profile's headline).
      const top = this.topPerson ? ctx.entityById.get(this.topPerson) : null;
      if (top) put(reader(top, 'top'));
    }
    const firstDraft = [...drafts.values()].find((d) => d.first);
    const firstKind = firstDraft ? `${firstDraft.source}&${firstDraft.entity.kind}` : null;
    return [...drafts.values()].map((d) => ({
      entity: d.entity,
      proposal: d.proposal,
      ref: d.ref,
      inherited: d.inherited,
      source: d.source,
      first: d.first,
      features: this.features(k, d, prev, firstKind),
    }));
  }

  /**
   * The people a pronoun or description could mean, most recent first (`Roe and Vale met. The senator
   * said`), and the organisations a description headed by an organisation's noun could (`the company said`).
   */
  private antecedents(p: Proposal, ref: Referent, put: (d: Draft) => void): void {
    const sex = ref.kind === 'pronoun' ? pronounSex(this.ctx.toks[ref.start].lower) : null;
    const org = ref.kind === 'description' && this.ctx.isOrgHead(ref.head ?? '');
    let rank = 0;
    const seen = new Set<string>();
    const from = this.before(ref.start);
    for (let i = from - 1; i >= 0 && rank < ANTECEDENTS && from - i <= LOOK_BACK_NAMES; i--) {
      const e = this.ctx.entityById.get(this.outside[i].entity);
      if (!e || seen.has(e.id) || e.kind !== (org ? 'organisation' : 'person')) continue;
      // An organisation's noun means an organisation whose name holds it (`the department` → the Transport
      // Department), not the last organisation named (`10:00 GMT`, a network, a newspaper).
      if (
        org &&
        !e.name
          .toLowerCase()
          .split(/\s+/)
          .includes(ref.head ?? '')
      )
        continue;
      seen.add(e.id);
      if (sex && e.gender && e.gender !== sex) continue;
      const d = reader(e, 'antecedent', rank++);
      put({
        ...d,
        proposal: p,
        ref,
        vias: new Set([`${p.found.via}>antecedent`]),
        gap: ref.start - this.outside[i].tok,
        at: this.outside[i].tok,
        phrase: ref,
      });
    }
  }

  /** The nearest names before the quote in its paragraph or the one before, and after it in its paragraph. */
  private near(k: number, put: (d: Draft) => void): void {
    const { ctx } = this;
    const { openTok, closeTok } = ctx.windows[k];
    const para = ctx.quotes[k].paragraph;
    const seen = new Set<string>();
    let n = 0;
    for (let i = this.before(openTok) - 1; i >= 0 && n < NEAR_BEFORE; i--) {
      const { tok, entity } = this.outside[i];
      if (ctx.paragraphOfToken(tok) < para - 1) break;
      const e = ctx.entityById.get(entity);
      if (!e || seen.has(e.id)) continue;
      seen.add(e.id);
      put(reader(e, 'near', n++));
    }
    n = 0;
    for (let i = this.before(closeTok); i < this.outside.length && n < NEAR_AFTER; i++) {
      const { tok, entity } = this.outside[i];
      if (ctx.paragraphOfToken(tok) > para) break;
      const e = ctx.entityById.get(entity);
      if (!e || seen.has(e.id)) continue;
      seen.add(e.id);
      put(reader(e, 'near', n++));
    }
  }

  /** Each sentence's subject as the reading finds it, read once. */
  private readonly subjects = new Map<number, Referent | null>();
  private subjectOfSentence(i: number): Referent | null {
    let r = this.subjects.get(i);
    if (r === undefined) {
      const s = this.ctx.sentences[i];
      r = this.ctx.sentenceSubject(s.tokenStart, s.tokenEnd);
      this.subjects.set(i, r);
    }
    return r;
  }

  /** A sieve's phrase resolved once: the constructor counts first answers, `of` reads every proposal. */
  private readonly resolved = new Map<Referent, Entity | null>();
  private entityOf(ref: Referent): Entity | null {
    let e = this.resolved.get(ref);
    if (e === undefined) {
      e = this.entities.of(ref);
      this.resolved.set(ref, e);
    }
    return e;
  }

  /** Index of the first outside mention at or after token `tok`. */
  private before(tok: number): number {
    return partitionPoint(this.outside.length, (i) => this.outside[i].tok < tok);
  }

  private features(k: number, d: Draft, prev: Entity | null, firstKind: string | null): Record<string, number> {
    const e = d.entity;
    const f: Record<string, number> = { [`source:${d.source}`]: 1, [`kind:${e.kind}`]: 1 };
    for (const via of d.vias) f[`by:${via}`] = 1;
    // The trust its sieve declares, as log-odds: the one feature a user's sieve of its own brings.
    const declared = d.proposal && !d.phrase ? (d.proposal.found.confidence ?? d.proposal.sieve.confidence) : null;
    if (declared !== null) f.declared = Math.log(declared / (1 - declared));
    f.sieves = d.vias.size;
    if (d.first) {
      f.first = 1;
      f[`first&source:${d.source}`] = 1;
      f[`first&kind:${e.kind}`] = 1;
    }
    if (d.rank !== undefined) f[`${d.source}Rank`] = d.rank;
    if (d.phrase) this.phraseFeatures(f, d, d.phrase);
    if (!d.first && firstKind) f[`otherFirst:${firstKind}`] = 1;
    f.mentions = Math.log1p(this.positions.get(e.id)?.length ?? 0);
    if (e.id === this.topPerson) f.topPerson = 1;
    const speaks = (this.firstCount.get(e.id) ?? 0) - (d.first && d.ref ? 1 : 0);
    f.speaksElsewhere = Math.log1p(Math.max(0, speaks));
    if (this.inside.get(k)?.has(e.id)) f.namedInside = 1;
    if (prev && prev.id === e.id) f.previous = 1;
    if (e.kind === 'person' && /\s/.test(e.name.trim())) f.fullName = 1;
    if (hasGivenName(e)) f.givenName = 1;
    const head = d.ref?.head ?? e.name.toLowerCase().split(/\s+/).at(-1) ?? '';
    if (RELAY.has(head)) f.relay = 1;
    this.nearestFeatures(f, d, k);
    crossBySource(f, d.source, d.rank);
    return f;
  }

  /** What a pronoun's or description's antecedent is to its phrase (`Roe met Vale. He said`). */
  private phraseFeatures(f: Record<string, number>, d: Draft, phrase: Referent): void {
    const { ctx } = this;
    const e = d.entity;
    const of = sourceOf(phrase);
    const org = phrase.kind === 'description' && ctx.isOrgHead(phrase.head ?? '');
    f[`antecedentOf:${org ? 'organisation' : of}`] = 1;
    // `the department` for the Harbour Transport Department: the head is a word of the name.
    if (phrase.head && e.name.toLowerCase().split(/\s+/).includes(phrase.head)) f.headInName = 1;
    f.antecedentGap = Math.log1p(d.gap ?? 0);
    const head = phrase.head ?? '';
    if (head && e.titles.some((t) => titleFits(t, head))) f.titleFits = 1;
    if (phrase.kind === 'pronoun') f[e.gender ? 'genderAgrees' : 'genderUnknown'] = 1;
    // The subject of its sentence is the likelier antecedent (`Roe met Vale. He said`: Roe).
    const at = d.at ?? 0;
    const sentence = ctx.sentences[ctx.sentenceOfToken[at]];
    // (`As for Vale's remarks, Roe laughed. “…,” he said`: Roe, the subject the sentence reader finds, not
    // the first name of the sentence. Measured by 5-fold CV on PolNeAR train: 7 more right.)
    const subj = sentence ? this.subjectOfSentence(ctx.sentenceOfToken[at]) : null;
    if (subj && at >= subj.start && at < subj.end) f.antecedentSubject = 1;
    if (ctx.sentenceOfToken[at] === ctx.sentenceOfToken[phrase.start]) f.antecedentSameSentence = 1;
  }

  /** Where the candidate's mention nearest quote k stands. */
  private nearestFeatures(f: Record<string, number>, d: Draft, k: number): void {
    const { ctx } = this;
    const e = d.entity;
    const { openTok, closeTok } = ctx.windows[k];
    const para = ctx.quotes[k].paragraph;
    // The mention nearest the quote: the last before it or the first after it (positions are sorted).
    // (not the pronoun or description the candidate is read from: in `“…,” he said`, `he` is no mention of
    // whomever coreference read it as, who otherwise won on distance over every other antecedent)
    const skip = d.ref && d.ref.kind !== 'name' ? d.ref : null;
    const all = this.positions.get(e.id) ?? [];
    const at = skip ? all.filter((t) => t < skip.start || t >= skip.end) : all;
    const i = partitionPoint(at.length, (j) => at[j] < openTok);
    let dist = Number.POSITIVE_INFINITY;
    let nearest = -1;
    for (const t of [at[i - 1], at[partitionPoint(at.length, (j) => at[j] < closeTok)]]) {
      if (t === undefined) continue;
      const dt = t < openTok ? openTok - t : t - closeTok;
      if (dt < dist) {
        dist = dt;
        nearest = t;
      }
    }
    if (nearest < 0) f.unmentioned = 1;
    else {
      f.distance = Math.log1p(dist);
      const dp = para - ctx.paragraphOfToken(nearest);
      if (dp === 0) f.sameParagraph = 1;
      else if (dp === 1) f.paragraphBefore = 1;
      if (nearest > closeTok) f.after = 1;
      // What the nearest mention is in its sentence: its subject (`Roe left early.`), the likelier speaker
      // of a sieve's phrase (not of a guess: it gave `Roe inspected the bridge. ¶ “Stay off the river.”` to
      // Roe), or after a preposition (`Asked by Roe about it, Vale …`, `said of Roe`) or an owner (`Roe's
      // plan drew fire`), rarely the next to speak. Measured by 5-fold CV on PolNeAR train: 3 more right.
      const subj = this.subjectOfSentence(ctx.sentenceOfToken[nearest]);
      if (subj && nearest >= subj.start && nearest < subj.end && !GUESSES.has(d.source)) f.nearestSubject = 1;
      if (ctx.toks[nearest - 1]?.pos === 'ADP') f.nearestAfterAdp = 1;
      const m = ctx.mentionFrom.get(nearest);
      if (m && /^'s?$/.test(ctx.toks[m.tokenEnd]?.lower ?? '')) f.nearestOwner = 1;
    }
  }
}

/**
 * Is quote k what a thing reads, its verb right before the opening mark and a common noun before it (`a
 * sign that read “…”`, `a banner reading “…”`; not `Rule 12 reads “…”`, a named writing's words)?
 */
function inscribed(ctx: Reading, k: number): boolean {
  const { toks } = ctx;
  let v = ctx.windows[k].openTok - 1;
  if (/^[,:]$/.test(toks[v]?.lower ?? '')) v--;
  if (!/^(?:read|reads|reading)$/.test(toks[v]?.lower ?? '')) return false;
  const n = /^(?:that|which)$/.test(toks[v - 1]?.lower ?? '') ? v - 2 : v - 1;
  return toks[n]?.pos === 'NOUN' && /^\p{Ll}/u.test(ctx.tokenText(n));
}

/** A candidate of one of the readers here, not of a sieve. */
const reader = (entity: Entity, source: Source, rank?: number): Draft => ({
  entity,
  proposal: null,
  ref: null,
  source,
  inherited: source === 'previous',
  vias: new Set(),
  first: false,
  rank,
});

function sourceOf(ref: Referent): Source {
  if (ref.kind === 'name') return 'name';
  if (ref.kind === 'pronoun') return 'pronoun';
  return ref.definite ? 'definite' : 'indefinite';
}
