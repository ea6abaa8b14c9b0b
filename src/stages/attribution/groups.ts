// Groups and shares of groups that speak in reported speech: `49% said`, `Nine in 10 nurses said`,
// `those surveyed say`, `with 62 percent of voters saying`. Each is a description of its own (`group`),
// an anonymous speaker whatever its head noun resolves to.
import type { Reading, Referent, Token } from '../../core/layers.js';
import { isGroupWord, isPeopleNoun } from '../../nlp/lexicon.js';
import { isPersonName } from '../reading/phrases.js';
import { npRunStart } from './clauses.js';

/** Tags a group's phrase is made of: `nearly two-thirds of the town's voters`, `49%`. */
const GROUP_POS = new Set(['DET', 'NUM', 'ADJ', 'NOUN', 'PROPN', 'SYM']);

/** Words that open a share of a group: `nearly half of voters`, `most nurses`. */
const SHARE_WORDS =
  /^(?:nearly|about|almost|roughly|virtually|only|just|more|fewer|less|half|most|many|some|all|a|one|two|three|four|five|six|seven|eight|nine|ten)$/;

/** The longest group's phrase read (`Some 20 percent of people in a recent county poll`: 11). */
const GROUP_WORDS = 16;

/**
 * Where a group's phrase ending before `end` starts: leftwards over its words and the connectors given
 * (never past a quotation, GROUP_WORDS tokens at most), then past the words it may not open with (`of voters`).
 */
function phraseStart(ctx: Reading, end: number, from: number, connectors: RegExp, notFirst: RegExp, shares = false): number {
  const { toks, inQuote } = ctx;
  let a = end;
  while (
    a - 1 >= from &&
    end - a < GROUP_WORDS &&
    inQuote[a - 1] < 0 &&
    (GROUP_POS.has(toks[a - 1].pos) ||
      connectors.test(toks[a - 1].lower) ||
      (shares && SHARE_WORDS.test(toks[a - 1].lower)) ||
      // (`Forty per cent of respondents said`: the spelling of Canadian and British copy)
      (toks[a - 1].lower === 'per' && toks[a]?.lower === 'cent') ||
      participleInGroup(ctx, a - 1)) &&
    // (a dash between spaces ends the phrase: `… on wages - 40 percent of nurses said`)
    !(toks[a - 1].lower === '-' && !ctx.isNpToken(a - 1))
  )
    a--;
  // (`at least a dozen members of the council said`)
  if (a - 2 >= from && toks[a - 1].lower === 'least' && toks[a - 2].lower === 'at') a -= 2;
  while (a < end && notFirst.test(toks[a].lower)) a++;
  return a;
}

/** `trained` in `Nine in 10 trained nurses`: a participle the tagger calls a verb, before a noun or an adjective. */
function participleInGroup(ctx: Reading, i: number): boolean {
  const t = ctx.toks[i];
  return t.pos === 'VERB' && /ed$/.test(t.lower) && /^(?:NOUN|ADJ)$/.test(ctx.toks[i + 1]?.pos ?? '') && ctx.inQuote[i] < 0;
}

