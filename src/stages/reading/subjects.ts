// The subject readers of the reading: who a speech verb's subject is, and whom it addresses.
import type { Entity, Reading, Referent, Token } from '../../core/layers.js';
import { ADDRESSEE_VERBS, isGroupWord, isOnePersonNoun, isPeopleNoun, isRoleWord, PERSON_NOUNS } from '../../nlp/lexicon.js';
import { partitionPoint } from '../../nlp/search.js';
import { apposedPerson, isPersonName } from './phrases.js';

/**
 * The subject of the speech verb at `v`: the noun phrase to its left, past fillers and an apposition
 * (`Hugo Platt, a doctor who treats farmers, said` → Hugo Platt).
 */
/** Dashes that enclose an aside: `Speakers — farmers, nurses — said`. */
const DASH = /^(?:—|–|--)$/;

export function subjectOf(reading: Reading, v: number, floor: number): Referent | null {
  const { toks, inQuote, isEnd, isCloseMark, npLeft, npRight, skipBracket, skipFillersLeft, sentenceSubject } = reading;
  let j = skipFillersLeft(v, floor);
  // `Henry M. Marsh (D-Nev.) told reporters`: past a bracket after the name.
  if (j - 1 >= floor && toks[j - 1].lower === ')') {
    const open = bracketOpen(reading, j - 1, Math.max(floor, j - 12));
    if (open >= 0) j = open;
  }
  // `Ann Roe — who ran the plant for years — said`: past an aside between dashes, as past a bracket.
  let aside: Referent | null = null;
  if (j - 1 >= floor && DASH.test(toks[j - 1].lower)) {
    for (let k = j - 2; k >= Math.max(floor, j - 25); k--) {
      if (inQuote[k] >= 0 || isEnd(k)) break;
      if (DASH.test(toks[k].lower)) {
        // (`A former candidate — Tom Vale, who lost in 2008 — said`: the name the aside opens with)
        const m = reading.mentionFrom.get(k + 1);
        const name = m && /^(?:,|—|–|--)$/.test(toks[m.tokenEnd]?.lower ?? '') ? reading.referent(k + 1, m.tokenEnd) : null;
        if (isPersonName(reading, name)) aside = name;
        j = k;
        break;
      }
    }
  }
  if (j - 1 >= floor && toks[j - 1].lower === ',') {
    // Apposition: the leftmost phrase of the clause that is followed by a comma.
    const commaAt = j - 1;
    let best: Referent | null = null;
    for (let k = commaAt - 1; k >= floor - 1 && commaAt - k < 60; k--) {
      if (k >= floor && inQuote[k] >= 0) break;
      if (k >= floor && isEnd(k)) break;
      // (`It was no accident — Lu Bai, an aide, told …`: a dash opens the clause as a comma does)
      const boundary = k < floor || toks[k].lower === ',' || toks[k].lower === ':' || isCloseMark(k) || DASH.test(toks[k].lower);
      if (!boundary) continue;
      // `But Sen. Kettle, …, said`, `…, while Dan Hale, a former mayor, proposed`: past a conjunction or adverb that
      // opens the clause.
      const from =
        k + 1 < commaAt && (toks[k + 1].pos === 'CCONJ' || toks[k + 1].pos === 'ADV' || toks[k + 1].pos === 'SCONJ') ? k + 2 : k + 1;
      let r = npRight(from, commaAt);
      // (`Two objectors, Dana Orr and Ben Hale, had …`: the people the apposition names together)
      if (r?.kind === 'name' && toks[r.nameEnd ?? r.end]?.lower === 'and') {
        const second = npRight((r.nameEnd ?? r.end) + 1, commaAt);
        if (second?.kind === 'name' && toks[second.nameEnd ?? second.end]?.lower === ',') {
          const joint = namedTogether(reading, second, from);
          if (joint.members) r = joint;
        }
      }
      // a name, a pronoun or an indefinite description (`a doctor`) can open an apposition chain, a
      // bracket after it allowed (`Sen. Walter K. Kettle (D-Ill.), noting …, said`)
      // (`Another critic, Walter H. Crane, likened …`: the name in the chain, before a description)
      // (`The senator, a Democrat from Ohio, said`: the leftmost description when no name is in the chain)
      if (
        r &&
        toks[placeAfter(reading, r, skipBracket(r.nameEnd ?? r.end, commaAt + 1), commaAt)]?.lower === ',' &&
        !(best?.kind === 'name' && r.kind === 'description')
      )
        best = r;
      if (k < floor) break;
    }
    return best ?? chainHead(reading, commaAt, floor);
  }
  // `Hart brought up the bombing and later said, “…”`: a verb joined to an earlier one by `and`
  // shares that verb's subject, not the object before `and` (the bombing).
  // (`Hale attacked Quill and said`: Hale, though a person stands before `and`)
  // (`plans and pledges to fix the roads`: not a noun, nor a verb of intent before `to`)
  if (j - 1 > floor && toks[j - 1].lower === 'and' && inQuote[j - 1] < 0 && toks[v].pos === 'VERB' && toks[v + 1]?.lower !== 'to') {
    // (`Tom met Ann Roe, who runs the bakery and said …`: inside a relative clause, the one it is about)
    const r = antecedentOfWho(reading, j - 1, floor) ?? sentenceSubject(floor, j - 1);
    // (`The Arizona Republican survived prison and says …`: a description of one person too)
    if (r && (r.kind !== 'description' || isOnePersonNoun(r.head ?? ''))) return r;
  }
  const direct = npLeft(j, floor);
  if (aside && direct?.kind === 'description') return aside;
  // (`the Ohio senator and presidential candidate said`: two roles of one person, the first read)
  if (
    direct?.kind === 'description' &&
    toks[direct.start - 1]?.lower === 'and' &&
    toks[direct.start].pos !== 'DET' &&
    isOnePersonNoun(direct.head ?? '')
  ) {
    const first = npLeft(direct.start - 1, floor);
    if (first?.kind === 'description' && first.definite && isOnePersonNoun(first.head ?? '')) return first;
  }
  const joint = togetherBefore(reading, direct, floor);
  if (joint) return joint;
  // (`groups that endorsed him say`: an object pronoun ends a clause about the subject, and is not it)
  const object = direct?.kind === 'pronoun' && /^(?:him|them|me|us)$/.test(toks[direct.start].lower);
  if (direct?.kind === 'pronoun' && !object) return direct;
  const antecedent = relativeAntecedent(reading, j, floor);
  if (object) return antecedent && antecedent.kind !== 'pronoun' ? antecedent : null;
  if (antecedent) return antecedent;
  return describedBeforeModifier(reading, direct, j, floor) ?? direct;
}

