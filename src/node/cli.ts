#!/usr/bin/env node
// whosaid command line: arguments → io → pipeline → merge → output. Exit 0 when every article was
// processed, 1 when any failed (each failure reported, every other article still written) or, with
// --fail-on-warning, when any warning was raised; 2 for unusable arguments.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs as parseArgv } from 'node:util';
import { printable } from '../core/message.js';
import type { Pipeline } from '../core/pipeline.js';
import { explain } from '../explain.js';
import { MAX_TIMEOUT_MS, RunAborted } from './article-job.js';
import { type ArticleJob, isFeedPath, listCorpus, readJsonl } from './io/corpus.js';
import { lockOutput } from './io/lock.js';
import { loadPipeline } from './pipeline-module.js';
import { connectionOf } from './queue/address.js';
import { readReportRecords, writeReport } from './report/write.js';
import { DEFAULT_PIPELINE, runCorpus } from './runner.js';

const HELP = `whosaid: who said what in news articles — every quote, its speaker and where it is

usage: whosaid [CORPUS] [options]
       whosaid worker --queue redis://HOST:PORT [--workers N]   (see whosaid worker --help)
       (in a clone of the repository: npm run pipeline -- [CORPUS] [options])

  CORPUS           a folder of .txt articles, one per file; one .txt article; a
                   .jsonl (or .ndjson) feed of {"id": "...", "text": "..."} lines;
                   or - to read such lines from stdin (default: corpus)
  --out DIR        where to write articles/<id>.json, merged.json, quotes.csv and
                   report.html (default: output)
  --workers N      worker threads (default: one per core, or none for a folder of
                   fewer than 100 articles; 0 runs in the main thread)
  --force          redo every article, even those whose output is up to date
  --format F       json (default): files only; jsonl: also print each article
                   record as one line on stdout, for other tools
  --pipeline FILE  the pipeline to run: a module whose default export is a
                   pipeline, or a .json config of stages and options
                   (default: the built-in pipeline)
  --explain        print what each stage of the pipeline reads and writes
  --timeout S      the longest one article may take, in seconds (default 30,
                   and 10 more per MB of text, at most 300);
                   past it the article fails and the run goes on
  --max-bytes N    the largest article read, in bytes (default 67108864, 64 MB);
                   a larger one fails unread
  --queue URL      redis://HOST:PORT: send the articles to "whosaid worker"
                   processes on any machine (BullMQ) instead of local threads
  --fail-on-warning  exit with status 1 when any article has a warning
  --quiet          print only the summary line
  --help           this text

examples:
  whosaid ~/news --out ~/results             # then open ~/results/report.html
  whosaid article.txt --out /tmp/one         # one article
  whosaid feed.jsonl --format jsonl | jq -c '.quotes[]'
  whosaid ~/news --force --workers 4         # redo everything on 4 threads

Warnings are printed as article:line:col: message (stage:rule). A progress line
is shown when stderr is a terminal.

exit status: 0 all articles processed, 1 some article failed (or, with --fail-on-warning,
had a warning), 2 bad arguments, or the --queue's Redis unreachable or lost.`;

interface Args {
  corpus: string;
  out: string;
  /** Null when not given: chosen from the corpus size. */
  workers: number | null;
  force: boolean;
  quiet: boolean;
  failOnWarning: boolean;
  format: 'json' | 'jsonl';
  pipeline?: string;
  timeoutMs?: number;
  maxBytes?: number;
  queue?: string;
}

