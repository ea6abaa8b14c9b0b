// output/quotes.csv: one row per quote of the corpus, RFC 4180, for a spreadsheet. Each article's rows
// are made where the article is analysed and appended to a temporary file as it comes back; once the
// corpus is merged, that file is read again row by row and each row given its speaker's canonical name
// and corpus-wide id. Nothing of the corpus is held in memory for it.
import { createReadStream, createWriteStream, renameSync, rmSync, type WriteStream } from 'node:fs';
import path from 'node:path';
import { stringify } from 'csv-stringify/sync';
import type { ArticleRecord } from '../../core/record.js';
import type { MergedSpeaker, SpeakerIds } from '../../merge/speakers.js';

/**
 * The columns of quotes.csv, in order: the article and quote ids, direct or partial, the speaker as the
 * corpus names them (merged.json's name and id) and as the article wrote them (`she`, `Mr. Roe`), the cue,
 * the words, their offsets, the confidence, and what the input said of the article.
 */
export const CSV_COLUMNS = [
  'article_id',
  'quote_id',
  'type',
  'speaker',
  'speaker_as_written',
  'speaker_id',
  'speaker_gender',
  'cue',
  'quote_text',
  'start',
  'end',
  'confidence',
  'url',
  'outlet',
  'date',
  'title',
] as const;
const META = ['url', 'outlet', 'date', 'title'] as const;

/**
 * Where a row's speaker goes once the corpus is merged: a mark no text holds (control characters the
 * analysis never writes into a cell), naming the article and its entity, which the last pass replaces.
 */
const MARK = '\u0001';
const SEP = '\u0002';
// The article and entity inside a mark are URI-encoded and every cell is cleaned of the two mark
// characters (safeCell), so that no input, an id or a text with `\u0001` in it, can open or close one.
const mark = (article: string, entity: string, column: 'name' | 'id' | 'gender') =>
  `${MARK}${column}${SEP}${encodeURIComponent(article)}${SEP}${encodeURIComponent(entity)}${MARK}`;
const MARKED = new RegExp(`${MARK}(name|id|gender)${SEP}([^${SEP}${MARK}]*)${SEP}([^${MARK}]*)${MARK}`, 'g');

/**
 * A text cell as a spreadsheet may open it safely: the mark characters replaced (U+FFFD), and a cell
 * that a spreadsheet would run as a formula (`=HYPERLINK(…)`, `+1`, `-2`, `@SUM`, a leading tab or
 * CR) prefixed with an apostrophe, as OWASP recommends against CSV injection: `=1+1` → `'=1+1`.
 */
export function safeCell(value: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the mark characters are what this replaces
  const clean = value.replace(/[\u0001\u0002]/g, '\uFFFD');
  return /^[=+\-@\t\r]/.test(clean) ? `'${clean}` : clean;
}

/** An article's rows, its speakers' canonical name and id marked for quotesCsv to fill after the merge. */
export function csvRows(record: ArticleRecord): string {
  if (!record.quotes.length) return '';
  const meta = record.meta ?? {};
  const cell = (v: unknown) => (typeof v === 'string' ? safeCell(v) : typeof v === 'number' ? String(v) : '');
  const id = record.article.id;
  return stringify(
    record.quotes.map((q) => [
      cell(id),
      cell(q.id),
      q.type ?? 'direct',
      q.speaker ? mark(id, q.speaker.entity, 'name') : '',
      cell(q.speaker?.mention?.text ?? q.speaker?.name ?? ''),
      q.speaker ? mark(id, q.speaker.entity, 'id') : '',
      q.speaker ? mark(id, q.speaker.entity, 'gender') : '',
      cell(q.cue?.text ?? ''),
      cell(q.text),
      q.start,
      q.end,
      q.confidence,
      ...META.map((k) => cell(meta[k])),
    ]),
    CSV,
  );
}

/** RFC 4180's CRLF line ends, as spreadsheets write them. */
const CSV = { record_delimiter: 'windows' } as const;
/**
 * A byte-order mark before the header: Excel on Windows opens a CSV without one as the local code page
 * and garbles curly quotes and accents; with it, as UTF-8. Other readers skip it (csv-parse: `bom: true`).
 */
const BOM = '\uFEFF';

/** Ends a file stream, once its data is on disk. */
const ended = (stream: WriteStream) =>
  new Promise<void>((resolve, reject) => stream.end((e?: Error | null) => (e ? reject(e) : resolve())));

/** Collects the rows of a run in a temporary file beside the output, in the order articles come back. */
export class CsvRows {
  private readonly out: WriteStream;
  readonly tmp: string;

  constructor(private readonly file: string) {
    // Named as every temporary of the output folder (`.<name>.<pid>.<n>.tmp`): a killed run's are removed.
    this.tmp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.0.tmp`);
    this.out = createWriteStream(this.tmp);
  }

  add(rows: string | undefined): void {
    if (rows) this.out.write(rows);
  }

  /**
   * Writes quotes.csv: the header, then every row with its marks replaced by the speaker's canonical name
   * and id (each written as a CSV cell by the library: `"Smith, Jr."`). The rows are streamed through,
   * a mark cut by a chunk's end carried to the next.
   */
  async finish(idOf: SpeakerIds, speakers: Map<string, Pick<MergedSpeaker, 'name' | 'gender'>>): Promise<void> {
    await ended(this.out);
    const part = path.join(path.dirname(this.file), `.${path.basename(this.file)}.${process.pid}.1.tmp`);
    const cells = new Map<string, string>();
    const cellOf = (value: string) => {
      let c = cells.get(value);
      if (c === undefined) cells.set(value, (c = stringify([[safeCell(value)]], CSV).replace(/\r?\n$/, '')));
      return c;
    };
    const fill = (text: string) =>
      text.replace(MARKED, (_m, column: string, article: string, entity: string) => {
        const id = idOf.get(decodeURIComponent(article))?.get(decodeURIComponent(entity));
        if (id === undefined) return '';
        return cellOf(column === 'id' ? id : column === 'gender' ? (speakers.get(id)?.gender ?? '') : (speakers.get(id)?.name ?? ''));
      });
    const sink = createWriteStream(part);
    const write = (text: string) => (sink.write(text) ? Promise.resolve() : new Promise<void>((r) => sink.once('drain', () => r())));
    await write(BOM + stringify([[...CSV_COLUMNS]], CSV));
    let carry = '';
    for await (const chunk of createReadStream(this.tmp, { encoding: 'utf8' })) {
      const text = carry + (chunk as string);
      // An odd number of marks: the last one opens a mark the next chunk closes.
      let open = 0;
      for (let i = text.indexOf(MARK); i >= 0; i = text.indexOf(MARK, i + 1)) open++;
      const cut = open % 2 ? text.lastIndexOf(MARK) : text.length;
      await write(fill(text.slice(0, cut)));
      carry = text.slice(cut);
    }
    await write(fill(carry));
    await ended(sink);
    renameSync(part, this.file);
    rmSync(this.tmp, { force: true });
  }

  /** Leaves nothing behind when the run stops early. */
  discard(): void {
    this.out.destroy();
    rmSync(this.tmp, { force: true });
  }
}