/**
 * `a spokeswoman for the police said`, `two officials familiar with the talks said`: a person described
 * before a post-modifier is the speaker, not the last noun of the modifier; null where none is.
 */
function describedBeforeModifier(reading: Reading, direct: Referent | null, j: number, floor: number): Referent | null {
  const { toks, inQuote, isEnd, npLeft } = reading;
  const from = direct ? direct.start : j;
  for (let k = from - 1; k >= Math.max(floor, from - 8); k--) {
    const t = toks[k];
    // (`Another intelligence source speaking to a broadcaster said`: a participle that modifies it, too)
    if (
      inQuote[k] >= 0 ||
      t.lower === ',' ||
      (t.pos === 'VERB' && !/^(?:speaking|talking|writing|involved|familiar|close)$/.test(t.lower)) ||
      t.pos === 'AUX' ||
      isEnd(k)
    )
      break;
    if (!/^(?:for|of|at|with|from|to|in|on|close|familiar|involved|aware|speaking|talking|writing)$/.test(t.lower)) continue;
    const head = npLeft(k, floor);
    // `Sen. Dana Roe of Ohio said`, `Ann Vale from the council said`: the person, not the place or body.
    if (head && isPersonName(reading, head)) return head;
    // Named with its prepositional modifier (`a spokeswoman for the police`), not with a clause
    // (`another source speaking to a broadcaster` is `another source`).
    if (head && head.kind === 'description' && PERSON_NOUNS.has(head.head ?? '')) {
      // (`Ann Roe, president and chief executive of the bank, said`: roles joined by `and`)
      let a = head.start;
      while (toks[a - 1]?.lower === 'and' && a - 2 >= floor && isRoleWord(toks[a - 2].lower)) a -= 2;
      // `Sam Lowe, the communications director for the party said`: the name the description follows.
      if (toks[a - 1]?.lower === ',') {
        const named = npLeft(a - 1, floor);
        if (named && isPersonName(reading, named)) return named;
      }
      return /ing$/.test(t.lower) ? head : { ...head, end: j, head: head.head };
    }
  }
  return null;
}

