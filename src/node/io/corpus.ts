// Reading articles from disk: the only place besides the writers that touches the file system.

import { closeSync, constants, createReadStream, fstatSync, openSync, readFileSync } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { createInterface } from 'node:readline';
import type { Message } from '../../core/message.js';
import { UniqueIds } from '../../util/unique-ids.js';

/** One article to analyse: a file to read, or text already in hand (a JSONL line). */
export interface ArticleJob {
  id: string;
  /** Where the article came from: its file, or `file.jsonl:LINE`. */
  source: string;
  /**
   * The name of its output file without `.json` (FileNames): the id itself unless the id is no safe file
   * name. Set by the runner for every article of a run.
   */
  file?: string;
  text?: string;
  /** The article's bytes as read elsewhere (a run that sends them over a queue): read as they are. */
  bytes?: Uint8Array;
  /** Set when the input could not even yield an article (a JSONL line that is not `{id, text}`). */
  error?: string;
  /** The warning code of that failure (default `bad-input-line`). */
  errorCode?: string;
  /** What a feed says of the article beside its id and text (`url`, `outlet`, `date`, `title`, …). */
  meta?: Record<string, unknown>;
  /** Listed as a symbolic link whose target lies in the corpus folder: followed when read. */
  link?: boolean;
  /** The file's path as bytes, for a name that is not UTF-8 (`caf\xe9.txt`, whose `source` shows U+FFFD). */
  path?: Uint8Array;
}

export interface DecodedArticle {
  text: string;
  /** Problems of the input itself: invalid UTF-8, binary data, emptiness. */
  messages: Message[];
  /** True when the bytes cannot be analysed as text at all (binary data): the article fails. */
  unusable: boolean;
}

/** A JSON Lines feed by its name, whatever its case: `feed.jsonl`, `FEED.JSONL`, `feed.ndjson`. */
export const isFeedPath = (name: string) => /\.(?:jsonl|ndjson)$/i.test(name);

/**
 * The `.txt` files of a corpus folder, sorted by name; the article id is the name without extension. A
 * symbolic link is followed only within the folder: one that leads out of it (`a.txt -> /etc/passwd`,
 * `b.txt -> ../../secret`) or nowhere becomes an article that fails with that reason, so that it is
 * reported and never read.
 */
