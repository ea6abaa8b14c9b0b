// Attribution: who said each quote. Small rules ("sieves", sieves/ beside this file) each propose a phrase
// for every quote, resolved to an entity (a name by the entities layer, a pronoun or a description by the
// coreference layer); candidates.ts adds what else the phrase could mean and, for a quote no sieve
// answers, the names near it; the ranker (ranker.ts) picks one. Then each quote is kept or dropped (is-quote.ts).

import { layer, type Span, span } from '../../core/doc.js';
import type { Attribution, AttributionLayer, CoreferenceLayer, Entity, IndirectQuote, Reading } from '../../core/layers.js';
import { builtInStage, defineStage } from '../../core/stage.js';
import { isOnePersonNoun } from '../../nlp/lexicon.js';
import { partitionPoint } from '../../nlp/search.js';
import { isPlainlyPerson } from '../coreference/index.js';
import { pronounSex, reportedGender } from '../entities/gender.js';
import { type Candidate, CandidateReader, type Proposal } from './candidates.js';
import { namedWithRole } from './clauses.js';
import { type IndirectFound, reportsOf } from './indirect.js';
import { notAQuote, type SpeakerEvidence } from './is-quote.js';
import { best, DEFAULT_RANKER, type RankerModel } from './ranker.js';
import { defaultSieves } from './sieves/index.js';
import type { Found, Sieve } from './sieves/sieve.js';
import { DESCRIPTION_LOOK_BACK, SpeakerEntities } from './speaker-entities.js';

/**
 * The share of right speakers of each shape of reported speech, over those found that match a gold
 * indirect quote (PolNeAR train, all types, hand-checked speakers; 3,977, 389 and 192 quotes). A
 * report with no speaker in the text (`It was announced that …`, `Asked whether …`) is rarer (30
 * quotes, 20 right): 0.67 all the same.
 */
const INDIRECT_CONFIDENCE: Record<IndirectFound['via'], number> = {
  'indirect-cue-before': 0.83,
  'indirect-cue-after': 0.87,
  'indirect-according-to': 0.71,
  'indirect-passive': 0.67,
};

export interface AttributionOptions {
  /** The sieves in order (default `defaultSieves()`): add, remove or move one to change the rules. */
  sieves?: readonly Sieve[];
  /** The ranker's weights (default: the shipped model, trained by `npm run train`). */
  ranker?: RankerModel;
  /** Find reported speech without marks too (indirect.ts; default true): `false` for quotes in marks only. */
  indirect?: boolean;
}

export const attribution = (options: AttributionOptions = {}) => {
  const sieves = options.sieves ?? defaultSieves();
  const names = new Set<string>();
  for (const s of sieves) {
    if (names.has(s.name)) throw new Error(`attribution: two sieves are named "${s.name}"`);
    names.add(s.name);
  }
  const ranker = options.ranker ?? DEFAULT_RANKER;
  // A user's sieves are a user's code: their answers are checked as any added stage's layer is.
  return (options.sieves ? defineStage : builtInStage)({
    name: 'attribution',
    options: {
      sieves: sieves.map((s) => s.name),
      ...(options.ranker ? { ranker: 'custom' } : {}),
      ...(options.indirect === false ? { indirect: false } : {}),
    },
    requires: ['reading', 'coreference'],
    provides: 'attribution',
    run(doc) {
      return attribute(layer(doc, 'reading'), layer(doc, 'coreference'), { sieves, ranker, indirect: options.indirect !== false });
    },
  });
};

export interface AttributeOptions {
  sieves?: readonly Sieve[];
  ranker?: RankerModel;
  indirect?: boolean;
  /** Sees each quote's candidates and the one chosen (index, or -1): how `npm run train` reads its data. */
  observe?: (k: number, candidates: readonly Candidate[], chosen: number) => void;
}

/**
 * Every sieve proposes, the ranker decides: the candidates of each quote in text order (so that a
 * continuation inherits a speaker already decided), the most probable one kept when the ranker gives it
 * at least the model's threshold. Exported for tests on hand-built layers.
 */
