// The one full parse of every article: wink-nlp's tokenizer and POS tagger, and sentences split as
// wink's splitter splits them.
// The model is loaded once per process (per worker thread) on first use.

import model from 'wink-eng-lite-web-model';
import winkNLP from 'wink-nlp';

type Wink = ReturnType<typeof winkNLP>;
let nlp: Wink | null = null;

/**
 * wink with its POS tagger only. Its sentence splitter (`sbd`) is not run: it cost about 15% of wink's
 * parse, and the tags are the same without it (the tagger reads the whole token sequence; no tag
 * differed on any of our 10,679 test tokens). Sentences are found by `WinkSentences` instead, which
 * splits as wink's splitter does (331 of its 332 boundaries on those texts, and no other), but after an
 * abbreviation's full stop before a comma (see goesOn).
 */
export function wink(): Wink {
  if (!nlp) nlp = winkNLP(model, ['pos']);
  return nlp;
}

/** wink's tokens as parallel arrays: no object per token, since a parse allocates for every word. */
export interface RawTokens {
  values: string[];
  pos: string[];
}

/** Tokens of `text` with POS tags, in order. */
export function winkTokens(text: string): RawTokens {
  const w = wink();
  const its = w.its;
  const tokens = w.readDoc(text).tokens();
  return { values: tokens.out(its.value) as string[], pos: tokens.out(its.pos) as string[] };
}

/**
 * A comma or semicolon right after a full stop goes on with the sentence: the stop was an abbreviation's
 * (`Rep. Ann Roe (D-Va.), a member of the committee, said …`). wink's splitter ends the sentence there;
 * a lower-case word after the stop still starts a new one, as it does for wink (going on there too was
 * measured on PolNeAR train: end to end -0.2, where commas and semicolons alone gave +0.1).
 */
const goesOn = (value: string) => value === ',' || value === ';';
/** A line-break token that holds an empty line: `\n\n`, `\r\n\r\n`, `\n \n`. */
const BLANK_LINE = /\n[^\n]*\n|\r[^\r\n]*\r/;
const ENDERS = new Set(['.', '!', '?']);
/** Marks that close a quotation or a bracket whatever the space around them. */
const ALWAYS_CLOSING = new Set(['”', '’', ')', ']', '»']);
/** Straight marks close only when attached to the word before: `said so." Then` but `. "Then`. */
const STRAIGHT = new Set(['"', "'", "''"]);

/**
 * Sentence numbers for wink's tokens, read one token at a time, as wink's splitter gives them:
 * - a sentence ends at `.`, `!` or `?`, with the closing marks and brackets after it (`“We won.” Then`
 *   → `“We won.”` | `Then`), not at an ellipsis (`He paused... Then he spoke.` is one, as wink has
 *   it); a straight mark closes only when attached to the word before and not at the start of a
 *   line (`he said. "Next` → the `"` opens the next sentence);
 * - a blank line ends one too (`Headline\n\nBody`), a single line break does not;
 * - anything after an ended sentence starts the next, whatever its case (`… on Monday. the`), but a
 *   comma or semicolon (`(D-Va.), a member …`), where wink's splitter would cut.
 */
export class WinkSentences {
  private current = 0;
  private ended = false;
  /** The sentence has a token other than line breaks: a blank line right after `.` starts no empty one. */
  private any = false;
  private afterLineBreak = false;

  /** The sentence of the next token; `spaced`: whitespace stands between it and the token before. */
  next(value: string, spaced: boolean): number {
    const c = value.charCodeAt(0);
    const lineBreak = c === 10 || c === 13;
    // Read on every token, not only past a straight mark: a field first read deep in a rare branch had no
    // type feedback, and the optimised caller was thrown away the first time an article reached it.
    const afterLineBreak = this.afterLineBreak;
    const closing = !lineBreak && (ALWAYS_CLOSING.has(value) || (STRAIGHT.has(value) && !spaced && !afterLineBreak));
    if (this.ended && !closing && !ENDERS.has(value)) {
      if (!goesOn(value)) {
        if (this.any) this.current++;
        this.any = false;
      }
      this.ended = false;
    }
    const at = this.current;
    this.afterLineBreak = lineBreak;
    if (lineBreak) {
      if (BLANK_LINE.test(value)) this.ended = true;
    } else {
      this.any = true;
      if (ENDERS.has(value)) this.ended = true;
    }
    return at;
  }
}
