// Tokens with offsets and POS tags: wink-nlp's parse where a quote can be decided, a light tokenizer
// elsewhere.
//
// wink's parse (tokens and POS tags; sentences split as wink's splitter would, see WinkSentences) is
// the costliest step of the pipeline, and its tags matter only where a quote and its cue are read: in
// paragraphs with a quotation or a speech word. The other
// paragraphs are read for names alone (`Secretary of State Antony Blinken arrived in Beijing on
// Sunday.`, so that a later `Blinken said` has a full name), which capitalisation and a list of
// function words give. On the five corpus articles about a third of the text is read the light way.

import { FlatRange, layer } from '../core/doc.js';
import type { Paragraph, QuoteSpan, Token } from '../core/layers.js';
import { builtInStage } from '../core/stage.js';
import { isFirstName, isKnownName, isPlace, NOUNISH_SPEECH, PARTICLE_VERBS, SPEECH_VERBS } from '../nlp/lexicon.js';
import { WinkSentences, winkTokens } from '../nlp/wink.js';
import { WORDS } from '../nlp/words.js';
import { isSpaceCode } from '../util/chars.js';

/** A token as the stage makes it: a FlatRange, so the runner checks its range without walking its fields. */
class TokenRange extends FlatRange implements Token {
  declare pos: string;
  declare lower: string;
  declare sentence: number;
  constructor(start: number, end: number, pos: string, lower: string, sentence: number) {
    super(start, end);
    this.pos = pos;
    this.lower = lower;
    this.sentence = sentence;
  }
}

export interface TokenOptions {
  /**
   * `quotes` (default): wink parses the paragraphs with a quotation or a speech word, the light
   * tokenizer the rest. `all`: wink parses everything (for added stages that need POS tags everywhere).
   */
  parse?: 'quotes' | 'all';
}

/**
 * A same-length view for the tokenizer: no-break and other Unicode spaces become plain spaces, so that
 * `Mr.\u00a0Blinken` and `U.S.\u00a0officials` keep their abbreviations whole. Each replaced character is
 * one UTF-16 unit, so offsets into the view are offsets into the text.
 */
export function tokenizerView(text: string): string {
  return text.replace(/[\u00a0\u2000-\u200a\u202f\u205f\u3000]/g, ' ');
}

export const tokens = (options: TokenOptions = {}) =>
  builtInStage({
    name: 'tokens',
    options: { parse: options.parse ?? 'quotes' },
    requires: options.parse === 'all' ? [] : ['paragraphs', 'quotes'],
    provides: 'tokens',
    run(doc, report) {
      const view = tokenizerView(doc.text);
      const out: Token[] = [];
      const warn = (at: number, value: string) =>
        report.warn('token-misaligned', at, at, `token ${JSON.stringify(value)} not found in the text`);
      if (options.parse === 'all') {
        parseWithWink(view, 0, view.length, 0, out, warn);
        return out;
      }
      const paras = layer(doc, 'paragraphs');
      const hot = hotParagraphs(paras, layer(doc, 'quotes'));
      // Runs of paragraphs of one kind, each read in one go; wink's runs first, so that the light
      // tokenizer knows the words wink called proper nouns (`Blinken`) when it reads a headline.
      const runs: Array<{ from: number; to: number; hot: boolean; paras: Paragraph[]; tokens: Token[]; sentences: number }> = [];
      for (let p = 0; p < paras.length; ) {
        let q = p + 1;
        while (q < paras.length && hot[q] === hot[p]) q++;
        runs.push({ from: paras[p].start, to: paras[q - 1].end, hot: hot[p], paras: paras.slice(p, q), tokens: [], sentences: 0 });
        p = q;
      }
      const names = new Set<string>();
      for (const run of runs) {
        if (!run.hot) continue;
        run.sentences = parseWithWink(view, run.from, run.to, 0, run.tokens, warn);
        for (const t of run.tokens) if (t.pos === 'PROPN') names.add(t.lower);
      }
      for (const run of runs) {
        if (run.hot) continue;
        let cursor = run.from;
        for (const para of run.paras) {
          lineBreaks(view, cursor, para.start, run.sentences, run.tokens);
          run.sentences = lightTokens(view, para.start, para.end, run.sentences, run.tokens, names);
          cursor = para.end;
        }
      }
      // In text order, with the line breaks between runs, and sentences numbered through the text.
      let sentence = 0;
      let cursor = 0;
      for (const run of runs) {
        lineBreaks(view, cursor, run.from, sentence, out);
        for (const t of run.tokens) {
          t.sentence += sentence;
          out.push(t);
        }
        sentence += run.sentences;
        cursor = run.to;
      }
      return out;
    },
  });

