// Quote or not: the marks the quotes stage found are not all speech. Scare quotes and terms (`the “one
// China” policy`, `so-called`), titles of works, headline fragments and short unattributed phrases are
// dropped here, after attribution, since telling a term from a partial quote needs to know whether a cue
// names a speaker.

import type { Reading } from '../../core/layers.js';
import { isSpaceCode } from '../../util/chars.js';
import { NAMING_VERBS } from '../reading/reading.js';

/** Why marks are not a quote: `heading`, `term`, `short-unattributed`, `title`. */
export type NotAQuote = 'heading' | 'term' | 'short-unattributed' | 'title';

/** How quote k got its speaker: by a cue right beside it, by inheriting the previous quote's. Null when it has none. */
export interface SpeakerEvidence {
  beside: boolean;
  inherited: boolean;
}

/** Decides for quote k, given how it got its speaker. Returns the reason it is not a quote, or null when it is one. */
export function notAQuote(ctx: Reading, k: number, how: SpeakerEvidence | null): NotAQuote | null {
  const { toks, inQuote, windows, paragraphs } = ctx;
  const q = ctx.quotes[k];
  const words = countWords(q.text);
  const para = paragraphs[q.paragraph];
  const openTok = windows[k].openTok;
  const after = windows[k].closeTok;
  const precededByNaming = [1, 2, 3].some((d) => openTok - d >= 0 && NAMING_VERBS.has(toks[openTok - d].lower) && inQuote[openTok - d] < 0);
  // A headline line keeps a quote only when a cue right beside it names the speaker:
  // `“Safety first” — Commissioner Vale`, `Ruiz: “…”`; not `Lorne promises to raise “real concerns”`.
  if (para.heading && !how?.beside) return 'heading';
  // `the government’s so-called “efficiency savings”` (one token or three): a term whoever attacked it.
  if (words <= 4 && /so[-‐‑]called\s*$/i.test(ctx.text.slice(Math.max(0, q.open.start - 12), q.open.start))) return 'term';
  // `the longstanding “one China” policy`: a quoted modifier of a noun is a term, but a quoted verb is not
  // (`the need to “stabilise” relations`), nor a word someone called it (`what one official called their
  // “profound” differences`).
  // (`"Deadlines are not optional," panel Chairman Glen Pell said`: a clause ending in its own comma or
  // full stop inside the marks is no modifier of the noun after it.)
  if (
    words <= 4 &&
    q.close &&
    !/[,.;:!?]$/.test(q.text.trim()) &&
    toks[after] &&
    toks[after].pos === 'NOUN' &&
    toks[after].start === q.close.end + 1 &&
    !precededByNaming &&
    (toks[after - 2]?.pos !== 'VERB' || /^(?:the|a|an|this|that|its|their|his|her|our)$/.test(toks[openTok - 1]?.lower ?? ''))
  )
    return 'term';
  if (words <= 3 && !how) return 'short-unattributed';
  // `as “The Harbour Ledger” wrote`, `“(CROSSTALK.)”` inside a transcript: a short name or stage
  // direction that only inherits a speaker is no quote of it.
  if (
    words <= 3 &&
    how?.inherited &&
    (/^\(.*\)\W*$/.test(q.text.trim()) ||
      q.text
        .trim()
        .split(/\s+/)
        .every((w) => /^[\p{Lu}\d“"‘'(]/u.test(w)))
  )
    return 'title';
  if (!how && isTitleCase(q.text)) return 'title'; // `starred in “The Long Road Home”`
  // `told “Sunday Talk,”`, `on “The Week Ahead,”`: a short name of a show, a book or an event after a
  // preposition, its owner or its kind of work is a title whoever speaks in the sentence; a cue beside it
  // keeps a slogan (`“Crooked Ned,” he said`).
  const bare = q.text.trim().replace(/[.,;:!?]+$/, '');
  if (
    words <= 5 &&
    isTitleCase(bare) &&
    (/^(?:on|in|to|of|at|from|for|about|with|by|told|watch|watched|called|titled|entitled|dubbed)$/.test(toks[openTok - 1]?.lower ?? '') ||
      afterOwnerOrWork(toks, openTok) ||
      !how?.beside)
  )
    return 'title';
  return null;
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

/** `ABC’s “This Week,”`, `Fox News’ “Sunday Briefing,”`, `her memoir, “Tough Choices,”`: a name after its owner or its kind of work. */
function afterOwnerOrWork(toks: readonly { lower: string }[], openTok: number): boolean {
  const prev = toks[openTok - 1]?.lower ?? '';
  if (prev === "'s" || prev === "'") return true;
  return (
    prev === ',' &&
    /^(?:memoir|book|novel|show|program|programme|film|movie|documentary|series|column|album|podcast|play|essay|article|op-ed)$/.test(
      toks[openTok - 2]?.lower ?? '',
    )
  );
}