export function attribute(ctx: Reading, coref: CoreferenceLayer, options: AttributeOptions = {}): AttributionLayer {
  const sieves = options.sieves ?? defaultSieves();
  const ranker = options.ranker ?? DEFAULT_RANKER;
  const entities = new SpeakerEntities(ctx, coref);
  const reader = new CandidateReader(ctx, coref, entities, runSieves(ctx, sieves));
  const answers = new Answers(ctx);
  for (let k = 0; k < ctx.quotes.length; k++) {
    const candidates = reader.of(k, answers.inheritable);
    // Whether marks are speech is judged on the first sieve's answer, whoever the ranker picks: a cue
    // beside them (`he said`) is evidence, a name nearby is not.
    const first = candidates.find((c) => c.first && !c.proposal?.sieve.noCue);
    if (first) answers.evidence[k] = { beside: !first.inherited && !!first.proposal?.sieve.beside, inherited: first.inherited };
    const top = best(ranker, candidates);
    // A guess (no sieve's cue behind it) only at the model's threshold, chosen on train's folds (npm run train).
    const chosen = top && (candidates[top.index].proposal || top.p >= (ranker.threshold ?? 0)) ? top.index : -1;
    options.observe?.(k, candidates, chosen);
    if (top && chosen >= 0) answers.take(k, candidates[chosen], top.p);
  }
  const attributions: Attribution[] = ctx.quotes.map((q, k) => {
    const { results, cues, confidences, evidence } = answers;
    const reason = notAQuote(ctx, k, evidence[k]);
    return {
      quote: q.id,
      isQuote: reason === null,
      ...(reason ? { reason } : {}),
      speaker: reason === null ? results[k] : null,
      cue: reason === null ? cues[k] : null,
      confidence: Number(confidences[k].toFixed(3)),
    };
  });
  const kept = attributions.map((a) => a.isQuote);
  if (options.indirect) answers.nameSpeakers(reportsOf(ctx), entities);
  const indirect = options.indirect ? reportsOf(ctx).flatMap((f) => answers.indirect(f, entities, kept)) : undefined;
  return {
    attributions,
    ...(indirect ? { indirect } : {}),
    speakers: withCorefGender(answers.speakers(attributions, indirect), coref),
  };
}

/** Every sieve's answer for every quote, in sieve order; each sieve sees the first answer found for each quote so far. */
function runSieves(ctx: Reading, sieves: readonly Sieve[]): Proposal[][] {
  const found: Array<Found | null> = ctx.quotes.map(() => null);
  const proposals: Proposal[][] = ctx.quotes.map(() => []);
  for (const sieve of sieves) {
    for (let k = 0; k < ctx.quotes.length; k++) {
      const f = sieve.find(ctx, k, found);
      if (!f) continue;
      proposals[k].push({ found: f, sieve });
      found[k] ??= f;
    }
  }
  return proposals;
}

/** The speaker, cue and confidence of each quote as they are decided, and the mentions of each speaker. */
class Answers {
  readonly results: Array<Attribution['speaker']>;
  readonly entities: Array<Entity | null>;
  /** The speakers a later quote may inherit or follow: those a sieve's cue backs, not a guess from a name nearby. */
  readonly inheritable: Array<Entity | null>;
  readonly confidences: number[];
  readonly cues: Array<Span | null>;
  readonly evidence: Array<SpeakerEvidence | null>;
  /** Whether quote k's speaker was named by a sieve's cue (`said Vale`), not a pronoun, description or guess. */
  private readonly named: boolean[];
  /** The speakers of reported speech, in text order. */
  private readonly reported: Entity[] = [];
  /** Entities some cue's subject names by name (`Vale said …`, `“…,” said Vale`): people, whatever their name looks like. */
  private readonly namedSpeakers = new Set<string>();
  private readonly spoken = new Map<string, { entity: Entity; mentions: Span[]; seen: Set<string> }>();

  constructor(private readonly ctx: Reading) {
    this.results = ctx.quotes.map(() => null);
    this.entities = ctx.quotes.map(() => null);
    this.inheritable = ctx.quotes.map(() => null);
    this.confidences = ctx.quotes.map(() => 0.5);
    this.cues = ctx.quotes.map(() => null);
    this.evidence = ctx.quotes.map(() => null);
    this.named = ctx.quotes.map(() => false);
  }

  /** Remembers who a cue names by name, from the quotes' answers and the reports `found`. */
  nameSpeakers(found: readonly IndirectFound[], entities: SpeakerEntities): void {
    for (let k = 0; k < this.entities.length; k++) {
      const e = this.entities[k];
      if (e && this.named[k]) this.namedSpeakers.add(e.id);
    }
    for (const f of found) {
      const e = f.ref?.kind === 'name' ? entities.of(f.ref) : null;
      if (e) this.namedSpeakers.add(e.id);
    }
  }

  /** Quote k's speaker is candidate c, with probability p. */
  take(k: number, c: Candidate, p: number): void {
    const { text, toks } = this.ctx;
    const e = c.entity;
    const f = c.proposal?.found;
    const ref = c.ref;
    const mention = ref ? span(text, toks[ref.start].start, toks[ref.end - 1].end) : null;
    this.entities[k] = e;
    this.named[k] = !c.inherited && ref?.kind === 'name' && !!c.proposal;
    this.results[k] = {
      name: e.name,
      entity: e.id,
      mention,
      via: f?.via ?? c.source,
      ...(f?.addressee ? { addressee: span(text, toks[f.addressee.start].start, toks[f.addressee.end - 1].end) } : {}),
    };
    this.cues[k] = f && f.verb >= 0 ? span(text, toks[f.verb].start, toks[f.cueEnd - 1].end) : null;
    this.confidences[k] = p;
    if (this.evidence[k]) this.inheritable[k] = e;
    if (mention) this.remember(e, mention);
  }