/** Speech words (`said`, `says`, `told`, `according`): a verb in the light tokenizer, as below. */
const SPEECH_WORDS = new Set<string>([...SPEECH_VERBS, ...NOUNISH_SPEECH, ...Object.keys(PARTICLE_VERBS), 'according']);
/** Words after which a speech word is a noun: `his comments`, `the report`, `a call`. */
const NOUN_BEFORE = new Set<string>(WORDS.determinersBeforeNoun);

/**
 * Paragraphs wink parses: those with a quotation, where a cue and its speaker are read. Elsewhere only
 * names and the subjects of speech verbs are read (`Blinken told reporters the talks were candid.` ¶
 * `“We made progress,” he said.`), which the light tokenizer gives.
 */
function hotParagraphs(paras: Paragraph[], quotes: QuoteSpan[]): boolean[] {
  const hot = paras.map(() => false);
  for (const q of quotes) hot[q.paragraph] = true;
  return hot;
}

/** Line breaks between paragraphs are SPACE tokens, one per break, as wink makes them inside a text. */
function lineBreaks(view: string, from: number, to: number, sentence: number, out: Token[]): void {
  for (let i = view.indexOf('\n', from); i >= 0 && i < to; i = view.indexOf('\n', i + 1)) {
    out.push(new TokenRange(i, i + 1, 'SPACE', '\n', Math.max(0, sentence - 1)));
  }
}

/** The lower-cased form of a token, curly apostrophes folded: `Xi’s` → `xi's`. */
function lowerOf(value: string): string {
  const lower = value.toLowerCase();
  return lower.includes('’') ? lower.replace(/’/g, "'") : lower;
}

