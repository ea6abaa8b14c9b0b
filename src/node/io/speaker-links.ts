// The corpus-wide speaker id in each article's file. A quote's speaker is written with a slot,
// `"corpusId": null` and spaces up to a fixed width, and the slot's place in the file's bytes is kept;
// once the corpus is merged, each slot is overwritten in place with the id (`"corpusId":
// "ann-roe"`, padded with spaces) — the stretch of the file from the first slot to the last read and
// written back once, not every file read and written again (that second pass cost a tenth of a corpus
// run), nor one write per quote (a quote-dense article has dozens). Whitespace before a newline is JSON's own, so
// the file is valid JSON before, during and after.
import { close, open, read, readFileSync, write } from 'node:fs';
import { promisify } from 'node:util';
import { replaceFile } from './output.js';

const KEY = '"corpusId": ';
const EMPTY = `${KEY}null`;
/** Bytes of a slot: room for ids of up to 60 characters; a longer id rewrites its file. */
export const SLOT = 76;
const PADDED = EMPTY + ' '.repeat(SLOT - EMPTY.length);
const KEY_BYTES = Buffer.from(KEY);
/** The key that follows `quotes` in a record (written with one space of indent): the slots lie before it. */
const AFTER_QUOTES = Buffer.from('\n "entities": ');

/** A record's JSON with every empty slot padded to its width (the speaker's last key, so before a newline). */
export function padSlots(json: string): string {
  return json.replaceAll(EMPTY, PADDED);
}

/**
 * The slots of a file's bytes, in order (one per quote with a speaker): each as its offset and its width,
 * up to the end of its line. `[]` when it has none. Only in the quotes: a feed's field or a user's layer
 * named `corpusId` (`meta.corpusId`, written after them) is no slot.
 */
export function findSlots(bytes: Uint8Array): number[] {
  const buf = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const out: number[] = [];
  const end = buf.indexOf(AFTER_QUOTES);
  for (let at = buf.indexOf(KEY_BYTES); at >= 0 && (end < 0 || at < end); at = buf.indexOf(KEY_BYTES, at + KEY_BYTES.length)) {
    const eol = buf.indexOf(10, at);
    out.push(at, (eol < 0 ? buf.length : eol) - at);
  }
  return out;
}

/**
 * Fills a file's slots with the ids of their quotes' speakers (`ids[k]` for the k-th slot; null leaves
 * it). An id too long for its slot rewrites the whole file instead, through a temporary name.
 */
export async function fillSlots(file: string, slots: number[], ids: Array<string | null>): Promise<void> {
  const texts = ids.map((id) => (id === null ? null : `${KEY}${JSON.stringify(id)}`));
  if (texts.some((t, k) => t !== null && Buffer.byteLength(t) > slots[2 * k + 1])) return rewrite(file, ids);
  const filled = texts.flatMap((t, k) => (t === null ? [] : [k]));
  if (!filled.length) return;
  const from = slots[2 * filled[0]];
  const last = filled[filled.length - 1];
  const to = slots[2 * last] + slots[2 * last + 1];
  // Through libuv's pool (the callback API: fs/promises adds a FileHandle per file): at the end of a
  // run, the files' reads and writes go on while this thread writes quotes.csv and merged.json.
  const fd = await openAsync(file, 'r+');
  try {
    const buf = Buffer.alloc(to - from);
    if ((await readAsync(fd, buf, 0, buf.length, from)).bytesRead !== buf.length) throw new Error(`${file}: shorter than its slots`);
    for (const k of filled) {
      const t = texts[k] as string;
      const at = slots[2 * k] - from;
      const n = buf.write(t, at, 'utf8');
      buf.fill(32, at + n, at + slots[2 * k + 1]);
    }
    await writeAsync(fd, buf, 0, buf.length, from);
  } finally {
    await closeAsync(fd);
  }
}

const openAsync = promisify(open);
const readAsync = promisify(read);
const writeAsync = promisify(write);
const closeAsync = promisify(close);

async function rewrite(file: string, ids: Array<string | null>): Promise<void> {
  const record = JSON.parse(readFileSync(file, 'utf8')) as { quotes: Array<{ speaker: { corpusId?: string | null } | null }> };
  let k = 0;
  for (const q of record.quotes) {
    if (!q.speaker) continue;
    const id = ids[k++];
    if (id !== null && id !== undefined) q.speaker.corpusId = id;
  }
  await replaceFile(file, padSlots(JSON.stringify(record, null, 1)), true);
}
