// Entities: people and organisations named in the article, each with all its mentions.
//
// wink's model has no PERSON type, so names are read off proper-noun runs of its POS tags, titles and
// roles are stripped (`US Secretary of State Anton Lorne` → `Anton Lorne`), and short forms and
// typos are linked to the full name inside the article (`Mr Lorme`, `Lorne` → `Anton Lorne`).

import { layer } from '../../core/doc.js';
import type { EntityLayer, Mention, Paragraph, Token } from '../../core/layers.js';
import { builtInStage } from '../../core/stage.js';
import { COUNTRY_CODE, DEMONYM, isFirstName, isKnownName, isSurname, nameGender, SPEECH_VERBS } from '../../nlp/lexicon.js';
import { foldName, slug } from '../../nlp/names.js';
import { UniqueIds } from '../../util/unique-ids.js';
import { type Candidate, classifyRun } from './classify.js';
import { FEMALE_TITLES, genderOf, MALE_TITLES, pronounEvidence, pronounSex, sexOfTitles } from './gender.js';
import { sentenceInitial, speaksNext } from './name-tokens.js';
import {
  addForm,
  type Building,
  building,
  canonicalName,
  countBefore,
  firstMention,
  fits,
  lastBefore,
  PeopleIndex,
  upperBound,
} from './people.js';
import { headlineTest, isDateline, nameRuns, splitRun } from './runs.js';

export interface EntityOptions {
  /** Report each person's gender (default true); false leaves it null in every output. */
  gender?: boolean;
}

export const entities = (options: EntityOptions = {}) =>
  builtInStage({
    name: 'entities',
    options: { gender: options.gender ?? true },
    requires: ['tokens', 'paragraphs'],
    provides: 'entities',
    run(doc) {
      const layerOut = findEntities(doc.text, layer(doc, 'tokens'), layer(doc, 'paragraphs'));
      // Off: coreference still reads its own guess (Entity.gender); nothing reports one.
      if (options.gender === false) for (const e of layerOut.entities) e.genderCues = undefined;
      return layerOut;
    },
  });

export interface Pending {
  cand: Candidate;
  /** The name's words, folded (foldName), and as written. */
  form: string[];
  surface: string[];
  /** The mention opens its sentence. */
  initial: boolean;
}

export function findEntities(text: string, toks: Token[], paragraphs: readonly Paragraph[] = []): EntityLayer {
  const pending = candidates(text, toks, paragraphs);
  // Full names first, so that `Hale` early in a text still joins `Tom Hale` named later.
  // Weak words last, so that they only join people the article names in full.
  const rank = pending.map((p) => (p.cand.weak ? 0 : p.form.length > 1 ? 2 : 1));
  const order = pending.map((_p, k) => k).sort((a, b) => rank[b] - rank[a] || a - b);
  const owners = new Owners(text, toks);
  const owner = new Array<Building | null>(pending.length).fill(null);
  for (const k of order) owner[k] = pending[k].cand.kind === 'organisation' ? owners.organisation(pending[k]) : owners.person(pending[k]);
  const dropped = sentenceInitialWords(toks, pending, owner, owners.people);
  pending.forEach((_, k) => {
    if (owner[k] && dropped.has(owner[k]!)) owner[k] = null;
  });
  const all = [...owners.people.filter((b) => !dropped.has(b)), ...owners.orgs.values()];
  return { entities: all.map((b) => b.entity), mentions: finishEntities(text, toks, pending, owner, all) };
}