/** wink's tokens of view[from, to), appended to `out`; returns the next free sentence index. */
function parseWithWink(
  view: string,
  from: number,
  to: number,
  sentence: number,
  out: Token[],
  warn: (at: number, value: string) => void,
): number {
  const raw = winkTokens(from === 0 && to === view.length ? view : view.slice(from, to));
  const split = new WinkSentences();
  let pos = from;
  let prevEnd = from;
  let last = sentence - 1;
  for (let i = 0; i < raw.values.length; i++) {
    const value = raw.values[i];
    // Whitespace between tokens is not a token (line breaks are, and come as values).
    while (
      pos < to &&
      (view.charCodeAt(pos) === 32 || view.charCodeAt(pos) === 9 || view.charCodeAt(pos) === 13) &&
      value.charCodeAt(0) !== view.charCodeAt(pos)
    )
      pos++;
    let start = pos;
    if (!view.startsWith(value, start)) {
      // wink is lossless on every text we have seen; if it ever is not, find the token nearby
      // rather than shifting every later offset.
      const found = view.indexOf(value, Math.max(from, start - 8));
      if (found === -1 || found > start + 64) {
        warn(Math.min(start, view.length), value);
        continue;
      }
      start = found;
    }
    const end = start + value.length;
    const s = sentence + split.next(value, start > prevEnd);
    pos = prevEnd = end;
    if (s > last) last = s;
    // `CNN’s`: wink splits the possessive off a word it has not met, but keeps `CNN’s` whole once an
    // earlier article taught its lexicon the word, so the tokens of one article would depend on the
    // articles read before it in the same thread. Split it here, as wink does the first time.
    if (value.length > 2 && /\p{L}['’][sS]$/u.test(value)) {
      out.push(new TokenRange(start, end - 2, raw.pos[i], lowerOf(value.slice(0, -2)), s));
      out.push(new TokenRange(end - 2, end, 'PART', lowerOf(value.slice(-2)), s));
      continue;
    }
    out.push(new TokenRange(start, end, raw.pos[i], lowerOf(value), s));
  }
  return last + 1;
}

/** Function words and their tags, as wink gives them, for the light tokenizer. */
const CLOSED = new Map<string, string>();
const closed = (pos: string, words: string) => {
  for (const w of words.split(' ')) CLOSED.set(w, pos);
};
closed('DET', 'the a an this these those every each some any no another all both either neither');
closed(
  'PRON',
  'i me my mine he him his she her hers it its we us our ours they them their theirs you your yours who whom whose which what myself himself herself itself ourselves themselves yourself',
);
closed(
  'ADP',
  'of in on at by for with from to into onto about over under after before between among through during against without within across along around behind beyond near since until upon via per amid despite toward towards than like',
);
closed('CCONJ', 'and or but nor yet');
closed('SCONJ', 'that if because although though while whereas whether unless as');
closed('AUX', 'is are was were be been being am has have had do does did will would shall should can could may might must');
closed('PART', "not 's n't");
closed('ADV', 'also very just still even only never always often now then here there so too already soon again however when where why how');
// Adverbs that open sentences capitalised, next to a name: `Later Blinken left`, `Meanwhile Xi …`.
closed(
  'ADV',
  'later earlier meanwhile afterwards afterward yesterday today tomorrow tonight instead otherwise nevertheless nonetheless moreover furthermore finally recently previously currently separately together elsewhere overall',
);

/** Abbreviations that keep their full stop (`Mr.`, `Inc.`), as wink keeps them: no sentence ends there. */
const ABBREVIATIONS = new Set<string>(WORDS.abbreviations);
const SYMBOLS = new Set('$%&@#+=<>~^|§©°€£¥*\\/'.split(''));
/** Closing marks after a full stop keep the sentence ended: `said so.” Then`. */
const CLOSERS = new Set(['”', '’', '"', "'", ')', ']', '»']);
const LETTER = /[\p{L}\p{M}]/u;

// Character classes by UTF-16 code unit: ASCII is decided by ranges, the rest by a Unicode test (an
// astral letter is a surrogate pair, tested whole).
const isDigit = (c: number) => c >= 48 && c <= 57;
const isApostrophe = (c: number) => c === 39 || c === 0x2019;
function letterLength(view: string, i: number): number {
  const c = view.charCodeAt(i);
  if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) return 1;
  if (c < 0xc0) return 0;
  if (c >= 0xd800 && c <= 0xdbff) return LETTER.test(view.slice(i, i + 2)) ? 2 : 0;
  return LETTER.test(view[i]) ? 1 : 0;
}
const isSpace = (view: string, i: number) => isSpaceCode(view.charCodeAt(i));

/**
 * The light tokens of view[from, to), appended to `out`; returns the next free sentence index. Split
 * as wink splits: `U.S.`, `Mr.`, `J.` whole; `5,000` one number; `Xi’s` → `Xi` `’s`, `didn’t` → `did`
 * `n’t`; `Smith-Jones` → `Smith` `-` `Jones`; `...` one token; any other character alone.
 */
function lightTokens(view: string, from: number, to: number, sentence: number, out: Token[], names: ReadonlySet<string>): number {
  return new LightTokenizer(view, to, out, names, sentence, to - from <= 240 && isTitleCased(view.slice(from, to))).run(from);
}

/** The light tokenizer over one stretch of text: words, numbers and marks, with sentence breaks. */
class LightTokenizer {
  private readonly first: number;
  /** No word yet in sentence s. */
  private sentenceStart = true;
  /** The sentence ended (`.`, `?`, with any closing marks after): a capital starts the next. */
  private ended = false;

  constructor(
    private readonly view: string,
    private readonly to: number,
    private readonly out: Token[],
    private readonly names: ReadonlySet<string>,
    private s: number,
    private readonly titled: boolean,
  ) {
    this.first = out.length;
  }

  private push(start: number, end: number, pos: string, lower: string) {
    this.out.push(new TokenRange(start, end, pos, lower, this.s));
  }

