// Tokens with offsets and POS tags: wink-nlp's parse of the whole text (the default), or of the paragraphs
// where a quote can be decided and a light tokenizer elsewhere (`parse: 'quotes'`).
//
// wink runs its tagger only (no sentence splitter, no entities: see nlp/wink.ts), and at that cost the
// light tokenizer saves nothing measurable on a whole run (PolNeAR train and the bench corpus, two workers:
// the same time either way), while its guessed tags lose reported speech in paragraphs without marks
// (`Vale said the plan yields savings`: the light way calls `yields` a noun). `quotes` is kept for
// stages that want the old tokens exactly.

import { FlatRange, layer } from '../../core/doc.js';
import type { Paragraph, QuoteSpan, Token } from '../../core/layers.js';
import { builtInStage } from '../../core/stage.js';
import { ORG_NOUNS, PERSON_NOUNS } from '../../nlp/lexicon.js';
import { type RawTokens, WinkSentences, winkTokens } from '../../nlp/wink.js';
import { CLOSED, lightTokens } from './light.js';

/** A token as the stage makes it: a FlatRange, so the runner checks its range without walking its fields. */
export class TokenRange extends FlatRange implements Token {
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
   * `all` (default): wink parses everything. `quotes`: wink parses the paragraphs with a quotation, the
   * light tokenizer the rest (names from capitals, tags from function words and speech words).
   */
  parse?: 'quotes' | 'all';
}

/**
 * A same-length view for the tokenizer: no-break and other Unicode spaces become plain spaces, so that
 * `Mr.\u00a0Vale` and `U.S.\u00a0officials` keep their abbreviations whole, and letters outside
 * Latin-1 their base letter (baseLetter). Each replaced character is one UTF-16 unit, so offsets into the
 * view are offsets into the text.
 */
export function tokenizerView(text: string): string {
  const spaced = text.replace(/[\u00a0\u2000-\u200a\u202f\u205f\u3000]/g, ' ');
  return spaced.replace(/[\u0100-\u024f\u1e00-\u1eff]/g, baseLetter);
}

/** Letters with no decomposition to a base letter (`ł`), which wink splits off like the others. */
const UNDECOMPOSED: Record<string, string> = {
  ł: 'l',
  Ł: 'L',
  đ: 'd',
  Đ: 'D',
  ħ: 'h',
  Ħ: 'H',
  ı: 'i',
  ŧ: 't',
  Ŧ: 'T',
  œ: 'o',
  Œ: 'O',
  ŋ: 'n',
  Ŋ: 'N',
  ſ: 's',
};

/**
 * `Dvořák`, `Łęcki`, `Țurcanu`: wink (and the light tokenizer after it) cut a word at a letter outside
 * Latin-1, and the name came out as `Dvo`; the view gives the tokenizers the base letter instead, one
 * unit for one (the text keeps its own letters, and every span is read from the text).
 */
function baseLetter(c: string): string {
  const base = UNDECOMPOSED[c] ?? c.normalize('NFD')[0];
  return /^[A-Za-z]$/.test(base) ? base : c;
}