/**
 * `…, Ann Roe, who runs the bakery and …`: the antecedent of a relative clause that opens after a comma and
 * holds a verb of its own before the `and` at `and`; not past another comma or a quotation.
 */
function antecedentOfWho(reading: Reading, and: number, floor: number): Referent | null {
  const { toks, inQuote, npLeft } = reading;
  for (let k = and - 1; k > floor + 1; k--) {
    if (inQuote[k] >= 0 || toks[k].lower === ',' || toks[k].lower === ';') return null;
    if (toks[k].lower !== 'who' || toks[k - 1].lower !== ',') continue;
    if (!toks.slice(k + 1, and).some((t) => t.pos === 'VERB' || t.pos === 'AUX')) return null;
    const r = npLeft(k - 1, floor);
    return r && r.kind !== 'pronoun' ? r : null;
  }
  return null;
}

/** `a council aide who asked not to be named because talks continue said`: the phrase before `who`. */
function relativeAntecedent(reading: Reading, j: number, floor: number): Referent | null {
  const { toks, inQuote, isEnd, npLeft } = reading;
  for (let k = j - 1; k >= Math.max(floor, j - 14); k--) {
    if (inQuote[k] >= 0 || toks[k].lower === ',' || isEnd(k)) break;
    // (`the wire service report, which notes, …`: a writing's too)
    if (toks[k].lower !== 'who' && toks[k].lower !== 'which') continue;
    // (`an endorsement from Ann Roe, who declared …`: past the comma of a clause that adds to a name,
    // when `who` is the verb's own subject; not `talks with Feng, which the ministry called …`)
    let r = npLeft(toks[k - 1]?.lower === ',' && k - 1 > floor && k === j - 1 ? k - 1 : k, floor);
    // (`Workers in Ohio who watched the rally said`: a place no entity names is no one's `who`; the
    // phrase before its preposition is, or no one)
    const before = toks[(r?.start ?? 0) - 1]?.lower ?? '';
    const placeOf = r?.kind === 'name' && !r.mention && /^(?:in|of|from|at)$/.test(before);
    // (`Dana Orr, 24, from Eastport, who said …`, `a nurse from Eastport, who said …`: the person a place is
    // said of, past an age between commas, and the name a description follows)
    const from = toks[k].lower === 'who' && before === 'from';
    if (r && (placeOf || from)) {
      let b = r.start - 1;
      if (from && toks[b - 1]?.lower === ',' && toks[b - 2]?.pos === 'NUM' && toks[b - 3]?.lower === ',') b -= 3;
      const person = npLeft(b, floor);
      const named =
        from && person?.kind === 'description' && toks[person.start - 1]?.lower === ',' ? npLeft(person.start - 1, floor) : null;
      if (named && isPersonName(reading, named)) r = named;
      else if (
        placeOf ||
        (person && (isPersonName(reading, person) || (person.kind === 'description' && PERSON_NOUNS.has(person.head ?? ''))))
      )
        r = person;
    }
    return r && r.kind !== 'pronoun' ? r : null;
  }
  return null;
}

/** The `(` of the bracket that `)` at `close` ends, no further back than `floor`; -1 if none. */
function bracketOpen(reading: Reading, close: number, floor: number): number {
  for (let o = close - 1; o >= floor; o--) if (reading.toks[o].lower === '(') return o;
  return -1;
}

/** `Roe and Vale said`, `Roe and her aides said`: the subject `direct` with the people named together with it, or null. */
function togetherBefore(reading: Reading, direct: Referent | null, floor: number): Referent | null {
  if (!direct || (!isPersonName(reading, direct) && direct.kind !== 'description')) return null;
  const r = namedTogether(reading, direct, floor);
  return r !== direct ? r : null;
}

/** `Gov. Dana Roe of Ohio, a Democrat, said`: past a person's place or body after `of` or `from`, to the comma. */
function placeAfter(reading: Reading, r: Referent, at: number, ceil: number): number {
  const { toks, npRight } = reading;
  if (!/^(?:of|from)$/.test(toks[at]?.lower ?? '') || !isPersonName(reading, r)) return at;
  const place = npRight(at + 1, ceil);
  return place ? place.end : at;
}