/** Every name run of the text, split and classified, with its forms; places and headline runs left out. */
export function candidates(text: string, toks: Token[], paragraphs: readonly Paragraph[]): Pending[] {
  const pending: Pending[] = [];
  const headline = headlineTest(text, paragraphs);
  for (const whole of nameRuns(text, toks)) {
    for (const run of splitRun(text, toks, whole)) {
      if ((headline(toks[run.start].start) && !namesHeadlineSpeaker(text, toks, run)) || isDateline(text, toks, run)) continue;
      const cand = classifyRun(text, toks, run);
      if (!cand || cand.kind === 'place') continue;
      const joined: string[] = [];
      // Re-join hyphenated parts: [Fu, -, kuo] → [Fu-kuo]
      for (let k = cand.nameStart; k < cand.nameEnd; k++) {
        const t = toks[k];
        const w = text.slice(t.start, t.end);
        if (k > cand.nameStart && t.start === toks[k - 1].end && (w === '-' || toks[k - 1].lower === '-')) joined[joined.length - 1] += w;
        else joined.push(w);
      }
      // (`surface` is read for people only: an organisation's name is its text, taken below.)
      pending.push({ cand, form: joined.map((w) => foldName(w)), surface: joined, initial: sentenceInitial(toks, cand.nameStart) });
    }
  }

  return pending;
}

/**
 * `Dana Whitlock: ‘We Will Not Back Down.’`: a title-case headline that opens with a given name and a surname
 * before a colon names the person the article then calls `Whitlock`, and the only place it names her in full.
 */
function namesHeadlineSpeaker(text: string, toks: Token[], run: { start: number; end: number }): boolean {
  const n = run.end - run.start;
  const lineStart = toks[run.start].start === 0 || text[toks[run.start].start - 1] === '\n';
  return lineStart && n >= 2 && n <= 3 && toks[run.end]?.lower === ':' && isFirstName(toks[run.start].lower);
}

/** The people and organisations of an article as their mentions are assigned, one at a time. */
export class Owners {
  readonly people: Building[] = [];
  readonly orgs = new Map<string, Building>();
  private readonly index = new PeopleIndex();
  /** A number per distinct person form of the article (`tom hale` → 0, `hale` → 1). */
  private readonly formIds = new Map<string, number>();

  constructor(
    private readonly text: string,
    private readonly toks: Token[],
  ) {}

  /** The organisation a mention names, by its name without `the`, possessives and country words. */
  organisation({ cand, form }: Pending): Building {
    const { text, toks, orgs } = this;
    const at = toks[cand.start].start;
    const key = form.filter((w) => w !== 'the' && w !== "'s" && !COUNTRY_CODE.test(w) && !DEMONYM.test(w)).join(' ') || form.join(' ');
    let b = orgs.get(key);
    if (!b) {
      const name = text.slice(toks[cand.nameStart].start, toks[cand.nameEnd - 1].end);
      b = building({ id: '', name, kind: 'organisation', gender: null, titles: [], mentions: [] });
      addForm(b, form, form.join(' '));
      b.surface.push([name]);
      b.at.push(at);
      orgs.set(key, b);
    } else if (text.slice(toks[cand.nameStart].start, toks[cand.nameEnd - 1].end).length > b.entity.name.length) {
      b.entity.name = text.slice(toks[cand.nameStart].start, toks[cand.nameEnd - 1].end);
    }
    return b;
  }

