// Speakers across articles: one speaker per real-world entity however each article spells the name.
import { foldName, sameGivenName, sameNameToken, slug } from '../nlp/names.js';
import type { ArticleRecord } from '../article.js';
import { UnionFind } from './union-find.js';

export interface MergedSpeaker {
  id: string;
  name: string;
  aliases: string[];
  articles: string[];
  kind: string;
}

export interface SpeakerRef {
  article: string;
  entity: string;
}

interface Node {
  article: string;
  entity: string;
  kind: string;
  name: string;
  /** Name tokens of the entity's own name: `['antony', 'blinken']`. */
  tokens: string[];
  surfaces: string[];
}

/** Words that say where an organisation is from and not which one it is: `the US State Department`. */
const ORG_NOISE = /^(?:the|us|u\.s\.|u\.s|usa|uk|u\.k\.|china|chinese|american|british|'s|’s|china's|china’s)$/;

function orgKey(name: string): string {
  const words = foldName(name).split(/\s+/).flatMap((w) => w.split(/(?='s$)/)).filter((w) => !ORG_NOISE.test(w));
  return words.join(' ') || foldName(name);
}

/** Two person names are one person when every word agrees allowing one typo: Antony/Anthony, Blinken/Brinken. */
function samePerson(a: string[], b: string[]): boolean {
  if (a.length === 1 || b.length === 1) return false; // bare surnames join only through their article
  if (a.length !== b.length) return sameNameToken(a[a.length - 1], b[b.length - 1]) && sameGivenName(a[0], b[0]);
  let typos = 0;
  for (let k = 0; k < a.length; k++) {
    if (foldName(a[k]) === foldName(b[k])) continue;
    if (!(k === 0 ? sameGivenName(a[k], b[k]) : sameNameToken(a[k], b[k]))) return false;
    typos++;
  }
  return typos < a.length; // `Wang Yi` / `Wang Huiyao` fail above; two typos in a two-word name is a stranger
}

export function mergeSpeakers(records: ArticleRecord[]): { speakers: MergedSpeaker[]; idOf: Map<string, string> } {
  const nodes: Node[] = [];
  for (const r of records) {
    for (const e of r.entities) {
      const used = r.quotes.some((q) => q.speaker?.entity === e.id);
      if (!used) continue;
      const surfaces = new Set<string>([e.name]);
      for (const m of e.mentions) if (/^\p{Lu}/u.test(m.text) && !/^(?:He|She|It|They|We|I)$/.test(m.text)) surfaces.add(m.text);
      nodes.push({ article: r.article.id, entity: e.id, kind: e.kind, name: e.name, tokens: e.name.split(/\s+/), surfaces: [...surfaces] });
    }
  }
  // Union-find over nodes, with blocking: people by each name word's first letter and length band,
  // organisations by key. Anonymous speakers stay apart: two "officials" may be two people.
  const sets = new UnionFind(nodes.length);
  const find = (i: number) => sets.find(i);
  const union = (a: number, b: number) => sets.union(a, b);
  const blocks = new Map<string, number[]>();
  nodes.forEach((n, i) => {
    const keys: string[] = [];
    if (n.kind === 'organisation') keys.push('o:' + orgKey(n.name));
    else if (n.kind === 'person') {
      const last = foldName(n.tokens[n.tokens.length - 1]);
      keys.push('p:' + last.slice(0, 2), 'p:' + last.slice(-3));
      if (n.tokens.length === 1) keys.push('p1:' + last);
    }
    for (const k of keys) {
      const list = blocks.get(k) ?? [];
      list.push(i);
      blocks.set(k, list);
    }
  });
  for (const [key, list] of blocks) {
    if (key.startsWith('o:')) {
      for (let k = 1; k < list.length; k++) union(list[0], list[k]);
      continue;
    }
    for (let x = 0; x < list.length; x++) for (let y = x + 1; y < list.length; y++) {
      const a = nodes[list[x]];
      const b = nodes[list[y]];
      if (samePerson(a.tokens, b.tokens) || (a.tokens.length === 1 && b.tokens.length === 1 && foldName(a.name) === foldName(b.name))) union(list[x], list[y]);
    }
  }
  // A bare name (`Wang`) joins the one full name that fits it, and none when two do.
  nodes.forEach((n, i) => {
    if (n.kind !== 'person' || n.tokens.length !== 1) return;
    const fits = new Set<number>();
    nodes.forEach((m, j) => {
      if (m.kind === 'person' && m.tokens.length > 1 && m.tokens.some((t) => sameNameToken(t, n.tokens[0]))) fits.add(find(j));
    });
    if (fits.size === 1) union(i, [...fits][0]);
  });

  const groups = sets.groups(nodes);
  // Spellings of every article that names a person, speaking or not, by surname.
  const namesBySurname = new Map<string, Array<{ article: string; tokens: string[] }>>();
  for (const r of records) {
    for (const n of r.names ?? []) {
      if (n.kind !== 'person') continue;
      const tokens = n.name.split(/\s+/);
      if (tokens.length < 2) continue;
      const key = foldName(tokens[tokens.length - 1]).slice(0, 2);
      const list = namesBySurname.get(key) ?? [];
      list.push({ article: r.article.id, tokens });
      namesBySurname.set(key, list);
    }
  }
  const speakers: MergedSpeaker[] = [];
  const idOf = new Map<string, string>();
  const used = new Set<string>();
  for (const g of groups) {
    const voters = g[0].kind === 'person' ? votersFor(g, namesBySurname) : [];
    const name = g[0].kind === 'anonymous' ? indefinite(g[0].name) : canonical(g, voters);
    let id = slug(name);
    for (let n = 2; used.has(id); n++) id = `${slug(name)}-${n}`;
    used.add(id);
    const aliases = new Set<string>();
    for (const n of g) for (const s of [n.name, ...n.surfaces]) if (s !== name) aliases.add(s);
    const articles = [...new Set(g.map((n) => n.article))].sort();
    speakers.push({ id, name, aliases: [...aliases].sort(), articles, kind: g[0].kind });
    for (const n of g) idOf.set(`${n.article}#${n.entity}`, id);
  }
  speakers.sort((a, b) => b.articles.length - a.articles.length || a.name.localeCompare(b.name));
  return { speakers, idOf };
}

/**
 * The name most sources agree on, word by word: the spelling used in most articles wins, so
 * `Antony Blinken` (3 articles) beats `Anthony Blinken` (2) and `Brinken` never wins on length.
 */
function canonical(group: Node[], voters: Array<{ article: string; tokens: string[] }>): string {
  const full = [...group.filter((n) => n.tokens.length > 1), ...voters];
  if (!full.length || group[0].kind !== 'person') {
    const votes = new Map<string, Set<string>>();
    for (const n of group) votes.set(n.name, (votes.get(n.name) ?? new Set()).add(n.article));
    return [...votes].sort((a, b) => b[1].size - a[1].size || b[0].length - a[0].length)[0][0];
  }
  const lengths = new Map<number, number>();
  for (const n of full) lengths.set(n.tokens.length, (lengths.get(n.tokens.length) ?? 0) + 1);
  const len = [...lengths].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0][0];
  const slots: Map<string, Set<string>>[] = Array.from({ length: len }, () => new Map());
  for (const n of full) {
    if (n.tokens.length !== len) continue;
    n.tokens.forEach((w, k) => slots[k].set(w, (slots[k].get(w) ?? new Set()).add(n.article)));
  }
  return slots.map((m) => [...m].sort((a, b) => b[1].size - a[1].size || a[0].localeCompare(b[0]))[0][0]).join(' ');
}

/** Full names in any article that are this person's: `Antony Blinken` in an article where he never speaks. */
function votersFor(group: Node[], bySurname: Map<string, Array<{ article: string; tokens: string[] }>>) {
  const out: Array<{ article: string; tokens: string[] }> = [];
  const seen = new Set<string>();
  for (const n of group) {
    if (n.tokens.length < 2) continue;
    for (const v of bySurname.get(foldName(n.tokens[n.tokens.length - 1]).slice(0, 2)) ?? []) {
      const key = v.article + '#' + v.tokens.join(' ');
      if (seen.has(key) || !samePerson(n.tokens, v.tokens)) continue;
      seen.add(key);
      out.push(v);
    }
  }
  return out;
}

/** An anonymous speaker's name with an indefinite article: `one US official` → `a US official`. */
export function indefinite(name: string): string {
  const m = /^(?:one|another|a|an|the)\s+(.+)$/i.exec(name);
  if (!m || /s$/.test(m[1])) return name;
  // By sound, not spelling: `an official`, `a university`, `a US official`, `an FBI agent`.
  const first = m[1].split(/\s+/)[0];
  const vowelSound = /^\p{Lu}{2,}/u.test(first) ? /^[AEFHILMNORSX]/.test(first) : /^[aeiou]/i.test(first) && !/^(?:uni|use|usu|eu|one)/i.test(first);
  return `${vowelSound ? 'an' : 'a'} ${m[1]}`;
}