/**
 * `Quill and Hale have slammed …`, `Quill, Hale and Ames said`: the people named together with the person
 * `last` names, who speak together (one referent with its members), or `last` alone (or not a person).
 */
export function namedTogether(reading: Reading, last: Referent, floor: number): Referent {
  const { toks, npLeft } = reading;
  if (toks[last.start - 1]?.lower !== 'and') return last;
  // (`Ann Roe and her aides said`: a person and a group of people about her speak together)
  if (last.kind === 'description' && !last.group && isPeopleNoun(last.head ?? '')) {
    const person = npLeft(last.start - 1, floor);
    // (`She and her aides said`: a pronoun of one person too)
    const pronoun = person?.kind === 'pronoun' && /^(?:he|she)$/.test(toks[person.start].lower);
    if (person && (isPersonName(reading, person) || pronoun) && toks[person.start - 1]?.lower !== 'and')
      return { kind: 'name', start: person.start, end: last.end, members: [person, last] };
    // (`past and current aides said`, `donors and aides said`: one group, named whole)
    const start = peopleBefore(reading, last.start - 1, floor);
    return start >= 0 ? { ...last, start } : last;
  }
  if (!isPersonName(reading, last)) return last;
  const members = [last];
  for (let r = npLeft(last.start - 1, floor); r && isPersonName(reading, r); r = npLeft(r.start - 1, floor)) {
    members.unshift(r);
    if (toks[r.start - 1]?.lower !== ',') break;
  }
  return members.length > 1 ? { kind: 'name', start: members[0].start, end: last.end, members } : last;
}

/**
 * `Past and current employees said`, `Experts and officials said`, `Aides, donors and friends said`:
 * where the people coordinated before the `and` at `and` start (adjectives that share the head, or
 * plural nouns of people), or -1 where what precedes is no such phrase.
 */
/** Words that count the people of a phrase: `Five past and current aides`. */
const NUMBER_WORD = /^(?:two|three|four|five|six|seven|eight|nine|ten|several|many|some|dozens|hundreds)$/;

/** A word that qualifies people and may be coordinated before their noun: `former`, `Democratic`, `senior`. */
const isModifier = (t: Token): boolean =>
  t.pos === 'ADJ' || isGroupWord(t.lower) || /^(?:former|current|past|present|future|retired)$/.test(t.lower);

function peopleBefore(reading: Reading, and: number, floor: number): number {
  const { toks, inQuote, npLeft } = reading;
  let a = and;
  // (`past and current employees`: one or two words that modify the head the two share)
  while (a - 1 >= floor && and - a < 2 && inQuote[a - 1] < 0 && isModifier(toks[a - 1])) a--;
  if (a < and) {
    // (`Five past and current aides`: the number or determiner before them; the tagger may call `Five` a name)
    const w = toks[a - 1];
    if (a - 1 >= floor && (w?.pos === 'DET' || w?.pos === 'NUM' || NUMBER_WORD.test(w?.lower ?? ''))) a--;
    return a;
  }
  // (`experts and officials`, `aides, donors and friends`)
  let start = -1;
  for (let k = and; ; ) {
    const r = npLeft(k, floor);
    if (r?.kind !== 'description' || !isPeopleNoun(r.head ?? '')) break;
    start = r.start;
    if (toks[r.start - 1]?.lower !== ',') break;
    k = r.start - 1;
  }
  return start;
}

/**
 * `It was then that Dana Roe, who had run the plant for years, said …`: the person or organisation named
 * right before the first comma of an apposition chain no phrase of which opens at a boundary.
 */
function chainHead(reading: Reading, commaAt: number, floor: number): Referent | null {
  const { toks, inQuote, isEnd, npLeft, entityById } = reading;
  let first = -1;
  for (let k = commaAt - 1; k >= floor && commaAt - k < 40; k--) {
    if (inQuote[k] >= 0 || isEnd(k)) break;
    if (toks[k].lower === ',') first = k;
  }
  if (first < 0) return null;
  const r = npLeft(first, floor);
  const kind = r?.mention ? entityById.get(r.mention.entity)?.kind : undefined;
  return r?.kind === 'name' && (kind === 'person' || kind === 'organisation') ? r : null;
}