  /** The person a mention names: one already met that fits its form, else a new one; null for none. */
  person({ cand, form, surface }: Pending): Building | null {
    const { toks, people, index, formIds } = this;
    const titles = cand.titles;
    const at = toks[cand.start].start;
    // People: the nearest fitting entity before this mention (two Wangs: the one named last), else after.
    const formKey = form.join(' ');
    let formId = formIds.get(formKey);
    if (formId === undefined) formIds.set(formKey, (formId = formIds.size));
    const fitting: Building[] = [];
    for (const p of index.candidates(form)) if (fits(form, formId, p)) fitting.push(p);
    let b: Building | undefined;
    if (fitting.length === 1) b = fitting[0];
    else if (fitting.length > 1) {
      const exact = fitting.filter((x) => x.forms.some((f) => f.includes(form[form.length - 1]) || f.includes(form[0])));
      let pool = exact.length ? exact : fitting;
      // `Mr. Roe` after `Jane Roe` and `John Roe`: a gendered title never joins a person known as of the
      // other sex, by a title or a given name (a father and his daughter stay two); nor does a surname
      // whose verb is followed by a possessive of the other sex (`Roe recalled her first job`).
      const sex = sexOfTitles(titles) ?? possessiveAfter(toks, cand.end);
      if (sex) {
        // (and one known to be of its sex before one whose sex nothing tells: `Mr. Roe` is Tom Roe, not Oru Roe)
        const agree = pool.filter((x) => knownSex(x) !== (sex === 'm' ? 'f' : 'm'));
        const same = agree.filter((x) => knownSex(x) === sex);
        if (same.length) pool = same;
        else if (agree.length) pool = agree;
      }
      // The one named in the last few words, else the one the article has named most so far: `Ned Quill
      // … a photo of Hedda Quill … ¶ “…,” Quill said` is Ned Quill, the article's subject.
      const before = pool.filter((x) => firstMention(x) <= at).sort((x, y) => lastBefore(y, at) - lastBefore(x, at));
      if (before.length > 1 && at - lastBefore(before[0], at) > 100)
        before.sort((x, y) => countBefore(y, at) - countBefore(x, at) || lastBefore(y, at) - lastBefore(x, at));
      b = before[0] ?? pool.sort((x, y) => firstMention(x) - firstMention(y))[0];
    }
    if (!b && form.length === 2) {
      // `Earlier on Monday Su Lorne held talks`: two known people's names side by side, not a third person.
      const a0 = people.find((x) => x.full.some((f) => f.includes(form[0])));
      const a1 = people.find((x) => x !== a0 && x.full.some((f) => f.includes(form[1])));
      if (a0 && a1) return null;
    }
    if (
      !b &&
      cand.weak &&
      (cand.joinOnly || !(titles.length || speaksNext(toks, cand.end) || SPEECH_VERBS.has(toks[cand.start - 1]?.lower ?? '')))
    )
      return null;
    if (!b) {
      b = building({ id: '', name: '', kind: 'person', gender: null, titles: [], mentions: [] });
      people.push(b);
      b.order = people.length;
    }
    if (!b.formKeys.has(formKey)) {
      addForm(b, form, formKey);
      index.add(b, form);
    }
    b.surface.push(surface);
    for (const t of cand.titles) if (!b.entity.titles.includes(t)) b.entity.titles.push(t);
    // `9/11 widow Terry Vela`, `actress Jane Roe`: a gendered role word right before the name.
    const before = toks[cand.start - 1]?.lower;
    if (before && (MALE_TITLES.has(before) || FEMALE_TITLES.has(before)) && !b.entity.titles.includes(before)) b.entity.titles.push(before);
    b.at.splice(upperBound(b.at, at), 0, at);
    return b;
  }
}

/**
 * `Demand has doubled since May`: a single capitalised word seen only at the start of sentences, never
 * joined to a full name and not a known name, is an ordinary word, not a person. So is one seen only
 * there or after a preposition of place, known name or not: `the vigil in Marlow … Marlow mourned` is a
 * town (`in Marlow's view` is a person's).
 */
