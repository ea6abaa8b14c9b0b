// Quotation marks of two apostrophes (`''We won,'' Roe said`), which some papers print and the quotes stage
// leaves to the writer's text: the readers of reported speech treat them as marks.
import type { Reading } from '../../core/layers.js';

/** Two apostrophes or backticks written together (wink reads them as two tokens): a quotation mark. */
export function isDoubleApostrophe(ctx: Reading, i: number): boolean {
  const a = ctx.toks[i];
  const b = ctx.toks[i + 1];
  return !!b && (a.lower === "'" || a.lower === '`') && b.lower === a.lower && a.end === b.start;
}

/**
 * Is the token at `v` inside words quoted with two apostrophes (`''We will win,'' he said`), which the quotes
 * stage leaves to the writer's text? An odd number of them opens before it in its paragraph.
 */
export function insideDoubleApostrophes(ctx: Reading, v: number): boolean {
  const { toks, paragraphs, paragraphOfToken } = ctx;
  const from = paragraphs[paragraphOfToken(v)]?.start ?? 0;
  let open = false;
  for (let k = v - 1; k >= 0 && toks[k].start >= from; k--) if (isDoubleApostrophe(ctx, k)) open = !open;
  return open;
}
