// The light tokenizer: words, numbers and marks, tagged from function words, capitals and speech words,
// for the paragraphs wink does not parse.
import type { Token } from '../../core/layers.js';
import { isFirstName, isIrregularVerb, isKnownName, isPlace, NOUNISH_SPEECH, PARTICLE_VERBS, SPEECH_VERBS } from '../../nlp/lexicon.js';
import { WORDS } from '../../nlp/words.js';
import { isSpaceCode } from '../../util/chars.js';
import { lowerOf, TokenRange } from './index.js';

/** Speech words (`said`, `says`, `told`, `according`): a verb in the light tokenizer, as below. */
export const SPEECH_WORDS = new Set<string>([...SPEECH_VERBS, ...NOUNISH_SPEECH, ...Object.keys(PARTICLE_VERBS), 'according']);
/** Pronouns that are only ever subjects: the word after one is a verb. */
const SUBJECT_PRONOUNS = new Set(['i', 'he', 'she', 'we', 'they']);
/** Words after which a speech word is a noun: `his comments`, `the report`, `a call`. */
export const NOUN_BEFORE = new Set<string>(WORDS.determinersBeforeNoun);

/** Function words and their tags, as wink gives them, for the light tokenizer. */
export const CLOSED = new Map<string, string>();
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
// Adverbs that open sentences capitalised, next to a name: `Later Lorne left`, `Meanwhile Su …`.
closed(
  'ADV',
  'later earlier meanwhile afterwards afterward yesterday today tomorrow tonight instead otherwise nevertheless nonetheless moreover furthermore finally recently previously currently separately together elsewhere overall',
);

/** Abbreviations that keep their full stop (`Mr.`, `Inc.`), as wink keeps them: no sentence ends there. */
export const ABBREVIATIONS = new Set<string>(WORDS.abbreviations);
export const SYMBOLS = new Set('$%&@#+=<>~^|§©°€£¥*\\/'.split(''));
/** Closing marks after a full stop keep the sentence ended: `said so.” Then`. */
export const CLOSERS = new Set(['”', '’', '"', "'", ')', ']', '»']);
export const LETTER = /[\p{L}\p{M}]/u;

// Character classes by UTF-16 code unit: ASCII is decided by ranges, the rest by a Unicode test (an
// astral letter is a surrogate pair, tested whole).
export const isDigit = (c: number) => c >= 48 && c <= 57;
export const isApostrophe = (c: number) => c === 39 || c === 0x2019;
export function letterLength(view: string, i: number): number {
  const c = view.charCodeAt(i);
  if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) return 1;
  if (c < 0xc0) return 0;
  if (c >= 0xd800 && c <= 0xdbff) return LETTER.test(view.slice(i, i + 2)) ? 2 : 0;
  return LETTER.test(view[i]) ? 1 : 0;
}
export const isSpace = (view: string, i: number) => isSpaceCode(view.charCodeAt(i));

/**
 * The light tokens of view[from, to), appended to `out`; returns the next free sentence index. Split
 * as wink splits: `U.S.`, `Mr.`, `J.` whole; `5,000` one number; `Su’s` → `Su` `’s`, `didn’t` → `did`
 * `n’t`; `Smith-Jones` → `Smith` `-` `Jones`; `...` one token; any other character alone.
 */
export function lightTokens(view: string, from: number, to: number, sentence: number, out: Token[], names: ReadonlySet<string>): number {
  return new LightTokenizer(view, to, out, names, sentence, to - from <= 240 && isTitleCased(view.slice(from, to))).run(from);
}

/** The light tokenizer over one stretch of text: words, numbers and marks, with sentence breaks. */
export class LightTokenizer {
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
 * noun (`Beijing`, `Lorne`; a sentence's first word too, which the entities stage drops when it is
 * never seen inside a sentence), save a first word in -ing or -ly (`Describing …`, `Finally, …`) and,
 * in a line in title case, a word that is no known name or place and that wink did not call a proper
 * noun elsewhere in the article (`I Was On Set With Eddie Vale`: `Set` is a noun, `Eddie Vale` a
 * name; `Lorne’s Mission …`: `Lorne` as in the text); a lower-case speech word is a verb
 * (`Lorne says`, `she told`) but after a determiner or possessive (`his comments`, `the report`); any
 * other lower-case word is a verb in -ed or -ing, an adverb in -ly, else a noun.
 */
export function wordTag(
  word: string,
  lower: string,
  capital: boolean,
  first: boolean,
  titled: boolean,
  names: ReadonlySet<string>,
  before: string,
): string {
  // `US`, `WHO`, `IT`: an acronym, not the pronoun or the function word.
  // (A lower-case second letter rules it out first: most capitalised words are `Lorne`, not `US`, and
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
  if (lower.endsWith('ed') || lower.endsWith('ing') || isIrregularVerb(lower)) return 'VERB';
  // `she knew`, `they want`, `it seems`: a word after a subject pronoun is its verb.
  if (SUBJECT_PRONOUNS.has(before)) return 'VERB';
  return 'NOUN';
}

/**
 * A headline-style line: short, no full stop at the end, most words of four letters or more
 * capitalised (`Lorne Meets Su In Beijing`); not a credit line of names (`Additional reporting by …`).
 */
export function isTitleCased(line: string): boolean {
  if (/[.;]["”’')]?\s*$/.test(line)) return false; // a sentence, most paragraphs: decided before reading words
  const long = line.match(/\p{L}{4,}/gu) ?? [];
  if (long.length < 3 || line.split(/\s+/).length > 20) return false;
  return long.filter((w) => w[0] !== w[0].toLowerCase()).length >= long.length * 0.6;
}