  /** A mention that names a speaker, kept with its entity's mentions. */
  private remember(e: Entity, mention: Span): void {
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
  }

  /**
   * Reported speech as a quote of its own: its speaker resolved as any quote's phrase is, its confidence
   * the share right of its shape (INDIRECT_CONFIDENCE); none when the phrase names nobody.
   */
  indirect(f: IndirectFound, entities: SpeakerEntities, kept: readonly boolean[]): IndirectQuote[] {
    const { text, toks } = this.ctx;
    const content = span(text, toks[f.start].start, toks[f.end - 1].end);
    const cue = span(text, toks[f.verb].start, toks[f.cueEnd - 1].end);
    // `It was announced that …`: reported speech the text gives no speaker (ANNOTATION.md §3: null).
    if (!f.ref) return [{ ...content, speaker: null, cue, confidence: INDIRECT_CONFIDENCE[f.via] }];
    // (`Roe, who ran it, said the sale was “a betrayal”`: the report and the words quoted inside it have
    // one speaker, the one the ranker gave the quote, which weighs the report's reading among the others)
    const inside = this.quoteInside(f, kept);
    if (inside) {
      const { entity, speaker } = inside;
      this.reported.push(entity);
      return [{ ...content, speaker: { ...speaker, via: f.via }, cue, confidence: INDIRECT_CONFIDENCE[f.via] }];
    }
    // `The candidate said …`, a description of one person that coreference left to itself: the person
    // last named before it, as a reader takes it (the ranker's first antecedent; a group or an
    // organisation's noun is left to the resolver). Measured on PolNeAR train: speakers right 81.2 → 81.7.
    const person =
      f.ref.kind === 'description' && f.ref.definite && !f.ref.group && isOnePersonNoun(f.ref.head ?? '') && !entities.resolved(f.ref)
        ? this.ctx.lastPersonBefore(f.ref.start, DESCRIPTION_LOOK_BACK)
        : null;
    const e = person ?? entities.of(f.ref);
    if (!e) return [];
    // `he said the gap would close`: a pronoun gives reported speech only to someone the article plainly
    // presents as a person (a gender, a title or a known given name), not to a capitalised run a headline
    // left among the entities, unless a cue names them (`Quorvel said …`, `“…,” said Quorvel`): a
    // person then, whatever the name looks like. (Keeping every such report scored the same end to end on
    // PolNeAR train, half of them right, places among them; the named ones: indirect F1 +0.2.)
    if (
      f.ref.kind === 'pronoun' &&
      e.kind === 'person' &&
      !isPlainlyPerson(e) &&
      !this.namedSpeakers.has(e.id) &&
      !namedWithRole(this.ctx, e.id)
    )
      return [];
    const mention = span(text, toks[f.ref.start].start, toks[f.ref.end - 1].end);
    this.remember(e, mention);
    this.reported.push(e);
    return [{ ...content, speaker: { name: e.name, entity: e.id, mention, via: f.via }, cue, confidence: INDIRECT_CONFIDENCE[f.via] }];
  }

  /** The first kept quote (is-quote.ts) with a speaker inside the report `f`, and that speaker; none past a quote whose cue is inside it. */
  private quoteInside(f: IndirectFound, kept: readonly boolean[]): { entity: Entity; speaker: NonNullable<Attribution['speaker']> } | null {
    const { windows, toks } = this.ctx;
    const from = toks[f.start].start;
    const to = toks[f.end - 1].end;
    // (windows in text order: the first at the report's start found by halving, so that an article with
    // thousands of reports and quotes stays linear)
    for (let k = partitionPoint(windows.length, (i) => windows[i].openTok < f.start); k < windows.length; k++) {
      if (windows[k].closeTok - 1 > f.end) break;
      const entity = this.entities[k];
      const speaker = this.results[k];
      // (`Vale said Roe told members the plant would stay “open”`: a quote whose own cue stands inside
      // the report is the nested speaker's; the report stays Vale's. Measured on PolNeAR train: end to
      // end +0.07; giving that quote the report's speaker as well lost 0.07.)
      const cue = this.cues[k];
      if (cue && cue.start >= from && cue.start < to) return null;
      if (entity && speaker && kept[k]) return { entity, speaker };
    }
    return null;
  }

  /** The entities that speak a kept quote, each with its mentions in text order. */
  speakers(attributions: Attribution[], indirect: IndirectQuote[] = []): Entity[] {
    const speaking = new Set(attributions.filter((a) => a.isQuote && a.speaker).map((a) => a.speaker!.entity));
    for (const q of indirect) if (q.speaker) speaking.add(q.speaker.entity);
    const out: Entity[] = [];
    const done = new Set<string>();
    for (const e of [...this.entities, ...this.reported]) {
      if (!e || done.has(e.id) || !speaking.has(e.id)) continue;
      done.add(e.id);
      const s = this.spoken.get(e.id);
      out.push({ ...e, mentions: [...(s?.mentions ?? e.mentions)].sort((a, b) => a.start - b.start) });
    }
    return out;
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