const OPTIONS = {
  queue: { type: 'string' },
  out: { type: 'string' },
  workers: { type: 'string' },
  format: { type: 'string' },
  pipeline: { type: 'string' },
  timeout: { type: 'string' },
  'max-bytes': { type: 'string' },
  force: { type: 'boolean' },
  quiet: { type: 'boolean' },
  'fail-on-warning': { type: 'boolean' },
  explain: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;
const readArgv = (argv: string[]) => parseArgv({ args: argv, allowPositionals: true, strict: true, options: OPTIONS });

/** Reads the arguments with Node's own parser (node:util parseArgs), then checks each value. */
function parseArgs(argv: string[]): Args | { error: string } | 'help' | { explain: string } {
  let parsed: ReturnType<typeof readArgv>;
  try {
    parsed = readArgv(argv);
  } catch (error) {
    // `Unknown option '--x'`, `Option '--out <value>' argument missing`: the parser's own first sentence.
    return {
      error: String((error as Error).message)
        .split(/\.\s|\n/)[0]
        .replace(/^Unknown option/, 'unknown option')
        // `--timeout -1`: the parser reads `-1` as an option; `--timeout=-1` is how to give it.
        .replace(/^Option '(--[\w-]+)' argument is ambiguous$/, '$1 needs a value (write $1=VALUE for one that starts with a dash)'),
    };
  }
  const { values: v, positionals } = parsed;
  if (v.help) return 'help';
  if (positionals.length > 1) return { error: `unexpected argument ${positionals[1]}` };
  const args: Args = {
    corpus: positionals[0] ?? 'corpus',
    out: v.out ?? 'output',
    workers: null,
    force: !!v.force,
    quiet: !!v.quiet,
    failOnWarning: !!v['fail-on-warning'],
    format: 'json',
  };
  if (v.out === '') return { error: '--out needs a folder' };
  if (v.workers !== undefined) {
    const n = Number(v.workers);
    if (!Number.isInteger(n) || n < 0 || v.workers.trim() === '')
      return { error: '--workers needs a whole number (0 runs in the main thread)' };
    args.workers = n;
  }
  if (v.format !== undefined) {
    if (v.format !== 'json' && v.format !== 'jsonl') return { error: '--format is json or jsonl' };
    args.format = v.format;
  }
  if (v.pipeline !== undefined) {
    if (!fs.existsSync(v.pipeline)) return { error: `--pipeline needs a module or a .json config: no file at ${v.pipeline}` };
    args.pipeline = pathToFileURL(path.resolve(v.pipeline)).href;
  }
  if (v.explain) return { explain: args.pipeline ?? DEFAULT_PIPELINE };
  if (v.timeout !== undefined) {
    const n = Number(v.timeout);
    if (!(n >= 0.001 && n <= MAX_TIMEOUT_MS / 1000))
      return { error: `--timeout needs a number of seconds from 0.001 to ${MAX_TIMEOUT_MS / 1000} (a day)` };
    args.timeoutMs = n * 1000;
  }
  if (v.queue !== undefined) {
    const connection = connectionOf(v.queue);
    if ('error' in connection) return { error: connection.error };
    args.queue = v.queue;
  }
  if (v['max-bytes'] !== undefined) {
    const n = Number(v['max-bytes']);
    if (!Number.isInteger(n) || n < 1) return { error: '--max-bytes needs a whole number of bytes' };
    args.maxBytes = n;
  }
  return args;
}

const SMALL_CORPUS = 100;

/** `1 article`, `2 articles`. */
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** `1:05` for 65 seconds. */
const clock = (s: number) => `${Math.floor(s / 60)}:${String(Math.round(s % 60)).padStart(2, '0')}`;

/**
 * stdout as a reader may close it: `whosaid feed.jsonl --format jsonl | head` closes the pipe after a few
 * lines, and the run goes on writing its folder (every article, merged.json, the report) without it.
 */
let stdoutOpen = true;
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  stdoutOpen = false;
  if (error.code !== 'EPIPE') process.stderr.write(`whosaid: stdout: ${error.message}; going on without it\n`);
});
const toStdout = (text: string) => {
  if (stdoutOpen) process.stdout.write(text);
};

