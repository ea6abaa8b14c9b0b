// The tokens around each quote: from the start of its sentence (or the last sentence end) to the open
// mark, and from the close mark to the next sentence end, the next quote or the paragraph end.
import type { QuoteWindow, Reading, Token } from '../../core/layers.js';
import { partitionPoint } from '../../nlp/search.js';

/** Windows are bounded: a cue 100 tokens from its quote is no cue, and a text that is one endless "sentence" stays linear. */
const MAX_WINDOW = 100;

export function quoteWindows(r: Omit<Reading, 'windows'>): QuoteWindow[] {
  const { toks, quotes, paragraphs, inQuote, isEnd, isSpeechVerb, tokenText } = r;
  return quotes.map((q, k) => {
    const para = paragraphs[q.paragraph];
    // lowerBound itself, not a helper made in each call of attribute: a callback TurboFan inlined such a
    // helper into met the next article's new one and was thrown away (`wrong call target`).
    const openTok = lowerBound(toks, q.open.start);
    const closeTok = lowerBound(toks, q.close ? q.close.end : q.end);
    let preStart = openTok;
    // Windows are bounded: a cue 100 tokens from its quote is no cue, and a text that is one endless
    // "sentence" (150,000 quote marks, no full stop) must stay linear.
    while (preStart - 1 >= 0 && toks[preStart - 1].start >= para.start && openTok - preStart < MAX_WINDOW) {
      if (inQuote[preStart - 1] < 0 && isEnd(preStart - 1)) break;
      if (inQuote[preStart - 1] >= 0 && inQuote[preStart - 1] !== k && endsSentence(quotes[inQuote[preStart - 1]].text) && k > 0) break;
      preStart--;
    }
    let postEnd = closeTok;
    // `“… by the end of May.” Harbour engineer Peter Kalos said …`: a quote that ends with a full stop,
    // followed by a capital, ended its sentence; what follows is another sentence's (`“Go!” Hale said`
    // and `“… time.” he said` keep their cue).
    const ended = /\.\s*$/.test(q.text) && closeTok < toks.length && /^\p{Lu}/u.test(tokenText(closeTok)) && !isSpeechVerb(closeTok);
    while (!ended && postEnd < toks.length && toks[postEnd].end <= para.end && postEnd - closeTok < MAX_WINDOW) {
      if (inQuote[postEnd] >= 0 && inQuote[postEnd] !== k) break;
      postEnd++;
      if (isEnd(postEnd - 1)) break;
    }
    // The rest of the sentence past any later quotes, for a cue far after: `was “direct” and made
    // progress “on several fronts”, a senior official told reporters`.
    let sentenceEnd = postEnd;
    while (
      !ended &&
      sentenceEnd < toks.length &&
      toks[sentenceEnd].end <= para.end &&
      sentenceEnd - closeTok < MAX_WINDOW &&
      !(inQuote[sentenceEnd - 1] < 0 && isEnd(sentenceEnd - 1))
    )
      sentenceEnd++;
    return { openTok, closeTok, preStart, postEnd, sentenceEnd };
  });
}

const endsSentence = (s: string) => /[.!?]$/.test(s.trim());

/** Index of the first token whose end is after `offset`. */
export const lowerBound = (toks: Token[], offset: number): number => partitionPoint(toks.length, (i) => toks[i].end <= offset);