export function sentenceInitialWords(toks: Token[], pending: Pending[], owner: Array<Building | null>, people: Building[]): Set<Building> {
  const dropped = new Set<Building>();
  const notInitial = new Set<Building>(); // people with a mention inside a sentence
  const located = new Set<Building>(); // people with a mention after `in`, `at`, `near`
  pending.forEach((p, k) => {
    const b = owner[k];
    if (!b) return;
    // `Dean, a former party chairman, poked at …`, `Dean said`: an apposition or a speech verb after the
    // word makes it a name even at the start of a sentence.
    const next = toks[p.cand.end];
    const apposition = next?.lower === ',' && /^(?:a|an|the|who|one)$/.test(toks[p.cand.end + 1]?.lower ?? '');
    // `Tremaine’s final book …`: a possessive too.
    const possessive = next?.lower === "'s" || next?.lower === "'";
    const place = !possessive && LOCATIVE.test(toks[p.cand.start - 1]?.lower ?? '');
    // (`officials in Marlow said`: the verb after a place is its people's)
    if (place) located.add(b);
    else if (!p.initial || apposition || possessive || speaksNext(toks, p.cand.end)) notInitial.add(b);
  });
  for (const b of people) {
    if (b.forms.some((f) => f.length > 1)) continue;
    if (!notInitial.has(b) && (located.has(b) || !isKnownName(b.surface[0][0]))) dropped.add(b);
  }
  return dropped;
}

/** Prepositions of place: a lone name after one is a place (`in`, `at`, `near`; not `from` or `to`, said of people too). */
const LOCATIVE = /^(?:in|at|near|outside|inside|across|around|throughout)$/;

/**
 * The person's given name: the first word of a full name, or a lone name that is only a given name
 * (`his wife, Ingrid,`), never one that is a surname too (`Lee`, `Jordan`).
 */
const givenNameOf = (b: Building): string | undefined => {
  const full = b.surface.find((f) => f.length > 1)?.[0];
  if (full) return full;
  const lone = b.surface[0]?.[0];
  return lone && b.surface.every((f) => f.length === 1 && f[0] === lone) && nameGender(lone, true) && !isSurname(lone) ? lone : undefined;
};

/**
 * The sex a possessive right after the mention's verb gives: `Quint recalled her days …` is the Quint
 * who is a woman. (Any pronoun near the mention, or the he/she opening the next sentence, was measured
 * on PolNeAR train and moved nothing or lost: they are as often someone else's.)
 */
function possessiveAfter(toks: Token[], end: number): 'm' | 'f' | null {
  let j = end;
  while (j < toks.length && toks[j].pos === 'PROPN') j++;
  return toks[j]?.pos === 'VERB' && /^(?:his|her)$/.test(toks[j + 1]?.lower ?? '') ? pronounSex(toks[j + 1].lower) : null;
}

/** A person's sex as known so far: a gendered title, else a given name only one sex bears. */
function knownSex(b: Building): 'm' | 'f' | null {
  const first = givenNameOf(b);
  return sexOfTitles(b.entity.titles) ?? (first ? nameGender(first, true) : null);
}

/** Names, genders and ids of the entities kept, and every mention of theirs in text order. */
export function finishEntities(text: string, toks: Token[], pending: Pending[], owner: Array<Building | null>, all: Building[]): Mention[] {
  const mentions: Mention[] = [];
  const ids = new UniqueIds();
  for (const b of all) {
    if (b.entity.kind === 'person') {
      b.entity.name = canonicalName(b);
      const first = givenNameOf(b);
      const pronouns = pronounEvidence(toks, b.at);
      b.entity.gender = genderOf(first ? nameGender(first) : null, b.entity.titles, pronouns, first ? nameGender(first, true) : null);
      // The gender reported is decided by attribution, which also sees the pronouns coreference resolves.
      b.entity.genderCues = { name: first ? nameGender(first, true) : null, pronouns };
    }
    b.entity.id = ids.take(slug(b.entity.name));
  }
  pending.forEach((p, k) => {
    const b = owner[k];
    if (!b) return;
    const start = toks[p.cand.start].start;
    const end = toks[p.cand.end - 1].end;
    const m: Mention = {
      start,
      end,
      text: text.slice(start, end),
      entity: b.entity.id,
      tokenStart: p.cand.start,
      tokenEnd: p.cand.end,
      nameStart: p.cand.nameStart,
    };
    mentions.push(m);
    b.entity.mentions.push({ start, end, text: m.text });
  });
  mentions.sort((a, b) => a.start - b.start);
  return mentions;
}