export async function listCorpus(dir: string): Promise<ArticleJob[]> {
  // Names as bytes: a name that is not UTF-8 is read by its bytes, not by the U+FFFD it decodes to.
  const entries = await fs.readdir(dir, { withFileTypes: true, encoding: 'buffer' });
  const root = await fs.realpath(dir);
  const jobs: ArticleJob[] = [];
  for (const d of entries) {
    const raw = d.name as unknown as Buffer;
    const name = raw.toString('utf8');
    if (!(d.isFile() || d.isSymbolicLink()) || !name.endsWith('.txt') || name.startsWith('.')) continue;
    const job: ArticleJob = { id: name.replace(/\.[^.]+$/, ''), source: path.join(dir, name) };
    if (!Buffer.from(name).equals(raw)) job.path = Buffer.concat([Buffer.from(path.join(dir, path.sep)), raw]);
    if (d.isSymbolicLink()) {
      job.link = true;
      const target = await fs.realpath(job.path ? Buffer.from(job.path) : job.source).catch(() => null);
      if (target === null) Object.assign(job, { error: 'a symbolic link to nothing: not read', errorCode: 'dangling-link' });
      else if (!target.startsWith(root + path.sep))
        Object.assign(job, {
          error: `a symbolic link out of the corpus folder (to ${target}): not followed`,
          errorCode: 'link-outside-corpus',
        });
    }
    jobs.push(job);
  }
  return jobs.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/**
 * The articles of a corpus, streamed: a folder of `.txt` files, or a `.jsonl` file with one
 * `{"id": "…", "text": "…"}` object per line (read line by line, never whole). An id is kept as written
 * and made unique within the feed (`a`, `a-2`); its file name is the runner's (FileNames). A bad line
 * still yields a job, which fails with its reason, so no input line goes unreported.
 */
export async function* readCorpus(input: string): AsyncGenerator<ArticleJob> {
  if (!isFeedPath(input)) {
    for (const a of await listCorpus(input)) yield a;
    return;
  }
  yield* readJsonl(createReadStream(input, { encoding: 'utf8' }), input);
}

/**
 * The articles of a JSONL stream (a file, or stdin: `whosaid - < feed.jsonl`), one `{id, text}` object
 * a line; `name` is what each article's `source` says it came from (`feed.jsonl:12`, `-:12`).
 */
export async function* readJsonl(stream: NodeJS.ReadableStream, name: string): AsyncGenerator<ArticleJob> {
  const ids = new UniqueIds();
  const unique = (raw: string) => ids.take(raw.trim() === '' ? 'article' : raw);
  // The line's own id when it has one, else its number: `line-12`.
  const idOf = (v: { id?: unknown } | null, n: number) =>
    unique(typeof v?.id === 'string' || typeof v?.id === 'number' ? String(v.id) : `line-${n}`);
  const lines = createInterface({ input: stream, crlfDelay: Infinity });
  let n = 0;
  for await (const line of lines) {
    n++;
    if (!line.trim()) continue;
    const source = `${name}:${n}`;
    let value: unknown;
    try {
      // A feed saved with a byte-order mark: the mark is no part of its first record.
      value = JSON.parse(n === 1 && line.charCodeAt(0) === 0xfeff ? line.slice(1) : line);
    } catch {
      yield { id: idOf(null, n), source, error: `line ${n} is not JSON` };
      continue;
    }
    const v = value as { id?: unknown; text?: unknown };
    if (typeof v?.text !== 'string') {
      yield { id: idOf(v, n), source, error: `line ${n} has no "text" string` };
      continue;
    }
    const { id: _id, text, ...meta } = v as Record<string, unknown>;
    const job: ArticleJob = { id: idOf(v, n), source, text: text as string };
    if (Object.keys(meta).length) job.meta = meta;
    yield job;
  }
}

const msg = (code: string, message: string, severity: 'warning' | 'fatal' = 'warning'): Message => ({
  code,
  start: 0,
  end: 0,
  message,
  stage: 'input',
  severity,
});

/**
 * Decodes an article as the contract says: UTF-8, BOM removed, line endings untouched. Invalid UTF-8
 * is decoded with replacement characters and a warning; data with NUL bytes is binary and not analysed.
 */
export function decodeArticle(bytes: Uint8Array): DecodedArticle {
  const messages: Message[] = [];
  const wide = decodeWide(bytes);
  let text: string;
  if (wide !== null) text = wide;
  else {
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      text = new TextDecoder('utf-8').decode(bytes);
      messages.push(msg('invalid-utf8', 'the file is not valid UTF-8: invalid bytes were replaced with U+FFFD'));
    }
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const sample = text.slice(0, 65536);
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c === 0 || (c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12)) control++;
  }
  let nuls = 0;
  for (let i = sample.indexOf('\u0000'); i >= 0; i = sample.indexOf('\u0000', i + 1)) nuls++;
  if (nuls > Math.max(8, sample.length * 0.01) || control > sample.length * 0.1) {
    messages.push(msg('binary-input', 'the file holds binary data, not text: not analysed', 'fatal'));
    return { text, messages, unusable: true };
  }
  if (text.includes('\u0000')) {
    // A stray NUL in a text (a bad copy, a database export) costs the article nothing: each becomes
    // U+FFFD, one code unit for one, so every offset still counts in the text as decoded.
    text = text.replaceAll('\u0000', '\ufffd');
    messages.push(msg('nul-bytes', 'the file holds NUL bytes: each was replaced with U+FFFD'));
  }
  if (text.trim() === '') messages.push(msg('empty-input', 'the file is empty or holds only white space'));
  return { text, messages, unusable: false };
}

/**
 * A file saved as UTF-16 or UTF-32 with its byte-order mark (as some Windows editors save text), decoded;
 * null for anything else, read as UTF-8. Without a mark the encoding cannot be told from the bytes.
 */