/** `with 62 percent of voters saying …`: a group or share right before a participle, wherever it stands. */
export function groupSubjectAnywhere(ctx: Reading, v: number, from: number): Referent | null {
  const { toks } = ctx;
  let a = phraseStart(ctx, v, from, /^(?:of|in|-)$/, /^(?:of|in|-)$/);
  if (a >= v) return null;
  const head = toks[v - 1];
  // (`The poll found 62 percent of residents saying …`: the share starts at its number or quantifier)
  const first = toks.slice(a, v).findIndex((t) => t.pos === 'NUM' || SHARE_WORDS.test(t.lower));
  if (first >= 0) a += first;
  else {
    if (!/[^s']s$/.test(head.lower) || head.pos !== 'NOUN') return null;
    // (`voters saying …`: the plural and the words that qualify it, no `of`)
    a = v - 1;
    while (a - 1 >= from && (toks[a - 1].pos === 'ADJ' || toks[a - 1].pos === 'NOUN' || toks[a - 1].pos === 'PROPN') && v - a < 4) a--;
  }
  return { kind: 'description', start: a, end: v, head: head.lower, definite: toks[a].lower === 'the', group: true };
}

/**
 * A group the phrase readers found, widened to the share of it that speaks: `voters` in `52 percent of
 * voters say` is `52 percent of voters`; `Nine in 10 nurses said`; and to the groups joined to it.
 */
export function shareOf(ctx: Reading, ref: Referent | null, v: number, from: number): Referent | null {
  if (ref?.kind !== 'description') return ref;
  const before = ctx.toks[ref.start - 1];
  // (`small firms and their suppliers say`: the groups before `and` speak too)
  if (before?.lower === 'and') {
    const a = conjunctsBefore(ctx, ref.start, from);
    return a < ref.start ? { ...ref, start: a, definite: ctx.toks[a].lower === 'the', group: true } : ref;
  }
  // (`among the 30 percent of voters who said …`: the share a relative clause's antecedent is part of)
  if (ref.end < v && /^(?:who|that)$/.test(ctx.toks[ref.end].lower) && /^(?:of|in)$/.test(before?.lower ?? '')) {
    const a = phraseStart(ctx, ref.end, from, /^(?:of|in|out|than|from|-)$/, /^(?:of|in|out|than|from|the)$/, true);
    const share = ctx.toks.slice(a, ref.start).findIndex((t) => t.pos === 'NUM' || SHARE_WORDS.test(t.lower));
    if (share >= 0) return { ...ref, start: a + share, definite: false, group: true };
  }
  // (`Nine in 10 trained nurses say`: the phrase readers stop at the participle, at `nurses`)
  // (`Roe's most loyal voters say`, `Virtually all analysts say`, `some of the same firms say`: a share after an
  // owner, an adverb or a determiner, where the phrase readers start at the share's word or after it)
  const owned = !!before && (before.lower === "'s" || /^(?:the|these|those|virtually)$/.test(before.lower));
  if (!before || (!/^(?:of|in|least)$|^\d|%/.test(before.lower) && !participleInGroup(ctx, ref.start - 1) && !owned)) return ref;
  const wider = groupSubject(ctx, v, from);
  return wider && wider.start < ref.start ? wider : ref;
}

/**
 * A group or a share of one that speaks, where the phrase readers see no person or organisation:
 * `Most voters say …`, `49% said …`, `Nearly nine in 10 nurses said …`, `Nurses in the state say …`.
 * Its head is a plural noun or a number; it is a description of its own (an anonymous speaker).
 */
export function groupSubject(ctx: Reading, v: number, from: number): Referent | null {
  const { toks } = ctx;
  let end = v;
  // past `have also`, `still`: `Nurses have also said`
  while (end - 1 > from && (toks[end - 1].pos === 'ADV' || toks[end - 1].pos === 'AUX')) end--;
  // (`Just under half, 49%, say`: a share in apposition, its comma before the verb)
  if (end - 1 > from && toks[end - 1].lower === ',' && /^(?:\d.*|%|percent|cent)$/.test(toks[end - 2].lower)) end--;
  // (`those surveyed said`, `those polled say`; `A majority of her backers say`: a possessive inside)
  // (`Those over 60 say`, `those under 30 said`: people counted by their age)
  const aged =
    end - 3 >= from && toks[end - 3].lower === 'those' && /^(?:over|under)$/.test(toks[end - 2].lower) && toks[end - 1].pos === 'NUM';
  const those = aged || (end - 2 >= from && toks[end - 2].lower === 'those' && /ed$/.test(toks[end - 1].lower));
  // (`58 percent of voters overall say`, `Some 56 percent of nurses polled said`: the group before how it was
  // asked, the words kept in its name)
  let core = end;
  while (!those && core - 1 > from && POLLED.test(toks[core - 1].lower)) core--;
  let a = those
    ? end - (aged ? 3 : 2)
    : phraseStart(ctx, core, from, /^(?:of|in|out|than|from|-|'s|his|her|their|our|its)$/, /^(?:of|in|out|than|from|'s)$/, true);
  // (`Thirty percent of those surveyed say`: the share of them)
  if (those && toks[a - 1]?.lower === 'of' && a - 2 >= from)
    a = phraseStart(ctx, a - 1, from, /^(?:of|in|out|than|from|-)$/, /^(?:of|in|out|than|from)$/, true);
  if (a < end) a = conjunctsBefore(ctx, a, from);
  // (`Leading growers say`, `Worried parents said`: a participle the tagger calls a verb, before the group)
  if (
    a - 1 >= from &&
    a < end &&
    toks[a - 1].pos === 'VERB' &&
    /(?:ing|ed)$/.test(toks[a - 1].lower) &&
    (a - 1 === from || /^(?:,|and|but)$/.test(toks[a - 2].lower))
  )
    a--;
  // (`…, and voters say`: the clause opens after a comma, a conjunction or a dash; `down-ballot races
  // were …` keeps its hyphen, so it opens nowhere)
  // (`a town in which 60 percent of voters say …`: a relative clause opens with its pronoun)
  const relative = /^(?:which|who|whom|that)$/.test(toks[a - 1]?.lower ?? '');
  if (a >= end || (a > from && !relative && !/^(?:,|and|but|;|:|--|—|-)$/.test(toks[a - 1].lower) && toks[a - 1].pos !== 'SCONJ'))
    return null;
  // (`78 percent of voters in a recent poll said`: the group's head is before the place it was asked)
  // (not the `in` of a ratio: `Nine in 10 nurses`)
  const place = toks.slice(a + 1, core).findIndex((t, k) => t.lower === 'in' && toks[a + k + 2]?.pos === 'DET');
  let head = toks[place >= 0 ? a + place : core - 1];
  // (`At least a dozen members of the council`: the plural before `of`, when what follows it is one body)
  if (!isPlural(head)) {
    const of = toks.slice(a + 1, core).findIndex((t) => t.lower === 'of');
    if (of >= 0 && isPlural(toks[a + of])) head = toks[a + of];
  }
  const plural = isPlural(head);
  // (`Some have argued that …`, `Many say …`: a quantifier alone stands for the people it counts)
  const quantifier = a === core - 1 && /^(?:some|many|most|few|several)$/.test(head.lower);
  if (!plural && !those && !quantifier && head.pos !== 'NUM' && !/^(?:%|percent|cent)$/.test(head.lower)) return null;
  return { kind: 'description', start: a, end, head: head.lower, definite: toks[a].lower === 'the', group: true };
}

/** Words after a polled group that say how it was asked or counted: `voters polled`, `Democrats overall`. */
const POLLED = /^(?:overall|polled|surveyed|questioned|interviewed|sampled|nationwide|nationally|alike|combined)$/;

/** A plural noun or name: `voters`, `Democrats`, and those not in -s (`Some 20 percent of people in a poll`). */
export const isPlural = (t: Token): boolean =>
  (/[^s']s$/.test(t.lower) && (t.pos === 'NOUN' || t.pos === 'PROPN')) || /^(?:people|men|women|children)$/.test(t.lower);

/**
 * `Neighbours, shopkeepers and former rivals say`, `private firms and small traders say`: groups joined by
 * commas and `and`, each a plural noun with its modifiers, speak together; where the first of them starts.
 */
function conjunctsBefore(ctx: Reading, a: number, from: number): number {
  const { toks, inQuote } = ctx;
  let start = a;
  for (;;) {
    let k = start - 1;
    const joint = toks[k]?.lower;
    if (k <= from || inQuote[k] >= 0 || (joint !== 'and' && joint !== ',')) return start;
    if (joint === 'and' && toks[k - 1]?.lower === ',') k--;
    const e = k;
    while (k - 1 >= from && inQuote[k - 1] < 0 && /^(?:ADJ|NOUN|PROPN)$/.test(toks[k - 1].pos)) k--;
    if (k - 1 >= from && /^(?:DET|PRON)$/.test(toks[k - 1].pos) && inQuote[k - 1] < 0) k--;
    if (k === e || !/[^s']s$/.test(toks[e - 1].lower) || toks[e - 1].pos !== 'NOUN') return start;
    start = k;
  }
}

/** `Engineers trained on the new line said …`: a plural qualified by a participle and its phrase, the sentence's subject. */
export function briefedGroup(ctx: Reading, v: number, from: number): Referent | null {
  const { toks, inQuote } = ctx;
  let k = v - 1;
  while (k > from && /^(?:NOUN|PROPN|ADJ|DET)$/.test(toks[k].pos) && v - k < 6) k--;
  if (toks[k]?.pos !== 'ADP' || k === v - 1) return null;
  const p = k - 1;
  if (toks[p]?.pos !== 'VERB' || !/ed$/.test(toks[p].lower) || inQuote[p] >= 0) return null;
  const head = toks[p - 1];
  if (!head || !/^(?:NOUN|PROPN)$/.test(head.pos) || !/[^s']s$|^people$/.test(head.lower)) return null;
  let a = p - 1;
  while (a - 1 >= from && /^(?:ADJ|NOUN|PROPN|DET|NUM)$/.test(toks[a - 1].pos)) a--;
  if (a > from && !/^(?:,|and|but)$/.test(toks[a - 1].lower)) return null;
  return { kind: 'description', start: a, end: v, head: head.lower, definite: toks[a].lower === 'the', group: true };
}

/** A phrase that may speak with a group: people, a body or a group (`the Roe campaign`, `Democrats`, `unions`). */
function collective(ctx: Reading, r: Referent): boolean {
  const word = ctx.toks[r.end - 1].lower;
  if (isPeopleNoun(word) || isGroupWord(word) || ctx.isOrgHead(r.head ?? word) || /^(?:groups|unions)$/.test(word)) return true;
  const e = r.kind === 'name' && r.mention ? ctx.entityById.get(r.mention.entity) : undefined;
  return e?.kind === 'organisation';
}

/**
 * `The Roe campaign and some security experts said …`, `Democrats and civic groups say …`, `Planners and
 * even some engineers have argued …`: a body or group joined by `and` to the group a cue's speaker reader
 * found speaks with it, named whole; null where no such phrase opens the clause before the `and` (`the
 * mayor met the unions and …`: an object). A person's name with a group is namedTogether's. Measured on
 * PolNeAR train: four reports more right, none lost.
 */
export function jointGroup(ctx: Reading, last: Referent, from: number): Referent | null {
  const { toks, npLeft } = ctx;
  let and = last.start - 1;
  if (/^(?:even|also)$/.test(toks[and]?.lower ?? '')) and--;
  if (toks[and]?.lower !== 'and') return null;
  let left = npLeft(and, from);
  // (`Democrats`: a group's name no entity holds, read by its words)
  if (!left) {
    const a = npRunStart(ctx, and, from);
    if (a < and) left = { kind: 'description', start: a, end: and, head: toks[and - 1].lower, definite: toks[a].lower === 'the' };
  }
  if (!left || left.kind === 'pronoun' || isPersonName(ctx, left) || !collective(ctx, left)) return null;
  const b = toks[left.start - 1];
  if (left.start > from && !(b.pos === 'PUNCT' || b.pos === 'SCONJ' || b.pos === 'CCONJ' || b.lower === 'that')) return null;
  return { ...last, start: left.start, group: true };
}

/** `…, including 18% who say …`, `another 12 percent who say …`: a share a relative clause speaks for. */
export function shareBeforeWho(ctx: Reading, v: number, from: number): Referent | null {
  const { toks } = ctx;
  const who = ctx.skipFillersLeft(v, from) - 1;
  if (toks[who]?.lower !== 'who' || !/^(?:%|percent|cent)$/.test(toks[who - 1]?.lower ?? '')) return null;
  let a = who - 1;
  while (a - 1 >= from && (toks[a - 1].pos === 'NUM' || toks[a - 1].lower === 'per' || toks[a - 1].lower === '-')) a--;
  if (a === who - 1 || toks[a].pos !== 'NUM') return null;
  // (`another 12 percent`, `some 18%`: a determiner that counts the share with it)
  if (/^(?:another|some|about|nearly|almost|just|only|roughly)$/.test(toks[a - 1]?.lower ?? '') && a - 1 >= from) a--;
  return { kind: 'description', start: a, end: who, head: toks[who - 1].lower, definite: false, group: true };
}
