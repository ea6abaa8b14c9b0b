// The quote hashes statements are compared by: each quote's words, its word pairs and content words
// hashed (FNV-1a, 32 bits: a shingle hash, not a checksum), packed into one array for the whole corpus,
// with the document frequency of each pair.
import type { MergeRecord } from './input.js';

const STOP = new Set(
  'a an the and or but of to in on at for with by from as is are was were be been it its this that these those we i you he she they our their his her not no so if than then there here have has had do does did will would can could should may might must also very'.split(
    ' ',
  ),
);

/**
 * A quote's words, lower case, NFKC, curly apostrophes straight: `“We’re ready,” he said` → `we're`,
 * `ready`, `he`, `said`. Most quotes are ASCII with curly marks and dashes, which NFKC leaves as they
 * are: those are cut by one scan of their characters, without normalising or a Unicode split (a run
 * hashes every quote of the corpus on its main thread). Any other text takes the general way.
 */
export function words(text: string): string[] {
  const lower = text.toLowerCase();
  if (!NFKC_STABLE.test(lower))
    return lower
      .normalize('NFKC')
      .replace(/[’‘]/g, "'")
      .split(/[^\p{L}\p{N}']+/u)
      .filter(Boolean);
  const out: string[] = [];
  let start = -1;
  let curly = false;
  for (let i = 0; i <= lower.length; i++) {
    const c = i < lower.length ? lower.charCodeAt(i) : 32;
    // a–z, 0–9, the apostrophe and the curly single marks (made straight below) belong to words.
    const inWord = (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 39 || c === 0x2018 || c === 0x2019;
    if (inWord) {
      if (start < 0) start = i;
      if (c > 127) curly = true;
    } else if (start >= 0) {
      const w = lower.slice(start, i);
      out.push(curly ? w.replace(/[’‘]/g, "'") : w);
      start = -1;
      curly = false;
    }
  }
  return out;
}
/** Text that NFKC leaves unchanged and whose letters are ASCII: ASCII, curly quotation marks, dashes. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: all of ASCII, control characters included
const NFKC_STABLE = /^[\x00-\x7f‘’“”–—]*$/;

/** 32-bit FNV-1a: word pairs are compared as numbers (a collision only costs a useless comparison). */
const FNV_OFFSET = 0x811c9dc5;
/** FNV-1a of `s` continued from state `h`: `more(more(h, a), b)` is the hash of `a + b`, with no string built. */
function more(h: number, s: string): number {
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h;
}
export const hash = (s: string) => more(FNV_OFFSET, s) | 0;

/**
 * Sorts `buf[from, to)` and drops repeats; returns the new end. A quote's hashes are sorted where they
 * are written, in the packed array, not in an Int32Array of their own: a typed array per quote (two or
 * three of them) was a malloc and a free each, and a backing store for the collector to track.
 */
function sortUnique(buf: Int32Array, from: number, to: number): number {
  if (to - from < 2) return to;
  buf.subarray(from, to).sort();
  let n = from + 1;
  for (let i = from + 1; i < to; i++) if (buf[i] !== buf[n - 1]) buf[n++] = buf[i];
  return n;
}

/** Where one quote's hashes are in a Packed array: pairs in [pairs, content), content words in [content, contentEnd). */
interface Slot {
  pairs: number;
  content: number;
  contentEnd: number;
  words: number;
}

/**
 * Every quote's sorted word-pair hashes (`have an`, `an obligation`, …) and content-word hashes, end to
 * end in one growing Int32Array. A run adds each article's quotes as it comes back from the workers,
 * while later articles are still being analysed, so the merge at the end only blocks and compares.
 */
export class QuoteHashes {
  private readonly pack = new Packed();
  /** Each record's quotes' slots, in the order of its quotes: looked up once a record, not once a quote. */
  private readonly slots = new Map<Pick<MergeRecord, 'quotes'>, Slot[]>();
  /**
   * How many quotes hold each word pair, counted as each quote is hashed (a count does not depend on
   * the order of the quotes): the merge reads it, so it must be given the hashes of its own quotes only.
   */
  readonly pairCounts = new PairCounts();

  /** Hashes the quotes of a record ahead of the merge. */
  add(record: Pick<MergeRecord, 'quotes'>): void {
    this.slotsOf(record);
  }

  /** The slots of a record's quotes, hashed now if the record was not added before. */
  slotsOf(record: Pick<MergeRecord, 'quotes'>): Slot[] {
    let slots = this.slots.get(record);
    if (!slots) {
      slots = [];
      for (const q of record.quotes) {
        const slot = this.pack.hashWords(words(q.text));
        const d = this.pack.data;
        for (let i = slot.pairs; i < slot.content; i++) this.pairCounts.add(d[i]);
        slots.push(slot);
      }
      this.slots.set(record, slots);
    }
    return slots;
  }

  get data(): Int32Array {
    return this.pack.data;
  }
}

/** Share of the smaller sorted set found in the larger: a part quoted in another article scores 1. */
function containment(a: Int32Array, b: Int32Array): number {
  const small = a.length <= b.length ? a : b;
  const big = small === a ? b : a;
  if (!small.length) return 0;
  let i = 0;
  let j = 0;
  let hit = 0;
  while (i < small.length && j < big.length) {
    if (small[i] === big[j]) {
      hit++;
      i++;
      j++;
    } else if (small[i] < big[j]) i++;
    else j++;
  }
  return hit / small.length;
}

/**
 * Are two quotes one utterance? The same words in part or whole (`have an obligation and a
 * responsibility` / `have an obligation and responsibility`), or another translation of the same
 * sentence (`a good and stable China-US relationship` / `a sound and steady China-US relationship`):
 * most word pairs, or most content words, shared. A quote of three words or fewer must match whole.
 */
export interface Hashed {
  pairs: Int32Array;
  content: Int32Array;
  words: number;
}

export function sameItems(a: Hashed, b: Hashed): boolean {
  const short = Math.min(a.words, b.words);
  if (short <= 3)
    return short >= 2
      ? containment(a.pairs, b.pairs) === 1
      : a.words === b.words && a.content.length === b.content.length && containment(a.content, b.content) === 1;
  if (containment(a.pairs, b.pairs) >= 0.5) return true;
  return Math.min(a.content.length, b.content.length) >= 3 && containment(a.content, b.content) >= 0.6;
}

export function sameUtterance(a: string[], b: string[]): boolean {
  const pack = new Packed(2 * (a.length + b.length));
  const [x, y] = [pack.hashWords(a), pack.hashWords(b)];
  const item = (s: Slot) => ({
    pairs: pack.data.subarray(s.pairs, s.content),
    content: pack.data.subarray(s.content, s.contentEnd),
    words: s.words,
  });
  return sameItems(item(x), item(y));
}

/** Sorted hash lists of every quote, end to end in one growing Int32Array, addressed by offsets. */
class Packed {
  data: Int32Array;
  size = 0;

  /** `capacity`: hashes it holds before it grows (a corpus's quotes: 65,536; two quotes: a few dozen). */
  constructor(capacity = 1 << 16) {
    this.data = new Int32Array(capacity);
  }

  private room(n: number): void {
    if (this.size + n <= this.data.length) return;
    const bigger = new Int32Array(Math.max(this.data.length * 2, this.size + n));
    bigger.set(this.data.subarray(0, this.size));
    this.data = bigger;
  }

  /**
   * Appends the sorted, distinct hashes of a quote's word pairs, then of its content words (not stop
   * words, three letters or more): `we have an obligation` → pairs `we have`, `have an`, `an
   * obligation`; content `have`, `obligation`.
   */
  hashWords(w: string[]): Slot {
    this.room(2 * w.length);
    const d = this.data;
    const pairs = this.size;
    let end = pairs;
    for (let k = 1; k < w.length; k++) d[end++] = more(more(more(FNV_OFFSET, w[k - 1]), ' '), w[k]) | 0;
    const content = sortUnique(d, pairs, end);
    end = content;
    for (const x of w) if (x.length > 2 && !STOP.has(x)) d[end++] = hash(x);
    const contentEnd = sortUnique(d, content, end);
    this.size = contentEnd;
    return { pairs, content, contentEnd, words: w.length };
  }
}

/**
 * Document frequency of word pairs in a fixed 32 MB table of saturating counters (a one-row count
 * sketch): a collision only makes a pair look commoner than it is, and memory stays flat however large
 * the vocabulary of the corpus.
 */
class PairCounts {
  private readonly counts = new Uint16Array(1 << 24);
  add(h: number): void {
    const i = (h >>> 0) & 0xffffff;
    if (this.counts[i] < 0xffff) this.counts[i]++;
  }
  get(h: number): number {
    return this.counts[(h >>> 0) & 0xffffff];
  }
}
