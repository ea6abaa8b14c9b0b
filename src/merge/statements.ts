// Statements across articles: one statement per utterance however many articles report it and however
// they word it. Never all against all: each quote is blocked by its speaker and its rarest word pairs,
// and only quotes sharing such a block are compared.

import { type Hashed, hash, QuoteHashes, sameItems, words } from './hashing.js';
import type { MergeRecord } from './input.js';
import { UnionFind } from './union-find.js';

export interface MergedStatement {
  id: string;
  speaker: string | null;
  text: string;
  /** Each quote, with the speaker its own article gives it (merged.json's id; null for none): what quotes.csv and the report show. */
  quotes: Array<{ article: string; quote: string; start: number; end: number; speaker: string | null }>;
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
  const m = new StatementMerger(collectItems(records, speakerOf, hashes), hashes);
  m.joinCopies();
  m.joinWithinArticles();
  m.compareBlocks();
  m.attachFragments();
  return m.statements();
}

/** Every quote of the records as an item; its hashes live in one packed array, items hold offsets. */
function collectItems(records: MergeRecord[], speakerOf: (article: string, entity: string) => string | null, hashes: QuoteHashes): Item[] {
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
  return items;
}

/** The quotes joined into utterances: copies, one cue's quotes, blocks compared, fragments attached. */
class StatementMerger {
  private readonly sets: UnionFind;
  /**
   * The same words from the same speaker in another article (a wire story run by many outlets, or a
   * statement every outlet quotes whole) are one utterance outright, and only the first copy goes
   * through blocking: a quote copied into 300 articles costs 300 steps, not 300² comparisons.
   */
  private readonly copyOf: Int32Array;
  /** A first copy with copies elsewhere stands for them: against a quote of its own article it is compared all the same. */
  private readonly hasCopy: Uint8Array;
  /** Counted as the quotes were hashed; copies count in how common a pair is, as any report does. */
  private readonly df: QuoteHashes['pairCounts'];
  /** Each speaker's number in blocking keys (1: no speaker). */
  private readonly speakerIndex = new Map<string | null, number>([[null, 1]]);

  constructor(
    private readonly items: Item[],
    private readonly hashes: QuoteHashes,
  ) {
    this.sets = new UnionFind(items.length);
    this.copyOf = new Int32Array(items.length).fill(-1);
    this.hasCopy = new Uint8Array(items.length);
    this.df = hashes.pairCounts;
  }

  private pairsOf(it: Item) {
    return this.hashes.data.subarray(it.pairs, it.content);
  }

  private contentOf(it: Item) {
    return this.hashes.data.subarray(it.content, it.contentEnd);
  }

  private hashed(it: Item): Hashed {
    return { pairs: this.pairsOf(it), content: this.contentOf(it), words: it.words };
  }

  joinCopies(): void {
    const { items, sets, copyOf, hasCopy } = this;
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

  /** Inside an article: a continued quote and the quotes of one cue are one utterance. */
  joinWithinArticles(): void {
    const { items, sets } = this;
    for (let i = 1; i < items.length; i++) {
      const a = items[i - 1];
      const b = items[i];
      if (a.article !== b.article || a.speaker !== b.speaker) continue;
      if (b.continues || (b.cue !== null && b.cue === a.cue)) sets.union(i - 1, i);
    }
  }

  /**
   * Across articles: each quote's rarest word pairs as keys within its speaker; quotes without a speaker
   * also go in a shared block, so that one article's attribution can reach another article's
   * unattributed report of the same words. Keys are numbers: speaker index × 2^32 + the pair's hash
   * (index 0: the shared block), in two flat arrays: no map of millions of small lists.
   */
  compareBlocks(): void {
    const { items, copyOf, df, speakerIndex } = this;
    const cap = items.length * (KEYS_PER_QUOTE * 2 + 1);
    const keysArr = new Float64Array(cap);
    const itemArr = new Int32Array(cap);
    let used = 0;
    items.forEach((it, i) => {
      if (copyOf[i] >= 0) return;
      const keys = [...this.pairsOf(it)]
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
    this.sortedBlocks(keysArr, itemArr, used);
  }

  /** Equal keys side by side, each run of them a block to compare. */
  private sortedBlocks(keysArr: Float64Array, itemArr: Int32Array, used: number): void {
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
          this.compareBlock(
            Array.from(run.subarray(r, q), (o) => itemArr[o]),
            keysArr[run[r]] < 2 ** 32,
          );
        r = q;
      }
    }
  }

  private compareBlock(list: number[], shared: boolean): void {
    const { items, sets, hasCopy } = this;
    if (shared) {
      // The shared block only links unattributed quotes to others: pairs of two attributed quotes
      // were compared in their speaker's block. Walk from the unattributed side, within a window.
      for (let x = 0; x < list.length; x++) {
        const i = list[x];
        if (items[i].speaker !== null) continue;
        for (let y = Math.max(0, x - WINDOW); y < Math.min(list.length, x + WINDOW + 1); y++) {
          const j = list[y];
          if (j === i || (items[j].article === items[i].article && !hasCopy[i] && !hasCopy[j]) || sets.find(i) === sets.find(j)) continue;
          if (sameItems(this.hashed(items[i]), this.hashed(items[j]))) sets.union(i, j);
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
        if (sameItems(this.hashed(a), this.hashed(b))) sets.union(i, j);
      }
    }
  }

  /**
   * A short fragment (`“made progress”`, `“profound”`: four words or fewer) joins a longer quote of its
   * speaker that holds it word for word (`“Both sides have made progress and …”`), in any article: the
   * reporter quoted a piece of the same utterance. Each fragment is filed under one of its word pairs
   * (its one content word when it is a single word), and every longer quote of a speaker with fragments
   * looks its own pairs and words up once: linear in the corpus's words.
   */
  attachFragments(): void {
    const { items, sets, df, speakerIndex, copyOf } = this;
    const byKey = new Map<number, number[]>();
    const keyOf = (speaker: number, h: number) => speaker * 2 ** 32 + (h >>> 0);
    const anyKey = new Set<number>();
    const speakersWithFragments = new Set<string>();
    // (a copy of a quote in another article is in its original's set already: the original alone is read)
    items.forEach((it, i) => {
      if (it.speaker === null || it.words > MAX_FRAGMENT || it.words === 0 || copyOf[i] >= 0) return;
      const hs = it.words >= 2 ? this.pairsOf(it) : this.contentOf(it);
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
      if (it.speaker === null || it.words <= MAX_FRAGMENT || !speakersWithFragments.has(it.speaker) || copyOf[i] >= 0) return;
      const spk = speakerIndex.get(it.speaker)!;
      const text = ` ${words(it.text).join(' ')} `;
      for (const hs of [this.pairsOf(it), this.contentOf(it)]) {
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

  /** One statement per set of joined quotes: the speaker most of them name, the longest text. */
  statements(): MergedStatement[] {
    const { items, sets } = this;
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
        quotes: g.map((it) => ({ article: it.article, quote: it.quote, start: it.start, end: it.end, speaker: it.speaker })),
      };
      // Recorded in the statement, never by rewriting the article's own quote.
      if (speaker && g.some((it) => it.speaker === null)) statement.speakerPropagated = true;
      out.push(statement);
    }
    return out;
  }
}