/** `EASTPORT (Wire) — Roe met …`, `(Wire) - Roe met …`: where a wire dateline ends, or `from`. */
function pastDateline(reading: Reading, from: number, to: number): number {
  const { toks, tokenText } = reading;
  for (let k = from + 1; k < Math.min(to, from + 8); k++) {
    if (!/^(?:—|–|-|--)$/.test(toks[k].lower)) continue;
    const before = tokenText(k - 1);
    return before === ')' || /^\p{Lu}{2,}$/u.test(before) ? k + 1 : from;
  }
  return from;
}

/**
 * The subject of a sentence: the first phrase at its start or after a leading adverbial
 * (`On Sunday, Mr Lorme met Mo …, describing both sides as “candid”` → Mr Lorme), the person an apposition
 * names for a description (apposedPerson).
 */
export function sentenceSubject(reading: Reading, from: number, to: number): Referent | null {
  const { toks, inQuote, npRight } = reading;
  from = pastDateline(reading, from, to);
  for (let k = from; k < to; k++) {
    // (`Vale's running mate — Sen. Bob Quist — has …`: a dash opens an apposition as a comma does)
    if (k !== from && toks[k - 1].lower !== ',' && !DASH.test(toks[k - 1].lower)) continue;
    if (inQuote[k] >= 0) continue;
    // `And then the senator went on the attack, saying …`: past conjunctions and adverbs that open the clause.
    let s = k;
    // (`When told …, Hale said`: not past `when`, whose clause has no subject to give)
    while (s < to && s - k < 3 && (toks[s].pos === 'CCONJ' || /^(?:then|also|still|now|so|yet|even|later)$/.test(toks[s].lower))) s++;
    const r = npRight(s, to);
    // (`At a rally in Northgate, Ohio, on Sunday, Roe …`: a name no entity knows between commas is a place in
    // apposition, not the subject)
    if (r?.kind === 'name' && !r.mention && k !== from && toks[r.end]?.lower === ',') continue;
    // (`Hours later, Ray Tolliver …`: a capitalised word no entity names, before `later`, is a time adverbial)
    if (r && !(r.kind === 'name' && !r.mention && /^(?:later|earlier|ago|after|before)$/.test(toks[r.end]?.lower ?? ''))) {
      // (`Asked whether Ned Hale, the nominee, could win, Roe demurred`: the nominee is Hale's apposition)
      if (
        r.kind === 'description' &&
        k !== from &&
        toks[r.end]?.lower === ',' &&
        toks[k - 2]?.pos === 'PROPN' &&
        subordinateOpening(reading, from)
      )
        continue;
      return apposedPerson(reading, r) ?? r;
    }
  }
  return null;
}

/**
 * Does the sentence from `from` open with a subordinate clause: a participle or a subordinator (`Asked
 * whether …`, `When …`)? A description set off by commas after a name inside it is that name's apposition,
 * not the main clause's subject: `Asked whether Ned Hale, the nominee, could win, Roe demurred` → Roe.
 */
function subordinateOpening(reading: Reading, from: number): boolean {
  const t = reading.toks[from];
  return !!t && (t.pos === 'SCONJ' || (t.pos === 'VERB' && /(?:ed|ing)$/.test(t.lower)));
}

export function addresseeAfter(reading: Reading, v: number, ceil: number): { start: number; end: number } | undefined {
  const { toks, npRight } = reading;
  if (!ADDRESSEE_VERBS.has(toks[v].lower)) return undefined;
  const r = npRight(v + 1, ceil);
  if (!r) return undefined;
  return { start: r.start, end: r.end };
}

export function lastPersonBefore(reading: Reading, tok: number, names: number, gender?: 'm' | 'f'): Entity | null {
  const { mentions, inQuote, entityById } = reading;
  let unknown: Entity | null = null;
  let seen = 0;
  for (let k = partitionPoint(mentions.length, (i) => mentions[i].tokenStart < tok) - 1; k >= 0 && seen < names; k--) {
    if (inQuote[mentions[k].tokenStart] >= 0) continue;
    seen++;
    const e = entityById.get(mentions[k].entity);
    if (e?.kind !== 'person') continue;
    if (!gender || e.gender === gender) return e;
    if (e.gender === null) unknown ??= e;
  }
  return unknown;
}
