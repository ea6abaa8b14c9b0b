// Coreference: what each pronoun and description outside quotes refers to (`he`, `the official`, `the
// ministry`, `the letter`), resolved in text order so that each can look back at the people who spoke
// before it. Attribution reads this layer for speakers named by a pronoun or a description; the
// entities layer stays as the entities stage made it (descriptions become entities of this layer).

import { layer } from '../../core/doc.js';
import type { CoreferenceLayer, Entity, EntityKind, Reading, Referent } from '../../core/layers.js';
import { builtInStage } from '../../core/stage.js';
import { isFirstName, isKnownName, isOnePersonNoun, TITLES } from '../../nlp/lexicon.js';
import { jointName } from '../../nlp/names.js';
import { partitionPoint } from '../../nlp/search.js';
import { CorefResolver } from './resolver.js';

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
  return new CorefResolver(ctx).run();
}

/** A head noun that names one person: `the senator`, `the Wisconsin Republican`, not `the crowd`. */
export function isPersonHead(w: string): boolean {
  return isOnePersonNoun(w) || (TITLES.has(w) && !w.endsWith('s'));
}

/**
 * Can `he` or `she` mean this entity? A one-word name with no title, no known gender and no place in the
 * name lists is more likely a thing read as a name (`Medicard`, `Trending`, `Millbrook`) than a person.
 */
export function isPlausiblePerson(e: Entity): boolean {
  return e.gender !== null || e.titles.length > 0 || /\s/.test(e.name.trim()) || isKnownName(e.name);
}

/** A person whose first word is a given name the lexicon knows (`Ann Roe`), not a thing read as a name (`Reception Room`). */
export const hasGivenName = (e: Entity): boolean => e.kind === 'person' && isFirstName(e.name.trim().split(/\s+/)[0].toLowerCase());

/**
 * Stricter than isPlausiblePerson: someone the article plainly presents as a person (a gender, a title or
 * a known given name), not any two capitalised words, such as a headline's `Rates Rise` read as a name.
 */
export const isPlainlyPerson = (e: Entity): boolean => e.gender !== null || e.titles.length > 0 || hasGivenName(e);

/** How far back (in tokens) a description looks for what it refers to: a long article, not a whole corpus. */
export const LOOK_BACK = 3000;

/** Index of the first item at or after token `tok` in a list kept in token order. */
export const firstAt = <T extends { tok: number }>(list: T[], tok: number): number => partitionPoint(list.length, (i) => list[i].tok < tok);

/** Inserts into a list kept in token order (the list can hold every quote of a long text). */
export function insertByTok<T extends { tok: number }>(list: T[], item: T): void {
  list.splice(
    partitionPoint(list.length, (i) => list[i].tok <= item.tok),
    0,
    item,
  );
}

/**
 * The collective speaker of people named together (`Roe and Vale said`): one entity named for all of
 * them, `Ann Roe and Tom Vale`, made by `make` (coreference's and attribution's own entity makers, which
 * both find it again by its name); the one person when the names are one.
 */
export function jointEntity(
  members: readonly Referent[],
  ctx: Reading,
  make: (name: string, kind: EntityKind) => Entity,
  resolve?: (pronoun: Referent) => Entity | null,
): Entity | null {
  const { entityById, text, toks } = ctx;
  // (a group of people among them is named by its phrase: `Ann Roe and her aides`)
  const names: string[] = [];
  const people = new Set<Entity>();
  for (const m of members) {
    if (m.kind === 'description') {
      names.push(text.slice(toks[m.start].start, toks[m.end - 1].end));
      continue;
    }
    // (`She and her aides said`: the pronoun as coreference reads it)
    const e = m.kind === 'pronoun' ? resolve?.(m) : m.mention ? entityById.get(m.mention.entity) : undefined;
    if (!e) return null;
    if (!people.has(e)) names.push(e.name);
    people.add(e);
  }
  if (names.length === 1 && people.size === 1) return [...people][0];
  return make(jointName(names), 'organisation');
}
