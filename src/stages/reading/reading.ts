// The reading of an article that attribution and coreference share: which quote each token is in, the
// sentence and paragraph of each token, the article's name mentions by token, and the phrase readers
// (noun phrases left and right of a token, the subject of a speech verb, the windows around each quote).
// Built once per article by the reading stage (index.ts), a layer of its own that both stages require;
// every helper answers in token indices.

import type {
  Entity,
  Mention,
  Paragraph,
  QuoteSpan,
  QuoteWindow,
  Reading,
  ReadingInput,
  Referent,
  Sentence,
  Token,
} from '../../core/layers.js';
import {
  GLOSS_VERBS,
  isTitleDot,
  NOUNISH_SPEECH,
  ORG_NOUNS,
  PARTICLE_VERBS,
  PERSON_NOUNS,
  SPEECH_VERBS,
  WRITING_NOUNS,
} from '../../nlp/lexicon.js';
import { foldName, fullNamesBySurname } from '../../nlp/names.js';
import { partitionPoint } from '../../nlp/search.js';
import { WORDS } from '../../nlp/words.js';
import * as phrases from './phrases.js';
import * as subjects from './subjects.js';
import { quoteWindows } from './windows.js';

export const SENTENCE_END = new Set(['.', '!', '?']);
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
const NP_POS = new Set(['PROPN', 'NOUN', 'ADJ', 'NUM']);
/** Verbs that name what the quote is called: `called their talks “productive”`, `dubbed it “a disaster”`. */
export const NAMING_VERBS = new Set<string>(WORDS.namingVerbs);

/** The reading of one article: its layers indexed by token, and the phrase readers (Reading in core/layers.ts). */
class ArticleReading implements Reading {
  readonly toks: Token[];
  readonly sentences: Sentence[];
  readonly paragraphs: Paragraph[];
  readonly quotes: QuoteSpan[];
  readonly mentions: Mention[];
  readonly entityById: Map<string, Entity>;
  /** Which quote each token lies in (marks included), -1 outside every quote. */
  readonly inQuote: Int32Array;
  /** Name mentions by the token they end before, and by their first token. */
  readonly mentionAt = new Map<number, Mention>();
  readonly mentionFrom = new Map<number, Mention>();
  readonly sentenceOfToken: Int32Array;
  readonly windows: QuoteWindow[];
  /** Asked of most tokens several times (every window, every subject search): answered once each. */
  private readonly speechVerbAt: Int8Array;
  /** Each surname's one person named in full, null when several share it. Made up front: a reading may be frozen (runPipeline). */
  private readonly bySurname: Map<string, Entity | null>;

  constructor(
    readonly text: string,
    readonly input: ReadingInput,
  ) {
    const { tokens: toks, sentences, paragraphs, quotes } = input;
    this.toks = toks;
    this.sentences = sentences;
    this.paragraphs = paragraphs;
    this.quotes = quotes;
    this.mentions = input.entities.mentions;
    this.entityById = new Map(input.entities.entities.map((e) => [e.id, e]));
    const inQuote = (this.inQuote = new Int32Array(toks.length).fill(-1));
    let t = 0;
    quotes.forEach((q, k) => {
      const from = q.open.start;
      const to = q.close ? q.close.end : q.end;
      while (t < toks.length && toks[t].end <= from) t++;
      for (let j = t; j < toks.length && toks[j].start < to; j++) inQuote[j] = k;
    });
    for (const m of this.mentions) {
      this.mentionAt.set(m.tokenEnd, m);
      this.mentionFrom.set(m.tokenStart, m);
    }
    const sentenceOfToken = (this.sentenceOfToken = new Int32Array(toks.length).fill(-1));
    sentences.forEach((s, k) => {
      for (let i = s.tokenStart; i < s.tokenEnd; i++) sentenceOfToken[i] = k;
    });
    this.speechVerbAt = new Int8Array(toks.length).fill(-1);
    this.bySurname = fullNamesBySurname(this.entityById.values());
    this.windows = quoteWindows(this);
  }

  readonly tokenText = (i: number) => {
    const { text, toks } = this;
    return text.slice(toks[i].start, toks[i].end);
  };

  readonly paragraphOfToken = (i: number) => {
    const { sentences, sentenceOfToken } = this;
    return sentenceOfToken[i] >= 0 ? sentences[sentenceOfToken[i]].paragraph : -1;
  };

