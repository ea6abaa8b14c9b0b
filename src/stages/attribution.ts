// Attribution: who said each quote. An ordered list of small rules ("sieves"), most precise first; each
// fills only the quotes still without a speaker and is recorded in `speaker.via`.
import { defineStage } from '../stage.js';
import { layer, span, type Span } from '../doc.js';
import type { Token } from './tokens.js';
import type { Sentence } from './sentences.js';
import type { Paragraph } from './paragraphs.js';
import type { QuoteSpan } from './quotes.js';
import type { Entity, EntityKind, EntityLayer, Mention } from './entities.js';
import {
  ADDRESSEE_VERBS, DOCUMENT_NOUNS, NOUNISH_SPEECH, ORG_NOUNS, PARTICLE_VERBS, PERSON_NOUNS, PRONOUNS, SPEECH_VERBS,
  TITLES, VERB_FILLERS, isGroupWord, PLACE_ABBREVIATION, isKnownName, WRITING_NOUNS,
} from '../nlp/lexicon.js';
import { slug } from '../nlp/names.js';
import { partitionPoint } from '../nlp/search.js';
import { UniqueIds } from '../util/unique-ids.js';
import { mapArray } from '../util/arrays.js';
import { isSpaceCode } from '../util/chars.js';

/** The rule that decided a quote's speaker. */
export type Sieve =
  | 'cue-after' // “…,” Xi told Blinken.   “…,” said Wu Xinbo, a professor …
  | 'dash-byline' // “…” — Commissioner Starks
  | 'colon' // Geng said: “…”   However, he added, “…”
  | 'cue-before' // Blinken responded that the two countries “have an obligation …”
  | 'cue-after-far' // … are “clearly at a dead end” as China seeks …, said Drew Thompson
  | 'according-to' // … “lowest point”, according to a senior official
  | 'continuation' // a paragraph that goes on with the same quote, or “A,” she said. “B.”
  | 'colon-subject' // Smith was blunt: “The season is lost.”
  | 'transcript' // “WALLACE: Will she be there?”  — a speaker's label opening the quoted text
  | 'previous-sentence'; // …, Schiff said. “The other factor …”  — reported speech, then the quote

export interface Attribution {
  /** Id of the quote in the quotes layer. */
  quote: string;
  /** False for marks that are not a quote: scare quotes, terms, titles, headline fragments. */
  isQuote: boolean;
  /** Why a quote was dropped: `term`, `short-unattributed`, `heading`. */
  reason?: string;
  speaker: {
    name: string;
    entity: string;
    mention: Span | null;
    via: Sieve;
    addressee?: Span;
  } | null;
  cue: Span | null;
  confidence: number;
}

export interface AttributionLayer {
  attributions: Attribution[];
  /** Entities that speak, with all their mentions (names, pronouns and descriptions that were resolved). */
  speakers: Entity[];
}

declare module '../doc.js' {
  interface Layers {
    attribution: AttributionLayer;
  }
}

/**
 * How far each sieve's answers can be trusted: the share of right speakers it gave on the dev gold and
 * the sentence suite (see README, "Confidence"). A user keeping quotes with confidence ≥ 0.9 keeps the
 * adjacent-cue and colon sieves with a named speaker.
 */
export const SIEVE_CONFIDENCE: Record<Sieve, number> = {
  'cue-after': 0.95,
  'dash-byline': 0.9,
  colon: 0.93,
  'cue-before': 0.88,
  'cue-after-far': 0.8,
  'according-to': 0.75,
  'colon-subject': 0.75,
  continuation: 0.88,
  transcript: 0.9,
  'previous-sentence': 0.8,
};
/** A pronoun or a description had to be resolved: one more step that can go wrong. */
const RESOLVED_PENALTY = 0.9;

export const attribution = () =>
  defineStage({
    name: 'attribution',
    requires: ['tokens', 'sentences', 'paragraphs', 'quotes', 'entities'],
    provides: 'attribution',
    run(doc) {
      return attribute(doc.text, {
        tokens: layer(doc, 'tokens'),
        sentences: layer(doc, 'sentences'),
        paragraphs: layer(doc, 'paragraphs'),
        quotes: layer(doc, 'quotes'),
        entities: layer(doc, 'entities'),
      });
    },
  });

interface Input {
  tokens: Token[];
  sentences: Sentence[];
  paragraphs: Paragraph[];
  quotes: QuoteSpan[];
  entities: EntityLayer;
}

/** What a noun phrase refers to before resolution. */
interface Referent {
  kind: 'name' | 'pronoun' | 'description';
  /** Token range of the phrase. */
  start: number;
  end: number;
  /** For names: the entity mention. */
  mention?: Mention;
  /** For descriptions: the head noun, lower case (`official`, `department`). */
  head?: string;
  definite?: boolean;
  /** For descriptions: where the phrase that names it ends, its modifier included (`an adviser to Trump`). */
  nameEnd?: number;
}

interface Found {
  ref: Referent;
  verb: number; // token index of the cue, -1 when none
  cueEnd: number; // token index one past the cue
  via: Sieve;
  addressee?: { start: number; end: number };
}

const SENTENCE_END = new Set(['.', '!', '?']);
/** Weekdays, months and times: `“…,” Thursday said` is a misread date, not a speaker. */
const NOT_A_SPEAKER = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|june|july|august|september|october|november|december|jan|feb|aug|sept?|oct|nov|dec|today|tonight|yesterday|tomorrow)\.?$/;
/**
 * What a word can be to speechVerbOf, in one lookup (it is asked of every token near a quote): the
 * particles that make a particle verb speak (`pointed` → `out`), else SPEECH (`said`, `told`), else
 * NOUNISH (`comment`: speech only when tagged a verb).
 */
const SPEECH = 1;
const NOUNISH = 2;
const SPEECH_KIND = new Map<string, number | readonly string[]>();
for (const w of NOUNISH_SPEECH) SPEECH_KIND.set(w, NOUNISH);
for (const w of SPEECH_VERBS) SPEECH_KIND.set(w, SPEECH);
for (const [w, particles] of Object.entries(PARTICLE_VERBS)) SPEECH_KIND.set(w, particles);
const MAX_WINDOW = 100;
/** Verbs that name what the quote is called: `called their talks “productive”`, `dubbed it “a disaster”`. */
const NAMING_VERBS = new Set(['called', 'calling', 'call', 'calls', 'described', 'describing', 'describes', 'dubbed', 'labelled', 'labeled', 'termed', 'branded', 'hailed', 'welcomed', 'praised', 'as']);

