// Speakers across articles: one speaker per real-world entity however each article spells the name.
//
// Work is done on unique spellings, not on mentions: identical full names join outright, and only the
// few spellings that share a blocking key (the first or last three letters of the surname) are compared
// for typos, so merging grows with the number of distinct names, not with the square of the quotes.

import type { GenderFields } from '../core/layers.js';
import { COUNTRY_CODE, DEMONYM, isPlace } from '../nlp/lexicon.js';
import { foldName, fullNamesBySurname, sameGivenName, sameNameToken, slug } from '../nlp/names.js';
import { UniqueIds } from '../util/unique-ids.js';
import { type MergeRecord, speakingEntities } from './input.js';
import { canonicalPerson, collationRanks, houseStyle, indefinite, mostUsed, neighbourhood } from './speaker-names.js';
import { UnionFind } from './union-find.js';

/** For a person, `gender` and `genderEvidence`: what the articles say without contradiction (genderOfGroup). */
export interface MergedSpeaker extends GenderFields {
  id: string;
  name: string;
  aliases: string[];
  articles: string[];
  kind: string;
}

export interface Node extends GenderFields {
  article: string;
  entity: string;
  kind: string;
  name: string;
  surfaces: string[];
}

const EVIDENCE_RANK = { title: 3, pronoun: 2, name: 1 } as const;

/**
 * A person's gender across the articles that quote them: the one their articles give, its strongest
 * evidence kept (a title over pronouns over a given name); null when none gives one, or when two disagree.
 */
export function genderOfGroup(group: Node[]): Pick<MergedSpeaker, 'gender' | 'genderEvidence'> {
  const said = group.filter((n) => n.gender);
  if (!said.length || said.some((n) => n.gender !== said[0].gender)) return { gender: null, genderEvidence: null };
  const best = said.reduce((a, b) => (EVIDENCE_RANK[b.genderEvidence ?? 'name'] > EVIDENCE_RANK[a.genderEvidence ?? 'name'] ? b : a));
  return { gender: said[0].gender ?? null, genderEvidence: best.genderEvidence ?? null };
}

/**
 * An organisation's name without the words that say where it is from, not which one it is:
 * `the US State Department`, `State Department` → `state department`; `China’s Foreign Ministry`,
 * `Chinese Foreign Ministry` → `foreign ministry` (any country code, country or demonym).
 */