  /**
   * Does token i end a sentence? Not the dot of an abbreviation inside a clause: `Dale Crane, R-Ky.,
   * said`, `Rep. Dan Bell (R-Fla.) said`, `(D-N.Y.)` (a dot with a comma, a bracket or a letter right after it).
   */
  readonly isEnd = (i: number): boolean => {
    const { toks } = this;
    if (!SENTENCE_END.has(toks[i].lower)) return false;
    // `said the Rev. Peter Kilbane`, `Sen. Ann Roe` split as `Rev` `.`: a title's dot.
    if (isTitleDot(toks, i)) return false;
    const next = toks[i + 1];
    return !(toks[i].lower === '.' && next && next.start === toks[i].end && /^[,)\p{L}\d]/u.test(next.lower));
  };

  readonly isSpeechVerb = (i: number): boolean => {
    const { toks, speechVerbAt, speechVerbOf } = this;
    if (i < 0 || i >= toks.length) return false;
    let v = speechVerbAt[i];
    if (v < 0) v = speechVerbAt[i] = speechVerbOf(i) ? 1 : 0;
    return v === 1;
  };

  private readonly speechVerbOf = (i: number): boolean => {
    const { toks, inQuote, tokenText, isNpToken } = this;
    const t = toks[i];
    if (!t || inQuote[i] >= 0) return false;
    const w = t.lower;
    const kind = SPEECH_KIND.get(w);
    if (kind === undefined) return false;
    if (typeof kind !== 'number')
      return !!toks[i + 1] && kind.includes(toks[i + 1].lower) && (!GLOSS_VERBS.has(w) || toks[i - 1]?.lower === ',');
    // Past forms (`said`, `told`, `stressed`) are speech whatever the tagger thinks (it calls some ADJ);
    // base and -s forms need its VERB tag: `the recall was`, `a warning`, `his answers`.
    // `Ames, the head of Forward Now PAC, Tweeted on Friday`: capitalised mid-sentence after a comma too.
    if (t.pos === 'NOUN' && this.nounTaggedCue(i)) return true;
    if (kind === SPEECH)
      return (
        t.pos === 'VERB' ||
        t.pos === 'AUX' ||
        (/(?:ed|said|told|wrote|spoke|went)$/.test(w) && (!/^\p{Lu}/u.test(tokenText(i)) || toks[i - 1]?.lower === ',')) ||
        // (`Roe is promising to build …`, `…, threatening that …`: an -ing form the tagger calls an adjective,
        // a verb before `to` or `that` — `a promising start` is not)
        (t.pos === 'ADJ' && /ing$/.test(w) && /^(?:to|that)$/.test(toks[i + 1]?.lower ?? ''))
      );
    // `The Harbour Post reports that …`, `Roe, who runs the plant, claims that …`: a noun-looking form
    // before `that` is the verb, after its subject or the comma that closes an apposition.
    return t.pos === 'VERB' || (/s$/.test(w) && toks[i + 1]?.lower === 'that' && i > 0 && (isNpToken(i - 1) || toks[i - 1].lower === ','));
  };

  /**
   * A speech word the tagger calls a noun is the verb after its subject's head, before `that` or the
   * start of a clause: `Local historians caution that …`, `The ministry claims Vale runs …`. Not after a
   * determiner or an adjective (`the claims`, `new reports`), nor before a noun (`the agency reports
   * profits`) or a possessive (`the union claims his …` is as often a noun phrase).
   */
  private nounTaggedCue(i: number): boolean {
    const { toks, tokenText } = this;
    const prev = toks[i - 1];
    const next = toks[i + 1];
    if (!prev || !next || /^\p{Lu}/u.test(tokenText(i))) return false;
    // (`Six in 10 say …`, `42% say …`: the verb after a share's number)
    if (!(prev.pos === 'NOUN' || prev.pos === 'PROPN' || prev.lower === ',' || prev.pos === 'NUM' || prev.lower === '%')) return false;
    if (next.lower === 'that') return true;
    // (`The union, Vale notes, wants …`: an -s form between commas, after a name that opens the aside)
    // (`…, the Eastport Ledger reports.`: at the sentence's end after a name set off by a comma, too)
    const last = /^[.;!]$/.test(next.lower);
    if ((next.lower === ',' || last) && prev.pos === 'PROPN' && /s$/.test(toks[i].lower)) {
      let k = i - 1;
      while (k > 0 && toks[k - 1].pos === 'PROPN') k--;
      if (last && toks[k - 1]?.lower === 'the') k--;
      if (toks[k - 1]?.lower === ',') return true;
    }
    return (
      /^(?:PROPN|DET|PRON|NUM)$/.test(next.pos) &&
      !/^(?:his|her|their|its|our|my|your|this|these|those|what|which)$/.test(next.lower) &&
      prev.lower !== ','
    );
  }

  readonly isNpToken = (i: number): boolean => {
    const { toks, inQuote } = this;
    const t = toks[i];
    if (!t || inQuote[i] >= 0) return false;
    if (NP_POS.has(t.pos)) return true;
    if (t.lower === "'s" || t.lower === "'") return true;
    // (`a Downing Street source`: a capitalised word the tagger made a verb, between a determiner and a proper noun)
    if (
      t.pos === 'VERB' &&
      /^(?:DET|ADJ|NUM)$/.test(toks[i - 1]?.pos ?? '') &&
      toks[i + 1]?.pos === 'PROPN' &&
      /^\p{Lu}/u.test(this.text[t.start])
    )
      return true;
    // (`Smith-Jones`, `a Harbour Post/Eastport TV poll`: a hyphen or slash between two words written together)
    if (t.lower === '-' || t.lower === '/') return toks[i - 1]?.end === t.start && toks[i + 1]?.start === t.end;
    // (`A self-taught engineer said`: the word after such a hyphen, whatever its tag, is the compound's)
    return toks[i - 1]?.lower === '-' && this.isNpToken(i - 1);
  };

  readonly isCloseMark = (i: number): boolean => {
    const { toks, quotes, inQuote } = this;
    const q = inQuote[i];
    return q >= 0 && !!quotes[q].close && toks[i].start >= quotes[q].close!.start;
  };

  /** Is the verb a participle after a comma, whose subject is the clause's (`…, adding that`)? */
  readonly isParticipleClause = (v: number): boolean => {
    const { toks } = this;
    return /ing$/.test(toks[v].lower) && toks[v - 1]?.lower === ',';
  };

  /** `the ministry`, `the letter`: a head noun of an organisation or a writing, not of a person. */
  readonly isOrgHead = (head: string): boolean => (ORG_NOUNS.has(head) || WRITING_NOUNS.has(head)) && !PERSON_NOUNS.has(head);

  readonly mentionsBefore = (tok: number): number => {
    const { mentions } = this;
    return partitionPoint(mentions.length, (i) => mentions[i].tokenStart < tok);
  };

  /** A name phrase's text, a possessive's `’s` left out: `Dean’s` → `Dean`. */
  readonly nameText = (ref: Referent): string => {
    const { text, toks } = this;
    return text.slice(toks[ref.start].start, toks[ref.end - 1].end).replace(/[’']s$/, '');
  };

  /**
   * For one word the entities stage did not read as a name (`“…,” Dean said`, `Dean` being also a
   * title): the one person the article names in full with that surname (`Ray Dean`); null when none or
   * several, or for a phrase of more words.
   */
  readonly personBySurname = (ref: Referent): Entity | null => {
    const { nameText } = this;
    if (ref.mention || ref.end - ref.start !== 1) return null;
    return this.bySurname.get(foldName(nameText(ref))) ?? null;
  };

  /** Reads a phrase's referent from its token range [a, b): a name mention ending at b, a pronoun, a description. */
  readonly referent = (a: number, b: number): Referent | null => phrases.referent(this, a, b);

  /** The noun phrase that ends right before token `end` (exclusive), read leftwards. */
  readonly npLeft = (end: number, floor: number): Referent | null => phrases.npLeft(this, end, floor);

  /** The noun phrase that starts at token `start`, read rightwards (for `said Lin Bao, a professor`). */
  readonly npRight = (start: number, ceil: number): Referent | null => phrases.npRight(this, start, ceil);

  /**
   * Where a description's one prepositional modifier ends, for its name: `one longtime adviser to Bill
   * Roe`, `a spokesman for committee Democrats`, `a person close to the Roes`. A relative clause
   * or an apposition is not taken (`a strategist, speaking on condition of anonymity`).
   */
  readonly modifierEnd = (head: number, ceil: number): number => phrases.modifierEnd(this, head, ceil);

  /** Past a bracket after a name: `Rep. Dan Bell (R-Fla.) said` → the index of `said`. */
  readonly skipBracket = (i: number, ceil: number): number => phrases.skipBracket(this, i, ceil);

  /** Skips fillers leftwards from the token before a verb: `Lorne also said`, `Mo was reported as saying`. */
  readonly skipFillersLeft = (i: number, floor: number): number => phrases.skipFillersLeft(this, i, floor);

  /**
   * The subject of the speech verb at `v`: the noun phrase to its left, past fillers and an apposition
   * (`Hugo Platt, a doctor who treats farmers, said` → Hugo Platt).
   */
  readonly subjectOf = (v: number, floor: number): Referent | null => subjects.subjectOf(this, v, floor);

  /**
   * The subject of a sentence: the first phrase at its start or after a leading adverbial
   * (`On Sunday, Mr Lorme met Mo …, describing both sides as “candid”` → Mr Lorme).
   */
  readonly sentenceSubject = (from: number, to: number): Referent | null => subjects.sentenceSubject(this, from, to);

  /**
   * The person named last before token `tok`, outside quotes, at most `names` names back (`The candidate
   * said …`); with a gender, the nearest of it, else the nearest whose gender is unknown (`his campaign`).
   */
  readonly lastPersonBefore = (tok: number, names: number, gender?: 'm' | 'f'): Entity | null =>
    subjects.lastPersonBefore(this, tok, names, gender);

  readonly addresseeAfter = (v: number, ceil: number): { start: number; end: number } | undefined => subjects.addresseeAfter(this, v, ceil);
}

/** Reads an article: built once per article by the reading stage (index.ts). */
export function readingOf(text: string, input: ReadingInput): Reading {
  return new ArticleReading(text, input);
}