function decodeWide(bytes: Uint8Array): string | null {
  const [a, b, c, d] = bytes;
  if (a === 0xff && b === 0xfe && c === 0 && d === 0) return utf32(bytes, true);
  if (a === 0 && b === 0 && c === 0xfe && d === 0xff) return utf32(bytes, false);
  if (a === 0xff && b === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (a === 0xfe && b === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  return null;
}

/** UTF-32, which TextDecoder does not read: a code point every four bytes, U+FFFD for one out of range. */
function utf32(bytes: Uint8Array, littleEndian: boolean): string {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const parts: string[] = [];
  for (let i = 0; i + 4 <= bytes.length; i += 4) {
    const cp = view.getUint32(i, littleEndian);
    parts.push(cp <= 0x10ffff && (cp < 0xd800 || cp > 0xdfff) ? String.fromCodePoint(cp) : '\ufffd');
  }
  return parts.join('');
}

/** A date line: `Tuesday, July 23, 2024`, `July 23, 2024`, `23 July 2024`, `2024-07-23`. */
const DATE_LINE =
  /^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s*)?(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?\s*|\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?\s*)?\d{4}$|^\d{4}-\d{2}-\d{2}$/i;
/** A labelled head line: `Outlet: The Harbour Times`, `Date: 2024-07-23`, `URL: https://…`. */
const LABEL = /^(title|headline|outlet|source|publication|date|published|url|link|byline|author)\s*:\s*(\S.*)$/i;
const FIELD: Record<string, string> = {
  title: 'title',
  headline: 'title',
  outlet: 'outlet',
  source: 'outlet',
  publication: 'outlet',
  date: 'date',
  published: 'date',
  url: 'url',
  link: 'url',
  byline: 'byline',
  author: 'byline',
};

/** `Tuesday, July 23, 2024` → `2024-07-23`; the line as written when it cannot be read as a day. */
function isoDay(line: string): string {
  const t = Date.parse(`${line.replace(/^[a-z]+day,?\s*/i, '')} 12:00 UTC`);
  return Number.isNaN(t) ? line : new Date(t).toISOString().slice(0, 10);
}

/**
 * What a plain-text article's first lines say of it: labelled lines (`Outlet: …`, `Date: …`, `URL: …`), a
 * date line, a byline (`by Ann Roe`), and its title — the first short line not ended like a sentence, with
 * more text after it (`Rain expected through Sunday` ¶ `Forecasters said …`; `Is the bridge safe?` too).
 */
export function headOf(text: string): Record<string, string> {
  const meta: Record<string, string> = {};
  const lines = text.split(/\r\n?|\n/).slice(0, 12);
  let seen = 0;
  for (let k = 0; k < lines.length && seen < 6; k++) {
    const line = lines[k].trim();
    if (!line) continue;
    seen++;
    const label = LABEL.exec(line);
    const rest = lines
      .slice(k + 1)
      .join('\n')
      .trim();
    if (label) meta[FIELD[label[1].toLowerCase()]] ??= FIELD[label[1].toLowerCase()] === 'date' ? isoDay(label[2]) : label[2];
    else if (DATE_LINE.test(line)) meta.date ??= isoDay(line);
    else if (/^by\s+\S/i.test(line) && line.length < 80) meta.byline ??= line.replace(/^by\s+/i, '');
    else if (!meta.title && line.length <= 200 && !/[.;:,]$/.test(line) && rest) meta.title = line;
    else if (line.length > 200 || /[.;:]$/.test(line)) break; // the body has begun
  }
  return meta;
}

/**
 * A listed file's bytes, asked of the file opened, not of its name: a file swapped for a link, a FIFO or
 * a device after the listing is found out (a file listed as a file is opened without following a link,
 * and without blocking, so a FIFO cannot hang the read).
 */
function readListedFile(job: ArticleJob, maxBytes: number): { bytes: Uint8Array } | { error: string; code: string } {
  let fd: number;
  try {
    fd = openSync(
      job.path ? Buffer.from(job.path) : job.source,
      constants.O_RDONLY | constants.O_NONBLOCK | (job.link ? 0 : constants.O_NOFOLLOW),
    );
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ELOOP')
      return { error: 'became a symbolic link after the corpus was listed: not followed', code: 'link-outside-corpus' };
    return { error: `cannot read the file: ${(error as Error).message}`, code: 'unreadable' };
  }
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) return { error: 'not a regular file (a FIFO, a device or a folder): not read', code: 'not-a-file' };
    if (st.size > maxBytes) return { error: `${st.size} bytes, over the limit of ${maxBytes} (--max-bytes): not read`, code: 'too-large' };
    // Read synchronously: this runs in a worker thread, or in a run without workers where nothing else
    // waits, and a read costs less than awaiting it.
    return { bytes: readFileSync(fd) };
  } catch (error) {
    return { error: `cannot read the file: ${(error as Error).message}`, code: 'unreadable' };
  } finally {
    closeSync(fd);
  }
}

/**
 * An article's bytes: its JSONL text, or its file read within `maxBytes`. Asked before reading: a FIFO
 * would block the read for ever, `/dev/zero` would fill the memory. A failure is its reason and code.
 */
export function readArticleBytes(job: ArticleJob, maxBytes: number): { bytes: Uint8Array } | { error: string; code: string } {
  let bytes: Uint8Array;
  if (job.bytes !== undefined) bytes = job.bytes;
  else if (job.text !== undefined) bytes = Buffer.from(job.text, 'utf8');
  else {
    const read = readListedFile(job, maxBytes);
    if ('error' in read) return read;
    bytes = read.bytes;
  }
  if (bytes.length > maxBytes)
    return { error: `${bytes.length} bytes, over the limit of ${maxBytes} (--max-bytes): not analysed`, code: 'too-large' };
  return { bytes };
}