function orgKey(name: string): string {
  const all = foldName(name)
    .split(/\s+/)
    .map((w) => w.replace(/'s$/, ''))
    .filter((w) => w !== 'the');
  const words = all.filter((w) => !COUNTRY_CODE.test(w) && !DEMONYM.test(w) && !isPlace(w));
  // `Lake City Ledger`, `Port Ellis Ledger`: a place that leaves one word is part of the name, not where the
  // body is from; two newspapers are not one `Times`.
  return words.length >= 2 || (words.length === 1 && all.length === 1) ? words.join(' ') : all.join(' ') || foldName(name);
}

/** Two person names are one person when every word agrees allowing one typo: Anton/Anthony, Lorne/Lorme. */
export function samePerson(a: string[], b: string[]): boolean {
  if (a.length === 1 || b.length === 1) return false; // bare surnames join only through their article
  if (a.length !== b.length) return sameNameToken(a[a.length - 1], b[b.length - 1]) && sameGivenName(a[0], b[0]);
  let typos = 0;
  for (let k = 0; k < a.length; k++) {
    if (a[k] === b[k]) continue;
    if (!(k === 0 ? sameGivenName(a[k], b[k]) : sameNameToken(a[k], b[k]))) return false;
    typos++;
  }
  return typos < a.length; // `Feng Jun` / `Feng Hao` fail above; a typo in every word is a stranger
}

/**
 * Blocking keys of a folded full name: the given name's initial with the first, or with the last, three
 * letters of the surname, or with its consonant skeleton. A typo spares one end of a long surname
 * (`Lorne`/`Lorme` share `lor`); a vowel typo in a short one spares the consonants (`Smith`/`Smyth`
 * → `smth`); and a common stem (`Wan…`) is split by the initial, so no block grows with the corpus.
 */
const blockKeys = (tokens: string[]) => {
  const last = tokens[tokens.length - 1];
  const initial = tokens[0][0];
  const skeleton = last.replace(/[aeiouy]/g, '').replace(/(.)\1+/g, '$1');
  return [`a:${initial}:${last.slice(0, 3)}`, `z:${initial}:${last.slice(-3)}`, `c:${initial}:${skeleton}`];
};
/** How many times more articles the full name a bare name joins must have than the next that fits it. */
const DOMINANT = 4;
/** A block larger than this says nothing (a very common surname stem): its names are not compared. */
const MAX_BLOCK = 3000;

/** Each article's speaker ids by the article's own entity ids: article → entity → speaker. */
export type SpeakerIds = Map<string, Map<string, string>>;

export function mergeSpeakers(records: MergeRecord[]): { speakers: MergedSpeaker[]; idOf: SpeakerIds } {
  const m = new SpeakerMerger(records);
  m.joinOrganisations();
  m.joinFullNames();
  m.joinBareNames();
  return m.result();
}

/** The speaking entities of every article, one node each. */
function speakerNodes(records: MergeRecord[]): Node[] {
  const nodes: Node[] = [];
  for (const r of records) {
    // One pass over the quotes, not one per entity: an article with 40 entities and 60 quotes.
    const speaking = speakingEntities(r);
    let fullOf: Map<string, { name: string } | null> | null = null;
    for (const e of r.entities) {
      if (!speaking.has(e.id)) continue;
      const surfaces = new Set<string>([e.name]);
      for (const m of e.mentions) if (/^\p{Lu}/u.test(m.text) && !/^(?:He|She|It|They|We|I)$/.test(m.text)) surfaces.add(m.text);
      let name = e.name;
      if (e.kind === 'person' && !name.includes(' ')) {
        // `Dean` speaks, and the article names `Ray Dean` only inside a quote: the one full name of
        // that surname the article gives is who the bare name is (none when it gives two).
        fullOf ??= fullNamesBySurname(r.names ?? []);
        name = fullOf.get(foldName(name))?.name ?? name;
      }
      const gender = e.gender !== undefined ? { gender: e.gender, genderEvidence: e.genderEvidence ?? null } : {};
      nodes.push({ article: r.article.id, entity: e.id, kind: e.kind, name, surfaces: [...surfaces], ...gender });
    }
  }
  return nodes;
}

/** A unique person spelling, with the nodes that carry it and the articles that use it (speaking or not). */
interface Spelling {
  tokens: string[];
  surface: string;
  nodes: number[];
  articles: Set<string>;
}

/**
 * Which full names each article tells apart: an article that names `Mara Tell` and `Marla Tell` as two
 * people says they are two people, wherever else one looks like a typo of the other.
 */
function namedApart(records: MergeRecord[]): Map<string, Set<string>> {
  const namedIn = new Map<string, Set<string>>();
  for (const r of records) {
    const people = (r.names ?? []).filter((n) => n.kind === 'person' && n.name.includes(' ')).map((n) => foldName(n.name));
    if (people.length < 2) continue;
    for (const n of people) {
      const set = namedIn.get(n) ?? new Set<string>();
      set.add(r.article.id);
      namedIn.set(n, set);
    }
  }
  return namedIn;
}

/** The speakers of every article joined into one per person, organisation or anonymous source. */
class SpeakerMerger {
  private readonly nodes: Node[];
  private readonly sets: UnionFind;
  private readonly spellings = new Map<string, Spelling>();
  /**
   * Looked up by the name as written first: a million mentions carry a few thousand distinct names, and
   * folding each one again was a third of the merge's speaker time.
   */
  private readonly asWritten = new Map<string, Spelling>();
  private readonly namedIn: Map<string, Set<string>>;
  private readonly contextFits: ReturnType<typeof neighbourhood>;
  /** Spellings that are the same person as each spelling (itself included), found through the blocks. */
  private sameAs = new Map<Spelling, Set<Spelling>>();

  constructor(private readonly records: MergeRecord[]) {
    this.nodes = speakerNodes(records);
    this.sets = new UnionFind(this.nodes.length);
    this.namedIn = namedApart(records);
    this.contextFits = neighbourhood(records);
  }

  readonly spelling = (name: string): Spelling => {
    const { asWritten, spellings } = this;

    let s = asWritten.get(name);
    if (s) return s;
    const key = foldName(name);
    s = spellings.get(key);
    if (!s) {
      s = { tokens: key.split(/\s+/), surface: name, nodes: [], articles: new Set() };
      spellings.set(key, s);
    }
    asWritten.set(name, s);
    return s;
  };

  /** Organisations by their key; person nodes filed under their spelling. Anonymous speakers stay apart: two "officials" may be two people. */
  joinOrganisations(): void {
    const { nodes, sets, spelling, records } = this;
    const orgs = new Map<string, number>();
    nodes.forEach((n, i) => {
      if (n.kind === 'organisation') {
        const k = orgKey(n.name);
        const first = orgs.get(k);
        if (first === undefined) orgs.set(k, i);
        else sets.union(first, i);
      } else if (n.kind === 'person') {
        const s = spelling(n.name);
        s.nodes.push(i);
        s.articles.add(n.article);
      }
      // Anonymous speakers stay apart: two "officials" may be two people.
    });
    for (const r of records)
      for (const n of r.names ?? []) if (n.kind === 'person' && n.name.includes(' ')) spelling(n.name).articles.add(r.article.id);
  }

  /**
   * Two spellings that are two people: named apart in one article, or each well attested on its own
   * (three articles or more each, none naming both): a typo is rare where a name is common.
   */
  private distinct(a: Spelling, b: Spelling): boolean {
    const { namedIn } = this;

    const x = namedIn.get(a.tokens.join(' '));
    const y = namedIn.get(b.tokens.join(' '));
    if (x && y) for (const id of x.size < y.size ? x : y) if ((x.size < y.size ? y : x).has(id)) return true;
    return a.articles.size >= 3 && b.articles.size >= 3 && ![...a.articles].some((id) => b.articles.has(id));
  }

  /** Full names: one spelling is one person; typos join within blocks. */
  joinFullNames(): void {
    const { sets, spellings, contextFits } = this;
    const all = [...spellings.values()];
    const full = all.filter((s) => s.tokens.length > 1);
    for (const s of full) for (let k = 1; k < s.nodes.length; k++) sets.union(s.nodes[0], s.nodes[k]);
    const blocks = new Map<string, Spelling[]>();
    for (const s of full)
      for (const key of blockKeys(s.tokens)) {
        const list = blocks.get(key);
        if (list) list.push(s);
        else blocks.set(key, [s]);
      }
    /** Spellings that are the same person as each spelling (itself included), found through the blocks. */
    const sameAs = (this.sameAs = new Map<Spelling, Set<Spelling>>(full.map((s) => [s, new Set([s])])));
    for (const list of blocks.values()) {
      if (list.length < 2 || list.length > MAX_BLOCK) continue;
      for (let x = 0; x < list.length; x++)
        for (let y = x + 1; y < list.length; y++) {
          const a = list[x];
          const b = list[y];
          if (sameAs.get(a)!.has(b) || !samePerson(a.tokens, b.tokens) || !contextFits(a, b) || this.distinct(a, b)) continue;
          sameAs.get(a)!.add(b);
          sameAs.get(b)!.add(a);
          if (a.nodes.length && b.nodes.length) sets.union(a.nodes[0], b.nodes[0]);
        }
    }
  }

  // A bare name (`Volk`) joins the speaking full name the corpus agrees on: the one that fits it, or of
  joinBareNames(): void {
    const { sets, spellings } = this;
    const all = [...spellings.values()];
    const full = all.filter((s) => s.tokens.length > 1);
    // several the one far more articles name (`Rana Volk` in forty, `Ida Volk` in three). When no
    // one stands out (`Hale`: Tom and Ann), each article's bare name stays a speaker of its own:
    // nothing says which of them it is. A bare name no full name fits is one speaker across articles.
    const byWord = new Map<string, Set<Spelling>>();
    for (const s of full) {
      if (!s.nodes.length) continue;
      for (const w of s.tokens) {
        const set = byWord.get(w) ?? new Set<Spelling>();
        set.add(s);
        byWord.set(w, set);
      }
    }
    for (const s of all) {
      if (s.tokens.length !== 1 || !s.nodes.length) continue;
      const weight = new Map<number, number>();
      for (const f of byWord.get(s.tokens[0]) ?? []) {
        const root = sets.find(f.nodes[0]);
        weight.set(root, (weight.get(root) ?? 0) + f.articles.size);
      }
      const ranked = [...weight].sort((a, b) => b[1] - a[1]);
      if (ranked.length === 1 || (ranked.length > 1 && ranked[0][1] >= DOMINANT * ranked[1][1])) {
        for (const n of s.nodes) sets.union(n, ranked[0][0]);
      } else if (!ranked.length) for (let k = 1; k < s.nodes.length; k++) sets.union(s.nodes[0], s.nodes[k]);
    }
  }

  result(): { speakers: MergedSpeaker[]; idOf: SpeakerIds } {
    const { nodes, sets } = this;
    const speakers: MergedSpeaker[] = [];
    const idOf: SpeakerIds = new Map();
    const ids = new UniqueIds();
    for (const members of sets.groups(nodes.map((_n, i) => i))) {
      const g = members.map((i) => nodes[i]);
      const { name, aliases } = this.named(g);
      const id = ids.take(slug(name));
      const articles = [...new Set(g.map((n) => n.article))].sort();
      const kind = g[0].kind;
      speakers.push({ id, name, aliases: [...aliases].sort(), articles, kind, ...(kind === 'person' ? genderOfGroup(g) : {}) });
      for (const n of g) {
        let ofArticle = idOf.get(n.article);
        if (!ofArticle) idOf.set(n.article, (ofArticle = new Map()));
        ofArticle.set(n.entity, id);
      }
    }
    const rank = collationRanks(speakers.map((s) => s.name));
    speakers.sort((a, b) => b.articles.length - a.articles.length || rank.get(a.name)! - rank.get(b.name)!);
    return { speakers, idOf };
  }

  /** A speaker's name and aliases from the nodes joined into it. */
  private named(g: Node[]): { name: string; aliases: Set<string> } {
    const { spelling, sameAs } = this;
    const kind = g[0].kind;
    // An anonymous speaker keeps the source's own description (`one US official` → `a US official`); an
    // organisation's proper name takes its standard spelling.
    // (`The US` → `U.S.`, `The Lake City Ledger` → `Lake City Ledger`: a name, not a phrase with an article.)
    const name =
      kind === 'person'
        ? canonicalPerson(g, spelling, sameAs)
        : kind === 'anonymous'
          ? indefinite(g[0].name)
          : houseStyle(mostUsed(g)).replace(/^the\s+(?=\S)/i, '');
    const aliases = new Set<string>();
    // A person's aliases are names, not mentions with their titles and roles: `Secretary of State Ann
    // B. Roe` → `Ann B. Roe`, `campaign spokesman Tom Hale` → `Tom Hale`, `Mr. Hale` →
    // `Hale`; a mention with no word of the person's names (`The president`) is none.
    const nameWords = kind === 'person' ? new Set(g.flatMap((n) => n.name.toLowerCase().split(/\s+/))) : null;
    for (const n of g) {
      for (const surface of [n.name, ...n.surfaces]) {
        let alias = surface;
        if (nameWords && surface !== n.name) {
          const ws = surface.split(/\s+/);
          const from = ws.findIndex((w) => nameWords.has(w.toLowerCase().replace(/[’']s$/, '')));
          if (from < 0) continue;
          alias = ws.slice(from).join(' ');
        }
        if (alias !== name) aliases.add(alias);
      }
    }
    return { name, aliases };
  }
}
