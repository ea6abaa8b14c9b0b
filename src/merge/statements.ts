// Statements across articles: one statement per utterance however many articles report it and however
// they word it. Never all against all: each quote is blocked by its speaker and its rarest word pairs,
// and only quotes sharing such a block are compared.
import type { MergeRecord } from './input.js';
import { UnionFind } from './union-find.js';

export interface MergedStatement {
  id: string;
  speaker: string | null;
  text: string;
  quotes: Array<{ article: string; quote: string; start: number; end: number }>;
  /** True when the speaker comes from other reports of the statement, not from every quote in it. */
  speakerPropagated?: boolean;
}

interface Item {
  article: string;
  quote: string;
  start: number;
  end: number;
  text: string;
  speaker: string | null;
  /** Offsets in the packed array of the quote's sorted word-pair hashes and content-word hashes. */
  pairs: number;
  content: number;
  contentEnd: number;
  words: number;
  /** Start of the cue in the article: quotes hanging on one cue are one utterance. */
  cue: number | null;
  continues: boolean;
}

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
const hash = (s: string) => more(FNV_OFFSET, s) | 0;

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
interface Hashed {
  pairs: Int32Array;
  content: Int32Array;
  words: number;
}

function sameItems(a: Hashed, b: Hashed): boolean {
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

/** A quote of this many words or fewer is a fragment that joins a longer quote holding it (attachFragments). */
const MAX_FRAGMENT = 4;
/**
 * Word pairs kept as blocking keys per quote: its rarest ones, which its other reports share. Six, not
 * four: two translations of a sentence share eight pairs that each occur twice in the corpus, and which
 * four each kept (ties go by hash) could miss each other (a million quotes: 22.9 → 25.2 s).
 */
const KEYS_PER_QUOTE = 6;
/** Past this many quotes a block is compared as a sliding window, each with its next WINDOW neighbours. */
const MAX_BLOCK = 400;
const WINDOW = 40;

/**
 * `hashes`: the quotes' hashes as a run prepared them while its workers were busy (of these records'
 * quotes and no others: their pair counts are the merge's); any other quote is hashed here.
 */
export function mergeStatements(
  records: MergeRecord[],
  speakerOf: (article: string, entity: string) => string | null,
  hashes = new QuoteHashes(),
): MergedStatement[] {
  const items: Item[] = [];
  // Every quote's hashes live in one packed array; items hold offsets, not arrays of their own.
  for (const r of records) {
    const slots = hashes.slotsOf(r);
    for (let k = 0; k < r.quotes.length; k++) {
      const q = r.quotes[k];
      const slot = slots[k];
      items.push({
        article: r.article.id,
        quote: q.id,
        start: q.start,
        end: q.end,
        text: q.text,
        speaker: q.speaker ? speakerOf(r.article.id, q.speaker.entity) : null,
        pairs: slot.pairs,
        content: slot.content,
        contentEnd: slot.contentEnd,
        words: slot.words,
        cue: q.cue ? q.cue.start : null,
        continues: q.speaker?.via === 'continuation',
      });
    }
  }
  const sets = new UnionFind(items.length);
  // The same words from the same speaker in another article (a wire story run by many outlets, or a
  // statement every outlet quotes whole) are one utterance outright, and only the first copy goes
  // through blocking: a quote copied into 300 articles costs 300 steps, not 300² comparisons.
  const copyOf = new Int32Array(items.length).fill(-1);
  // A first copy with copies elsewhere stands for them: against a quote of its own article it is
  // compared all the same, as its copy in another article would have been.
  const hasCopy = new Uint8Array(items.length);
  {
    // By speaker, then by text: no key string made for each quote (its text is hundreds of characters).
    const first = new Map<string | null, Map<string, number>>();
    items.forEach((it, i) => {
      let bySpeaker = first.get(it.speaker);
      if (!bySpeaker) first.set(it.speaker, (bySpeaker = new Map()));
      const f = bySpeaker.get(it.text);
      if (f === undefined) bySpeaker.set(it.text, i);
      else if (items[f].article !== it.article) {
        sets.union(f, i);
        copyOf[i] = f;
        hasCopy[f] = 1;
      }
    });
  }
  // Inside an article: a continued quote and the quotes of one cue are one utterance.
  for (let i = 1; i < items.length; i++) {
    const a = items[i - 1];
    const b = items[i];
    if (a.article !== b.article || a.speaker !== b.speaker) continue;
    if (b.continues || (b.cue !== null && b.cue === a.cue)) sets.union(i - 1, i);
  }
  // Across articles. Document frequency of each word pair, then each quote's rarest pairs as keys,
  // within its speaker; quotes without a speaker also go in a shared block so that one article's
  // attribution can reach another article's unattributed report of the same words.
  const data = () => hashes.data;
  const pairsOf = (it: Item) => data().subarray(it.pairs, it.content);
  const contentOf = (it: Item) => data().subarray(it.content, it.contentEnd);
  const hashed = (it: Item): Hashed => ({ pairs: pairsOf(it), content: contentOf(it), words: it.words });
  // Counted as the quotes were hashed; copies count in how common a pair is, as any report does.
  const df = hashes.pairCounts;
  // Keys are numbers: speaker index × 2^32 + the pair's hash (index 0: the shared block). They go in
  // two flat arrays sorted by key, so a block is a run of equal keys: no map of millions of small lists.
  const speakerIndex = new Map<string | null, number>([[null, 1]]);
  const cap = items.length * (KEYS_PER_QUOTE * 2 + 1);
  const keysArr = new Float64Array(cap);
  const itemArr = new Int32Array(cap);
  let used = 0;
  items.forEach((it, i) => {
    if (copyOf[i] >= 0) return;
    const keys = [...pairsOf(it)]
      .filter((h) => df.get(h) > 1)
      .sort((x, y) => df.get(x) - df.get(y) || x - y)
      .slice(0, KEYS_PER_QUOTE);
    if (it.words <= 3) keys.push(hash(`=${it.text.toLowerCase()}`));
    let spk = speakerIndex.get(it.speaker);
    if (spk === undefined) speakerIndex.set(it.speaker, (spk = speakerIndex.size + 1));
    keys.forEach((h, k) => {
      keysArr[used] = spk! * 2 ** 32 + (h >>> 0);
      itemArr[used++] = i;
      if (it.speaker === null || k < 2) {
        keysArr[used] = h >>> 0;
        itemArr[used++] = i;
      }
    });
  });
  // Counting sort into buckets by a mix of the key's bits (linear), then a small sort per bucket: equal
  // keys end up side by side, and a block is a run of them. Twice as many buckets as keys, up to 2^20:
  // a corpus whose quotes are mostly copies has few keys (28,307 quotes of 1,646 wire copies: about
  // 500), and walking a million empty buckets twice cost more than its whole blocking. Blocks and the
  // order within each are the same for any bucket count: a run holds one key, sorted by entry.
  let BUCKETS = 1 << 10;
  while (BUCKETS < 2 * used && BUCKETS < 1 << 20) BUCKETS <<= 1;
  const bucketOf = (k: number) => ((k % 4294967296) ^ Math.imul(Math.floor(k / 4294967296), 0x9e3779b1)) & (BUCKETS - 1);
  const starts = new Int32Array(BUCKETS + 1);
  for (let e = 0; e < used; e++) starts[bucketOf(keysArr[e]) + 1]++;
  for (let b = 0; b < BUCKETS; b++) starts[b + 1] += starts[b];
  const fill = starts.slice(0, BUCKETS);
  const order = new Int32Array(used);
  for (let e = 0; e < used; e++) order[fill[bucketOf(keysArr[e])]++] = e;
  for (let b = 0; b < BUCKETS; b++) {
    const from = starts[b];
    const to = starts[b + 1];
    if (to - from < 2) continue;
    const run = order.subarray(from, to);
    if (to - from > 2) run.sort((x, y) => keysArr[x] - keysArr[y] || x - y);
    for (let r = 0; r < run.length; ) {
      let q = r + 1;
      while (q < run.length && keysArr[run[q]] === keysArr[run[r]]) q++;
      if (q - r >= 2)
        compareBlock(
          Array.from(run.subarray(r, q), (o) => itemArr[o]),
          keysArr[run[r]] < 2 ** 32,
        );
      r = q;
    }
  }

  function compareBlock(list: number[], shared: boolean): void {
    if (shared) {
      // The shared block only links unattributed quotes to others: pairs of two attributed quotes
      // were compared in their speaker's block. Walk from the unattributed side, within a window.
      for (let x = 0; x < list.length; x++) {
        const i = list[x];
        if (items[i].speaker !== null) continue;
        for (let y = Math.max(0, x - WINDOW); y < Math.min(list.length, x + WINDOW + 1); y++) {
          const j = list[y];
          if (j === i || (items[j].article === items[i].article && !hasCopy[i] && !hasCopy[j]) || sets.find(i) === sets.find(j)) continue;
          if (sameItems(hashed(items[i]), hashed(items[j]))) sets.union(i, j);
        }
      }
      return;
    }
    const span = list.length > MAX_BLOCK ? WINDOW : list.length;
    for (let x = 0; x < list.length; x++) {
      for (let y = x + 1; y < list.length && y - x <= span; y++) {
        const i = list[x];
        const j = list[y];
        const a = items[i];
        const b = items[j];
        if (a.article === b.article && !hasCopy[i] && !hasCopy[j]) continue;
        if (shared && a.speaker !== null && b.speaker !== null) continue; // speaker blocks cover these
        if (a.speaker && b.speaker && a.speaker !== b.speaker) continue;
        if (sets.find(i) === sets.find(j)) continue;
        if (sameItems(hashed(a), hashed(b))) sets.union(i, j);
      }
    }
  }
  attachFragments();

  /**
   * A short fragment (`“made progress”`, `“profound”`: four words or fewer) joins a longer quote of its
   * speaker that holds it word for word (`“Both sides have made progress and …”`), in any article: the
   * reporter quoted a piece of the same utterance. Each fragment is filed under one of its word pairs
   * (its one content word when it is a single word), and every longer quote of a speaker with fragments
   * looks its own pairs and words up once: linear in the corpus's words.
   */
  function attachFragments(): void {
    const byKey = new Map<number, number[]>();
    const keyOf = (speaker: number, h: number) => speaker * 2 ** 32 + (h >>> 0);
    const anyKey = new Set<number>();
    const speakersWithFragments = new Set<string>();
    items.forEach((it, i) => {
      if (it.speaker === null || it.words > MAX_FRAGMENT || it.words === 0) return;
      const hs = it.words >= 2 ? pairsOf(it) : contentOf(it);
      if (!hs.length) return;
      // The rarest pair: the fewest longer quotes to check.
      let h = hs[0];
      for (const x of hs) if (df.get(x) < df.get(h)) h = x;
      const k = keyOf(speakerIndex.get(it.speaker)!, h);
      const list = byKey.get(k);
      if (list) list.push(i);
      else byKey.set(k, [i]);
      anyKey.add(h);
      speakersWithFragments.add(it.speaker);
    });
    if (!byKey.size) return;
    const attached = new Uint8Array(items.length);
    // A fragment's words as a phrase to find in a longer quote's (` made progress `), made once.
    const phrases = new Map<number, string>();
    const phraseOf = (f: number) => {
      let p = phrases.get(f);
      if (p === undefined) phrases.set(f, (p = ` ${words(items[f].text).join(' ')} `));
      return p;
    };
    items.forEach((it, i) => {
      if (it.speaker === null || it.words <= MAX_FRAGMENT || !speakersWithFragments.has(it.speaker)) return;
      const spk = speakerIndex.get(it.speaker)!;
      const text = ` ${words(it.text).join(' ')} `;
      for (const hs of [pairsOf(it), contentOf(it)]) {
        for (const h of hs) {
          if (!anyKey.has(h)) continue;
          for (const f of byKey.get(keyOf(spk, h)) ?? []) {
            if (attached[f] || !text.includes(phraseOf(f))) continue;
            attached[f] = 1;
            sets.union(f, i);
          }
        }
      }
    });
  }

  const out: MergedStatement[] = [];
  let n = 0;
  for (const g of sets.groups(items)) {
    const votes = new Map<string, number>();
    for (const it of g) if (it.speaker) votes.set(it.speaker, (votes.get(it.speaker) ?? 0) + 1);
    const speaker = [...votes].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0] ?? null;
    const text = g.reduce((best, it) => (it.text.length > best.length ? it.text : best), '');
    const statement: MergedStatement = {
      id: `s${++n}`,
      speaker,
      text,
      quotes: g.map((it) => ({ article: it.article, quote: it.quote, start: it.start, end: it.end })),
    };
    // Recorded in the statement, never by rewriting the article's own quote.
    if (speaker && g.some((it) => it.speaker === null)) statement.speakerPropagated = true;
    out.push(statement);
  }
  return out;
}