  /** Tokenizes from `from` to the end; returns the index of the sentence after the last. */
  run(from: number): number {
    const { view, to } = this;
    let i = from;
    while (i < to) {
      const c = view.charCodeAt(i);
      if (isSpace(view, i)) {
        if (c === 10) {
          // A line break ends the sentence: each paragraph starts its own.
          this.push(i, i + 1, 'SPACE', '\n');
          if (!this.sentenceStart) this.s++;
          this.sentenceStart = true;
          this.ended = false;
        }
        i++;
        continue;
      }
      const len = letterLength(view, i);
      const capital = len > 0 && view[i] !== view[i].toLowerCase();
      if (
        this.ended &&
        !this.sentenceStart &&
        (capital || isDigit(c) || c === 34 || c === 39 || c === 0x201c || c === 0x2018 || c === 40)
      ) {
        this.s++;
        this.sentenceStart = true;
      }
      const end = len > 0 ? this.word(i, len, capital) : isDigit(c) ? this.number(i) : this.mark(i, c);
      if (len > 0 || isDigit(c)) this.ended = false;
      else this.ended = c === 46 || c === 33 || c === 63 || (this.ended && CLOSERS.has(view.slice(i, end)));
      this.sentenceStart = false;
      i = end;
    }
    this.nounsAfterArticles();
    return this.s + 1;
  }

  /** A word from i (its first `len` characters letters), with an abbreviation's dot or a clitic; returns its end. */
  private word(i: number, len: number, capital: boolean): number {
    const { view, to, out } = this;
    let end = i + len;
    for (;;) {
      const l = end < to ? letterLength(view, end) : 0;
      if (l > 0 || (end < to && isDigit(view.charCodeAt(end)))) end += l || 1;
      else if (end + 1 < to && isApostrophe(view.charCodeAt(end)) && letterLength(view, end + 1) > 0) end += 1;
      else break;
    }
    if (end < to && view.charCodeAt(end) === 46) {
      if (end - i === 1 && end + 2 < to + 1 && letterLength(view, end + 1) === 1 && view.charCodeAt(end + 2) === 46) {
        // `U.S.`, `a.m.`, `U.K.`
        let k = end;
        while (k + 2 < to + 1 && view.charCodeAt(k) === 46 && letterLength(view, k + 1) === 1 && view.charCodeAt(k + 2) === 46) k += 2;
        end = k + 1;
      } else if (ABBREVIATIONS.has(view.slice(i, end)) || (end - i === 1 && capital && (end + 1 >= to || isSpace(view, end + 1)))) {
        end += 1; // `Mr.`, `J.`
      }
    }
    const text = view.slice(i, end);
    if (view.charCodeAt(end - 1) === 46) {
      this.push(i, end, 'PROPN', lowerOf(text));
      return end;
    }
    // `Roe’s`, `didn’t`, `they’re`: the clitic is a token of its own.
    let stem = end;
    const n = end - i;
    if (n > 3 && isApostrophe(view.charCodeAt(end - 2)) && /[nN]/.test(view[end - 3]) && /[tT]/.test(view[end - 1])) stem = end - 3;
    else if (n > 2 && isApostrophe(view.charCodeAt(end - 2)) && /[sdmSDM]/.test(view[end - 1])) stem = end - 2;
    else if (n > 3 && isApostrophe(view.charCodeAt(end - 3)) && /^(?:re|ve|ll)$/i.test(view.slice(end - 2, end))) stem = end - 3;
    const word = stem === end ? text : view.slice(i, stem);
    const lower = lowerOf(word);
    const before = out.length > this.first && out[out.length - 1].sentence === this.s ? out[out.length - 1].lower : '';
    this.push(i, stem, wordTag(word, lower, capital, this.sentenceStart, this.titled, this.names, before), lower);
    if (stem < end) {
      const clitic = lowerOf(view.slice(stem, end));
      this.push(stem, end, CLOSED.get(clitic) ?? 'PART', clitic);
    }
    return end;
  }

  /** A number from i, with its inner commas and dots (`1,500.25`); returns its end. */
  private number(i: number): number {
    const { view, to } = this;
    let end = i + 1;
    while (
      end < to &&
      (isDigit(view.charCodeAt(end)) ||
        ((view.charCodeAt(end) === 44 || view.charCodeAt(end) === 46) && end + 1 < to && isDigit(view.charCodeAt(end + 1))))
    )
      end++;
    this.push(i, end, 'NUM', view.slice(i, end));
    return end;
  }

