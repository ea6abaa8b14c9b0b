// Paragraphs: the text between line breaks, with web boilerplate and headlines marked.

import type { Paragraph } from '../core/layers.js';
import { builtInStage } from '../core/stage.js';

/**
 * Lines that web pages add around an article. Each pattern is a generic web template, never a phrase
 * of one outlet: `See also  The New England storm …`, `Related Posts`, `Previous article…`,
 * `Leave a Comment`, `Please enter your comment!`, `Read more: …`, `0 comment` (a photo's credit: CREDIT).
 */
const BOILERPLATE = new RegExp(
  '^(?:' +
    [
      'see also\\b',
      'related(?: posts| articles| stories| news| content| coverage)?\\b[^.!?]*$',
      'read (?:more|also|next)\\b',
      'also read\\b',
      'more from\\b',
      'you (?:may|might) (?:also )?like\\b',
      'recommended\\b',
      'previous (?:article|post|story)',
      'next (?:article|post|story)',
      'leave a (?:comment|reply)',
      'please enter your',
      'your email address will not',
      'sign up\\b',
      'subscribe\\b',
      'follow us\\b',
      'share this\\b',
      'click here\\b',
      'advertisement\\s*$',
      'copyright\\b',
      '©',
      'all rights reserved',
      '\\d+ comments?\\s*$',
      'comments?\\s*$',
      'tags?:',
    ].join('|') +
    ')',
  'i',
);

/**
 * A photo's credit line, by its shape, not by agency: a short line of capitalised words, then `via` or a
 * slash and one to three more (`Dana Roe via Harbour Images.`, `Lee Park/Wirepix.`, `Handout/Eastport Police`);
 * not a sentence (`Roe said the plan would go via Denver.`: words in lower case).
 */
const CREDIT =
  /^(?=.{1,80}$)[(\p{Lu}\d][\p{L}\d&.'’-]*(?:[ ,]+[\p{Lu}\d][\p{L}\d&.'’-]*)*(?: via |\/)\p{Lu}[\p{L}&.'’-]*(?: \p{Lu}[\p{L}&.'’-]*){0,2}\.?\)?$/u;

/** Sentence-final punctuation, possibly followed by closing marks: `… good.”` ends a sentence. */
const ENDS_SENTENCE = /[.!?:;…]["”’'»)\]]*\s*$/;
/**
 * What may trail a sentence's end without making its line a headline: invisible format marks (U+200F,
 * U+202C), emoji, hashtags and handles, a word in a right-to-left script. `“We won,” she said. 🎉 #vote`
 * is a paragraph of text, `Council votes on budget 🎉` a headline still.
 */
const TRAILING =
  /(?:\s|\p{Cf}|\p{Extended_Pictographic}|\p{Emoji_Modifier}|\uFE0F|[#@][\p{L}\p{N}_]+|(?:\p{Script=Hebrew}|\p{Script=Arabic}|\p{M})+)+$/u;
const endsSentence = (line: string) => ENDS_SENTENCE.test(line) || ENDS_SENTENCE.test(line.replace(TRAILING, ''));

export interface ParagraphOptions {
  /** Extra boilerplate line patterns of the user's own sources. */
  boilerplate?: RegExp[];
}

export const paragraphs = (options: ParagraphOptions = {}) =>
  builtInStage({
    name: 'paragraphs',
    options: { boilerplate: (options.boilerplate ?? []).map((r) => r.source) },
    requires: [],
    provides: 'paragraphs',
    run(doc) {
      return splitParagraphs(doc.text, options.boilerplate ?? []);
    },
  });

/**
 * A line break ends a paragraph, except a soft wrap: a line that ends mid-sentence followed by a line
 * that starts in lower case (`… told\nreporters …` is one paragraph, `… issues.\nBlinken said …` two).
 */
export function splitParagraphs(text: string, extra: RegExp[] = []): Paragraph[] {
  const out: Paragraph[] = [];
  let blockStart = -1;
  let blockEnd = -1;
  const flush = () => {
    if (blockStart < 0) return;
    const body = text.slice(blockStart, blockEnd);
    const trimmed = body.trim();
    const start = blockStart + body.indexOf(trimmed.charAt(0));
    const line = text.slice(start, start + trimmed.length);
    out.push({
      start,
      end: start + trimmed.length,
      boilerplate: BOILERPLATE.test(line) || CREDIT.test(line.trim()) || extra.some((r) => r.test(line)),
      heading: !endsSentence(line),
    });
    blockStart = -1;
  };
  let pos = 0;
  // A line ends at LF, CRLF, or a lone CR (old Mac files): `“A,” she said.\r“B,” he said.` is two lines.
  const lineBreak = /\r\n?|\n/g;
  while (pos <= text.length) {
    lineBreak.lastIndex = pos;
    const m = lineBreak.exec(text);
    const lineEnd = m ? m.index : text.length;
    const line = text.slice(pos, lineEnd);
    if (line.trim() === '') {
      flush();
    } else if (blockStart >= 0 && /^\s*\p{Ll}/u.test(line) && !endsSentence(text.slice(blockStart, blockEnd))) {
      blockEnd = lineEnd; // soft wrap: continue the paragraph
    } else {
      flush();
      blockStart = pos;
      blockEnd = lineEnd;
    }
    pos = m ? m.index + m[0].length : text.length + 1;
  }
  flush();
  return out;
}