async function main(): Promise<number> {
  if (process.argv[2] === 'worker') {
    // BullMQ's connections, once Redis is gone, retry on timers of their own: a worker that has said why it
    // stops exits, rather than wait for them.
    process.exit(await (await import('./queue/worker.js')).workerMain(process.argv.slice(3)));
  }
  const parsed = parseArgs(process.argv.slice(2));
  if (parsed === 'help') {
    console.log(HELP);
    return 0;
  }
  if ('explain' in parsed) {
    const pipeline = await loadOrSay(parsed.explain);
    if (!pipeline) return 2;
    console.log(explain(pipeline));
    return 0;
  }
  if ('error' in parsed) {
    // One line and where to look, not the whole help under it.
    console.error(printable(`whosaid: ${parsed.error} (whosaid --help shows every option)`));
    return 2;
  }
  // A pipeline that cannot run is refused before anything is written: not one failed record an article.
  if (parsed.pipeline && !(await loadOrSay(parsed.pipeline))) return 2;
  const corpus = await corpusOf(parsed.corpus);
  const outStat = fs.statSync(parsed.out, { throwIfNoEntry: false });
  if (!('error' in corpus) && outStat && !outStat.isDirectory())
    Object.assign(corpus, { error: `--out ${parsed.out} is a file: give a folder to write into` });
  if ('error' in corpus) {
    console.error(printable(`whosaid: ${corpus.error}`));
    return 2;
  }
  const { listed, isJsonl } = corpus;
  // Progress only for a person watching: a terminal, not a pipe or a CI log.
  const tty = process.stderr.isTTY && !parsed.quiet;
  const count = listed?.length ?? 0;
  const total = tty ? count : 0;
  // Starting workers and loading the model in each costs more than a small folder saves (100 articles:
  // 0.5 s in the main thread, 0.65 s on two workers; corpus/ has 5). A feed's size is unknown. A
  // pipeline of the user's own runs in a worker however small the folder: a stage that exhausts the heap
  // or crashes then fails its article, not the run (--workers 0 still runs it here when asked).
  const cores = Math.max(1, os.availableParallelism?.() ?? os.cpus().length);
  const small = !isJsonl && count < SMALL_CORPUS;
  const workers = parsed.workers ?? (small ? (parsed.pipeline ? 1 : 0) : cores);
  const started = Date.now();
  let done = 0;
  let lastDraw = 0;
  const progress = () => {
    const now = Date.now();
    if (now - lastDraw < 100 && done !== total) return;
    lastDraw = now;
    const rate = done / Math.max(0.001, (now - started) / 1000);
    const left = total ? ` · ${clock((total - done) / Math.max(rate, 0.001))} left` : '';
    process.stderr.write(`\r\x1b[2K${done}${total ? `/${total}` : ''} articles · ${rate.toFixed(0)}/s${left}`);
  };
  const clearProgress = () => tty && process.stderr.write('\r\x1b[2K');
  // Held until the report is written: a second run on this --out refuses instead of interleaving.
  let unlock: () => void;
  try {
    fs.mkdirSync(parsed.out, { recursive: true });
    unlock = await lockOutput(parsed.out);
  } catch (error) {
    console.error(printable(`whosaid: ${(error as Error).message}`));
    return 2;
  }
  try {
    return await runAndReport(parsed, { listed, workers, tty, clearProgress, progress, done: () => done++ });
  } catch (error) {
    // Redis unreachable or lost under a queued run: one line, status 2; the articles written so far stay.
    if (!(error instanceof RunAborted)) throw error;
    clearProgress();
    console.error(printable(`whosaid: ${error.message}`));
    return 2;
  } finally {
    unlock();
  }
}

const KINDS = 'a folder of .txt articles, a .jsonl feed, or one .txt article';

/**
 * What the corpus argument names, a folder listed once here (its size chooses the workers and feeds the
 * progress line), or why it names no corpus: one line each.
 */
