// Quotes: a scanner of its own over the raw text, paragraph by paragraph, not bounded by sentences.

import { layer, type Range } from '../core/doc.js';
import type { MarkFamily, Paragraph, QuoteSpan } from '../core/layers.js';
import type { Report } from '../core/message.js';
import { builtInStage } from '../core/stage.js';
import { isSpaceCode } from '../util/chars.js';

export interface QuoteOptions {
  /** Also read single marks as the outer pair (British style `‘…’`, `'…'`). Default true. */
  singles?: boolean;
}

export const quotes = (options: QuoteOptions = {}) =>
  builtInStage({
    name: 'quotes',
    options: { singles: options.singles ?? true },
    requires: ['paragraphs'],
    provides: 'quotes',
    run(doc, report) {
      return scanQuotes(doc.text, layer(doc, 'paragraphs'), report, options);
    },
  });

interface Mark {
  pos: number;
  len: number;
  family: MarkFamily;
  canOpen: boolean;
  canClose: boolean;
}

const MARK_RE = /’’|''|‘‘|``|[“”„‟«»〝〞❝❞"‘’‚‛‹›']/g;
const isSpace = (c: string | undefined) => c === undefined || isSpaceCode(c.charCodeAt(0));
const isAlnum = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
/** What may stand right before an opening mark: `(“`, `—“`, `:“`. */
const OPEN_CONTEXT = /[\s([{\u2014\u2013\-/:;,“‘«„]/;
/** What may stand right after a closing mark: `”.`, `”,`, `’)`. */
const CLOSE_CONTEXT = /[\s.,;:!?)\]}\u2014\u2013\-…”’»"']/;

/**
 * Reads one candidate mark in its context. Glyphs say which way they face (`“` opens, `”` closes),
 * but real copy mixes them up, so the neighbours decide where the glyph is ambiguous:
 * `he said "yes"` (straight marks flank words), `”Hello”` (a closer used to open),
 * `don’t`, `Jones’ car`, `the ’80s` (apostrophes, not marks).
 */
function classify(text: string, pos: number, glyph: string): Mark | null {
  const len = glyph.length;
  const prev = pos > 0 ? text[pos - 1] : undefined;
  const next = text[pos + len];
  const opensByContext = !isSpace(next) && (prev === undefined || OPEN_CONTEXT.test(prev));
  const closesByContext = !isSpace(prev) && (next === undefined || CLOSE_CONTEXT.test(next));
  switch (glyph) {
    case '’’':
    case "''": // `…good’’` two apostrophes typed as a closing double mark
      return { pos, len, family: 'double', canOpen: false, canClose: true };
    case '‘‘':
    case '``':
      return { pos, len, family: 'double', canOpen: true, canClose: false };
    case '“':
    case '〝':
    case '❝':
      // `“ bird fancier’s lung. ”` (spaces inside) still opens; `good“ he said` is a closer typed wrong.
      return { pos, len, family: 'double', canOpen: !(closesByContext && !opensByContext), canClose: closesByContext && !opensByContext };
    case '„':
    case '‟':
      return { pos, len, family: 'double', canOpen: true, canClose: false };
    case '”':
    case '〞':
    case '❞': {
      // `… and paranoia,”Roe said`: right after a word's closing punctuation it closes, space or not.
      const afterClause = !!prev && /[,.!?;:…]/.test(prev) && pos > 1 && !isSpace(text[pos - 2]);
      if (afterClause) return { pos, len, family: 'double', canOpen: false, canClose: true };
      return { pos, len, family: 'double', canOpen: opensByContext && !closesByContext, canClose: !(opensByContext && !closesByContext) };
    }
    case '«':
      return { pos, len, family: 'double', canOpen: !(closesByContext && !opensByContext), canClose: closesByContext && !opensByContext };
    case '»':
      // (`« Nous partons », a-t-il dit`: French spacing sets the closer off from the words it closes)
      if (isSpace(prev) && prev !== undefined && (next === undefined || CLOSE_CONTEXT.test(next)))
        return { pos, len, family: 'double', canOpen: false, canClose: true };
      return { pos, len, family: 'double', canOpen: opensByContext && !closesByContext, canClose: !(opensByContext && !closesByContext) };
    case '"': {
      // Straight marks face both ways: context decides, and where it cannot (`a " b`), the state does.
      const both = opensByContext === closesByContext;
      return { pos, len, family: 'double', canOpen: both || opensByContext, canClose: both || closesByContext };
    }
    case '‘':
    case '‚':
    case '‛':
    case '‹':
      if (isAlnum(prev) && isAlnum(next)) return null; // `rock‘n‘roll`
      if (/^\d\ds\b/.test(text.slice(pos + len, pos + len + 4))) return null; // `‘80s`
      return { pos, len, family: 'single', canOpen: !isSpace(next), canClose: glyph === '‹' ? false : closesByContext && !opensByContext };
    case '›':
      return { pos, len, family: 'single', canOpen: false, canClose: true };
    default: {
      // ’ and ': an apostrophe between letters (`don’t`, `Su’s`), a closer after a word (`… line’ in`),
      // an opener before one (`‘…` typed as `’…` or `'…`), but never `’80s`, `’tis`, `’em`, `’n’`.
      if (isAlnum(prev) && isAlnum(next)) return null;
      const after = text.slice(pos + len, pos + len + 4).toLowerCase();
      if (/^\d\ds\b/.test(after) || /^(?:tis|twas|em|til|cause|n)\b/.test(after)) return null;
      const canOpen = opensByContext && isAlnum(next);
      // After a word or punctuation (`… back down,’ said`), never right after an opening bracket or mark.
      const canClose = !isSpace(prev) && !/[([{“‘«„]/.test(prev ?? ' ') && (next === undefined || CLOSE_CONTEXT.test(next));
      if (!canOpen && !canClose) return null;
      return { pos, len, family: 'single', canOpen, canClose };
    }
  }
}

/** Candidate marks of a range of the text, in order. */
function marksIn(text: string, start: number, end: number): Mark[] {
  const out: Mark[] = [];
  MARK_RE.lastIndex = start;
  for (let m = MARK_RE.exec(text); m && m.index < end; m = MARK_RE.exec(text)) {
    if (m.index + m[0].length > end) break;
    const mark = classify(text, m.index, m[0]);
    if (mark) out.push(mark);
  }
  return out;
}

/** Does the paragraph open with a mark of this family (`“` at the start of the next paragraph)? */
function opensWith(text: string, para: Paragraph | undefined, family: MarkFamily): boolean {
  if (!para || para.boilerplate) return false;
  const first = marksIn(text, para.start, Math.min(para.end, para.start + 3))[0];
  return !!first && first.pos === para.start && first.family === family && first.canOpen;
}

export function scanQuotes(text: string, paragraphs: Paragraph[], report: Report, options: QuoteOptions = {}): QuoteSpan[] {
  const scanner = new QuoteScanner(text, paragraphs, report, options.singles ?? true);
  paragraphs.forEach((para, p) => {
    scanner.paragraph(para, p);
  });
  const out = scanner.out;
  // A quote that opens a paragraph right after one that `continues` is its continuation.
  for (let k = 1; k < out.length; k++) {
    const prev = out[k - 1];
    const q = out[k];
    if (prev.continues && q.paragraph === prev.paragraph + 1 && q.open.start === paragraphs[q.paragraph].start) q.continued = true;
  }
  return out.map((q, k) => ({ id: `q${k + 1}`, ...q }));
}

/** Pairs the marks of one paragraph after another, carrying a quote left open over a line break. */
class QuoteScanner {
  readonly out: Array<Omit<QuoteSpan, 'id'>> = [];
  /** Set when the last paragraph ended inside a quote: the next paragraph's first mark decides what it was. */
  private carry: { family: MarkFamily } | null = null;

  constructor(
    private readonly text: string,
    private readonly paragraphs: Paragraph[],
    private readonly report: Report,
    private readonly singles: boolean,
  ) {}

  emit(open: Range, close: Range | null, family: MarkFamily, paragraph: number, continued: boolean) {
    const { text } = this;
    let start = open.end;
    let end = close ? close.start : this.paragraphs[paragraph].end;
    while (start < end && isSpaceCode(text.charCodeAt(start))) start++;
    while (end > start && isSpaceCode(text.charCodeAt(end - 1))) end--;
    if (start === end) return null;
    const q = { start, end, text: text.slice(start, end), open, close, family, paragraph, continues: false, continued };
    this.out.push(q);
    return q;
  }

  paragraph(para: Paragraph, p: number): void {
    if (para.boilerplate) {
      // `See also  … 'body found in the harbour'`: a link to another story, never a quote here.
      this.carry = null;
      return;
    }
    const marks = marksIn(this.text, para.start, para.end).filter((m) => this.singles || m.family === 'double');
    const stack: Mark[] = [];
    for (let i = this.closeCarried(marks, para, p); i < marks.length; i++) this.pair(marks[i], stack, p);
    if (stack.length) this.leftOpen(stack[0], p);
  }

  /** `… the trip\n\nwas postponed,” he said.`: a quote that ran over a line break and closes here. Returns the first mark still to pair. */
  private closeCarried(marks: Mark[], para: Paragraph, p: number): number {
    const carry = this.carry;
    if (!carry) return 0;
    this.carry = null;
    const first = marks.find((m) => m.family === carry.family);
    if (!first?.canClose || first.canOpen || para.boilerplate) return 0;
    const prev = this.out[this.out.length - 1];
    if (prev) prev.continues = true;
    this.emit({ start: para.start, end: para.start }, { start: first.pos, end: first.pos + first.len }, first.family, p, true);
    return marks.indexOf(first) + 1;
  }

  /** One mark against the marks open before it. */
  private pair(m: Mark, stack: Mark[], p: number): void {
    let at = stack.length - 1;
    while (at >= 0 && stack[at].family !== m.family) at--; // the innermost open mark of this family
    if (at >= 0 && m.canClose && (at === stack.length - 1 || m.family === 'double')) {
      // Close the innermost open mark of the same family; singles left open inside are apostrophes.
      const open = stack[at];
      stack.length = at;
      if (stack.length === 0) {
        this.emit({ start: open.pos, end: open.pos + open.len }, { start: m.pos, end: m.pos + m.len }, m.family, p, false);
      }
    } else if (m.canOpen) {
      if (m.family === 'double' && stack.length && stack[0].family === 'double' && !m.canClose && at === 0) {
        // A second opener while the first is still open: the first was never closed (a typo).
        // Close it before this one rather than letting it swallow the rest of the article.
        const open = stack[0];
        this.report.warn(
          'unclosed-quote',
          open.pos,
          open.pos + open.len,
          'quotation mark opened here is closed by nothing before the next opening mark',
        );
        this.emit({ start: open.pos, end: open.pos + open.len }, { start: m.pos, end: m.pos }, 'double', p, false);
        stack.length = 0;
      }
      stack.push(m);
    }
    // Anything else is a stray closer or an apostrophe: ignored.
  }

  /** A mark still open at the paragraph's end: a quote the next paragraph goes on with, or closes, or an apostrophe. */
  private leftOpen(open: Mark, p: number): void {
    const nextOpens = opensWith(this.text, this.paragraphs[p + 1], open.family);
    if (open.family === 'single' && !nextOpens) {
      // `‘` with no closer in its paragraph is far more often an apostrophe than a quote.
      this.report.warn(
        'unclosed-quote',
        open.pos,
        open.pos + open.len,
        'single quotation mark opened here is never closed; not read as a quote',
      );
      return;
    }
    const q = this.emit({ start: open.pos, end: open.pos + open.len }, null, open.family, p, false);
    if (nextOpens) {
      if (q) q.continues = true;
      return;
    }
    this.carry = { family: open.family };
    this.report.warn(
      'unclosed-quote',
      open.pos,
      open.pos + open.len,
      'quotation mark opened here is not closed before the end of its paragraph',
    );
  }
}
