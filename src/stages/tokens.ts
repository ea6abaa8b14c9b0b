// Tokens with offsets and POS tags: the one wink-nlp parse of the article.
import { defineStage } from '../stage.js';
import { winkTokens } from '../nlp/wink.js';

export interface Token {
  start: number;
  end: number;
  /** Universal POS tag from wink (PROPN, NOUN, VERB, PRON, PUNCT, SPACE, …). */
  pos: string;
  /** Lower-cased value with curly apostrophes folded: `’s` → `'s`. */
  lower: string;
  /** Index of the wink sentence the token is in (sentences are refined by the sentences stage). */
  sentence: number;
}

declare module '../doc.js' {
  interface Layers {
    tokens: Token[];
  }
}

/**
 * A same-length view for the tokenizer: no-break and other Unicode spaces become plain spaces, so that
 * `Mr.\u00a0Blinken` and `U.S.\u00a0officials` keep their abbreviations whole. Each replaced character is
 * one UTF-16 unit, so offsets into the view are offsets into the text.
 */
export function tokenizerView(text: string): string {
  return text.replace(/[\u00a0\u2000-\u200a\u202f\u205f\u3000]/g, ' ');
}

export const tokens = () =>
  defineStage({
    name: 'tokens',
    requires: [],
    provides: 'tokens',
    run(doc, report) {
      const view = tokenizerView(doc.text);
      const raw = winkTokens(view);
      const out: Token[] = [];
      let pos = 0;
      for (let i = 0; i < raw.values.length; i++) {
        const value = raw.values[i];
        pos += raw.precedingSpaces[i].length;
        let start = pos;
        if (view.startsWith(value, start) === false) {
          // wink is lossless on every text we have seen; if it ever is not, find the token nearby
          // rather than shifting every later offset.
          const found = view.indexOf(value, Math.max(0, start - 8));
          if (found === -1 || found > start + 64) {
            report.warn('token-misaligned', Math.min(start, doc.text.length), Math.min(start, doc.text.length), `token ${JSON.stringify(value)} not found in the text`);
            continue;
          }
          start = found;
        }
        const end = start + value.length;
        pos = end;
        const lower = value.toLowerCase();
        out.push({ start, end, pos: raw.pos[i], lower: lower.includes('’') ? lower.replace(/’/g, "'") : lower, sentence: raw.sentence[i] });
      }
      return out;
    },
  });