export const tokens = (options: TokenOptions = {}) =>
  builtInStage({
    name: 'tokens',
    options: { parse: options.parse ?? 'all' },
    requires: options.parse === 'quotes' ? ['paragraphs', 'quotes'] : [],
    provides: 'tokens',
    run(doc, report) {
      const view = tokenizerView(doc.text);
      const out: Token[] = [];
      const warn = (at: number, value: string) =>
        report.warn('token-misaligned', at, at, `token ${JSON.stringify(value)} not found in the text`);
      if (options.parse !== 'quotes') {
        parseWithWink(view, 0, view.length, 0, out, warn);
        return out;
      }
      const paras = layer(doc, 'paragraphs');
      const hot = hotParagraphs(paras, layer(doc, 'quotes'));
      // Runs of paragraphs of one kind, each read in one go; wink's runs first, so that the light
      // tokenizer knows the words wink called proper nouns (`Lorne`) when it reads a headline.
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

/**
 * Paragraphs wink parses: those with a quotation, where a cue and its speaker are read. Elsewhere only
 * names and the subjects of speech verbs are read (`Lorne told reporters the talks were candid.` ¶
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

/** The lower-cased form of a token, curly apostrophes folded: `Su’s` → `xi's`. */
export function lowerOf(value: string): string {
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
  const raw = splitWordStops(winkTokens(from === 0 && to === view.length ? view : view.slice(from, to)));
  const split = new WinkSentences();
  let pos = from;
  let prevEnd = from;
  let last = sentence - 1;
  const first = out.length;
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
    // `KTVX’s`: wink splits the possessive off a word it has not met, but keeps `KTVX’s` whole once an
    // earlier article taught its lexicon the word, so the tokens of one article would depend on the
    // articles read before it in the same thread. Split it here, as wink does the first time.
    if (value.length > 2 && /\p{L}['’][sS]$/u.test(value)) {
      out.push(new TokenRange(start, end - 2, raw.pos[i], lowerOf(value.slice(0, -2)), s));
      out.push(new TokenRange(end - 2, end, 'PART', lowerOf(value.slice(-2)), s));
      continue;
    }
    // `I’m`: wink splits every other contraction with a curly apostrophe (`I’ve`, `we’re`) but keeps this
    // one whole as a proper noun, which the entities stage then read as a person called `I’m`.
    if (value.length === 3 && /^i['’]m$/i.test(value)) {
      out.push(new TokenRange(start, start + 1, 'PRON', 'i', s));
      out.push(new TokenRange(start + 1, end, 'AUX', lowerOf(value.slice(1)), s));
      continue;
    }
    out.push(new TokenRange(start, end, raw.pos[i], lowerOf(value), s));
  }
  capitalAdverbs(view, out, first);
  possessedGerunds(out, first);
  pastAfterNoun(out, first);
  modalNames(view, out, first);
  speakerNouns(out, first);
  return last + 1;
}

/**
 * `stayed in. He left`, `said no. Then`: wink reads a function word and its full stop as one abbreviation
 * (`in.` for inches, `no.` for number) and ends no sentence there. Before a capitalised word the two are
 * split: the word, tagged as the function word it is, and the stop that ends its sentence.
 */
function splitWordStops(raw: RawTokens): RawTokens {
  const { values, pos } = raw;
  let k = values.findIndex((v, i) => isWordStop(v, values[i + 1]));
  if (k < 0) return raw;
  const out: RawTokens = { values: values.slice(0, k), pos: pos.slice(0, k) };
  for (; k < values.length; k++) {
    const v = values[k];
    if (isWordStop(v, values[k + 1])) {
      const word = v.slice(0, -1);
      out.values.push(word, '.');
      out.pos.push(CLOSED.get(word) ?? pos[k], 'PUNCT');
    } else {
      out.values.push(v);
      out.pos.push(pos[k]);
    }
  }
  return out;
}

const isWordStop = (v: string, next: string | undefined) =>
  v.length > 2 && v.endsWith('.') && next !== undefined && /^\p{Lu}/u.test(next) && CLOSED.has(v.slice(0, -1));

/**
 * `said Marta Hardly`: wink tags some surnames as the adverbs they spell. A capitalised adverb inside a
 * sentence is a name, and so is one opening a sentence right before a past speech verb (`Hardly said the
 * road would close`); `Finally, …` and `Only then …` stay adverbs, and so does `When asked …` (hence a list
 * of its own, not the entities stage's speaksNext, which takes any speech verb in -ed).
 */
function capitalAdverbs(view: string, out: Token[], first: number): void {
  for (let i = first; i < out.length; i++) {
    const t = out[i];
    const c = view.charCodeAt(t.start);
    if (t.pos !== 'ADV' || c < 65 || c > 90 || t.end - t.start < 2) continue;
    const word = view.slice(t.start, t.end);
    if (word === word.toUpperCase()) continue;
    const prev = out[i - 1];
    const initial = !prev || prev.sentence !== t.sentence || prev.pos === 'SPACE' || /^[“"‘(]$/.test(prev.lower);
    if (!initial || PAST_SPEECH.test(out[i + 1]?.lower ?? '')) t.pos = 'PROPN';
  }
}

/**
 * `a source familiar with Roe's thinking said`, `their spending`: wink tags a word in -ing after a possessive
 * as a verb, and the noun phrase ended there, without its head. Not after `her` (`saw her leaving`: an
 * object) nor after `'s` that follows a pronoun (`he's saying`: `is`).
 */
function possessedGerunds(out: Token[], first: number): void {
  for (let i = Math.max(first, 1); i < out.length; i++) {
    const t = out[i];
    if (t.pos !== 'VERB' || !t.lower.endsWith('ing')) continue;
    const prev = out[i - 1].lower;
    const owner = /^'s?$/.test(prev) && /^(?:NOUN|PROPN)$/.test(out[i - 2]?.pos ?? '');
    if (owner || /^(?:his|their|its|our|my|your)$/.test(prev)) t.pos = 'NOUN';
  }
}

/**
 * `the family deserved better`: wink tags some past verbs after a noun as nouns, and the clause had no
 * verb. A word in -ed between a noun and a word that no noun phrase goes on with is the past.
 */
function pastAfterNoun(out: Token[], first: number): void {
  for (let i = Math.max(first, 1); i + 1 < out.length; i++) {
    const t = out[i];
    if (t.pos !== 'NOUN' || !t.lower.endsWith('ed') || t.lower.length < 5) continue;
    if (!/^(?:NOUN|PROPN)$/.test(out[i - 1].pos)) continue;
    if (/^(?:ADJ|ADV|DET|PRON|ADP|PART|NUM)$/.test(out[i + 1].pos)) t.pos = 'VERB';
  }
}

/**
 * `Rosa Will wrote`, `Will described the plan as …`, `Can said`: a capitalised modal before a past verb or a
 * verb in -s is a name (a modal takes the bare verb: `will describe`).
 */
function modalNames(view: string, out: Token[], first: number): void {
  for (let i = first; i + 1 < out.length; i++) {
    const t = out[i];
    if (t.pos !== 'AUX' || !/^(?:will|may|can)$/.test(t.lower) || !/^\p{Lu}/u.test(view.slice(t.start, t.end))) continue;
    const next = out[i + 1];
    if (next.pos === 'VERB' && (/ed$/.test(next.lower) || PAST_SPEECH.test(next.lower))) t.pos = 'PROPN';
  }
}

/**
 * `the influential daily wrote`, `the 24-year-old forward said`: after a determiner or an adjective and
 * before a verb or a mark, a word the lexicon knows for a person or a body is a noun, not the adverb or
 * adjective wink tags.
 */
function speakerNouns(out: Token[], first: number): void {
  for (let i = Math.max(first, 1); i + 1 < out.length; i++) {
    const t = out[i];
    if ((t.pos !== 'ADV' && t.pos !== 'ADJ') || !/^(?:DET|ADJ)$/.test(out[i - 1].pos)) continue;
    if ((PERSON_NOUNS.has(t.lower) || ORG_NOUNS.has(t.lower)) && /^(?:VERB|AUX|PUNCT)$/.test(out[i + 1].pos)) t.pos = 'NOUN';
  }
}

const PAST_SPEECH = /^(?:said|says|told|tells|added|adds|wrote|writes|argued|noted)$/;