export function attribute(text: string, input: Input): AttributionLayer {
  const { tokens: toks, sentences, paragraphs, quotes } = input;
  const mentions = input.entities.mentions;
  const entityById = new Map(input.entities.entities.map((e) => [e.id, e]));
  const tokenText = (i: number) => text.slice(toks[i].start, toks[i].end);

  // Which quote each token lies in (marks included), -1 outside every quote.
  const inQuote = new Int32Array(toks.length).fill(-1);
  {
    let t = 0;
    quotes.forEach((q, k) => {
      const from = q.open.start;
      const to = q.close ? q.close.end : q.end;
      while (t < toks.length && toks[t].end <= from) t++;
      for (let j = t; j < toks.length && toks[j].start < to; j++) inQuote[j] = k;
    });
  }
  const mentionAt = new Map<number, Mention>(); // by tokenEnd
  const mentionFrom = new Map<number, Mention>(); // by tokenStart
  for (const m of mentions) {
    mentionAt.set(m.tokenEnd, m);
    mentionFrom.set(m.tokenStart, m);
  }
  // The sentence of each token.
  const sentenceOfToken = new Int32Array(toks.length).fill(-1);
  sentences.forEach((s, k) => {
    for (let i = s.tokenStart; i < s.tokenEnd; i++) sentenceOfToken[i] = k;
  });
  const paragraphOfToken = (i: number) => (sentenceOfToken[i] >= 0 ? sentences[sentenceOfToken[i]].paragraph : -1);

  /**
   * Does token i end a sentence? Not the dot of an abbreviation inside a clause: `Mitch McConnell, R-Ky.,
   * said`, `Rep. John Mica (R-Fla.) said`, `(D-N.Y.)` (a dot with a comma, a bracket or a letter right after it).
   */
  const isEnd = (i: number): boolean => {
    if (!SENTENCE_END.has(toks[i].lower)) return false;
    const next = toks[i + 1];
    return !(toks[i].lower === '.' && next && next.start === toks[i].end && /^[,)\p{L}\d]/u.test(next.lower));
  };

  // Asked of most tokens several times (every window, every subject search): answered once each.
  const speechVerbAt = new Int8Array(toks.length).fill(-1);
  const isSpeechVerb = (i: number): boolean => {
    if (i < 0 || i >= toks.length) return false;
    let v = speechVerbAt[i];
    if (v < 0) v = speechVerbAt[i] = speechVerbOf(i) ? 1 : 0;
    return v === 1;
  };
  const speechVerbOf = (i: number): boolean => {
    const t = toks[i];
    if (!t || inQuote[i] >= 0) return false;
    const w = t.lower;
    const kind = SPEECH_KIND.get(w);
    if (kind === undefined) return false;
    if (typeof kind !== 'number') return !!toks[i + 1] && kind.includes(toks[i + 1].lower);
    // Past forms (`said`, `told`, `stressed`) are speech whatever the tagger thinks (it calls some ADJ);
    // base and -s forms need its VERB tag: `the recall was`, `a warning`, `his answers`.
    if (kind === SPEECH) return t.pos === 'VERB' || t.pos === 'AUX' || (/(?:ed|said|told|wrote|spoke|went)$/.test(w) && !/^\p{Lu}/u.test(tokenText(i)));
    return t.pos === 'VERB';
  };
  /** Skips words that stand between a speaker and the verb: `also`, `was reported as`, `, who …,`. */
  const NP_POS = new Set(['PROPN', 'NOUN', 'ADJ', 'NUM']);
  const isNpToken = (i: number): boolean => {
    const t = toks[i];
    if (!t || inQuote[i] >= 0) return false;
    if (NP_POS.has(t.pos)) return true;
    if (t.lower === "'s" || t.lower === "'") return true;
    if (t.lower === '-' && toks[i - 1]?.end === t.start && toks[i + 1]?.start === t.end) return true;
    return false;
  };

  /** Reads a phrase's referent from its token range [a, b): a name mention ending at b, a pronoun, a description. */
  const referent = (a: number, b: number): Referent | null => {
    if (b <= a) return null;
    const m = mentionAt.get(b);
    if (m && m.tokenStart >= a - 3) return { kind: 'name', start: Math.min(a, m.tokenStart), end: b, mention: m };
    const last = toks[b - 1];
    if (b - a === 1 && last.pos === 'PRON' && PRONOUNS[last.lower]) return { kind: 'pronoun', start: a, end: b };
    // `the 56-year-old` is tokenised 56 - year - old: its head is `year-old`.
    const head = last.lower === 'old' && toks[b - 2]?.lower === '-' && toks[b - 3]?.lower === 'year' ? 'year-old' : last.lower;
    // `a New Hampshire Republican`, `one Iowa Democrat`: a party word heads a description of a person.
    if (PERSON_NOUNS.has(head) || ORG_NOUNS.has(head) || (isGroupWord(head) && b - a >= 2 && /^(?:a|an|one|the|another|two|three|several|some|many)$/.test(toks[a].lower))) {
      const first = toks[a].lower;
      return { kind: 'description', start: a, end: b, head, definite: first === 'the' || first === 'this' || first === 'that' };
    }
    // `Beijing said`, `China said`: a place that speaks is its government.
    // Not `Thursday said`, `the Republican said`, `D.C.`: a date, a group word or a state is no speaker.
    if (b - a <= 3 && last.pos === 'PROPN' && !toks.slice(a, b).some((t) => t.pos === 'NUM' || NOT_A_SPEAKER.test(t.lower) || isGroupWord(t.lower) || PLACE_ABBREVIATION.test(t.lower))) return { kind: 'name', start: a, end: b };
    return null;
  };

  /** The noun phrase that ends right before token `end` (exclusive), read leftwards. */
  const npLeft = (end: number, floor: number): Referent | null => {
    let a = end;
    if (a - 1 >= floor && toks[a - 1].pos === 'PRON') return referent(a - 1, a);
    const m = mentionAt.get(end);
    if (m && m.tokenStart >= floor) a = m.tokenStart;
    while (a - 1 >= floor && isNpToken(a - 1)) a--;
    // Include a leading determiner: `the official`, `a senior official`, `one US official`.
    if (a - 1 >= floor && (toks[a - 1].pos === 'DET' || /^(?:one|two|three|several|many|some|another|other|most)$/.test(toks[a - 1].lower)) && inQuote[a - 1] < 0) a--;
    if (a === end) return null;
    return referent(a, end);
  };

  /** The noun phrase that starts at token `start`, read rightwards (for `said Wu Xinbo, a professor`). */
  const npRight = (start: number, ceil: number): Referent | null => {
    let b = start;
    if (b < ceil && toks[b].pos === 'PRON' && PRONOUNS[toks[b].lower]) return referent(b, b + 1);
    if (b < ceil && (toks[b].pos === 'DET' || /^(?:one|two|several)$/.test(toks[b].lower))) b++;
    // `transport chief Alan Burke`: role words the tagger may misread (transport/VERB) before a name.
    // `Florida-based Republican strategist Al Cardenas`: up to six such words, hyphens included.
    for (let k = b; k < Math.min(ceil, b + 6); k++) {
      const m = mentionFrom.get(k);
      if (m && m.tokenEnd <= ceil) {
        if (toks.slice(b, k).every((t, j) => inQuote[b + j] < 0 && (/^\p{Ll}[\p{L}-]*$/u.test(t.lower) || t.lower === '-') && t.pos !== 'ADP' && t.pos !== 'SCONJ' && t.pos !== 'CCONJ' && t.pos !== 'PRON')) b = k;
        break;
      }
    }
    // `one unaligned Florida Republican strategist`: a participle the tagger calls a verb, after a determiner.
    if (b === start + 1 && b < ceil && toks[b].pos === 'VERB' && /ed$/.test(toks[b].lower) && isNpToken(b + 1)) b++;
    while (b < ceil && (isNpToken(b) || (mentionFrom.has(b) && mentionFrom.get(b)!.tokenEnd <= ceil))) {
      const m = mentionFrom.get(b);
      b = m && m.tokenEnd > b ? m.tokenEnd : b + 1;
    }
    // `the US secretary of state`: a title's complement.
    if (b < ceil && toks[b].lower === 'of' && TITLES.has(toks[b - 1]?.lower ?? '') && isNpToken(b + 1)) b += 2;
    if (b === start) return null;
    let r = referent(start, b);
    // `a person close to the Clintons`: the head noun before words that modify it.
    for (let e = b - 1; !r && e > start; e--) {
      r = referent(start, e);
      if (r && r.kind !== 'description') r = null;
    }
    if (r?.kind === 'description') r.nameEnd = modifierEnd(r.end, ceil);
    return r;
  };

  /**
   * Where a description's one prepositional modifier ends, for its name: `one longtime adviser to Bill
   * Clinton`, `a spokesman for committee Democrats`, `a person close to the Clintons`. A relative clause
   * or an apposition is not taken (`a strategist, speaking on condition of anonymity`).
   */
  const modifierEnd = (head: number, ceil: number): number => {
    let k = head;
    if (/^(?:close|familiar|loyal|near)$/.test(toks[k]?.lower ?? '')) k++;
    if (k >= ceil || inQuote[k] >= 0 || !/^(?:of|to|for|at|from|with|on|in)$/.test(toks[k].lower)) return head;
    let j = k + 1;
    while (j < ceil && inQuote[j] < 0 && (isNpToken(j) || toks[j].pos === 'DET' || /^(?:both|all)$/.test(toks[j].lower))) j++;
    return j > k + 1 && toks[j - 1].pos !== 'DET' ? j : head;
  };

  /** Past a bracket after a name: `Rep. John Mica (R-Fla.) said` → the index of `said`. */
  const skipBracket = (i: number, ceil: number): number => {
    if (toks[i]?.lower !== '(') return i;
    for (let j = i + 1; j < Math.min(ceil, i + 10); j++) if (toks[j].lower === ')') return j + 1;
    return i;
  };

  /** Skips fillers leftwards from the token before a verb: `Blinken also said`, `Qin was reported as saying`. */
  const skipFillersLeft = (i: number, floor: number): number => {
    let j = i;
    while (j - 1 >= floor && inQuote[j - 1] < 0 && (VERB_FILLERS.has(toks[j - 1].lower) || /^(?:as|quoted|reported|cited|went|on|to)$/.test(toks[j - 1].lower))) {
      if (toks[j - 1].lower === 'to' && toks[j - 2]?.lower === 'according') break;
      j--;
    }
    return j;
  };

  /**
   * The subject of the speech verb at `v`: the noun phrase to its left, past fillers and an apposition
   * (`Hugh Hill, a doctor who treats farmers, said` → Hugh Hill).
   */
  const subjectOf = (v: number, floor: number): Referent | null => {
    const j = skipFillersLeft(v, floor);
    if (j - 1 >= floor && toks[j - 1].lower === ',' ) {
      // Apposition: the leftmost phrase of the clause that is followed by a comma.
      const commaAt = j - 1;
      let best: Referent | null = null;
      for (let k = commaAt - 1; k >= floor - 1 && commaAt - k < 60; k--) {
        if (k >= floor && inQuote[k] >= 0) break;
        if (k >= floor && isEnd(k)) break;
        const boundary = k < floor || toks[k].lower === ',' || toks[k].lower === ':' || isCloseMark(k);
        if (!boundary) continue;
        const r = npRight(k + 1, commaAt);
        // a name, a pronoun or an indefinite description (`a doctor`) can open an apposition chain
        if (r && toks[r.end]?.lower === ',' && (r.kind !== 'description' || !r.definite)) best = r;
        if (k < floor) break;
      }
      return best;
    }
    const direct = npLeft(j, floor);
    if (direct?.kind === 'name' && direct.mention && entityById.get(direct.mention.entity)?.kind === 'person') return direct;
    if (direct?.kind === 'pronoun') return direct;
    // `a spokeswoman for the police said`, `two officials familiar with the talks said`: a person
    // described before a post-modifier is the speaker, not the last noun of the modifier.
    const from = direct ? direct.start : j;
    for (let k = from - 1; k >= Math.max(floor, from - 8); k--) {
      const t = toks[k];
      if (inQuote[k] >= 0 || t.lower === ',' || t.pos === 'VERB' || t.pos === 'AUX' || isEnd(k)) break;
      if (!/^(?:for|of|at|with|from|to|in|on|close|familiar|involved|aware)$/.test(t.lower)) continue;
      const head = npLeft(k, floor);
      if (head && head.kind === 'description' && PERSON_NOUNS.has(head.head ?? '')) return { ...head, end: j, head: head.head };
    }
    return direct;
  };

  const isCloseMark = (i: number): boolean => {
    const q = inQuote[i];
    return q >= 0 && !!quotes[q].close && toks[i].start >= quotes[q].close!.start;
  };

  /**
   * The subject of a sentence: the first phrase at its start or after a leading adverbial
   * (`On Sunday, Mr Brinken met Qin …, describing both sides as “candid”` → Mr Brinken).
   */
  const sentenceSubject = (from: number, to: number): Referent | null => {
    for (let k = from; k < to; k++) {
      if (k !== from && toks[k - 1].lower !== ',') continue;
      if (inQuote[k] >= 0) continue;
      const r = npRight(k, to);
      if (r) return r;
    }
    return null;
  };

  /** Is the verb a participle after a comma, whose subject is the clause's (`…, adding that`)? */
  const isParticipleClause = (v: number): boolean => /ing$/.test(toks[v].lower) && toks[v - 1]?.lower === ',';

  const addresseeAfter = (v: number, ceil: number): { start: number; end: number } | undefined => {
    if (!ADDRESSEE_VERBS.has(toks[v].lower)) return undefined;
    const r = npRight(v + 1, ceil);
    if (!r) return undefined;
    return { start: r.start, end: r.end };
  };

  // Windows around each quote: from the start of its sentence (or the last sentence end) to the open
  // mark, and from the close mark to the next sentence end, the next quote or the paragraph end.
  const windows = mapArray(quotes, (q, k) => {
    const para = paragraphs[q.paragraph];
    // lowerBound itself, not a helper made in each call of attribute: a callback TurboFan inlined such a
    // helper into met the next article's new one and was thrown away (`wrong call target`).
    const openTok = lowerBound(toks, q.open.start);
    const closeTok = lowerBound(toks, q.close ? q.close.end : q.end);
    let preStart = openTok;
    // Windows are bounded: a cue 100 tokens from its quote is no cue, and a text that is one endless
    // "sentence" (150,000 quote marks, no full stop) must stay linear.
    while (preStart - 1 >= 0 && toks[preStart - 1].start >= para.start && openTok - preStart < MAX_WINDOW) {
      const t = toks[preStart - 1];
      if (inQuote[preStart - 1] < 0 && isEnd(preStart - 1)) break;
      if (inQuote[preStart - 1] >= 0 && inQuote[preStart - 1] !== k && endsSentence(quotes[inQuote[preStart - 1]].text) && k > 0) break;
      preStart--;
    }
    let postEnd = closeTok;
    while (postEnd < toks.length && toks[postEnd].end <= para.end && postEnd - closeTok < MAX_WINDOW) {
      const t = toks[postEnd];
      if (inQuote[postEnd] >= 0 && inQuote[postEnd] !== k) break;
      postEnd++;
      if (isEnd(postEnd - 1)) break;
    }
    // The rest of the sentence past any later quotes, for a cue far after: `was “direct” and made
    // progress “on several fronts”, a senior official told reporters`.
    let sentenceEnd = postEnd;
    while (sentenceEnd < toks.length && toks[sentenceEnd].end <= para.end && sentenceEnd - closeTok < MAX_WINDOW && !(inQuote[sentenceEnd - 1] < 0 && isEnd(sentenceEnd - 1))) sentenceEnd++;
    return { openTok, closeTok, preStart, postEnd, sentenceEnd };
  });

  const found: Array<Found | null> = mapArray(quotes, () => null);

  // Sieve 1, cue-after: the speaker right after the quote, either way round.
  //   “…,” Xi told Blinken.   “…,” said Wu Xinbo, a professor …   “…,” Wang, a former adviser, told NBC.
  //   “…” Qin was reported as saying.   “…,” the official added.
  quotes.forEach((q, k) => {
    if (!q.close) return;
    const { closeTok, postEnd } = windows[k];
    let i = closeTok;
    while (i < postEnd && /^[,—–―\-]$/.test(toks[i].lower)) i++;
    if (i >= postEnd) return;
    if (isSpeechVerb(i)) {
      const r = npRight(i + 1, postEnd);
      if (r && (r.kind !== 'pronoun' || /^(?:he|she)$/.test(toks[r.start].lower))) {
        found[k] = { ref: r, verb: i, cueEnd: i + 1, via: 'cue-after' };
        return;
      }
    }
    // Dash byline: “…” — Commissioner Starks
    if (i > closeTok && /^[—–―\-]$/.test(toks[i - 1].lower)) {
      const r = npRight(i, postEnd);
      if (r && r.kind === 'name' && (r.end >= postEnd || SENTENCE_END.has(toks[r.end]?.lower ?? '.'))) {
        found[k] = { ref: r, verb: i - 1, cueEnd: i, via: 'dash-byline' };
        return;
      }
    }
    const r = npRight(i, postEnd);
    if (!r) return;
    let v = skipBracket(r.nameEnd ?? r.end, postEnd);
    while (v < postEnd && (VERB_FILLERS.has(toks[v].lower) || /^(?:as|quoted|reported|cited)$/.test(toks[v].lower))) v++;
    if (v < postEnd && toks[v].lower === ',') {
      // An apposition between speaker and verb: `Wang, a former adviser to …, told NBC News`.
      for (let c = v + 1; c < postEnd - 1; c++) {
        if (toks[c].lower !== ',') continue;
        let w = c + 1;
        while (w < postEnd && VERB_FILLERS.has(toks[w].lower)) w++;
        if (w < postEnd && isSpeechVerb(w)) {
          v = w;
          break;
        }
      }
    }
    if (v < postEnd && isSpeechVerb(v)) found[k] = { ref: r, verb: v, cueEnd: v + 1, via: 'cue-after', addressee: addresseeAfter(v, postEnd) };
  });

  // Sieve 1b, transcript: a quoted transcript line opens with its speaker's label in capitals.
  //   "WALLACE: If I may, sir …"   "PENCE: Gennifer Flowers will not be attending …"
  quotes.forEach((q, k) => {
    if (found[k]) return;
    const m = /^\s*(\p{Lu}[\p{Lu}.'’-]+(?: \p{Lu}[\p{Lu}.'’-]+){0,2}):\s/u.exec(q.text);
    if (!m || m[1].replace(/[^\p{L}]/gu, '').length < 2) return;
    const from = lowerBound(toks, q.start + m.index);
    let to = from;
    while (to < toks.length && toks[to].end <= q.start + m.index + m[1].length) to++;
    if (to > from) found[k] = { ref: { kind: 'name', start: from, end: to }, verb: to, cueEnd: to + 1, via: 'transcript' };
  });

  // Sieve 2, colon: a speech verb in the clause right before the quote, ending in `:` or `,`.
  //   Geng said: “…”   Xi said in a meeting with Blinken: “…”   However, he added, “It is …”
  quotes.forEach((q, k) => {
    if (found[k]) return;
    const { openTok, preStart } = windows[k];
    const before = openTok - 1;
    if (before < preStart || !/^[:,]$/.test(toks[before].lower)) return;
    for (let v = before - 1; v >= preStart && before - v <= 14; v--) {
      if (inQuote[v] >= 0) break;
      if (!isSpeechVerb(v)) continue;
      const subj = isParticipleClause(v) ? null : subjectOf(v, preStart);
      const inv = subj ? null : npRight(v + 1, before);
      const r = subj ?? inv;
      // `said in a televised address on Sunday:` — a verb-looking noun with no subject: look further left.
      if (!r) continue;
      found[k] = { ref: r, verb: v, cueEnd: v + 1, via: 'colon', addressee: subj ? addresseeAfter(v, before) : undefined };
      return;
    }
  });

  // Sieve 2b, colon-block: a paragraph that is a quote after a paragraph ending in a colon (a block quote).
  //   Cruz continued:  ¶  “The questions asked in this debate …”
  //   As the Heritage Foundation website notes:  ¶  “This statement of principles …”
  quotes.forEach((q, k) => {
    if (found[k]) return;
    const para = paragraphs[q.paragraph];
    const { openTok } = windows[k];
    if (q.open.start !== para.start || q.paragraph === 0) return;
    let colon = openTok - 1;
    while (colon >= 0 && toks[colon].pos === 'SPACE') colon--;
    if (colon < 0 || toks[colon].lower !== ':' || inQuote[colon] >= 0) return;
    const floor = sentences[sentenceOfToken[colon]]?.tokenStart ?? colon;
    for (let v = colon - 1; v >= floor && colon - v <= 30; v--) {
      if (inQuote[v] >= 0 || !isSpeechVerb(v)) continue;
      // `The Times confirmed it, reporting:`: a participle speaks for its clause's subject.
      const r = isParticipleClause(v) ? sentenceSubject(floor, v) : subjectOf(v, floor) ?? npRight(v + 1, colon);
      if (r) found[k] = { ref: r, verb: v, cueEnd: v + 1, via: 'colon' };
      return;
    }
  });

  // Sieve 3, cue-before: the nearest speech verb before the quote in its sentence, and its subject.
  //   Blinken responded that the two countries “have an obligation …”
  //   … which the State Department called “productive.”   Xi told the secretary, adding that the “two sides …”
  quotes.forEach((q, k) => {
    if (found[k]) return;
    const { openTok, preStart } = windows[k];
    for (let v = openTok - 1; v >= preStart; v--) {
      if (!isSpeechVerb(v)) continue;
      let subj: Referent | null = null;
      let verb = v;
      if (isParticipleClause(v) || (/ing$/.test(toks[v].lower) && !npLeft(skipFillersLeft(v, preStart), preStart))) {
        // `…, adding that …` / `…, calling their talks “productive”`: the subject of the clause's main verb.
        for (let u = v - 1; u >= preStart; u--) {
          if (inQuote[u] >= 0) continue;
          if (isSpeechVerb(u) && !isParticipleClause(u)) {
            subj = subjectOf(u, preStart) ?? npRight(u + 1, v);
            verb = u;
            break;
          }
        }
        if (!subj && isParticipleClause(v)) subj = sentenceSubject(preStart, v);
        if (!subj) {
          // `… Xi told the US secretary of state, adding that …` where the main verb follows a quote.
          const prev = k > 0 ? found[k - 1] : null;
          if (prev && windows[k - 1].closeTok <= v && windows[k - 1].closeTok >= preStart) {
            found[k] = { ref: prev.ref, verb: v, cueEnd: v + 1, via: 'cue-before' };
            return;
          }
        }
      } else {
        subj = subjectOf(v, preStart);
        if (!subj && (v === preStart || toks[v - 1].lower === ',' || isCloseMark(v - 1))) subj = npRight(v + 1, openTok);
      }
      if (!subj) continue; // `the plan, announced Monday, was …`: a verb with no speaker; look further left
      if (subj) found[k] = { ref: subj, verb, cueEnd: verb + 1, via: 'cue-before', addressee: addresseeAfter(verb, openTok) };
      return;
    }
  });

  // Sieve 4, cue-after-far: a speech verb later in the sentence, not next to the quote.
  //   … relations are “clearly at a dead end” as China seeks …, said Drew Thompson, a visiting fellow.
  quotes.forEach((q, k) => {
    if (found[k]) return;
    // `… called “bird fancier’s lung.” It is rare, said Dr Frey`: the quote ended its sentence.
    if (/[.!?]$/.test(q.text)) return;
    const { closeTok, sentenceEnd: postEnd } = windows[k];
    for (let v = closeTok; v < postEnd; v++) {
      if (toks[v].lower === 'according') break;
      if (!isSpeechVerb(v)) continue;
      const r = toks[v - 1]?.lower === ',' || isCloseMark(v - 1) ? npRight(v + 1, postEnd) : subjectOf(v, closeTok);
      if (r && r.kind !== 'pronoun') found[k] = { ref: r, verb: v, cueEnd: v + 1, via: 'cue-after-far' };
      return;
    }
  });

  // Sieve 5, according-to: `according to X` names the speaker only when no verb did, and only when X is
  // not a document: `according to a readout by Xinhua` is a source (the speaker is the one who said it).
  quotes.forEach((q, k) => {
    if (found[k]) return;
    const { preStart, postEnd } = windows[k];
    for (let i = preStart; i < postEnd - 2; i++) {
      if (inQuote[i] >= 0 || toks[i].lower !== 'according' || toks[i + 1].lower !== 'to') continue;
      const r = npRight(i + 2, postEnd);
      if (!r) continue;
      const words = mapArray(toks.slice(r.start, r.end), (t) => t.lower);
      if (words.some((w) => DOCUMENT_NOUNS.has(w))) continue;
      found[k] = { ref: r, verb: i, cueEnd: i + 2, via: 'according-to' };
      return;
    }
  });

  // Sieve 6, colon-subject: a colon with no speech verb, the subject of its clause:
  //   Smith was blunt: “The season is lost.”   The minister’s answer was short: “No.”
  quotes.forEach((q, k) => {
    if (found[k]) return;
    const { openTok, preStart } = windows[k];
    if (openTok - 1 < preStart || toks[openTok - 1].lower !== ':') return;
    const r = sentenceSubject(preStart, openTok - 1);
    if (r && r.kind !== 'description') found[k] = { ref: r, verb: openTok - 1, cueEnd: openTok, via: 'colon-subject' };
  });

  // Sieve 7, previous-sentence: a quote that is a sentence of its own, with no cue, right after a sentence
  // that reports someone's speech without quoting it:
  //   … while Kerry negotiates with Russia, Schiff said. “The other factor …”   → Schiff
  //   Trump was quick to add that the wall stays.  ¶  “Building it? Not negotiable.”   → Trump
  quotes.forEach((q, k) => {
    if (found[k]) return;
    const { openTok, closeTok, postEnd } = windows[k];
    for (let i = closeTok; i < postEnd; i++) if (inQuote[i] < 0 && toks[i].pos !== 'PUNCT' && toks[i].pos !== 'SPACE') return;
    let prev = openTok - 1;
    while (prev >= 0 && toks[prev].pos === 'SPACE') prev--;
    if (prev < 0 || inQuote[prev] >= 0 || !isEnd(prev)) return;
    const para = paragraphs[q.paragraph];
    const wholeParagraph = q.open.start === para.start && (q.close ? q.close.end : q.end) >= para.end - 1;
    const prevPara = paragraphOfToken(prev);
    if (prevPara !== q.paragraph && !(wholeParagraph && prevPara === q.paragraph - 1)) return;
    const floor = sentences[sentenceOfToken[prev]]?.tokenStart ?? prev;
    for (let i = floor; i < prev; i++) if (inQuote[i] >= 0) return; // `“A,” she said. “B.”`: continuation's
    for (let v = prev - 1; v >= floor; v--) {
      if (!isSpeechVerb(v)) continue;
      const r = isParticipleClause(v) ? sentenceSubject(floor, v) : subjectOf(v, floor);
      if (r && r.kind !== 'description') found[k] = { ref: r, verb: v, cueEnd: v + 1, via: 'previous-sentence' };
      return;
    }
  });

  // Resolution of names, pronouns and descriptions to entities, in text order so that each pronoun can
  // look back at the speakers already found.
  const speakerEntities = new Map<string, Entity>();
  const extraEntities = new Map<string, Entity>();
  const speakerAt: Array<{ tok: number; entity: Entity; subject: number }> = []; // speakers and speech-verb subjects, by position
  const results: Array<Attribution['speaker']> = mapArray(quotes, () => null);
  const confidences: number[] = mapArray(quotes, () => 0.5);
  const cues: Array<Span | null> = mapArray(quotes, () => null);

  // Subjects of speech verbs anywhere outside quotes: `Xi said he hoped …` makes Xi the one a later `he` means;
  // a pronoun subject (`That's why, he argued, …`) is resolved when a later pronoun reaches it, so that
  // `he … he … he` stays one chain.
  const pronounSubjects: Array<{ tok: number; at: number; pronoun: string }> = [];
  const pronounMemo = new Map<number, Entity | null>();
  for (let v = 0; v < toks.length; v++) {
    if (!isSpeechVerb(v)) continue;
    const floor = sentences[sentenceOfToken[v]]?.tokenStart ?? 0;
    const r = subjectOf(v, floor);
    if (r?.kind === 'name' && r.mention) {
      const e = entityById.get(r.mention.entity);
      if (e) speakerAt.push({ tok: v, entity: e, subject: r.start }); // v grows: stays in order
    } else if (r?.kind === 'pronoun' && /^(?:he|she)$/.test(toks[r.start].lower)) {
      pronounSubjects.push({ tok: v, at: r.start, pronoun: toks[r.start].lower });
    }
  }

  const entityFor = (ref: Referent, at: number): Entity | null => {
    if (ref.kind === 'name') {
      if (ref.mention) return entityById.get(ref.mention.entity) ?? null;
      const name = text.slice(toks[ref.start].start, toks[ref.end - 1].end).replace(/[’']s$/, '');
      if (/^[\p{Lu}\s.'’-]+$/u.test(name) && /\p{Lu}{2}/u.test(name)) {
        // A transcript label (`WALLACE`) is the person of the article with that name, else a person of its own.
        const words = name.toLowerCase().split(/\s+/);
        const known = input.entities.entities.find((e) => e.kind === 'person' && words.every((w) => e.name.toLowerCase().split(/\s+/).includes(w)));
        return known ?? ensureExtra(name.replace(/\p{Lu}+/gu, (w) => w[0] + w.slice(1).toLowerCase()), 'person');
      }
      return ensureExtra(name, 'organisation');
    }
    if (ref.kind === 'pronoun') return resolvePronoun(toks[ref.start].lower, at);
    return resolveDescription(ref, at);
  };

  const ensureExtra = (name: string, kind: EntityKind): Entity => {
    const id = slug(name);
    let e = extraEntities.get(id) ?? entityById.get(id);
    if (!e) {
      e = { id, name, kind, gender: null, titles: [], mentions: [] };
      extraEntities.set(id, e);
    }
    return e;
  };

  /** Index of the first mention that starts at or after token `tok` (mentions are in text order). */
  const mentionsBefore = (tok: number): number => partitionPoint(mentions.length, (i) => mentions[i].tokenStart < tok);

  const compatible = (e: Entity, pronoun: string): boolean => {
    if (pronoun === 'person') return e.kind === 'person';
    const p = PRONOUNS[pronoun];
    if (!p) return false;
    if (pronoun === 'it') return e.kind === 'organisation';
    if (pronoun === 'they' || pronoun === 'we') return e.kind === 'organisation' || e.kind === 'anonymous';
    if (e.kind !== 'person' && !(e.kind === 'anonymous' && !/s$/.test(e.name))) return false;
    if (e.kind === 'person' && !isPlausiblePerson(e)) return false;
    return e.gender === null || e.gender === p.gender;
  };

  /**
   * `he`, `she`, `they`, `it`: first a compatible name earlier in the same sentence (`… from Xi’s
   * comments, although he said …` → Xi); else, sentence by sentence backwards, the first speaker of
   * that sentence: the leftmost subject of a speech verb or the speaker of its quote (`Mr. Blinken
   * denied …, as Mr. Xi has accused, and said …  “…,” he said` → Blinken); else its first name.
   * Always the nearest compatible one, not merely the nearest: `she` skips Blinken for Katrina Yu.
   */
  const resolvePronoun = (pronoun: string, at: number): Entity | null => {
    const s = sentenceOfToken[at];
    const sStart = s >= 0 ? sentences[s].tokenStart : at;
    // A name whose given name tells the gender beats one that does not: `At an event in St. Clairsville,
    // 62-year-old Brenda Johnson railed … “…,” she said` → Brenda Johnson.
    let weak: Entity | null = null;
    for (let i = mentionsBefore(sStart); i < mentions.length; i++) {
      const m = mentions[i];
      if (m.tokenStart >= at) break;
      if (m.tokenEnd > at || m.tokenStart < sStart) continue;
      if (inQuote[m.tokenStart] >= 0) continue;
      const e = entityById.get(m.entity);
      if (!e || !compatible(e, pronoun)) continue;
      if (e.gender !== null || !/^(?:he|she)$/.test(pronoun)) return e;
      weak ??= e;
    }
    if (weak) return weak;
    const para = paragraphOfToken(at);
    for (let t = s - 1; t >= 0 && s - t <= 30; t--) {
      const sent = sentences[t];
      if (para - sent.paragraph > 4) break;
      if (paragraphs[sent.paragraph].boilerplate) continue;
      const here: typeof speakerAt = [];
      for (let i = firstAt(speakerAt, sent.tokenStart); i < speakerAt.length && speakerAt[i].tok < sent.tokenEnd; i++) {
        if (compatible(speakerAt[i].entity, pronoun)) here.push(speakerAt[i]);
      }
      if (here.length) return here.sort((x, y) => x.subject - y.subject)[0].entity;
      // `That's why, he argued, …` in that sentence: the same pronoun means the same person.
      for (const ps of pronounSubjects) {
        if (ps.tok < sent.tokenStart || ps.tok >= sent.tokenEnd || ps.pronoun !== pronoun || ps.at >= at) continue;
        let e = pronounMemo.get(ps.at);
        if (e === undefined) {
          pronounMemo.set(ps.at, null); // a cycle cannot recurse
          e = resolvePronoun(pronoun, ps.at);
          pronounMemo.set(ps.at, e);
        }
        if (e) return e;
      }
      // No speaker in that sentence: its first compatible name (`Laura Kim met John Reid. “…,” he said`),
      // one whose gender is known first.
      let first: Entity | null = null;
      for (let i = mentionsBefore(sent.tokenStart); i < mentions.length; i++) {
        const m = mentions[i];
        if (m.tokenStart < sent.tokenStart || inQuote[m.tokenStart] >= 0) continue;
        if (m.tokenStart >= sent.tokenEnd) break;
        const e = entityById.get(m.entity);
        if (!e || !compatible(e, pronoun)) continue;
        if (e.gender !== null || !/^(?:he|she)$/.test(pronoun)) return e;
        first ??= e;
      }
      if (first) return first;
    }
    if (pronoun === 'they' || pronoun === 'we') {
      // `Local residents packed the hall. “…,” they said`: the group described last.
      for (let i = at - 1; i >= 0 && at - i < 80; i--) {
        if (inQuote[i] >= 0 || !PERSON_NOUNS.has(toks[i].lower) || !/s$/.test(toks[i].lower)) continue;
        const r = npLeft(i + 1, Math.max(0, i - 6));
        if (r?.kind === 'description') return resolveDescription(r, r.start);
      }
    }
    return null;
  };

  /**
   * `the official added` → the official described earlier (`a senior State Department official told
   * reporters`); `the secretary` → the person titled Secretary; `the ministry said` → the Ministry named
   * before; an indefinite description (`one US official`) is an anonymous speaker of its own.
   */
  const descriptions = new Map<string, Entity>();
  let descriptionIds: UniqueIds | null = null;
  /** Where each described entity was last mentioned, for `the official` to find the latest one. */
  const describedAt = new Map<Entity, number>();
  /** The nearest `a/an/one … HEAD` phrase before token `before`, outside quotes, within four paragraphs. */
  const indefiniteBefore = (head: string, before: number): Referent | null => {
    const para = paragraphOfToken(before);
    for (let i = before - 1; i > 0; i--) {
      if (para - paragraphOfToken(i) > 4) break;
      if (inQuote[i] >= 0 || toks[i].lower !== head) continue;
      for (let d = i - 1; d >= Math.max(0, i - 6); d--) {
        if (/^(?:a|an|one|another)$/.test(toks[d].lower)) return { kind: 'description', start: d, end: i + 1, head, definite: false };
        if (!isNpToken(d)) break;
      }
    }
    return null;
  };
  const resolveDescription = (ref: Referent, at: number): Entity | null => {
    const phrase = text.slice(toks[ref.start].start, toks[(ref.nameEnd ?? ref.end) - 1].end);
    const head = ref.head ?? '';
    const isOrg = ORG_NOUNS.has(head) && !PERSON_NOUNS.has(head);
    if (ref.definite) {
      let best: { tok: number; entity: Entity } | null = null;
      for (const [, e] of descriptions) {
        const tok = describedAt.get(e) ?? -1;
        if (tok < at && e.name.toLowerCase().split(/\s+/).includes(head) && (!best || tok > best.tok)) best = { tok, entity: e };
      }
      for (const m of mentions) {
        if (m.tokenStart >= at) break;
        const e = entityById.get(m.entity);
        if (!e) continue;
        const fits = isOrg ? e.kind === 'organisation' && e.name.toLowerCase().includes(head) : e.kind === 'person' && e.titles.includes(head);
        if (fits && (!best || m.tokenStart > best.tok)) best = { tok: m.tokenStart, entity: e };
      }
      if (head === 'statement' || head === 'readout') {
        // `“…,” the statement said`: the statement of the speaker quoted just before.
        const prior = speakerAt[firstAt(speakerAt, at) - 1];
        if (prior && (!best || prior.tok > best.tok)) best = prior;
      }
      if (best) return best.entity;
      // `“…,” the letter reads`, `said the ruling`: a writing that is the subject of the cue speaks itself.
      // One whose author the phrase names speaks for its author: `the IMF report`, `Hoff’s letter`.
      if (WRITING_NOUNS.has(head)) {
        for (let i = mentionsBefore(ref.start); i < mentions.length && mentions[i].tokenStart < ref.end; i++) {
          const e = entityById.get(mentions[i].entity);
          if (e && (e.kind === 'organisation' || e.kind === 'person')) return e;
        }
        return describe(phrase, isOrg, at);
      }
      // `A senior defence official briefed reporters. … the official added`: an indefinite phrase with
      // the same head noun earlier in the text, spoken or not.
      const antecedent = indefiniteBefore(head, ref.start);
      if (antecedent && DOCUMENT_NOUNS.has(head)) {
        // `The club issued a statement. “…,” the statement said`: the statement speaks for its issuer.
        const sent = sentences[sentenceOfToken[antecedent.start]];
        const issuer = sent ? sentenceSubject(sent.tokenStart, antecedent.start) : null;
        if (issuer && issuer.kind !== 'pronoun') return entityFor(issuer, issuer.start);
      }
      if (antecedent && !DOCUMENT_NOUNS.has(head)) return resolveDescription(antecedent, antecedent.start);
      if (isOrg && ref.end - ref.start === 2 && !DOCUMENT_NOUNS.has(head)) {
        // `Orbital Foods recalled jars. The company said …`: a bare `the company` is the organisation
        // named last; `the state department` names one of its own.
        for (let i = mentionsBefore(ref.start) - 1; i >= 0; i--) {
          const e = entityById.get(mentions[i].entity);
          if (paragraphOfToken(ref.start) - paragraphOfToken(mentions[i].tokenStart) > 2) break;
          if (e?.kind === 'organisation' && inQuote[mentions[i].tokenStart] < 0) return e;
        }
      }
      // `Paul Green was released. “…,” the 56-year-old said`: a person description with nobody else
      // it could mean is the person last named, as `he` or `she` would be.
      if (!isOrg && /year-old$|^(?:man|woman|boy|girl|father|mother|driver|victim|resident|official|spokesman|spokeswoman)$/.test(head)) {
        const e = resolvePronoun(/^(?:woman|girl|mother|spokeswoman)$/.test(head) ? 'she' : /^(?:man|boy|father|spokesman)$/.test(head) ? 'he' : 'person', ref.start);
        if (e) return e;
      }
    }
    return describe(phrase.replace(/^(?:the|this|that)\s+/i, (m) => (isOrg ? '' : m)), isOrg, at);
  };
  /** The anonymous (or organisation) entity a description names, one per distinct phrase. */
  const describe = (name: string, isOrg: boolean, at: number): Entity => {
    const key = name.toLowerCase();
    let e = descriptions.get(key);
    if (!e) {
      if (!descriptionIds) {
        // Unique among the article's entities and the other descriptions: `an official`, `an-official-2`.
        descriptionIds = new UniqueIds();
        for (const id of entityById.keys()) descriptionIds.add(id);
      }
      e = { id: descriptionIds.take(slug(name)), name, kind: isOrg ? 'organisation' : 'anonymous', gender: null, titles: [], mentions: [] };
      descriptions.set(key, e);
    }
    describedAt.set(e, at);
    return e;
  };

  // Sieves 6 and 7 need the speakers of earlier quotes, so they run with resolution, in text order.
  quotes.forEach((q, k) => {
    const f = found[k];
    if (f) {
      const e = entityFor(f.ref, f.ref.start);
      if (e) {
        const mention = span(text, toks[f.ref.start].start, toks[f.ref.end - 1].end);
        const cue = f.verb >= 0 ? span(text, toks[f.verb].start, toks[f.cueEnd - 1].end) : null;
        results[k] = {
          name: e.name,
          entity: e.id,
          mention,
          via: f.via,
          ...(f.addressee ? { addressee: span(text, toks[f.addressee.start].start, toks[f.addressee.end - 1].end) } : {}),
        };
        cues[k] = cue;
        confidences[k] = SIEVE_CONFIDENCE[f.via] * (f.ref.kind === 'name' ? 1 : RESOLVED_PENALTY);
        speakerEntities.set(e.id, e);
        addMention(e, mention);
        insertByTok(speakerAt, { tok: f.verb >= 0 ? f.verb : f.ref.start, entity: e, subject: f.ref.start });
        return;
      }
    }
    // Sieve 7, continuation: the next paragraph of the same speech, or a quote that follows an
    // attributed one with no cue of its own: `“A,” she said. “B.”`, or a paragraph that is all quote.
    const prev = k > 0 ? results[k - 1] : null;
    const pq = k > 0 ? quotes[k - 1] : null;
    if (prev && pq) {
      const para = paragraphs[q.paragraph];
      const sameParagraph = pq.paragraph === q.paragraph;
      const wholeParagraph = q.open.start === para.start && (q.close ? q.close.end : q.end) >= para.end - 1;
      const nextParagraph = q.paragraph - pq.paragraph === 1 || (q.paragraph > pq.paragraph && paragraphs.slice(pq.paragraph + 1, q.paragraph).every((p) => p.boilerplate));
      if (q.continued || sameParagraph || (wholeParagraph && nextParagraph)) {
        results[k] = { name: prev.name, entity: prev.entity, mention: null, via: 'continuation' };
        confidences[k] = Math.min(confidences[k - 1], SIEVE_CONFIDENCE.continuation);
        return;
      }
    }
  });

  // Quote or not: scare quotes, terms and headline fragments are not quotes.
  const attributions: Attribution[] = mapArray(quotes, (q, k) => {
    const words = countWords(q.text);
    const para = paragraphs[q.paragraph];
    const openTok = windows[k].openTok;
    const after = windows[k].closeTok;
    const precededByNaming = [1, 2, 3].some((d) => openTok - d >= 0 && NAMING_VERBS.has(toks[openTok - d].lower) && inQuote[openTok - d] < 0);
    let reason: string | undefined;
    // A headline line keeps a quote only when a cue right beside it names the speaker:
    // `“Safety first” — Commissioner Starks`, `Geng: “…”`; not `Blinken promises to raise “real concerns”`.
    if (para.heading && !(results[k] && /^(?:cue-after|dash-byline|colon)$/.test(results[k]!.via))) reason = 'heading';
    else if (words <= 4 && /^so-called$/.test(toks[openTok - 1]?.lower ?? '')) reason = 'term';
    else if (words <= 4 && q.close && toks[after] && toks[after].pos === 'NOUN' && toks[after].start === q.close.end + 1 && !precededByNaming && (toks[after - 2]?.pos !== 'VERB' || /^(?:the|a|an|this|that|its|their|his|her|our)$/.test(toks[openTok - 1]?.lower ?? ''))) {
      // `the longstanding “one China” policy`: a quoted modifier of a noun is a term, but a quoted
      // verb is not (`the need to “stabilise” relations`), nor a word someone called it
      // (`what one official called their “profound” differences`).
      reason = 'term';
    }
    else if (words <= 3 && !results[k]) reason = 'short-unattributed';
    // `as “The Wall Street Journal” wrote`, `“(CROSSTALK.)”` inside a transcript: a short name or stage
    // direction that only inherits a speaker is no quote of it.
    else if (words <= 3 && results[k]?.via === 'continuation' && (/^\(.*\)\W*$/.test(q.text.trim()) || q.text.trim().split(/\s+/).every((w) => /^[\p{Lu}\d“"‘'(]/u.test(w)))) reason = 'title';
    else if (!results[k] && isTitleCase(q.text)) reason = 'title'; // `starred in “The Long Road Home”`
    const isQuote = reason === undefined;
    return {
      quote: q.id,
      isQuote,
      ...(reason ? { reason } : {}),
      speaker: isQuote ? results[k] : null,
      cue: isQuote ? cues[k] : null,
      confidence: Number(confidences[k].toFixed(3)),
    };
  });

  function addMention(e: Entity, m: Span): void {
    if (!e.mentions.some((x) => x.start === m.start && x.end === m.end)) e.mentions.push(m);
  }
  const speaking = new Set(mapArray(attributions.filter((a) => a.isQuote && a.speaker), (a) => a.speaker!.entity));
  const speakers = mapArray([...speakerEntities.values()].filter((e) => speaking.has(e.id)), (e) => ({ ...e, mentions: [...e.mentions].sort((a, b) => a.start - b.start) }));
  return { attributions, speakers };
}

/**
 * A title of a work, not speech: every word capitalised but short function words, no sentence inside
 * (`The Long Road Home`, `Blue Monday`); `We Will Win.` ends like a sentence and is not.
 */
export function isTitleCase(text: string): boolean {
  const words = text.trim().split(/\s+/);
  if (words.length < 2 || words.length > 12 || /[.!?,;]$/.test(text.trim())) return false;
  return words.every((w, i) => /^[\p{Lu}\d]/u.test(w) || (i > 0 && /^(?:a|an|the|of|and|or|in|on|at|to|for|with|by|from|is)$/.test(w)));
}

/**
 * Can `he` or `she` mean this entity? A one-word name with no title, no known gender and no place in the
 * name lists is more likely a thing read as a name (`Obamacare`, `Trending`, `Kenansville`) than a person.
 */
function isPlausiblePerson(e: Entity): boolean {
  return e.gender !== null || e.titles.length > 0 || /\s/.test(e.name.trim()) || isKnownName(e.name);
}

/** Index of the first item at or after token `tok` in a list kept in token order. */
const firstAt = <T extends { tok: number }>(list: T[], tok: number): number => partitionPoint(list.length, (i) => list[i].tok < tok);

/** Inserts into a list kept in token order (the list can hold every quote of a long text). */
function insertByTok<T extends { tok: number }>(list: T[], item: T): void {
  list.splice(partitionPoint(list.length, (i) => list[i].tok <= item.tok), 0, item);
}

const endsSentence = (s: string) => /[.!?]$/.test(s.trim());

/** Index of the first token whose end is after `offset`. */
const lowerBound = (toks: Token[], offset: number): number => partitionPoint(toks.length, (i) => toks[i].end <= offset);

/** Runs of non-space characters, as `text.split(/\s+/).filter(Boolean).length` counts them, without the arrays. */
function countWords(text: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const space = isSpaceCode(text.charCodeAt(i));
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}