  /** A mark or symbol from i (`...` and an emoji are one token each); returns its end. */
  private mark(i: number, c: number): number {
    const { view, to } = this;
    let end = i + 1;
    if (c === 46)
      while (end < to && view.charCodeAt(end) === 46) end++; // `...`
    else if (c >= 0xd800 && c <= 0xdbff && end < to) end++; // an emoji is one token
    const text = view.slice(i, end);
    // `Jones’ car`: an apostrophe right after a word ending in s is a possessive.
    const possessive = isApostrophe(c) && i > 0 && /[sS]/.test(view[i - 1]) && (end >= view.length || isSpace(view, end));
    this.push(i, end, possessive ? 'PART' : SYMBOLS.has(text) ? 'SYM' : 'PUNCT', lowerOf(text));
    return end;
  }

  /**
   * `Leave a Comment`, `the Great Hall of the People`: a lone capitalised word after an article is a
   * noun, unless a known name or place or a proper noun to wink elsewhere.
   */
  private nounsAfterArticles(): void {
    const { view, out, names } = this;
    for (let i = Math.max(this.first, 1); i < out.length; i++) {
      const t = out[i];
      if (t.pos !== 'PROPN' || !/^(?:a|an|the)$/.test(out[i - 1].lower) || out[i + 1]?.pos === 'PROPN') continue;
      const word = view.slice(t.start, t.end);
      if (!names.has(t.lower) && !isKnownName(word) && !isPlace(word) && !/^(?:\p{Lu}\.?){2,}$/u.test(word)) t.pos = 'NOUN';
    }
  }
}

/**
 * The tag of a word outside wink's parse. Function words have theirs; a capitalised word is a proper
 * noun (`Beijing`, `Blinken`; a sentence's first word too, which the entities stage drops when it is
 * never seen inside a sentence), save a first word in -ing or -ly (`Describing …`, `Finally, …`) and,
 * in a line in title case, a word that is no known name or place and that wink did not call a proper
 * noun elsewhere in the article (`I Was On Set With Eddie Murphy`: `Set` is a noun, `Eddie Murphy` a
 * name; `Blinken’s Mission …`: `Blinken` as in the text); a lower-case speech word is a verb
 * (`Blinken says`, `she told`) but after a determiner or possessive (`his comments`, `the report`); any
 * other lower-case word is a verb in -ed or -ing, an adverb in -ly, else a noun.
 */
function wordTag(
  word: string,
  lower: string,
  capital: boolean,
  first: boolean,
  titled: boolean,
  names: ReadonlySet<string>,
  before: string,
): string {
  // `US`, `WHO`, `IT`: an acronym, not the pronoun or the function word.
  // (A lower-case second letter rules it out first: most capitalised words are `Blinken`, not `US`, and
  // need no upper-cased copy.)
  if (capital && word.length > 1 && word[1] === word[1].toUpperCase() && word === word.toUpperCase()) return 'PROPN';
  const known = CLOSED.get(lower);
  if (known) return known;
  if (!capital && SPEECH_WORDS.has(lower)) return NOUN_BEFORE.has(before) ? 'NOUN' : 'VERB';
  const ly = lower.endsWith('ly');
  // `Finally, …` and `Describing …` open sentences as adverbs and verbs; `Kelly Brown …` and `Emily
  // Stone …` open them as names, which a list of given names tells apart.
  const adverbial = first && (ly || lower.endsWith('ing')) && !names.has(lower) && !isFirstName(word) && !isKnownName(word);
  if (capital && !adverbial && !(titled && !names.has(lower) && !isKnownName(word) && !isPlace(word))) return 'PROPN';
  if (ly) return 'ADV';
  if (lower.endsWith('ed') || lower.endsWith('ing')) return 'VERB';
  return 'NOUN';
}

/**
 * A headline-style line: short, no full stop at the end, most words of four letters or more
 * capitalised (`Blinken Meets Xi In Beijing`); not a credit line of names (`Additional reporting by …`).
 */
function isTitleCased(line: string): boolean {
  if (/[.;]["”’')]?\s*$/.test(line)) return false; // a sentence, most paragraphs: decided before reading words
  const long = line.match(/\p{L}{4,}/gu) ?? [];
  if (long.length < 3 || line.split(/\s+/).length > 20) return false;
  return long.filter((w) => w[0] !== w[0].toLowerCase()).length >= long.length * 0.6;
}