async function corpusOf(corpus: string): Promise<{ listed: ArticleJob[] | null; isJsonl: boolean } | { error: string }> {
  if (corpus === '-') return { listed: null, isJsonl: true };
  const stat = fs.statSync(corpus, { throwIfNoEntry: false });
  if (!stat) return { error: `no corpus at ${corpus} (${KINDS})` };
  if (isFeedPath(corpus)) {
    if (!stat.isFile()) return { error: `${corpus} is not a file: a feed is a .jsonl file of one {"id", "text"} object a line` };
    if (stat.size === 0) return { error: `the feed ${corpus} is empty: a feed holds one {"id", "text"} object a line` };
    try {
      fs.accessSync(corpus, fs.constants.R_OK);
    } catch (error) {
      return { error: `cannot read the feed ${corpus}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}` };
    }
    return { listed: null, isJsonl: true };
  }
  if (stat.isFile()) {
    // One article: a corpus of one.
    if (/\.txt$/i.test(corpus))
      return { listed: [{ id: path.basename(corpus).replace(/\.txt$/i, ''), source: corpus, link: true }], isJsonl: false };
    return { error: `${corpus} is a file, not a corpus: give ${KINDS}` };
  }
  let listed: ArticleJob[];
  try {
    listed = await listCorpus(corpus);
  } catch (error) {
    return { error: `cannot read the corpus folder ${corpus}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}` };
  }
  if (!listed.length) return { error: `no .txt articles in ${corpus} (a corpus is ${KINDS})` };
  return { listed, isJsonl: false };
}

/** The pipeline at `url`, or null once the reason it cannot run is printed. */
async function loadOrSay(url: string): Promise<Pipeline | null> {
  try {
    return await loadPipeline(url);
  } catch (error) {
    console.error(printable(`whosaid: ${(error as Error).message}`));
    return null;
  }
}

async function runAndReport(
  parsed: Args,
  {
    listed,
    workers,
    tty,
    clearProgress,
    progress,
    done,
  }: { listed: ArticleJob[] | null; workers: number; tty: boolean; clearProgress: () => unknown; progress: () => void; done: () => void },
): Promise<number> {
  const summary = await runCorpus({
    lock: false,
    timeoutMs: parsed.timeoutMs,
    maxBytes: parsed.maxBytes,
    corpus: listed ?? (parsed.corpus === '-' ? readJsonl(process.stdin, '-') : parsed.corpus),
    out: parsed.out,
    workers,
    force: parsed.force,
    pipeline: parsed.pipeline,
    queue: parsed.queue,
    onMessage: parsed.quiet
      ? undefined
      : (line) => {
          clearProgress();
          process.stderr.write(`${line}\n`);
        },
    // Records are printed as they come with --format jsonl, so that run keeps them; otherwise the main
    // thread holds only what the merge reads.
    keepRecords: parsed.format === 'jsonl',
    onArticle: (_id, result) => {
      done();
      if (parsed.format === 'jsonl') toStdout(`${JSON.stringify(result.record)}\n`);
      if (tty) progress();
    },
  });
  clearProgress();
  if (parsed.corpus === '-' && summary.articles === 0) {
    console.error('whosaid: no articles on stdin: a feed holds one {"id", "text"} object a line');
    return 2;
  }
  const report = path.join(parsed.out, 'report.html');
  // The run kept no records (only what the merge reads): the report reads the ones it shows back.
  await writeReport(
    report,
    summary.records ?? (await readReportRecords(path.join(parsed.out, 'articles'), summary.merged)),
    summary.merged,
  );
  const line = printable(
    `whosaid: ${plural(summary.articles, 'article')} (${summary.skipped} up to date, ${summary.failed} failed), ${plural(summary.quotes, 'quote')}, ` +
      `${plural(summary.speakers, 'speaker')}, ${plural(summary.statements, 'statement')}, ${plural(summary.warnings, 'warning')}, ${(summary.ms / 1000).toFixed(2)} s → ${parsed.out}`,
  );
  // With --format jsonl stdout carries records only, so the summary goes where the warnings go.
  if (parsed.format === 'jsonl') console.error(line);
  else toStdout(`${line}\n`);
  // BullMQ's connections may still be closing (a busy Redis, a slow network): once everything is written,
  // a queued run does not wait on them to exit.
  if (parsed.queue) setTimeout(() => process.exit(process.exitCode ?? 0), 1000).unref();
  return summary.failed || (parsed.failOnWarning && summary.warnings) ? 1 : 0;
}

main().then(
  (code) => (process.exitCode = code),
  (error) => {
    console.error(`whosaid: ${(error as Error).stack ?? error}`);
    process.exitCode = 1;
  },
);
